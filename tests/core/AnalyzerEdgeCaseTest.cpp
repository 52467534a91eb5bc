// The pipeline on hand-made letters that the samples do not cover.
#include "AnalysisFixture.h"

#include <gtest/gtest.h>

using namespace diptych;
using diptych::test::analyzeText;
using diptych::test::sectionTitles;

TEST(AnalyzerEdgeCases, romanNumeralSessionsAreNumbered)
{
    const Analysis a =
        analyzeText(QStringLiteral("Geannoteerde agenda NAVO Foreign Ministers Meeting 4-5 april 2023\n\n"
                                   "De bijeenkomst vindt plaats in Brussel. De minister zal deelnemen.\n\n"
                                   "Werksessie I: Oekraïne\n\n"
                                   "De ministers zullen spreken over de steun aan Oekraïne.\n\n"
                                   "Werksessie II – Partnerschappen\n\n"
                                   "Naar verwachting wordt gesproken over partners.\n\n"
                                   "Avondsessie met partners uit de Indo-Pacific\n\n"
                                   "Tijdens het diner zal worden gesproken over China.\n"));
    ASSERT_EQ(sectionTitles(a, 1).size(), 3);
    EXPECT_EQ(a.sections[0].number, 1);
    EXPECT_EQ(a.sections[0].label, QStringLiteral("I"));
    EXPECT_EQ(a.sections[0].title, QStringLiteral("Oekraïne"));
    EXPECT_EQ(a.sections[1].number, 2);
    EXPECT_EQ(a.sections[1].title, QStringLiteral("Partnerschappen"));
    EXPECT_EQ(a.sections[2].number, 0);
    // Unnumbered and without a separator: the session word is part of the title.
    EXPECT_EQ(a.sections[2].title, QStringLiteral("Avondsessie met partners uit de Indo-Pacific"));
    EXPECT_EQ(a.kind, DocumentKind::Agenda);
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
}

TEST(AnalyzerEdgeCases, footnoteContinuesOnTheNextPage)
{
    const Analysis a = analyzeText(
        QStringLiteral("Verslag van de NAVO Foreign Ministers Meeting van 1-2 december 2022\n\n"
                       "Op 1 en 2 december 2022 kwamen de ministers bijeen in Boekarest. Bondgenoten spraken over\n"
                       "de energie-infrastructuur van Oekraïne1.\n\n"
                       "1 Zie voor de achtergrond van deze steun de brief over de winterhulp aan Oekraïne en de\n"
                       "\f"
                       "Daarnaast spraken bondgenoten over Georgië en Moldavië.\n\n"
                       "coördinatie daarvan binnen de NAVO en de EU (Kamerstuk 36 045, nr. 120).\n"));
    ASSERT_EQ(a.footnotes.size(), 1);
    EXPECT_EQ(a.footnotes[0].text,
              QStringLiteral("Zie voor de achtergrond van deze steun de brief over de winterhulp aan Oekraïne en de "
                             "coördinatie daarvan binnen de NAVO en de EU (Kamerstuk 36 045, nr. 120)."));
    EXPECT_FALSE(a.text.contains(QStringLiteral("coördinatie daarvan")));
    EXPECT_TRUE(a.text.contains(QStringLiteral("Georgië en Moldavië.")));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Boekarest"));
}

TEST(AnalyzerEdgeCases, informalMeetingCalledFmmIsAnInformalMeeting)
{
    const Analysis a = analyzeText(
        QStringLiteral("Verslag van de informele bijeenkomst van de NAVO-ministers van Buitenlandse Zaken (FMM)\n\n"
                       "Op zaterdag 14 en zondag 15 mei 2022 kwamen de ministers bijeen in Berlijn. Bondgenoten\n"
                       "spraken over de aanvraag van Finland en Zweden.\n\n"
                       "Finland en Zweden\n\n"
                       "Bondgenoten verwelkomden de aanvraag.\n"));
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("iFMM"));
    EXPECT_EQ(a.meeting.start, QDate(2022, 5, 14));
    EXPECT_EQ(a.meeting.end, QDate(2022, 5, 15));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Berlijn"));
    EXPECT_EQ(a.kind, DocumentKind::Verslag);
}

TEST(AnalyzerEdgeCases, titleWithoutYearTakesItFromTheLetterHead)
{
    const Analysis a = analyzeText(
        QStringLiteral("Tweede Kamer der Staten-Generaal\n"
                       "28 676 NAVO\n"
                       "Nr. 470 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n"
                       "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
                       "Den Haag, 27 maart 2024\n\n"
                       "Geannoteerde agenda NAVO Foreign Ministers Meeting 3-4 april\n\n"
                       "De bijeenkomst vindt plaats op het NAVO-hoofdkwartier. De minister zal deelnemen.\n"));
    EXPECT_EQ(a.selfId, QStringLiteral("kst-28676-470"));
    EXPECT_EQ(a.meeting.start, QDate(2024, 4, 3));
    EXPECT_EQ(a.meeting.end, QDate(2024, 4, 4));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
    EXPECT_EQ(a.title, QStringLiteral("Geannoteerde agenda NAVO Foreign Ministers Meeting 3-4 april"));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Staten-Generaal")));
}

TEST(AnalyzerEdgeCases, anotherCouncilIsThatCouncilNotAnFmm)
{
    const Analysis a = analyzeText(QStringLiteral(
        "Geannoteerde agenda Raad Buitenlandse Zaken van 22 april 2024\n\n"
        "De Raad Buitenlandse Zaken vindt plaats in Luxemburg. De minister zal deelnemen. Ook zal worden\n"
        "gesproken over de NAVO Foreign Ministers Meeting van 3-4 april.\n"));
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("RBZ"));
    EXPECT_EQ(a.meeting.start, QDate(2024, 4, 22));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Luxemburg"));
    EXPECT_EQ(a.kind, DocumentKind::Agenda);
    EXPECT_EQ(a.docType, DocumentType::Brief);
}

TEST(AnalyzerEdgeCases, twoLineTopicHeadingIsOneSection)
{
    const Analysis a = analyzeText(QStringLiteral(
        "Verslag van de NAVO Foreign Ministers Meeting van 4-5 april 2023\n\n"
        "Op 4 en 5 april 2023 kwamen de ministers bijeen in Brussel. Er werd gesproken over veel zaken\n"
        "die de veiligheid van het bondgenootschap raken en over de top in Vilnius die in juli volgt.\n\n"
        "Sessie 1: Voorbereiding van de NAVO-top in Vilnius en de versterking van de\n"
        "afschrikking en verdediging\n\n"
        "Bondgenoten spraken over de top.\n"));
    ASSERT_EQ(a.sections.size(), 1);
    EXPECT_EQ(a.sections[0].title,
              QStringLiteral(
                  "Voorbereiding van de NAVO-top in Vilnius en de versterking van de afschrikking en verdediging"));
}

TEST(AnalyzerEdgeCases, paragraphPerLineTextFromAWebPage)
{
    const QString para = QStringLiteral(
        "Op 3 en 4 april 2024 kwamen de NAVO-ministers van Buitenlandse Zaken bijeen op het NAVO-hoofdkwartier in "
        "Brussel. Bondgenoten spraken over de steun aan Oekraïne en over de voorbereiding van de top in Washington, "
        "waar de leiders in juli zullen spreken over de toekomst van het bondgenootschap.");
    const Analysis a =
        analyzeText(QStringLiteral("Verslag van de NAVO Foreign Ministers Meeting (FMM) van 3-4 april 2024\n") + para
                    + QStringLiteral("\nOekraïne\n") + para + QLatin1Char('\n'));
    EXPECT_EQ(a.title, QStringLiteral("Verslag van de NAVO Foreign Ministers Meeting (FMM) van 3-4 april 2024"));
    EXPECT_EQ(sectionTitles(a), QStringList{QStringLiteral("Oekraïne")});
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
}

TEST(AnalyzerEdgeCases, repeatedRunningHeaderIsFurniture)
{
    const QStringList topics = {QStringLiteral("Oekraïne"), QStringLiteral("China"),
                                QStringLiteral("de Westelijke Balkan"), QStringLiteral("het Midden-Oosten")};
    QString text;
    for (int page = 1; page <= 4; ++page) {
        text += QStringLiteral("Datum 12 november 2024\nKenmerk BZ2411234\n\n");
        text += QStringLiteral("De ministers spraken op pagina %1 over %2.\n\n").arg(page).arg(topics[page - 1]);
        text += QStringLiteral("Het kabinet zette zich in voor een sterke NAVO en een eensgezinde\n"
                               "reactie van bondgenoten op %1.\n\n")
                    .arg(topics[page - 1]);
        text += QStringLiteral("Pagina %1 van 4\n\f").arg(page);
    }
    const Analysis a = analyzeText(text);
    EXPECT_EQ(a.pageCount, 4);
    EXPECT_FALSE(a.text.contains(QStringLiteral("Kenmerk")));
    EXPECT_FALSE(a.text.contains(QStringLiteral("Pagina")));
    EXPECT_TRUE(a.text.contains(QStringLiteral("op pagina 3 over")));
}

TEST(AnalyzerEdgeCases, letterSignedAtItsEndHasNoCoverLetterAndKeepsItsSections)
{
    const Analysis a = analyzeText(
        QStringLiteral("Hierbij bied ik u, mede namens de minister van Defensie, de geannoteerde agenda aan voor de\n"
                       "NAVO-ministeriële bijeenkomst van 4 en 5 april 2023 in Brussel.\n\n"
                       "Sessie 1: Oekraïne\n\n"
                       "De ministers zullen spreken over de steun aan Oekraïne.\n\n"
                       "Sessie 2: Partnerschappen\n\n"
                       "Naar verwachting zal worden gesproken over partners in de Indo-Pacific.\n\n"
                       "De Minister van Buitenlandse Zaken,\n"
                       "W.B. Hoekstra\n"));
    EXPECT_FALSE(a.cover.present);
    EXPECT_EQ(test::sectionTitles(a, 1), (QStringList{QStringLiteral("Oekraïne"), QStringLiteral("Partnerschappen")}));
    EXPECT_EQ(a.kind, DocumentKind::Agenda);
    EXPECT_EQ(meetingTypeName(a.meeting.type), QStringLiteral("FMM"));
    EXPECT_EQ(a.meeting.start, QDate(2023, 4, 4));
    EXPECT_EQ(a.meeting.place, QStringLiteral("Brussel"));
}

TEST(AnalyzerEdgeCases, unicodeSuperscriptCallsAndNotesFromCopiedText)
{
    const Analysis a = analyzeText(
        QStringLiteral("Verslag van de NAVO Foreign Ministers Meeting van 4-5 april 2023\n\n"
                       "Op 4 en 5 april 2023 kwamen de ministers bijeen in Brussel. Zij spraken over Finland¹ en over\n"
                       "de steun aan Oekraïne, waarover uw Kamer eerder is geïnformeerd.²\n\n"
                       "¹ Finland trad op 4 april 2023 toe tot de NAVO.\n"
                       "² Kamerstuk 28 676, nr. 420.\n"));
    ASSERT_EQ(a.footnotes.size(), 2);
    EXPECT_EQ(a.footnotes[0].text, QStringLiteral("Finland trad op 4 april 2023 toe tot de NAVO."));
    EXPECT_EQ(a.footnotes[1].calls.value(0).before, QStringLiteral("eerder is geïnformeerd."));
    EXPECT_TRUE(a.text.contains(QStringLiteral("over Finland en over")));
    EXPECT_EQ(test::referenceIds(a), QStringList{QStringLiteral("kst-28676-420")});
}
