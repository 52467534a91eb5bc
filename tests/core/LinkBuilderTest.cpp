// Links among the five sample letters, completed with letters made by hand where the samples
// have no case (no agenda/verslag pair, no letter whose own id another cites).
#include "LinkFixture.h"

#include "links/LinkBuilder.h"

#include <gtest/gtest.h>

using namespace diptych;
using namespace diptych::test;

namespace {

const LinkGraph &sampleGraph()
{
    static const LinkGraph graph = LinkBuilder().build(fiveSamples());
    return graph;
}

const TopicThread *thread(const LinkGraph &graph, const QString &topic)
{
    for (const TopicThread &t : graph.topics) {
        if (t.topic == topic)
            return &t;
    }
    return nullptr;
}

QStringList threadNames(const QVector<Analysis> &docs, const TopicThread &t)
{
    QStringList out;
    for (const ThreadEntry &e : t.entries)
        out << shortName(docs.at(e.document));
    return out;
}

const SummitGroup *summit(const LinkGraph &graph, const QString &place, int year)
{
    for (const SummitGroup &g : graph.summits) {
        if (g.place == place && g.year == year)
            return &g;
    }
    return nullptr;
}

} // namespace

TEST(LinkBuilder, samplesAreFiveMeetingsOnOneTimelineOfFmmAndIfmm)
{
    const LinkGraph &graph = sampleGraph();
    const QVector<Analysis> &docs = fiveSamples();
    ASSERT_EQ(graph.meetings.size(), 5);
    EXPECT_EQ(names(docs, graph.order), (QStringList{"002", "003", "001", "000", "004"}));
    QStringList types;
    for (int m = 0; m < graph.meetings.size(); ++m) {
        const MeetingEntry &entry = graph.meetings.at(m);
        types << meetingTypeName(entry.meeting.type);
        EXPECT_EQ(entry.previous, m - 1);
        EXPECT_EQ(entry.next, m + 1 < graph.meetings.size() ? m + 1 : -1);
        if (m > 0) {
            EXPECT_LT(graph.meetings.at(m - 1).meeting.start, entry.meeting.start);
        }
    }
    EXPECT_EQ(types, (QStringList{"iFMM", "FMM", "FMM", "iFMM", "iFMM"}));
    // 003 is an agenda without place, 001 a verslag: each is its meeting's only letter.
    EXPECT_EQ(graph.meetings.at(1).agenda, 3);
    EXPECT_EQ(graph.meetings.at(1).verslag, -1);
    EXPECT_EQ(graph.meetings.at(2).verslag, 1);
}

TEST(LinkBuilder, everyLetterPointsToTheLetterOfTheMeetingBefore)
{
    const LinkGraph &graph = sampleGraph();
    const QVector<Analysis> &docs = fiveSamples();
    EXPECT_TRUE(linkTargets(graph, docs, 2, LinkKind::PreviousMeeting).isEmpty());
    EXPECT_EQ(linkTargets(graph, docs, 3, LinkKind::PreviousMeeting), QStringList{"002"});
    EXPECT_EQ(linkTargets(graph, docs, 1, LinkKind::PreviousMeeting), QStringList{"003"});
    EXPECT_EQ(linkTargets(graph, docs, 0, LinkKind::PreviousMeeting), QStringList{"001"});
    EXPECT_EQ(linkTargets(graph, docs, 4, LinkKind::PreviousMeeting), QStringList{"000"});
    for (const DocumentLink &link : graph.links)
        EXPECT_NE(link.kind, LinkKind::SameMeeting) << "no two samples share a meeting";
}

TEST(LinkBuilder, washington2024IsOneSummitMentionedByThreeLetters)
{
    const LinkGraph &graph = sampleGraph();
    const QVector<Analysis> &docs = fiveSamples();
    const SummitGroup *washington = summit(graph, QStringLiteral("Washington"), 2024);
    ASSERT_NE(washington, nullptr);
    EXPECT_EQ(names(docs, washington->documents), (QStringList{"003", "001", "000"}));
    EXPECT_EQ(washington->start, QDate(2024, 7, 9));
    // "de Top in Vilnius" without a year in 002 and 003 is the 2023 summit both date elsewhere.
    const SummitGroup *vilnius = summit(graph, QStringLiteral("Vilnius"), 2023);
    ASSERT_NE(vilnius, nullptr);
    EXPECT_EQ(names(docs, vilnius->documents), (QStringList{"002", "003"}));
    EXPECT_EQ(summit(graph, QStringLiteral("Vilnius"), 0), nullptr);
    EXPECT_EQ(linkTargets(graph, docs, 0, LinkKind::MentionsMeeting), (QStringList{"003", "001"}));
}

TEST(LinkBuilder, aSummitWithoutPlaceTakesTheOnlySummitPlaceOfItsLetter)
{
    // 004 speaks of "de NAVO top in Den Haag" (no year) and "de top in juni" (2025, no place).
    const SummitGroup *hague = summit(sampleGraph(), QStringLiteral("Den Haag"), 2025);
    ASSERT_NE(hague, nullptr);
    EXPECT_EQ(names(fiveSamples(), hague->documents), QStringList{"004"});
}

TEST(LinkBuilder, aSummitWithoutYearIsTheOneNearestTheLetterWhenAPlaceHadSeveral)
{
    QVector<Analysis> docs;
    for (int year : {2018, 2021, 2017}) {
        docs << letter(QStringLiteral("l%1.txt").arg(year), DocumentKind::Agenda, QString(), QStringLiteral("FMM"),
                       QDate(year, 4, 10), QDate(year, 4, 11), QStringLiteral("Brussel"));
    }
    docs[0].mentions << mention(QStringLiteral("summit"), QStringLiteral("Top in Brussel"), QStringLiteral("Brussel"),
                                QDate(2018, 7, 11));
    docs[1].mentions << mention(QStringLiteral("summit"), QStringLiteral("Top in Brussel"), QStringLiteral("Brussel"),
                                QDate(2021, 6, 14));
    docs[2].mentions << mention(QStringLiteral("summit"), QStringLiteral("de Top in Brussel"),
                                QStringLiteral("Brussel"), QDate());
    const LinkGraph graph = LinkBuilder(TopicList()).build(docs);
    const SummitGroup *first = summit(graph, QStringLiteral("Brussel"), 2018);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(names(docs, first->documents), (QStringList{"l2017.txt", "l2018.txt"}));
    ASSERT_NE(summit(graph, QStringLiteral("Brussel"), 2021), nullptr);
    EXPECT_EQ(summit(graph, QStringLiteral("Brussel"), 2021)->documents.size(), 1);
    EXPECT_EQ(graph.summits.size(), 2);
}

TEST(LinkBuilder, lettersCitingTheSameDossierAreLinkedBothWays)
{
    // 002 cites kst-28676-434, 004 cites kst-28676-499 and -489: dossier 28676 in common.
    const LinkGraph &graph = sampleGraph();
    const QVector<Analysis> &docs = fiveSamples();
    EXPECT_EQ(linkTargets(graph, docs, 2, LinkKind::Kamerstuk), QStringList{"004"});
    EXPECT_EQ(linkTargets(graph, docs, 4, LinkKind::Kamerstuk), QStringList{"002"});
    const QVector<DocumentLink> out = graph.linksFrom(2);
    const auto it =
        std::find_if(out.cbegin(), out.cend(), [](const DocumentLink &l) { return l.kind == LinkKind::Kamerstuk; });
    ASSERT_NE(it, out.cend());
    EXPECT_TRUE(it->label.startsWith(QStringLiteral("dossier 28676 also cited in agenda iFMM Antalya")))
        << it->label.toStdString();
}

TEST(LinkBuilder, aReferenceToALetterInTheSetPointsToThatLetter)
{
    QVector<Analysis> docs = fiveSamples();
    ASSERT_EQ(docs.at(3).selfId, QStringLiteral("kst-28676-446"));
    Analysis later = letter(QStringLiteral("later.txt"), DocumentKind::Verslag, QStringLiteral("Verslag FMM"),
                            QStringLiteral("FMM"), QDate(2023, 11, 28), QDate(2023, 11, 29), QStringLiteral("Brussel"));
    later.references << citation(QStringLiteral("kst-28676-446"), QStringLiteral("28676"));
    Analysis cited =
        letter(QStringLiteral("cited.txt"), DocumentKind::Other, QStringLiteral("Brief"), QString(), {}, {});
    cited.selfId = QStringLiteral("kst-28676-434"); // what 002 cites in its footnote 2
    docs << later << cited;
    const LinkGraph graph = LinkBuilder().build(docs);
    QStringList cites;
    for (const DocumentLink &link : graph.links) {
        if (link.label.startsWith(QStringLiteral("cites ")))
            cites << shortName(docs.at(link.from)) + QStringLiteral(" -> ") + shortName(docs.at(link.to))
                         + QStringLiteral(": ") + link.label;
    }
    EXPECT_EQ(cites, (QStringList{"002 -> cited.txt: cites kst-28676-434: Brief",
                                  "later.txt -> 003: cites kst-28676-446: agenda FMM Brussel 28-29 november 2023"}));
    // The hand-made verslag also completes the meeting of agenda 003.
    EXPECT_EQ(graph.meetings.at(graph.meetingOf.at(3)).verslag, 5);
    EXPECT_EQ(graph.meetings.at(1).meeting.place, QStringLiteral("Brussel"));
}

TEST(LinkBuilder, lettersCitingTheSameKamerstukSayWhereElseItIsCited)
{
    QVector<Analysis> docs;
    for (int i = 0; i < 3; ++i) {
        Analysis a = letter(QStringLiteral("l%1.txt").arg(i), DocumentKind::Verslag, QString(), QStringLiteral("FMM"),
                            QDate(2020 + i, 4, 1), QDate(2020 + i, 4, 2), QStringLiteral("Brussel"));
        a.references << citation(QStringLiteral("kst-22054-390"), QStringLiteral("22054"));
        docs << a;
    }
    const LinkGraph graph = LinkBuilder(TopicList()).build(docs);
    int alsoCited = 0;
    for (const DocumentLink &link : graph.links) {
        if (link.kind == LinkKind::Kamerstuk) {
            EXPECT_TRUE(link.label.startsWith(QStringLiteral("kst-22054-390 also cited in verslag FMM Brussel")))
                << link.label.toStdString();
            ++alsoCited;
        }
    }
    EXPECT_EQ(alsoCited, 6) << "three letters, each linked to the two others, and no dossier link on top";
}

TEST(LinkBuilder, aLargeGroupIsLinkedToNeighboursInTimeOnly)
{
    QVector<Analysis> docs;
    for (int i = 0; i < 40; ++i) {
        Analysis a = letter(QStringLiteral("l%1.txt").arg(i), DocumentKind::Agenda, QString(), QStringLiteral("FMM"),
                            QDate(2000, 1, 1).addDays(39 * (40 - i)), {}, QStringLiteral("Brussel"));
        a.references << citation(QStringLiteral("kst-28676-%1").arg(i), QStringLiteral("28676"));
        docs << a;
    }
    const LinkGraph graph = LinkBuilder(TopicList()).build(docs);
    for (int d = 0; d < docs.size(); ++d) {
        const QStringList targets = linkTargets(graph, docs, d, LinkKind::Kamerstuk);
        const int position = int(graph.order.indexOf(d));
        EXPECT_EQ(targets.size(), position == 0 || position == 39 ? 1 : 2);
        for (const QString &t : targets) {
            const int other = int(graph.order.indexOf(int(t.mid(1, t.size() - 5).toInt())));
            EXPECT_EQ(qAbs(other - position), 1) << t.toStdString();
        }
    }
}

TEST(LinkBuilder, aMentionOfAnFmmPointsToTheLettersOfThatMeeting)
{
    QVector<Analysis> docs = fiveSamples();
    Analysis later = letter(QStringLiteral("later.txt"), DocumentKind::Agenda, QString(), QStringLiteral("FMM"),
                            QDate(2024, 12, 3), QDate(2024, 12, 4), QStringLiteral("Brussel"));
    // "de FMM van 3-4 april": a day off still finds 001's meeting (3-4 April 2024).
    later.mentions << mention(QStringLiteral("fmm"), QStringLiteral("FMM"), QString(), QDate(2024, 4, 4));
    later.mentions << mention(QStringLiteral("fmm"), QStringLiteral("FMM"), QString(), QDate(2024, 4, 20));
    docs << later;
    const LinkGraph graph = LinkBuilder(TopicList()).build(docs);
    EXPECT_EQ(linkTargets(graph, docs, 5, LinkKind::MentionsMeeting), QStringList{"001"});
}

TEST(LinkBuilder, ukraineRunsThroughAllFiveLettersInTimeOrder)
{
    const TopicThread *ukraine = thread(sampleGraph(), QStringLiteral("Oekraïne"));
    ASSERT_NE(ukraine, nullptr);
    EXPECT_EQ(threadNames(fiveSamples(), *ukraine), (QStringList{"002", "003", "001", "000", "004"}));
    // 003 and 001 have a section headed "Oekraïne": that is the entry, and its first paragraph.
    EXPECT_EQ(ukraine->entries.at(1).heading, QStringLiteral("Oekraïne"));
    EXPECT_TRUE(ukraine->entries.at(1).inHeading);
    EXPECT_TRUE(ukraine->entries.at(2).passage.contains(QStringLiteral("steun aan Oekraïne")));
    const QStringList earlier = linkTargets(sampleGraph(), fiveSamples(), 4, LinkKind::Topic);
    EXPECT_TRUE(earlier.contains(QStringLiteral("000")));
}

TEST(LinkBuilder, defenceSpendingIsFollowedUnderItsDutchAndEnglishNames)
{
    const TopicThread *spending = thread(sampleGraph(), QStringLiteral("Defensie-uitgaven"));
    ASSERT_NE(spending, nullptr);
    EXPECT_EQ(threadNames(fiveSamples(), *spending), (QStringList{"002", "003", "001", "000", "004"}));
    EXPECT_EQ(spending->entries.at(1).heading,
              QStringLiteral("Defensieuitgaven (burden sharing) en defensie-industrie"));
    EXPECT_EQ(spending->entries.at(2).heading, QStringLiteral("Burden-sharing"));
    // 000 has no sections: its passage is the paragraph about the Defense Investment Pledge.
    EXPECT_EQ(spending->entries.at(3).section, -1);
    EXPECT_TRUE(spending->entries.at(3).passage.contains(QStringLiteral("2%")))
        << spending->entries.at(3).passage.toStdString();
}

TEST(LinkBuilder, headingsTwoLettersShareBecomeATopicOfTheirOwn)
{
    QVector<Analysis> docs;
    for (int i = 0; i < 3; ++i) {
        Analysis a = letter(QStringLiteral("l%1.txt").arg(i), DocumentKind::Verslag, QString(), QStringLiteral("FMM"),
                            QDate(2020 + i, 4, 1), QDate(2020 + i, 4, 2), QStringLiteral("Brussel"));
        const QString heading = i == 2   ? QStringLiteral("Noordpool")
                                : i == 0 ? QStringLiteral("De Arctische regio")
                                         : QStringLiteral("Arctische regio’s");
        a.text = heading + QStringLiteral("\n\nBondgenoten spraken over het hoge noorden.\n\nVerder niets.");
        Section s;
        s.title = heading;
        s.heading = heading;
        s.at.start = 0;
        s.at.end = int(heading.size());
        a.sections << s;
        docs << a;
    }
    const LinkGraph graph = LinkBuilder(TopicList()).build(docs);
    ASSERT_EQ(graph.topics.size(), 1);
    EXPECT_TRUE(graph.topics.first().fromHeadings);
    EXPECT_EQ(graph.topics.first().topic, QStringLiteral("De Arctische regio"));
    EXPECT_EQ(threadNames(docs, graph.topics.first()), (QStringList{"l0.txt", "l1.txt"}));
    EXPECT_EQ(graph.topics.first().entries.at(1).passage, QStringLiteral("Bondgenoten spraken over het hoge noorden."));
}
