// The whole pipeline on the five real sample letters.
#include "AnalysisFixture.h"

#include <gtest/gtest.h>

using namespace diptych;
using diptych::test::analyzeSample;
using diptych::test::sectionTitles;

namespace {

const QString kPrague = QStringLiteral("000_a60e29c67b147090.txt");
const QString kBrussels = QStringLiteral("001_76cb035f3064fde5.txt");
const QString kOslo = QStringLiteral("002_e47a5db50cc64457.txt");
const QString kNovember = QStringLiteral("003_eafaf4e2d27f033a.txt");
const QString kAntalya = QStringLiteral("004_cd1c5c75dbeda8f3.txt");

} // namespace

TEST(AnalyzerOnSamples, pragueVerslagHasCoverLetterTitleAndInformalMeeting)
{
    const Analysis a = analyzeSample(kPrague);
    EXPECT_EQ(a.kind, DocumentKind::Verslag);
    EXPECT_TRUE(a.cover.present);
    EXPECT_EQ(a.cover.signatory, QStringLiteral("Hanke Bruins Slot"));
    EXPECT_EQ(a.title,
              QStringLiteral("Verslag van de informele NAVO Foreign Ministers Meeting (iFMM) van 30-31 mei 2024"));
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("iFMM"));
    EXPECT_EQ(a.meeting.start, QDate(2024, 5, 30));
    EXPECT_EQ(a.meeting.end, QDate(2024, 5, 31));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Praag"));
    EXPECT_TRUE(a.sections.isEmpty());
}

TEST(AnalyzerOnSamples, pragueFootnoteHasTextAndCallSite)
{
    const Analysis a = analyzeSample(kPrague);
    ASSERT_EQ(a.footnotes.size(), 1);
    const Footnote &note = a.footnotes.first();
    EXPECT_EQ(note.number, 1);
    EXPECT_EQ(note.at.page, 1);
    EXPECT_TRUE(note.text.startsWith(QStringLiteral("Motie van de leden Paternotte en Brekelmans")));
    EXPECT_TRUE(note.text.endsWith(QStringLiteral("nummer 21501-02-2898, 23 mei 2024.")));
    ASSERT_EQ(note.calls.size(), 1);
    EXPECT_TRUE(note.calls.first().before.endsWith(QStringLiteral("gestand gedaan")));
    // The call mark is out of the reading text, and so are the note lines.
    EXPECT_TRUE(a.text.contains(QStringLiteral("gestand gedaan.")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("gedaan1")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("luchtafweersysteem op te bouwen voor de lange termijn, nummer")));
}

TEST(AnalyzerOnSamples, brusselsVerslagHasSessionsAndTopics)
{
    const Analysis a = analyzeSample(kBrussels);
    EXPECT_EQ(a.kind, DocumentKind::Verslag);
    EXPECT_FALSE(a.cover.present);
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("FMM"));
    EXPECT_EQ(a.meeting.start, QDate(2024, 4, 3));
    EXPECT_EQ(a.meeting.end, QDate(2024, 4, 4));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
    EXPECT_EQ(sectionTitles(a, 1),
              (QStringList{QStringLiteral("Vooruitblik op de NAVO-top in Washington D.C."),
                           QStringLiteral("NATO-Ukraine Council"),
                           QStringLiteral("Bijeenkomst met de EU en NAVO-partners in de Indo-Pacific")}));
    EXPECT_EQ(sectionTitles(a, 2),
              (QStringList{QStringLiteral("Oekraïne"), QStringLiteral("Rusland"), QStringLiteral("Burden-sharing"),
                           QStringLiteral("De NAVO-zuidflank")}));
    EXPECT_EQ(a.sections.first().number, 1);
    EXPECT_EQ(a.sections.first().at.page, 0);
    // "Rusland" opens the second page.
    EXPECT_EQ(a.sections[2].title, QStringLiteral("Rusland"));
    EXPECT_EQ(a.sections[2].at.page, 1);
}

TEST(AnalyzerOnSamples, osloTitleInCapitalsOverTwoLinesIsOneTitle)
{
    const Analysis a = analyzeSample(kOslo);
    EXPECT_EQ(a.title,
              QStringLiteral("VERSLAG INFORMELE MINISTERIËLE BIJEENKOMST VAN DE NAVO VAN 31 MEI EN 1 JUNI 2023"));
    EXPECT_EQ(a.kind, DocumentKind::Verslag);
    EXPECT_EQ(a.cover.signatory, QStringLiteral("W.B. Hoekstra"));
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("iFMM"));
    EXPECT_EQ(a.meeting.start, QDate(2023, 5, 31));
    EXPECT_EQ(a.meeting.end, QDate(2023, 6, 1));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Oslo"));
}

TEST(AnalyzerOnSamples, osloFootnotesOnTwoPagesWithCallsAfterPunctuation)
{
    const Analysis a = analyzeSample(kOslo);
    ASSERT_EQ(a.footnotes.size(), 2);
    EXPECT_EQ(a.footnotes[0].text, QStringLiteral("Kamerstukken 22 054 en 36 045, nr. 390"));
    EXPECT_EQ(a.footnotes[0].at.page, 1);
    EXPECT_EQ(a.footnotes[1].text, QStringLiteral("Kamerstuk 28 676, nr. 434"));
    EXPECT_EQ(a.footnotes[1].at.page, 2);
    ASSERT_EQ(a.footnotes[0].calls.size(), 1);
    EXPECT_TRUE(a.footnotes[0].calls.first().before.endsWith(QStringLiteral("Oekraïne geleverd.")));
    ASSERT_EQ(a.footnotes[1].calls.size(), 1);
    EXPECT_EQ(a.footnotes[1].calls.first().at.page, 2);
}

TEST(AnalyzerOnSamples, osloHyphensResolvedWithTheDictionary)
{
    const Analysis a = analyzeSample(kOslo);
    EXPECT_TRUE(a.text.contains(QStringLiteral("dat we als bondgenoten onze")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("bondge-")));
}

TEST(AnalyzerOnSamples, novemberAgendaTakesItsYearFromTheVergaderjaar)
{
    const Analysis a = analyzeSample(kNovember);
    EXPECT_EQ(a.kind, DocumentKind::Agenda);
    EXPECT_EQ(a.title, QStringLiteral("NAVO Foreign Ministers Meeting 28–29 november"));
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("FMM"));
    EXPECT_EQ(a.meeting.start, QDate(2023, 11, 28));
    EXPECT_EQ(a.meeting.end, QDate(2023, 11, 29));
    EXPECT_TRUE(a.meeting.place.isEmpty());
    EXPECT_EQ(a.selfId, QStringLiteral("kst-28676-446"));
}

TEST(AnalyzerOnSamples, novemberSessionsWrapAndTopicsNest)
{
    const Analysis a = analyzeSample(kNovember);
    EXPECT_EQ(
        sectionTitles(a, 1),
        (QStringList{QStringLiteral("Voorbespreking NAVO-top Washington juli 2024"),
                     QStringLiteral("Overleg met aanwezigheid van de EU inzake Westelijke Balkan en Midden-Oosten"),
                     QStringLiteral("NATO Ukraine Council")}));
    EXPECT_EQ(sectionTitles(a, 2),
              (QStringList{QStringLiteral("Oekraïne"), QStringLiteral("China en de Indo-Pacific"),
                           QStringLiteral("Defensieuitgaven (burden sharing) en defensie-industrie"),
                           QStringLiteral("Westelijke Balkan"), QStringLiteral("Midden-Oosten")}));
    QVector<int> numbers;
    for (const Section &s : a.sections) {
        if (s.level == 1)
            numbers << s.number;
    }
    EXPECT_EQ(numbers, (QVector<int>{1, 2, 3}));
}

TEST(AnalyzerOnSamples, novemberFurnitureIsRemovedAndTheLastPageJoinsItsParagraph)
{
    const Analysis a = analyzeSample(kNovember);
    EXPECT_FALSE(a.text.contains(QStringLiteral("vergaderjaar")));
    EXPECT_TRUE(a.text.contains(QStringLiteral("daarbij aandacht vragen voor mogelijke synergiën")));
    // A footnote in the middle of a paragraph that runs on over the page break.
    EXPECT_TRUE(
        a.text.contains(QStringLiteral("Dat vraagt een serieuze financiële inspanning van iedere bondgenoot.")));
}

TEST(AnalyzerOnSamples, novemberKeepsRealHyphensAndTheEllipticalOne)
{
    const Analysis a = analyzeSample(kNovember);
    EXPECT_TRUE(a.text.contains(QStringLiteral("in zowel EU- als NAVO-verband")));
    EXPECT_TRUE(a.text.contains(QStringLiteral("De secretaris-generaal van de NAVO")));
    EXPECT_TRUE(a.text.contains(QStringLiteral("Ministers van Buitenlandse Zaken")));
    EXPECT_TRUE(a.text.contains(QStringLiteral("Asia-Pacific 4-landen (Australië, Japan, Nieuw-Zeeland, Zuid-Korea)")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Buiten- landse")));
}

TEST(AnalyzerOnSamples, novemberFootnoteCalledAfterAWord)
{
    const Analysis a = analyzeSample(kNovember);
    ASSERT_EQ(a.footnotes.size(), 1);
    EXPECT_TRUE(a.footnotes[0].text.contains(QStringLiteral("de inzet van economische instrumenten")));
    ASSERT_EQ(a.footnotes[0].calls.size(), 1);
    EXPECT_TRUE(a.footnotes[0].calls[0].before.endsWith(QStringLiteral("hybride dreigingen")));
}

TEST(AnalyzerOnSamples, antalyaAgendaWithThreeNotesAndPageFooterRemoved)
{
    const Analysis a = analyzeSample(kAntalya);
    EXPECT_EQ(a.kind, DocumentKind::Agenda);
    EXPECT_FALSE(a.cover.present);
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("iFMM"));
    EXPECT_EQ(a.meeting.start, QDate(2025, 5, 14));
    EXPECT_EQ(a.meeting.end, QDate(2025, 5, 15));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Antalya"));
    ASSERT_EQ(a.footnotes.size(), 3);
    EXPECT_EQ(a.footnotes[2].text, QStringLiteral("Kamerstuk 31125, nr. 134"));
    EXPECT_EQ(a.footnotes[2].at.page, 1);
    EXPECT_TRUE(a.footnotes[1].calls.value(0).before.endsWith(QStringLiteral("Paternotte en Piri.")));
    EXPECT_TRUE(a.footnotes[2].calls.value(0).before.endsWith(QStringLiteral("Innovatie 2025-2029.")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Pagina 2 van 2")));
}

TEST(AnalyzerOnSamples, sectionRangesPointAtTheirHeadingsInTheReadingText)
{
    for (const QString &name : {kBrussels, kNovember}) {
        const Analysis a = analyzeSample(name);
        for (const Section &s : a.sections) {
            ASSERT_GE(s.at.start, 0);
            EXPECT_EQ(a.text.mid(s.at.start, s.at.end - s.at.start).simplified(), s.heading);
        }
    }
}

TEST(AnalyzerOnSamples, referencesCarryTheirFootnoteAndPage)
{
    const Analysis a = analyzeSample(kOslo);
    ASSERT_EQ(a.references.size(), 2);
    EXPECT_EQ(a.references[0].id, QStringLiteral("kst-22054-390"));
    EXPECT_EQ(a.references[0].dossiers, (QStringList{QStringLiteral("22054"), QStringLiteral("36045")}));
    EXPECT_EQ(a.references[0].footnote, 1);
    EXPECT_EQ(a.references[0].at.page, 1);
    EXPECT_EQ(a.references[1].id, QStringLiteral("kst-28676-434"));
    EXPECT_EQ(a.references[1].at.page, 2);
    EXPECT_EQ(a.notesText.mid(a.references[1].at.start, a.references[1].at.end - a.references[1].at.start),
              QStringLiteral("Kamerstuk 28 676, nr. 434"));
    EXPECT_EQ(test::referenceIds(analyzeSample(kPrague)), QStringList{QStringLiteral("kst-21501-02-2898")});
    EXPECT_EQ(test::referenceIds(analyzeSample(kAntalya)),
              (QStringList{QStringLiteral("kst-28676-499"), QStringLiteral("kst-28676-489"),
                           QStringLiteral("kst-31125-134")}));
}

TEST(AnalyzerOnSamples, mentionsOfOtherMeetingsButNotOfItsOwn)
{
    const Analysis prague = analyzeSample(kPrague);
    bool washington = false, rbz = false;
    for (const Mention &m : prague.mentions) {
        washington = washington
                     || (mentionKindName(m.what) == QLatin1String("summit") && m.place == QLatin1String("Washington")
                         && m.start == QDate(2024, 7, 9) && m.end == QDate(2024, 7, 11));
        rbz = rbz || (mentionKindName(m.what) == QLatin1String("council") && m.start == QDate(2024, 5, 27));
        EXPECT_GE(m.at.page, 0);
    }
    EXPECT_TRUE(washington);
    EXPECT_TRUE(rbz);
    const Analysis oslo = analyzeSample(kOslo);
    for (const Mention &m : oslo.mentions)
        EXPECT_NE(m.start, oslo.meeting.start) << m.text.toStdString();
}
