#include "shell/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace diptych {

namespace {

QTranslator &ours()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qts()
{
    static QTranslator translator;
    return translator;
}

QString &currentCode()
{
    static QString code;
    return code;
}

} // namespace

QString Language::resolve(const QString &choice)
{
    if (choice == QLatin1String("nl") || choice == QLatin1String("en"))
        return choice;
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

void Language::install(const QString &choice)
{
    const QString code = resolve(choice);
    QCoreApplication::removeTranslator(&ours());
    QCoreApplication::removeTranslator(&qts());
    if (ours().load(QStringLiteral(":/i18n/diptych_") + code))
        QCoreApplication::installTranslator(&ours());
    if (qts().load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qts());
    QLocale::setDefault(QLocale(code == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                                code == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    currentCode() = code;
}

QString Language::current() { return currentCode(); }

} // namespace diptych
