// FootnoteDetector alone: where the notes of a page are and where they are called, on
// positioned lines made by hand (HandMadePage) and on plain text.
#include "HandMadePage.h"

#include "analysis/FootnoteDetector.h"
#include "source/TextSource.h"

#include <gtest/gtest.h>

using namespace diptych;
using test::HandMadePage;

TEST(FootnoteDetector, aRaisedNumberBeforeSmallTypeAtThePageBottomIsANoteAndTheRaisedDigitItsCall)
{
    SourceDocument doc;
    HandMadePage(doc)
        .line(220, 100, 7.8, "Heeft u kennisgenomen van het artikel «Kritiek»? ^1")
        .line(220, 110, 7.8, "Ja, dat heb ik gedaan.", true)
        .line(220, 680, 6.3, "^1 NOS, d.d. 1 maart 2024, «Kritiek op besluit provincie", true)
        .line(227, 689, 6.3, "Friesland»");
    const QVector<FootnoteDraft> notes = FootnoteDetector::run(doc);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].number, 1);
    EXPECT_EQ(notes[0].lines.size(), 2);
    EXPECT_EQ(doc.pages[0].lines[2].role, LineRole::Footnote);
    EXPECT_EQ(doc.pages[0].lines[3].role, LineRole::Footnote);
    const Line &body = doc.pages[0].lines[0];
    ASSERT_EQ(body.calls.size(), 1);
    EXPECT_EQ(body.text.mid(body.calls[0].offset, body.calls[0].length), QStringLiteral("1"));
    EXPECT_EQ(body.text.left(body.calls[0].offset), QStringLiteral("Heeft u kennisgenomen van het artikel «Kritiek»?"));
}

// A call digit the PDF did not raise is not found, yet a raised note number before small
// type is a note all the same: better a note without call than a note read as text.
TEST(FootnoteDetector, aRaisedNoteNumberIsANoteEvenWhenItsCallIsNotFound)
{
    SourceDocument doc;
    HandMadePage(doc)
        .line(220, 100, 7.8, "Zie de brief van 3 april 2024.")
        .line(220, 110, 7.8, "Het kabinet blijft zich inzetten.", true)
        .line(220, 680, 6.3, "^1 Kamerstukken II, 2023/2024, 31 839, nr. 1024", true);
    const QVector<FootnoteDraft> notes = FootnoteDetector::run(doc);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(doc.pages[0].lines[0].calls.isEmpty());
}

// Note 1 ends without a full stop; small type on the next page that does not start where
// note text starts (a table) is not its continuation.
TEST(FootnoteDetector, aContinuationOnTheNextPageStartsWhereNoteTextStarts)
{
    SourceDocument doc;
    HandMadePage(doc)
        .line(220, 90, 7.8, "Uit de nieuwe inventarisatie blijkt veel.")
        .line(220, 100, 7.8, "Zie het artikel. ^1")
        .line(220, 680, 6.3, "^1 NOS, zie https://nos.nl/artikel/2510977-kritiek-op-besluit-provincie", true);
    HandMadePage(doc)
        .line(220, 90, 7.8, "Het is van groot belang dat iedereen zich veilig weet.")
        .line(220, 100, 7.8, "Bijgaande cijfers zijn aangeleverd:")
        .line(220, 640, 6.3, "Grond Meldingen in 2021", true)
        .line(220, 650, 6.3, "TOTAAL 12 17 40");
    QVector<FootnoteDraft> notes = FootnoteDetector::run(doc);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].lines.size(), 1);
    EXPECT_EQ(doc.pages[1].lines[2].role, LineRole::Body);

    SourceDocument continued;
    HandMadePage(continued)
        .line(220, 90, 7.8, "Uit de nieuwe inventarisatie blijkt veel.")
        .line(220, 100, 7.8, "Zie het artikel. ^1")
        .line(220, 680, 6.3, "^1 NOS, zie het artikel over het besluit van de provincie", true);
    HandMadePage(continued)
        .line(220, 90, 7.8, "Het is van groot belang dat iedereen zich veilig weet.")
        .line(220, 100, 7.8, "Bijgaande cijfers zijn aangeleverd.")
        .line(225, 680, 6.3, "Friesland en de reacties daarop.", true);
    notes = FootnoteDetector::run(continued);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].lines.size(), 2);
}

TEST(FootnoteDetector, inPlainTextANumberedLineAfterABlankLineIsANoteAndItsNumberGluedToAWordTheCall)
{
    SourceDocument doc = TextSource::parse(
        QStringLiteral("De bondgenoten hebben hun toezeggingen gestand gedaan1. Dat is goed nieuws.\n\n"
                       "Nederland heeft daaraan bijgedragen.\n\n"
                       "1 Kamerstuk 28 676, nr. 434\n"),
        QStringLiteral("t.txt"));
    const QVector<FootnoteDraft> notes = FootnoteDetector::run(doc);
    ASSERT_EQ(notes.size(), 1);
    const Line &body = doc.pages[0].lines[0];
    ASSERT_EQ(body.calls.size(), 1);
    EXPECT_EQ(body.text.left(body.calls[0].offset),
              QStringLiteral("De bondgenoten hebben hun toezeggingen gestand gedaan"));
}

TEST(FootnoteDetector, aNumberedLineWithoutACallIsNoNoteInPlainText)
{
    SourceDocument doc =
        TextSource::parse(QStringLiteral("Het kabinet steunt drie punten.\n\n1 De steun aan Oekraïne gaat door.\n"),
                          QStringLiteral("t.txt"));
    EXPECT_TRUE(FootnoteDetector::run(doc).isEmpty());
}
