#pragma once

#include "annotations/Annotation.h"
#include "annotations/FoldedText.h"
#include "annotations/TextGeometry.h"
#include "model/Analysis.h"

#include <QVector>

namespace diptych {

// Places annotations in an Analysis of a letter: the one they were made in, or another
// version of the same letter (its text export, a re-issued PDF with other line breaks or
// hyphenation). Tries, in order: the stored position when the quote still reads there; the
// exact quote; the quote with whitespace, hyphens, case and accents folded; the quote with
// a bounded number of edits. Several hits are told apart by prefix and suffix, then by
// nearness to the stored position. What cannot be placed comes back NotPlaced, never
// dropped: the caller keeps the annotation and lists it.
class AnnotationAnchorer
{
public:
    enum class Method { NotPlaced, Position, Exact, Folded, Approximate, Page };

    struct Placement {
        Method method = Method::NotPlaced;
        TextPositionSelector position; // in this Analysis; invalid for page notes
        QVector<PageArea> areas; // pages (and quads for a PDF) in this Analysis
        int errors = 0; // edits needed for an approximate match
        bool placed() const { return method != Method::NotPlaced; }
    };

    explicit AnnotationAnchorer(const Analysis &analysis);

    Placement place(const Annotation &annotation) const;
    // The annotation with position and areas of the placement; unchanged when not placed.
    // The quote is kept as the author made it.
    static Annotation placed(Annotation annotation, const Placement &placement);

    // A new annotation's anchors from a selection [start, end) of the reading text: quote
    // with context, position, and areas (quads for a PDF).
    void anchor(Annotation &annotation, int start, int end) const;
    TextQuoteSelector quoteFor(int start, int end) const;

    // Largest edit count accepted for a quote of this many folded characters.
    static int maxErrorsFor(int foldedLength);
    static QString methodName(Method method);

    static constexpr int kContextLength = 32;

private:
    struct Hit {
        int start = 0; // folded offsets
        int end = 0;
        int errors = 0;
    };

    Placement byPosition(const Annotation &a) const;
    Placement byQuote(const Annotation &a) const;
    QVector<Hit> exactHits(const QString &exact) const;
    QVector<Hit> foldedHits(const QString &folded) const;
    // hits in folded offsets when folded, else in original ones.
    int best(const QVector<Hit> &hits, const Annotation &a, bool folded) const;
    int contextScore(const Hit &hit, const TextQuoteSelector &quote) const;
    Placement placement(Method method, int start, int end, int errors = 0) const;

    const Analysis &m_analysis;
    FoldedText m_folded;
    TextGeometry m_geometry;
};

} // namespace diptych
