#include "analysis/FurniturePatterns.h"

#include <QRegularExpression>

#include <initializer_list>

namespace diptych {

namespace {

using RE = QRegularExpression;

const RE &runningFooter()
{
    // "Tweede Kamer, vergaderjaar 2023–2024, 28 676, nr. 446 5" (page number may be absent)
    static const RE re(
        QStringLiteral("^Tweede Kamer,\\s*vergaderjaar\\s*(\\d{4})\\s*[-–—]\\s*\\d{4}\\s*,\\s*"
                       "([\\d ]{3,7}(?:[- ](?:[A-Z]{1,4}|\\d{2}))?)\\s*,\\s*nr\\.?\\s*(\\d+)(?:\\s+\\d{1,4})?\\s*$"),
        RE::CaseInsensitiveOption);
    return re;
}

const RE &pageNumber()
{
    static const RE re(QStringLiteral("^(?:(?:pagina|page|blz\\.?)\\s*\\d{1,4}(?:\\s*(?:van|of|/)\\s*\\d{1,4})?"
                                      "|[-–]?\\s*\\d{1,3}\\s*[-–]?|\\d{1,4}\\s*/\\s*\\d{1,4})$"),
                       RE::CaseInsensitiveOption);
    return re;
}

const RE &publicationId()
{
    static const RE re(QStringLiteral("^(?:(kst|ah-tk|h-tk|blg|stb|stcrt|trb)-[0-9a-z-]+(?:\\.(?:pdf|html))?)"
                                      "(?:\\s+\\S.*)?$"),
                       RE::CaseInsensitiveOption);
    return re;
}

const RE &otherFurniture()
{
    static const RE re(QStringLiteral("^(?:ISSN\\s*\\d{4}\\s*-?\\s*\\d{3}[\\dX]"
                                      "|[’'‘]s-Gravenhage\\s+\\d{4}"
                                      "|Tweede Kamer der Staten-Generaal(?:\\s+\\d)?"
                                      "|Vergaderjaar\\s+\\d{4}\\s*[-–]\\s*\\d{4}"
                                      "|Tweede Kamer,\\s*vergaderjaar\\s+\\d{4}\\s*[-–]\\s*\\d{4}.*"
                                      "|Dit stuk is (?:mede )?(?:ondertekend|gepubliceerd).*"
                                      "|Gepubliceerd op\\s+.*)$"),
                       RE::CaseInsensitiveOption);
    return re;
}

// Whether t starts with prefix (lower-case ASCII) as a case-insensitive expression would
// see it. A character outside ASCII may be a case variant the expression accepts (the Kelvin
// sign for 'k', the long s for 's'), so it passes: the check may let a line through to the
// expression, never turn away one the expression would take.
bool mayStartWith(QStringView t, QLatin1String prefix)
{
    if (t.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        const char16_t c = t[i].unicode();
        const char16_t lower = (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
        if (c < 0x80 && lower != char16_t(prefix[i].unicode()))
            return false;
    }
    return true;
}

bool mayStartWithAny(QStringView t, std::initializer_list<QLatin1String> prefixes)
{
    for (const QLatin1String prefix : prefixes) {
        if (mayStartWith(t, prefix))
            return true;
    }
    return false;
}

// The literal start of each pattern above, checked before running it: most body lines are
// ruled out without running an expression, which costs a microsecond or two each.
bool mayBeRunningFooter(QStringView t) { return mayStartWith(t, QLatin1String("tweede kamer,")); }

bool mayBePageNumber(QStringView t)
{
    if (t.isEmpty())
        return false;
    const QChar c = t[0];
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QChar(0x2013)
           || mayStartWithAny(t, {QLatin1String("pagina"), QLatin1String("page"), QLatin1String("blz")});
}

bool mayBePublicationId(QStringView t)
{
    return mayStartWithAny(t, {QLatin1String("kst-"), QLatin1String("ah-tk-"), QLatin1String("h-tk-"),
                               QLatin1String("blg-"), QLatin1String("stb-"), QLatin1String("stcrt-"),
                               QLatin1String("trb-")});
}

bool mayBeOtherFurniture(QStringView t)
{
    const bool apostrophe = !t.isEmpty() && QStringView(u"\u2019'\u2018").contains(t[0]);
    if (apostrophe && mayStartWith(t.mid(1), QLatin1String("s-gravenhage")))
        return true;
    return mayStartWithAny(t, {QLatin1String("issn"), QLatin1String("tweede kamer"), QLatin1String("vergaderjaar"),
                               QLatin1String("dit stuk is "), QLatin1String("gepubliceerd op")});
}

bool isTrimmedPageFooter(const QString &t)
{
    return (mayBeRunningFooter(t) && runningFooter().match(t).hasMatch())
           || (mayBePageNumber(t) && pageNumber().match(t).hasMatch());
}

} // namespace

bool FurniturePatterns::isPageFooter(const QString &line) { return isTrimmedPageFooter(line.trimmed()); }

bool FurniturePatterns::isFurniture(const QString &line)
{
    const QString t = line.trimmed();
    return isTrimmedPageFooter(t) || (mayBePublicationId(t) && publicationId().match(t).hasMatch())
           || (mayBeOtherFurniture(t) && otherFurniture().match(t).hasMatch());
}

QString FurniturePatterns::selfIdFrom(const QString &line)
{
    const QString t = line.trimmed();
    const auto footer = runningFooter().match(t);
    if (footer.hasMatch()) {
        QString dossier = footer.captured(2).trimmed();
        static const RE beforeSuffix(QStringLiteral("\\s+(?=[A-Z])"));
        dossier.replace(beforeSuffix, QStringLiteral("-"));
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
    static const RE re(QStringLiteral("vergaderjaar\\s+(\\d{4})\\s*[-–—/]\\s*\\d{2,4}"), RE::CaseInsensitiveOption);
    const auto m = re.match(line);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace diptych
