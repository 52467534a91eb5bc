#include "analysis/KindDetector.h"

#include "analysis/RegexText.h"
#include "analysis/WordIndex.h"

#include <QRegularExpression>
#include <QVector>

#include <algorithm>

namespace diptych {

namespace {

using RE = QRegularExpression;

DocumentKind fromStatement(const QString &text)
{
    static const RE agenda(QStringLiteral("\\b(?:geannoteerde\\s+agenda|annotated\\s+agenda|agenda\\s+voor\\s+de)\\b"),
                           RE::CaseInsensitiveOption);
    static const RE verslag(
        QStringLiteral(
            "^\\s*verslag\\b|\\bverslag\\s+(?:van|informele|ministeri)|\\bhet\\s+verslag\\b|\\breport\\s+of\\b"),
        RE::CaseInsensitiveOption);
    if (agenda.match(text).hasMatch())
        return DocumentKind::Agenda;
    if (verslag.match(text).hasMatch())
        return DocumentKind::Verslag;
    return DocumentKind::Other;
}

// One expression per marker, each starting with a literal word, so that the scan jumps from
// candidate to candidate; a single alternation of them all scanned ten times slower.
// Each marker also lists the words a match must contain (any one of each group): a marker
// none of whose first words occurs, or one missing a later word, is not run at all, and
// the others run from the first of their first words.
struct Marker {
    RE re;
    QVector<QStringList> words;
    bool oneSentence = true; // no full stop between its words
};

int scanCount(const RE &re, const QString &checked, qsizetype from)
{
    int n = 0;
    auto it = RegexText::all(re, checked, from);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// Whether each later group has a word after at and before the sentence ends: the gaps in
// these expressions ([^.] and \s) never cross a full stop.
bool laterWordsInSentence(const QVector<QVector<qsizetype>> &later, const QString &checked, qsizetype at)
{
    const qsizetype stop = checked.indexOf(QLatin1Char('.'), at);
    for (const QVector<qsizetype> &positions : later) {
        const auto next = std::upper_bound(positions.cbegin(), positions.cend(), at);
        if (next == positions.cend() || (stop >= 0 && *next > stop))
            return false;
    }
    return true;
}

// A match starts at one of the marker's first words, so the expression is tried only there
// (as a scan would, skipping those inside the previous match) and only where its later words
// follow in the same sentence; a match call costs a few microseconds.
int count(const Marker &marker, const QString &checked, const WordIndex &index)
{
    if (index.uncertain())
        return scanCount(marker.re, checked, 0);
    QVector<QVector<qsizetype>> later;
    for (qsizetype g = 1; g < marker.words.size(); ++g) {
        later.append(index.positionsOf(marker.words[g]));
        if (later.last().isEmpty())
            return 0;
    }
    int n = 0;
    qsizetype end = 0;
    for (const qsizetype at : index.positionsOf(marker.words.first())) {
        if (at < end || (marker.oneSentence && !laterWordsInSentence(later, checked, at)))
            continue;
        const QRegularExpressionMatch m = RegexText::at(marker.re, checked, at);
        if (m.hasMatch()) {
            ++n;
            end = m.capturedEnd(0);
        }
    }
    return n;
}

QStringList wordsOf(const QVector<Marker> &markers)
{
    QStringList out;
    for (const Marker &marker : markers) {
        for (const QStringList &group : marker.words)
            out += group;
    }
    return out;
}

// Counts over text made valid once (RegexText::sanitised): Qt would otherwise check the
// whole text again for every match.
int countAll(const QVector<Marker> &markers, const QString &checked, const WordIndex &index)
{
    int n = 0;
    for (const Marker &marker : markers)
        n += count(marker, checked, index);
    return n;
}

// words: the groups a match must contain, separated by spaces, each its words separated by
// '|': "werd gesproken|besproken|stilgestaan".
Marker marker(const char16_t *pattern, const char *words, bool oneSentence = true)
{
    Marker m{RE(QString::fromUtf16(pattern), RE::CaseInsensitiveOption), {}, oneSentence};
    for (const QString &group : QString::fromLatin1(words).split(QLatin1Char(' ')))
        m.words.append(group.split(QLatin1Char('|')));
    return m;
}

const QVector<Marker> &forward()
{
    static const QVector<Marker> markers = {
        marker(uR"(\b(?:zal|zullen)\b)", "zal|zullen"),
        marker(uR"(\bnaar\s+verwachting\b)", "naar verwachting"),
        marker(uR"(\bvindt\b[^.]{0,120}\bplaats\b)", "vindt plaats"),
        marker(uR"(\bstaat\b[^.]{0,60}\bgepland\b)", "staat gepland"),
        marker(uR"(\ba\.s\.)", "a s", false),
        marker(uR"(\baanstaande\b)", "aanstaande"),
        marker(uR"(\bkomt\b[^.]{0,60}\baan\s+bod\b)", "komt aan bod"),
        marker(uR"(\bwordt\b[^.]{0,60}\bbesproken\b)", "wordt besproken"),
        marker(uR"(\bverwacht\s+(?:wordt|dat)\b)", "verwacht wordt|dat"),
    };
    return markers;
}

const QVector<Marker> &backward()
{
    static const QVector<Marker> markers = {
        marker(uR"(\bkwamen\b[^.]{0,120}\bbijeen\b)", "kwamen bijeen"),
        marker(uR"(\bspraken\b)", "spraken"),
        marker(uR"(\bwerd\b[^.]{0,60}\b(?:gesproken|besproken|stilgestaan)\b)", "werd gesproken|besproken|stilgestaan"),
        marker(uR"(\bis\b[^.]{0,40}\bgesproken\b)", "is gesproken"),
        marker(uR"(\bvond\b[^.]{0,120}\bplaats\b)", "vond plaats"),
        marker(uR"(\b(?:her)?bevestigden\b)", "bevestigden|herbevestigden"),
        marker(uR"(\bbenadrukte\b)", "benadrukte"),
        marker(uR"(\briep\b)", "riep"),
        marker(uR"(\bconstateerden\b)", "constateerden"),
        marker(uR"(\bheeft\s+(?:Nederland\s+)?(?:gepleit|aangegeven|uitgesproken)\b)",
               "heeft gepleit|aangegeven|uitgesproken"),
        marker(uR"(\bhebben\s+(?:bondgenoten|de\s+ministers)\b)", "hebben bondgenoten|ministers"),
    };
    return markers;
}

int countMarkers(const QVector<Marker> &markers, const QString &text)
{
    const QString checked = RegexText::sanitised(text);
    return countAll(markers, checked, WordIndex(checked, wordsOf(markers)));
}

} // namespace

int KindDetector::forwardMarkers(const QString &text) { return countMarkers(forward(), text); }

int KindDetector::backwardMarkers(const QString &text) { return countMarkers(backward(), text); }

DocumentKind KindDetector::run(const QString &title, const QString &cover, const QString &body)
{
    const DocumentKind byTitle = fromStatement(title);
    if (byTitle != DocumentKind::Other)
        return byTitle;
    const DocumentKind byCover = fromStatement(cover);
    if (byCover != DocumentKind::Other)
        return byCover;
    // One index of the body's words serves both lists.
    const QString checked = RegexText::sanitised(body);
    const WordIndex index(checked, wordsOf(forward()) + wordsOf(backward()));
    const int ahead = countAll(forward(), checked, index);
    const int back = countAll(backward(), checked, index);
    // Demand a clear majority: letters mix tenses ("Het kabinet zal …" in a verslag).
    if (ahead >= 2 && ahead > back * 3 / 2)
        return DocumentKind::Agenda;
    if (back >= 2 && back > ahead * 3 / 2)
        return DocumentKind::Verslag;
    return DocumentKind::Other;
}

} // namespace diptych
