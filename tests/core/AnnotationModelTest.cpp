#include "TestData.h"

#include "annotations/Annotation.h"
#include "annotations/ApproximateMatcher.h"
#include "annotations/FoldedText.h"

#include <QUuid>

#include <gtest/gtest.h>

using namespace diptych;

TEST(AnnotationModel, newAnnotationHasAUuidUtcTimesInWholeSecondsAndItsKindsColour)
{
    const Annotation a = Annotation::create(AnnotationKind::StrikeOut, QStringLiteral("abc"));
    EXPECT_FALSE(QUuid(a.id).isNull());
    EXPECT_FALSE(a.id.startsWith(QLatin1Char('{')));
    EXPECT_NE(a.id, Annotation::create(AnnotationKind::StrikeOut, QStringLiteral("abc")).id);
    EXPECT_EQ(a.documentHash, QStringLiteral("abc"));
    EXPECT_EQ(a.created.timeSpec(), Qt::UTC);
    EXPECT_EQ(a.created.time().msec(), 0);
    EXPECT_EQ(a.created, a.modified);
    EXPECT_EQ(a.color, Annotation::defaultColor(AnnotationKind::StrikeOut));
    EXPECT_NE(a.color, Annotation::defaultColor(AnnotationKind::Highlight));
    EXPECT_FALSE(a.author.isEmpty());
    EXPECT_FALSE(a.hasTextAnchor());
}

TEST(AnnotationModel, kindNamesRoundTripAndUnknownNamesAreRefused)
{
    for (AnnotationKind k : {AnnotationKind::Highlight, AnnotationKind::Underline, AnnotationKind::StrikeOut,
                             AnnotationKind::HighlightNote, AnnotationKind::PageNote})
        EXPECT_EQ(annotationKindFromName(annotationKindName(k)), k);
    EXPECT_EQ(annotationKindName(AnnotationKind::HighlightNote), QStringLiteral("highlight-note"));
    EXPECT_FALSE(annotationKindFromName(QStringLiteral("squiggle")).has_value());
}

TEST(AnnotationModel, equalityComparesAnchorsAndText)
{
    Annotation a = Annotation::create(AnnotationKind::Highlight, QStringLiteral("abc"));
    Annotation b = a;
    EXPECT_TRUE(a == b);
    b.areas = {PageArea{2, {QRectF(1, 2, 3, 4)}}};
    EXPECT_FALSE(a == b);
    b = a;
    b.quote.suffix = QStringLiteral(" en verder");
    EXPECT_TRUE(a != b);
}

TEST(FoldedText, dropsSpacesAndHyphensFoldsCaseAccentsAndLigaturesAndMapsBack)
{
    const QString original = QStringLiteral("NAVO-bondgenoten  de Oekraïense\nﬁnanciële steun");
    const FoldedText folded(original);
    EXPECT_EQ(folded.text(), QStringLiteral("navobondgenotendeoekraiensefinancielesteun"));
    const int at = folded.text().indexOf(QStringLiteral("oekraiense"));
    EXPECT_EQ(original.mid(folded.originalStart(at), folded.originalEnd(at + 10) - folded.originalStart(at)),
              QStringLiteral("Oekraïense"));
    EXPECT_EQ(folded.foldedAt(original.indexOf(QStringLiteral("bondgenoten"))), 4);
}

TEST(ApproximateMatcher, findsAPassageWithOneChangedLetterAndItsExactBounds)
{
    const QString text = QStringLiteral("deministersbesprakendesteunaanoekraine");
    const auto matches = ApproximateMatcher::find(text, QStringLiteral("besprokendesteun"), 2);
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0].errors, 1);
    EXPECT_EQ(text.mid(matches[0].start, matches[0].end - matches[0].start), QStringLiteral("besprakendesteun"));
}

TEST(ApproximateMatcher, findsNothingBeyondTheErrorBound)
{
    EXPECT_TRUE(
        ApproximateMatcher::find(QStringLiteral("deministersbesprakendesteun"), QStringLiteral("kabinetbesloot"), 3)
            .isEmpty());
    EXPECT_EQ(ApproximateMatcher::distance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
}
