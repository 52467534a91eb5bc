#include "analysis/KindDetector.h"

#include "analysis/RegexText.h"

#include <QRegularExpression>
#include <QVector>

#include <initializer_list>

namespace diptych {

namespace {

using RE = QRegularExpression;

// Counts over text made valid once (RegexText::sanitised): Qt would otherwise check the
// whole text again for every match.
int count(const RE &re, const QString &checked)
{
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


// One expression per marker, each starting with a literal word, so that the scan jumps from
// candidate to candidate; a single alternation of them all scanned ten times slower.
int countAll(const QVector<RE> &markers, const QString &text)
{
    const QString checked = RegexText::sanitised(text);
    int n = 0;
    for (const RE &re : markers)
        n += count(re, checked);
    return n;
}

QVector<RE> compileAll(std::initializer_list<const char16_t *> patterns)
{
    QVector<RE> out;
    for (const char16_t *p : patterns)
        out.append(RE(QString::fromUtf16(p), RE::CaseInsensitiveOption));
    return out;
}

} // namespace

int KindDetector::forwardMarkers(const QString &text)
{
    static const QVector<RE> markers = compileAll({
        uR"(\b(?:zal|zullen)\b)", uR"(\bnaar\s+verwachting\b)", uR"(\bvindt\b[^.]{0,120}\bplaats\b)",
        uR"(\bstaat\b[^.]{0,60}\bgepland\b)", uR"(\ba\.s\.)", uR"(\baanstaande\b)",
        uR"(\bkomt\b[^.]{0,60}\baan\s+bod\b)", uR"(\bwordt\b[^.]{0,60}\bbesproken\b)",
        uR"(\bverwacht\s+(?:wordt|dat)\b)"});
    return countAll(markers, text);
}

int KindDetector::backwardMarkers(const QString &text)
{
    static const QVector<RE> markers = compileAll({
        uR"(\bkwamen\b[^.]{0,120}\bbijeen\b)", uR"(\bspraken\b)",
        uR"(\bwerd\b[^.]{0,60}\b(?:gesproken|besproken|stilgestaan)\b)", uR"(\bis\b[^.]{0,40}\bgesproken\b)",
        uR"(\bvond\b[^.]{0,120}\bplaats\b)", uR"(\b(?:her)?bevestigden\b)", uR"(\bbenadrukte\b)",
        uR"(\briep\b)", uR"(\bconstateerden\b)", uR"(\bheeft\s+(?:Nederland\s+)?(?:gepleit|aangegeven|uitgesproken)\b)",
        uR"(\bhebben\s+(?:bondgenoten|de\s+ministers)\b)"});
    return countAll(markers, text);
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
