#include "analysis/ArticleSummits.h"
#include "analysis/InformalAbbreviations.h"
#include "analysis/RegexText.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

// The finders that try MentionFinder's expressions only where a match can start must find
// exactly what a scan of the expression finds.

// A pattern written as MentionFinder writes them ("WS" for any space), compiled the same way.
QRegularExpression compiled(QString p)
{
    p.replace(QStringLiteral("WS"), RegexText::space());
    return RegexText::unicodePattern(p);
}

// MentionFinder's pattern for "de top".
QRegularExpression articleSummit()
{
    return compiled(QStringLiteral("(?<!\\p{L})(?:[Dd]e|[Dd]eze|volgende|aanstaande|aankomende|komende)WS+"
                                   "(?<noun>[Tt]op|[Ss]ummit)(?![\\p{L}-])"));
}

// MentionFinder's patterns for council and FMM abbreviations, compiled the same way.
QRegularExpression pattern(const QString &names)
{
    return compiled(QStringLiteral("(?<!\\p{L})(?<noun>(?:(?i:informele|informal)WS+)?") + names
                    + QStringLiteral(")(?!\\p{L})"));
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

const QStringList kTexts = {
    QStringLiteral("De RBZ en de informele RAZ; Informal  FAC, INFORMELE\u00a0NAR en NUC."),
    QStringLiteral("NUCLEAR, xRBZ, (RBZ), informeleRBZ, informele\n\nRBZ, informel RBZ, ninformele RBZ."),
    QStringLiteral("De FMM, de iFMM, de informele iFMM, informal\u0085FMM, xiFMM, FMMs, iiFMM, (iFMM)."),
    QStringLiteral("informele informele FMM; RBZRAZ; RBZ-RAZ; \u0130nformele FMM; informele \u180eFMM"),
    QStringLiteral("FMM"),
    QStringLiteral("iFMM"),
    QString(),
};

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

// Tried only around the abbreviations, the expressions must find exactly what a scan finds.
TEST(InformalAbbreviations, findsWhatAScanOfThePatternFinds)
{
    const QRegularExpression councils = pattern(QStringLiteral("(?:RBZ|RAZ|FAC|NAR|NUC)"));
    const QStringList councilNames = QStringLiteral("RBZ RAZ FAC NAR NUC").split(QLatin1Char(' '));
    const QRegularExpression fmm = pattern(QStringLiteral("i?FMM"));
    for (const QString &text : kTexts) {
        EXPECT_EQ(InformalAbbreviations::find(councils, text, councilNames, false), byScan(councils, text))
            << text.toStdString();
        EXPECT_EQ(InformalAbbreviations::find(fmm, text, {QStringLiteral("FMM")}, true), byScan(fmm, text))
            << text.toStdString();
    }
    EXPECT_EQ(InformalAbbreviations::find(councils, kTexts[0], councilNames, false).size(), 5);
}

// Names without case: "bijeenkomst" in any case, after "informele" or not, with a long s
// or a Kelvin sign the expression may take for 's' or 'k'.
TEST(InformalAbbreviations, findsCaselessNamesAsAScanDoes)
{
    const QRegularExpression re = compiled(QStringLiteral("(?<!\\p{L})(?<noun>(?i:(?:informeleWS+)?bijeenkomstWS+vanWS+"
                                                          "(?:deWS+)?(?:navo|nato)[- ]?ministersWS+vanWS+defensie))"
                                                          "(?!\\p{L})"));
    const QStringList texts = {
        QStringLiteral("De bijeenkomst van NAVO-ministers van Defensie en de Informele  BIJEENKOMST van de "
                       "navo ministers van defensie; xbijeenkomst van NAVO-ministers van Defensie."),
        QStringLiteral(
            "informele bijeenkom\u017ft van NATO ministers van defensie, bijeen\u212aomst van navo-ministers "
            "van defensie, informele\u00a0Bijeenkomst van de NAVO-ministers van Defensieën."),
        QStringLiteral("bijeenkomst van navoministers van defensie"),
    };
    for (const QString &text : texts) {
        EXPECT_EQ(InformalAbbreviations::find(re, text, {QStringLiteral("bijeenkomst")}, false, true), byScan(re, text))
            << text.toStdString();
    }
    EXPECT_EQ(InformalAbbreviations::find(re, texts[0], {QStringLiteral("bijeenkomst")}, false, true).size(), 2);
}

// "NAVO-" or "NATO " may stand right before the name, and "informal" before that.
TEST(InformalAbbreviations, findsNamesAfterNavoAsAScanDoes)
{
    const QRegularExpression re =
        pattern(QStringLiteral("(?:(?:NAVO|NATO)[- ])?(?i:foreignWS+ministers['’]?WS+meeting)"));
    const QStringList texts = {
        QStringLiteral("the informal NATO Foreign Ministers' Meeting, a NAVO-foreign ministers meeting, "
                       "NATO  Foreign Ministers Meeting, xNATO foreign ministers meeting and Informal foreign "
                       "ministers’ meeting."),
        QStringLiteral("NAVO foreign ministers meeting"),
        QStringLiteral("foreign ministers meetings; NAVOforeign ministers meeting"),
    };
    for (const QString &text : texts) {
        EXPECT_EQ(InformalAbbreviations::find(re, text, {QStringLiteral("foreign")}, false, true), byScan(re, text))
            << text.toStdString();
    }
    EXPECT_EQ(InformalAbbreviations::find(re, texts[0], {QStringLiteral("foreign")}, false, true).size(), 5);
}

// Council names start with one of several words; "informele" may precede any.
TEST(InformalAbbreviations, findsCouncilNamesAsAScanDoes)
{
    const QRegularExpression re = pattern(QStringLiteral(
        "(?:Raad(?:WS+van)?WS+BuitenlandseWS+Zaken(?:WS+Handel)?|RaadWS+AlgemeneWS+Zaken|EuropeseWS+Raad|"
        "Noord-AtlantischeWS+Raad|NATO-UkraineWS+Council|ForeignWS+AffairsWS+Council|EuropeanWS+Council)"));
    const QStringList names =
        QStringLiteral("Raad Europese Noord-Atlantische NATO-Ukraine Foreign European").split(QLatin1Char(' '));
    const QString text = QStringLiteral(
        "De informele Raad Buitenlandse Zaken Handel, de Raad van  Buitenlandse Zaken, de Europese Raad, "
        "de Noord-Atlantische\u00a0Raad, the NATO-Ukraine Council, Informal Foreign Affairs Council, the European "
        "Councils, xRaad Algemene Zaken, Raad Algemene Zaken.");
    EXPECT_EQ(InformalAbbreviations::find(re, text, names, false), byScan(re, text));
    EXPECT_EQ(byScan(re, text).size(), 7);
}
