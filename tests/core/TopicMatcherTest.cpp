// Where text names a topic, however it is spelled.
#include "TestData.h"

#include "links/TopicList.h"
#include "links/TopicMatcher.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

TopicList spendingAndUkraine()
{
    TopicList list;
    list.topics << Topic{QStringLiteral("Defensie-uitgaven"),
                         {QStringLiteral("burden sharing"), QStringLiteral("2%"),
                          QStringLiteral("Defence Investment Pledge"), QStringLiteral("Investment Pledge")}};
    list.topics << Topic{
        QStringLiteral("Oekraïne"),
        {QStringLiteral("Oekraïne"), QStringLiteral("Ukraine"), QStringLiteral("NATO-Ukraine Council")}};
    return list;
}

QStringList found(const QString &text)
{
    QStringList out;
    for (const TopicMatcher::Hit &hit : TopicMatcher(spendingAndUkraine()).find(text))
        out << QString::number(hit.topic) + QLatin1Char(':') + text.mid(hit.start, hit.end - hit.start);
    return out;
}

} // namespace

TEST(TopicMatcher, hyphensSpacesAndCaseDoNotMatter)
{
    EXPECT_EQ(found(QStringLiteral("Burden-sharing, burden sharing en BURDENSHARING.")),
              (QStringList{"0:Burden-sharing", "0:burden sharing", "0:BURDENSHARING"}));
}

TEST(TopicMatcher, accentsAreFoldedAndOffsetsPointIntoTheOriginalText)
{
    EXPECT_EQ(found(QStringLiteral("Steun aan Oekraine en Oekraïne, ook Ukraine.")),
              (QStringList{"1:Oekraine", "1:Oekraïne", "1:Ukraine"}));
}

TEST(TopicMatcher, twoPercentIsAWordButTwelvePercentIsNot)
{
    EXPECT_EQ(found(QStringLiteral("minimaal 2% van het bbp; 2 % ; niet 12% en niet 2 keer")),
              (QStringList{"0:2%", "0:2 %"}));
}

TEST(TopicMatcher, theLongestVariantWinsAndWordsMustMatchWhole)
{
    EXPECT_EQ(found(QStringLiteral("de NATO Ukraine Council en de Defence Investment Pledge")),
              (QStringList{"1:NATO Ukraine Council", "0:Defence Investment Pledge"}));
    EXPECT_TRUE(found(QStringLiteral("Oekraïnesteun en pledges")).isEmpty());
}

TEST(TopicList, theBuiltInListIsCompiledIntoCoreAndFoldsDutchAndEnglish)
{
    const TopicList &list = TopicList::builtIn();
    ASSERT_GE(list.topics.size(), 10);
    const TopicMatcher matcher(list);
    const QVector<TopicMatcher::Hit> hits =
        matcher.find(QStringLiteral("Ukraine, defence spending, DPAP, de Westelijke Balkan, zuidflank"));
    QStringList names;
    for (const TopicMatcher::Hit &hit : hits)
        names << list.topics.at(hit.topic).name;
    EXPECT_EQ(names,
              (QStringList{"Oekraïne", "Defensie-uitgaven", "Defensie-industrie", "Westelijke Balkan", "Zuidflank"}));
}

TEST(TopicList, jsonThatIsNotATopicListGivesAnError)
{
    QString error;
    EXPECT_TRUE(TopicList::fromJson("{\"topics\": 3}", &error).topics.isEmpty());
    EXPECT_FALSE(error.isEmpty());
    const TopicList list = TopicList::fromJson(R"({"topics": [{"topic": "Arctis", "variants": ["Arctic"]}]})", &error);
    ASSERT_EQ(list.topics.size(), 1);
    EXPECT_EQ(list.topics.first().variants, (QStringList{"Arctis", "Arctic"}));
}
