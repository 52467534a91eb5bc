#include "annotations/AnnotationAnchorer.h"

#include "annotations/ApproximateMatcher.h"

#include <algorithm>

namespace diptych {

namespace {

int commonPrefix(const QString &a, const QString &b)
{
    const int n = std::min(a.size(), b.size());
    int k = 0;
    while (k < n && a[k] == b[k])
        ++k;
    return k;
}

int commonSuffix(const QString &a, const QString &b)
{
    const int n = std::min(a.size(), b.size());
    int k = 0;
    while (k < n && a[a.size() - 1 - k] == b[b.size() - 1 - k])
        ++k;
    return k;
}

} // namespace

AnnotationAnchorer::AnnotationAnchorer(const Analysis &analysis)
    : m_analysis(analysis), m_folded(analysis.text), m_geometry(analysis)
{
}

int AnnotationAnchorer::maxErrorsFor(int foldedLength)
{
    // A fifth of the letters: a changed word or two in a sentence, not another sentence.
    return foldedLength < 5 ? 0 : foldedLength / 5;
}

QString AnnotationAnchorer::methodName(Method method)
{
    switch (method) {
    case Method::Position: return QStringLiteral("position");
    case Method::Exact: return QStringLiteral("exact quote");
    case Method::Folded: return QStringLiteral("folded quote");
    case Method::Approximate: return QStringLiteral("approximate quote");
    case Method::Page: return QStringLiteral("page");
    case Method::NotPlaced: break;
    }
    return QStringLiteral("not placed");
}

AnnotationAnchorer::Placement AnnotationAnchorer::place(const Annotation &a) const
{
    if (!a.hasTextAnchor()) {
        // A page note: it stays on its page when this version has that page.
        const int page = a.firstPage();
        if (page < 0 || page >= m_analysis.pageCount)
            return Placement();
        Placement p;
        p.method = Method::Page;
        p.areas = a.areas;
        if (m_analysis.format != SourceFormat::Pdf)
            p.areas = {PageArea{page, {}}};
        return p;
    }
    const Placement atPosition = byPosition(a);
    if (atPosition.placed())
        return atPosition;
    return byQuote(a);
}

AnnotationAnchorer::Placement AnnotationAnchorer::byPosition(const Annotation &a) const
{
    const TextPositionSelector &pos = a.position;
    if (!pos.isValid() || pos.end > m_analysis.text.size())
        return Placement();
    // Without a quote the position is all there is; with one, it must still read there.
    if (!a.quote.isEmpty() && m_analysis.text.mid(pos.start, pos.end - pos.start) != a.quote.exact)
        return Placement();
    return placement(Method::Position, pos.start, pos.end);
}

AnnotationAnchorer::Placement AnnotationAnchorer::byQuote(const Annotation &a) const
{
    if (a.quote.isEmpty())
        return Placement();
    QVector<Hit> hits = exactHits(a.quote.exact);
    Method method = Method::Exact;
    const QString folded = FoldedText::fold(a.quote.exact);
    if (hits.isEmpty() && !folded.isEmpty()) {
        hits = foldedHits(folded);
        method = Method::Folded;
    }
    if (hits.isEmpty() && maxErrorsFor(folded.size()) > 0) {
        for (const auto &m : ApproximateMatcher::find(m_folded.text(), folded, maxErrorsFor(folded.size())))
            hits.append(Hit{m.start, m.end, m.errors});
        method = Method::Approximate;
    }
    if (hits.isEmpty())
        return Placement();
    const Hit &hit = hits[best(hits, a, method != Method::Exact)];
    if (method == Method::Exact)
        return placement(method, hit.start, hit.end);
    return placement(method, m_folded.originalStart(hit.start), m_folded.originalEnd(hit.end), hit.errors);
}

// Exact hits in original offsets (not folded): the text is searched as it is.
QVector<AnnotationAnchorer::Hit> AnnotationAnchorer::exactHits(const QString &exact) const
{
    QVector<Hit> hits;
    for (int at = m_analysis.text.indexOf(exact); at >= 0; at = m_analysis.text.indexOf(exact, at + 1))
        hits.append(Hit{at, int(at + exact.size()), 0});
    return hits;
}

QVector<AnnotationAnchorer::Hit> AnnotationAnchorer::foldedHits(const QString &folded) const
{
    QVector<Hit> hits;
    const QString &text = m_folded.text();
    for (int at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + 1))
        hits.append(Hit{at, int(at + folded.size()), 0});
    return hits;
}

// The hit with the fewest edits and the best agreeing context; then the nearest to where
// the annotation was.
int AnnotationAnchorer::best(const QVector<Hit> &hits, const Annotation &a, bool folded) const
{
    auto originalStart = [&](const Hit &h) { return folded ? m_folded.originalStart(h.start) : h.start; };
    auto rank = [&](const Hit &h) {
        Hit inFolded = h;
        if (!folded) {
            inFolded.start = m_folded.foldedAt(h.start);
            inFolded.end = m_folded.foldedAt(h.end);
        }
        return contextScore(inFolded, a.quote) - 2 * h.errors;
    };
    int bestIndex = 0;
    int bestRank = rank(hits.first());
    for (int i = 1; i < hits.size(); ++i) {
        const int r = rank(hits[i]);
        const bool nearer = a.position.isValid()
                            && std::abs(originalStart(hits[i]) - a.position.start)
                                   < std::abs(originalStart(hits[bestIndex]) - a.position.start);
        if (r > bestRank || (r == bestRank && nearer)) {
            bestIndex = i;
            bestRank = r;
        }
    }
    return bestIndex;
}

// How many folded characters of prefix and suffix agree with the text around the hit.
int AnnotationAnchorer::contextScore(const Hit &hit, const TextQuoteSelector &quote) const
{
    const QString prefix = FoldedText::fold(quote.prefix);
    const QString suffix = FoldedText::fold(quote.suffix);
    const QString &text = m_folded.text();
    const QString before = text.mid(qMax(0, hit.start - int(prefix.size())), qMin(hit.start, int(prefix.size())));
    const QString after = text.mid(hit.end, suffix.size());
    return commonSuffix(prefix, before) + commonPrefix(suffix, after);
}

AnnotationAnchorer::Placement AnnotationAnchorer::placement(Method method, int start, int end, int errors) const
{
    Placement p;
    p.method = method;
    p.position = TextPositionSelector{start, end};
    p.areas = m_geometry.areasFor(start, end);
    p.errors = errors;
    return p;
}

Annotation AnnotationAnchorer::placed(Annotation annotation, const Placement &placement)
{
    if (!placement.placed())
        return annotation;
    if (placement.position.isValid())
        annotation.position = placement.position;
    annotation.areas = placement.areas;
    return annotation;
}

TextQuoteSelector AnnotationAnchorer::quoteFor(int start, int end) const
{
    const QString &text = m_analysis.text;
    start = qBound(0, start, int(text.size()));
    end = qBound(start, end, int(text.size()));
    TextQuoteSelector q;
    q.exact = text.mid(start, end - start);
    const int from = qMax(0, start - kContextLength);
    q.prefix = text.mid(from, start - from);
    q.suffix = text.mid(end, kContextLength);
    return q;
}

void AnnotationAnchorer::anchor(Annotation &annotation, int start, int end) const
{
    annotation.quote = quoteFor(start, end);
    annotation.position =
        TextPositionSelector{annotation.quote.exact.isEmpty() ? -1 : start,
                             annotation.quote.exact.isEmpty() ? -1 : int(start + annotation.quote.exact.size())};
    annotation.areas = m_geometry.areasFor(start, end);
}

} // namespace diptych
