#include "analysis/FurniturePatterns.h"

#include <QRegularExpression>

namespace diptych {

namespace {

using RE = QRegularExpression;

const RE &runningFooter()
{
    // "Tweede Kamer, vergaderjaar 2023–2024, 28 676, nr. 446 5" (page number may be absent)
    static const RE re(QStringLiteral(
        "^Tweede Kamer,\\s*vergaderjaar\\s*(\\d{4})\\s*[-–—]\\s*\\d{4}\\s*,\\s*"
        "([\\d ]{3,7}(?:[- ][A-Z]{1,4})?)\\s*,\\s*nr\\.?\\s*(\\d+)(?:\\s+\\d{1,4})?\\s*$"),
        RE::CaseInsensitiveOption);
    return re;
}

const RE &pageNumber()
{
    static const RE re(QStringLiteral(
        "^(?:(?:pagina|page|blz\\.?)\\s*\\d{1,4}(?:\\s*(?:van|of|/)\\s*\\d{1,4})?"
        "|[-–]?\\s*\\d{1,3}\\s*[-–]?|\\d{1,4}\\s*/\\s*\\d{1,4})$"),
        RE::CaseInsensitiveOption);
    return re;
}

const RE &publicationId()
{
    static const RE re(QStringLiteral(
        "^(?:(kst|ah-tk|h-tk|blg|stb|stcrt|trb)-[0-9a-z-]+(?:\\.(?:pdf|html))?)"
        "(?:\\s+\\S.*)?$"), RE::CaseInsensitiveOption);
    return re;
}

const RE &otherFurniture()
{
    static const RE re(QStringLiteral(
        "^(?:ISSN\\s*\\d{4}\\s*-?\\s*\\d{3}[\\dX]"
        "|[’'‘]s-Gravenhage\\s+\\d{4}"
        "|Tweede Kamer der Staten-Generaal(?:\\s+\\d)?"
        "|Vergaderjaar\\s+\\d{4}\\s*[-–]\\s*\\d{4}"
        "|Tweede Kamer,\\s*vergaderjaar\\s+\\d{4}\\s*[-–]\\s*\\d{4}.*"
        "|Dit stuk is (?:mede )?(?:ondertekend|gepubliceerd).*"
        "|Gepubliceerd op\\s+.*)$"), RE::CaseInsensitiveOption);
    return re;
}

// Every pattern above starts with one of these characters (in any case): most body lines
// are ruled out without running an expression, which costs about a microsecond each.
bool mayBeFurniture(const QString &t)
{
    if (t.isEmpty())
        return false;
    const QChar c = t[0].toLower();
    return c.isDigit() || QStringView(u"tpbkahsivdg-\u2013\u2019'\u2018").contains(c);
}

} // namespace

bool FurniturePatterns::isPageFooter(const QString &line)
{
    const QString t = line.trimmed();
    return mayBeFurniture(t) && (runningFooter().match(t).hasMatch() || pageNumber().match(t).hasMatch());
}

bool FurniturePatterns::isFurniture(const QString &line)
{
    const QString t = line.trimmed();
    return mayBeFurniture(t)
           && (isPageFooter(t) || publicationId().match(t).hasMatch() || otherFurniture().match(t).hasMatch());
}

QString FurniturePatterns::selfIdFrom(const QString &line)
{
    const QString t = line.trimmed();
    const auto footer = runningFooter().match(t);
    if (footer.hasMatch()) {
        QString dossier = footer.captured(2).trimmed();
        dossier.replace(QRegularExpression(QStringLiteral("\\s+(?=[A-Z])")), QStringLiteral("-"));
        dossier.remove(QLatin1Char(' '));
        return QStringLiteral("kst-") + dossier + QLatin1Char('-') + footer.captured(3);
    }
    static const RE id(QStringLiteral("^((?:kst|ah-tk)-[0-9a-z]+(?:-[0-9a-z]+)+?)(?:\\.(?:pdf|html))?(?:\\s|$)"),
                       RE::CaseInsensitiveOption);
    const auto m = id.match(t);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

int FurniturePatterns::vergaderjaarFrom(const QString &line)
{
    static const RE re(QStringLiteral("vergaderjaar\\s+(\\d{4})\\s*[-–—/]\\s*\\d{2,4}"),
                       RE::CaseInsensitiveOption);
    const auto m = re.match(line);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace diptych
