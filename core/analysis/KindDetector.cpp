#include "analysis/KindDetector.h"

#include "analysis/RegexText.h"

#include <QRegularExpression>

namespace diptych {

namespace {

using RE = QRegularExpression;

// Counts over text made valid once (RegexText::sanitised): Qt would otherwise check the
// whole text again for every match.
int count(const RE &re, const QString &text)
{
    const QString checked = RegexText::sanitised(text);
    int n = 0;
    auto it = RegexText::all(re, checked);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

DocumentKind fromStatement(const QString &text)
{
    static const RE agenda(QStringLiteral("\\b(?:geannoteerde\\s+agenda|annotated\\s+agenda|agenda\\s+voor\\s+de)\\b"),
                           RE::CaseInsensitiveOption);
    static const RE verslag(QStringLiteral("^\\s*verslag\\b|\\bverslag\\s+(?:van|informele|ministeri)|\\bhet\\s+verslag\\b|\\breport\\s+of\\b"),
                            RE::CaseInsensitiveOption);
    if (agenda.match(text).hasMatch())
        return DocumentKind::Agenda;
    if (verslag.match(text).hasMatch())
        return DocumentKind::Verslag;
    return DocumentKind::Other;
}

} // namespace

int KindDetector::forwardMarkers(const QString &text)
{
    static const RE re(QStringLiteral(
        "\\b(?:zal|zullen)\\b|\\bnaar\\s+verwachting\\b|\\bvindt\\b[^.]{0,120}\\bplaats\\b|\\bstaat\\b[^.]{0,60}\\bgepland\\b"
        "|\\ba\\.s\\.|\\baanstaande\\b|\\bkomt\\b[^.]{0,60}\\baan\\s+bod\\b|\\bwordt\\b[^.]{0,60}\\bbesproken\\b"
        "|\\bverwacht\\s+(?:wordt|dat)\\b"), RE::CaseInsensitiveOption);
    return count(re, text);
}

int KindDetector::backwardMarkers(const QString &text)
{
    static const RE re(QStringLiteral(
        "\\bkwamen\\b[^.]{0,120}\\bbijeen\\b|\\bspraken\\b|\\bwerd\\b[^.]{0,60}\\b(?:gesproken|besproken|stilgestaan)\\b"
        "|\\bis\\b[^.]{0,40}\\bgesproken\\b|\\bvond\\b[^.]{0,120}\\bplaats\\b|\\bbevestigden\\b|\\bherbevestigden\\b"
        "|\\bbenadrukte\\b|\\briep\\b|\\bconstateerden\\b|\\bheeft\\s+(?:Nederland\\s+)?(?:gepleit|aangegeven|uitgesproken)\\b"
        "|\\bhebben\\s+(?:bondgenoten|de\\s+ministers)\\b"), RE::CaseInsensitiveOption);
    return count(re, text);
}

DocumentKind KindDetector::run(const QString &title, const QString &cover, const QString &body)
{
    const DocumentKind byTitle = fromStatement(title);
    if (byTitle != DocumentKind::Other)
        return byTitle;
    const DocumentKind byCover = fromStatement(cover);
    if (byCover != DocumentKind::Other)
        return byCover;
    const int ahead = forwardMarkers(body);
    const int back = backwardMarkers(body);
    // Demand a clear majority: letters mix tenses ("Het kabinet zal …" in a verslag).
    if (ahead >= 2 && ahead > back * 3 / 2)
        return DocumentKind::Agenda;
    if (back >= 2 && back > ahead * 3 / 2)
        return DocumentKind::Verslag;
    return DocumentKind::Other;
}

} // namespace diptych
