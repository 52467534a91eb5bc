#include "analysis/ArticleSummits.h"
#include "analysis/RegexText.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

// MentionFinder's pattern for "de top", compiled the same way.
QRegularExpression articleSummit()
{
    QString p = QStringLiteral("(?<!\\p{L})(?:[Dd]e|[Dd]eze|volgende|aanstaande|aankomende|komende)WS+"
                               "(?<noun>[Tt]op|[Ss]ummit)(?![\\p{L}-])");
    p.replace(QStringLiteral("WS"), RegexText::space());
    return RegexText::unicodePattern(p);
}

QVector<QPair<int, int>> byScan(const QRegularExpression &re, const QString &text)
{
    QVector<QPair<int, int>> out;
    auto it = RegexText::all(re, text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({int(m.capturedStart(QStringLiteral("noun"))), int(m.capturedEnd(QStringLiteral("noun")))});
    }
    return out;
}

} // namespace

// Tried only before "top"/"summit", the expression must find exactly what a scan finds.
TEST(ArticleSummits, findsWhatAScanOfThePatternFinds)
{
    const QRegularExpression re = articleSummit();
    const QStringList texts = {
        QStringLiteral("Op de top in Vilnius en tijdens deze Summit spraken zij."),
        QStringLiteral("De\u00a0top, de  \n top, de\u0085top en de\u180etop; dezetop, de topic, de top-conferentie."),
        QStringLiteral("de aankomende top en de aanstaande summit; xde top, éde top, (de top), komende Top."),
        QStringLiteral("De volgende top de top de top"),
        QStringLiteral("de\u2028summit de\u3000Summit de\u200btop deze\ttop"),
        QStringLiteral("top de top"),
        QStringLiteral("de top"),
        QStringLiteral("Deze top"),
        QString(),
    };
    for (const QString &text : texts)
        EXPECT_EQ(ArticleSummits::find(re, text), byScan(re, text)) << text.toStdString();
    EXPECT_EQ(ArticleSummits::find(re, texts[0]).size(), 2);
}
