#include "analysis/KindDetector.h"

#include <gtest/gtest.h>

using namespace diptych;

TEST(KindDetector, titleOrCoverLetterDecideFirst)
{
    EXPECT_EQ(KindDetector::run(QStringLiteral("Geannoteerde agenda NAVO FMM"), {}, QStringLiteral("Zij spraken.")),
              DocumentKind::Agenda);
    EXPECT_EQ(KindDetector::run({}, QStringLiteral("Hierbij bied ik u het verslag aan."),
                                QStringLiteral("Zij zullen spreken.")),
              DocumentKind::Verslag);
}

TEST(KindDetector, futureMarkersWithinOneSentence)
{
    const QString agenda = QStringLiteral(
        "Op 3 april a.s. vindt de bijeenkomst in Brussel plaats. De ministers zullen spreken over Oekraïne. "
        "Naar verwachting komt ook China aan bod.");
    EXPECT_EQ(KindDetector::forwardMarkers(agenda), 5); // a.s., vindt…plaats, zullen, naar verwachting, komt…bod
    EXPECT_EQ(KindDetector::backwardMarkers(agenda), 0);
    EXPECT_EQ(KindDetector::run({}, {}, agenda), DocumentKind::Agenda);
    // "vindt" and "plaats" in different sentences are no marker.
    EXPECT_EQ(KindDetector::forwardMarkers(QStringLiteral("Het kabinet vindt dit belangrijk. De plaats is Brussel.")),
              0);
}

TEST(KindDetector, pastMarkersMakeAVerslag)
{
    const QString verslag = QStringLiteral(
        "Op 3 en 4 april kwamen de ministers bijeen in Brussel. Bondgenoten spraken over Oekraïne en herbevestigden "
        "hun steun. Ook werd gesproken over China. Nederland heeft gepleit voor meer steun.");
    EXPECT_EQ(KindDetector::backwardMarkers(verslag), 5);
    EXPECT_EQ(KindDetector::run({}, {}, verslag), DocumentKind::Verslag);
}

TEST(KindDetector, mixedTensesWithoutAClearMajorityAreOther)
{
    EXPECT_EQ(
        KindDetector::run({}, {}, QStringLiteral("De ministers spraken over Oekraïne. Zij zullen dat blijven doen.")),
        DocumentKind::Other);
}
