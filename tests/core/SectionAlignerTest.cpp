#include "CliRun.h"
#include "TestData.h"

#include "compare/AssignmentSolver.h"
#include "compare/SectionAligner.h"
#include "compare/SectionSimilarity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

struct Heading {
    int level;
    int number;
    QString title;
    QString firstLine; // the heading's first line as it stands in the sample
};

// An analysis of a sample letter with the given headings placed where they stand in it.
Analysis sampleWithSections(const QString &file, const QVector<Heading> &headings)
{
    QFile f(test::dataFile(file));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
    Analysis a;
    a.file = file;
    a.text = QString::fromUtf8(f.readAll());
    int from = 0;
    for (const Heading &h : headings) {
        const QRegularExpression line(QStringLiteral("(?:^|\\n) ?(") + QRegularExpression::escape(h.firstLine)
                                      + QStringLiteral(") *\\n"));
        const QRegularExpressionMatch m = line.match(a.text, from);
        EXPECT_TRUE(m.hasMatch()) << h.firstLine.toStdString();
        Section s;
        s.level = h.level;
        s.number = h.number;
        s.title = h.title;
        s.heading = h.firstLine;
        s.at.start = m.capturedStart(1);
        from = m.capturedEnd(1);
        a.sections << s;
    }
    return a;
}

Analysis agenda003()
{
    return sampleWithSections(
        QStringLiteral("003_eafaf4e2d27f033a.txt"),
        {
            {1, 1, QStringLiteral("Voorbespreking NAVO-top Washington juli 2024"),
             QStringLiteral("Sessie 1: Voorbespreking NAVO-top Washington juli 2024")},
            {2, 0, QStringLiteral("Oekraïne"), QStringLiteral("Oekraïne")},
            {2, 0, QStringLiteral("China en de Indo-Pacific"), QStringLiteral("China en de Indo-Pacific")},
            {2, 0, QStringLiteral("Defensieuitgaven (burden sharing) en defensie-industrie"),
             QStringLiteral("Defensieuitgaven (burden sharing) en defensie-industrie")},
            {1, 2, QStringLiteral("Overleg met aanwezigheid van de EU inzake Westelijke Balkan en Midden-Oosten"),
             QStringLiteral("Sessie 2: Overleg met aanwezigheid van de EU inzake Westelijke")},
            {2, 0, QStringLiteral("Westelijke Balkan"), QStringLiteral("Westelijke Balkan")},
            {2, 0, QStringLiteral("Midden-Oosten"), QStringLiteral("Midden-Oosten")},
            {1, 3, QStringLiteral("NATO Ukraine Council"), QStringLiteral("Sessie 3: NATO Ukraine Council")},
        });
}

Analysis verslag001()
{
    return sampleWithSections(
        QStringLiteral("001_76cb035f3064fde5.txt"),
        {
            {1, 1, QStringLiteral("Vooruitblik op de NAVO-top in Washington D.C."),
             QStringLiteral("Werksessie 1: Vooruitblik op de NAVO-top in Washington D.C.")},
            {2, 0, QStringLiteral("Oekraïne"), QStringLiteral("Oekraïne")},
            {2, 0, QStringLiteral("Rusland"), QStringLiteral("Rusland")},
            {2, 0, QStringLiteral("Burden-sharing"), QStringLiteral("Burden-sharing")},
            {2, 0, QStringLiteral("De NAVO-zuidflank"), QStringLiteral("De NAVO-zuidflank")},
            {1, 2, QStringLiteral("NATO-Ukraine Council"), QStringLiteral("Werksessie 2: NATO-Ukraine Council")},
            {1, 3, QStringLiteral("Bijeenkomst met de EU en NAVO-partners in de Indo-Pacific"),
             QStringLiteral("Werksessie 3: Bijeenkomst met de EU en NAVO-partners in de Indo-Pacific")},
        });
}

// A hand-made letter: each heading on its own line followed by its body.
struct Part {
    int level;
    int number;
    QString title;
    QString body;
};

Analysis letter(const QVector<Part> &parts)
{
    Analysis a;
    for (const Part &p : parts) {
        Section s;
        s.level = p.level;
        s.number = p.number;
        s.title = p.title;
        s.heading = p.number ? QStringLiteral("Sessie %1: %2").arg(p.number).arg(p.title) : p.title;
        s.at.start = a.text.size();
        a.text += s.heading + QLatin1Char('\n') + p.body + QStringLiteral("\n\n");
        a.sections << s;
    }
    return a;
}

Analysis titlesOnly(const QStringList &titles)
{
    QVector<Part> parts;
    for (const QString &t : titles)
        parts << Part{2, 0, t, QString()};
    return letter(parts);
}

// "agenda title -> verslag title" for every pair, in the order given.
QStringList pairTitles(const Analysis &agenda, const Analysis &verslag, const SectionAlignment &al)
{
    QStringList out;
    for (const AlignedPair &p : al.pairs)
        out << agenda.sections.at(p.agenda).title + QStringLiteral(" -> ") + verslag.sections.at(p.verslag).title;
    return out;
}

int verslagPartner(const SectionAlignment &al, int agendaSection)
{
    for (const AlignedPair &p : al.pairs)
        if (p.agenda == agendaSection)
            return p.verslag;
    return -1;
}

double titleSimilarity(const QString &left, const QString &right)
{
    const Analysis a = titlesOnly({left}), b = titlesOnly({right});
    return SectionSimilarity(a, b).title(0, 0);
}

} // namespace

// --- The samples: agenda FMM November 2023 (003) against verslag FMM April 2024 (001) ---

TEST(SectionAligner, sampleSessionThreePairsWithRenumberedWerksessieTwo)
{
    const Analysis agenda = agenda003(), verslag = verslag001();
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    EXPECT_EQ(verslagPartner(al, 7), 5); // Sessie 3: NATO Ukraine Council -> Werksessie 2
    EXPECT_EQ(verslagPartner(al, 0), 0); // the two previews of the Washington summit
}

TEST(SectionAligner, sampleTopicsPairAcrossSpellingAndLanguage)
{
    const Analysis agenda = agenda003(), verslag = verslag001();
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    EXPECT_EQ(verslagPartner(al, 1), 1); // Oekraïne -> Oekraïne
    EXPECT_EQ(verslagPartner(al, 3), 3); // Defensieuitgaven (burden sharing) -> Burden-sharing
}

TEST(SectionAligner, sampleTopicsDiscussedOnOneSideOnlyStayAlone)
{
    const Analysis agenda = agenda003(), verslag = verslag001();
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    EXPECT_TRUE(al.onlyAgenda.contains(6)); // Midden-Oosten
    EXPECT_TRUE(al.onlyAgenda.contains(5)); // Westelijke Balkan
    EXPECT_TRUE(al.onlyVerslag.contains(2)); // Rusland
}

TEST(SectionAligner, sampleAlignmentAccountsForEverySectionOnceInAgendaOrder)
{
    const Analysis agenda = agenda003(), verslag = verslag001();
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    QVector<int> agendaSeen(agenda.sections.size()), verslagSeen(verslag.sections.size());
    int previous = -1;
    for (const AlignedPair &p : al.pairs) {
        EXPECT_GT(p.agenda, previous);
        previous = p.agenda;
        EXPECT_GT(p.score, 0.0);
        EXPECT_LE(p.score, 1.0);
        ++agendaSeen[p.agenda];
        ++verslagSeen[p.verslag];
    }
    for (int i : al.onlyAgenda)
        ++agendaSeen[i];
    for (int i : al.onlyVerslag)
        ++verslagSeen[i];
    EXPECT_EQ(agendaSeen, QVector<int>(agenda.sections.size(), 1));
    EXPECT_EQ(verslagSeen, QVector<int>(verslag.sections.size(), 1));
}

TEST(SectionAligner, samplesAgainstThemselvesPairEverySectionWithItselfNearlyPerfectly)
{
    for (const Analysis &letter : {agenda003(), verslag001()}) {
        const SectionAlignment al = SectionAligner::align(letter, letter);
        ASSERT_EQ(al.pairs.size(), letter.sections.size()) << letter.file.toStdString();
        for (const AlignedPair &p : al.pairs) {
            EXPECT_EQ(p.agenda, p.verslag);
            EXPECT_GT(p.score, 0.95) << letter.sections.at(p.agenda).title.toStdString();
        }
        EXPECT_TRUE(al.onlyAgenda.isEmpty());
        EXPECT_TRUE(al.onlyVerslag.isEmpty());
    }
}

TEST(SectionAligner, verslagWithoutSectionsLeavesEveryAgendaSectionAlone)
{
    const Analysis agenda = agenda003();
    Analysis verslag = verslag001();
    verslag.sections.clear();
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    EXPECT_TRUE(al.pairs.isEmpty());
    EXPECT_EQ(al.onlyAgenda.size(), agenda.sections.size());
    EXPECT_TRUE(al.onlyVerslag.isEmpty());
}

TEST(SectionAligner, emptyAgendaLeavesEveryVerslagSectionAlone)
{
    const Analysis verslag = verslag001();
    const SectionAlignment al = SectionAligner::align(Analysis(), verslag);
    EXPECT_TRUE(al.pairs.isEmpty());
    EXPECT_TRUE(al.onlyAgenda.isEmpty());
    EXPECT_EQ(al.onlyVerslag, (QVector<int>{0, 1, 2, 3, 4, 5, 6}));
}

// --- Hand-made letters ---

TEST(SectionAligner, renumberedSessionsPairByTitleNotByNumber)
{
    const Analysis agenda = letter({
        {1, 1, QStringLiteral("Oekraïne"), QStringLiteral("Steun aan Oekraïne en de lange termijn.")},
        {1, 2, QStringLiteral("Westelijke Balkan"), QStringLiteral("Spanningen tussen Servië en Kosovo.")},
        {1, 3, QStringLiteral("Partnerschappen"), QStringLiteral("Samenwerking met Japan en Australië.")},
    });
    const Analysis verslag = letter({
        {1, 1, QStringLiteral("Partnerschappen"), QStringLiteral("Japan en Australië spraken mee.")},
        {1, 2, QStringLiteral("Oekraïne"), QStringLiteral("Bondgenoten steunen Oekraïne.")},
        {1, 3, QStringLiteral("Westelijke Balkan"), QStringLiteral("De situatie in Kosovo en Servië.")},
    });
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    EXPECT_EQ(pairTitles(agenda, verslag, al), (QStringList{QStringLiteral("Oekraïne -> Oekraïne"),
                                                            QStringLiteral("Westelijke Balkan -> Westelijke Balkan"),
                                                            QStringLiteral("Partnerschappen -> Partnerschappen")}));
}

TEST(SectionAligner, sessionNumberOnlyDecidesWhenNothingElseDiffers)
{
    // Two untitled, textless sessions per side: the number is the only evidence.
    const Analysis agenda = letter({{1, 1, QString(), QString()}, {1, 2, QString(), QString()}});
    Analysis verslag = letter({{1, 2, QString(), QString()}, {1, 1, QString(), QString()}});
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    EXPECT_EQ(verslagPartner(al, 0), 1);
    EXPECT_EQ(verslagPartner(al, 1), 0);
}

TEST(SectionAligner, dutchAgendaPairsWithEnglishTitles)
{
    const Analysis agenda =
        titlesOnly({QStringLiteral("Defensie-uitgaven"), QStringLiteral("Rusland"), QStringLiteral("Midden-Oosten"),
                    QStringLiteral("Indo-Pacifisch gebied"), QStringLiteral("NAVO-zuidflank")});
    const Analysis verslag = titlesOnly({QStringLiteral("The Southern Neighbourhood"), QStringLiteral("Middle East"),
                                         QStringLiteral("Indo-Pacific"), QStringLiteral("Russia"),
                                         QStringLiteral("Defence Investment Pledge")});
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    EXPECT_EQ(pairTitles(agenda, verslag, al),
              (QStringList{QStringLiteral("Defensie-uitgaven -> Defence Investment Pledge"),
                           QStringLiteral("Rusland -> Russia"), QStringLiteral("Midden-Oosten -> Middle East"),
                           QStringLiteral("Indo-Pacifisch gebied -> Indo-Pacific"),
                           QStringLiteral("NAVO-zuidflank -> The Southern Neighbourhood")}));
}

TEST(SectionAligner, topicsWithEqualTitlesFollowTheirPairedSessions)
{
    const QString help = QStringLiteral("Afspraken over hulp en de verdere uitvoering daarvan.");
    const Analysis agenda = letter({
        {1, 1, QStringLiteral("Oekraïne"), QString()},
        {2, 0, QStringLiteral("Hulp"), help},
        {1, 2, QStringLiteral("Westelijke Balkan"), QString()},
        {2, 0, QStringLiteral("Hulp"), help},
    });
    const Analysis verslag = letter({
        {1, 1, QStringLiteral("Western Balkans"), QString()},
        {2, 0, QStringLiteral("Hulp"), help},
        {1, 2, QStringLiteral("Ukraine"), QString()},
        {2, 0, QStringLiteral("Hulp"), help},
    });
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    EXPECT_EQ(verslagPartner(al, 0), 2);
    EXPECT_EQ(verslagPartner(al, 1), 3);
    EXPECT_EQ(verslagPartner(al, 2), 0);
    EXPECT_EQ(verslagPartner(al, 3), 1);
}

TEST(SectionAligner, topicCrossesToAnotherSessionWhenItsTitleMatchesThere)
{
    const Analysis agenda = letter({
        {1, 1, QStringLiteral("Oekraïne"), QStringLiteral("Steun aan Oekraïne.")},
        {2, 0, QStringLiteral("Defensie-uitgaven"), QStringLiteral("Twee procent van het bbp.")},
    });
    const Analysis verslag = letter({
        {1, 1, QStringLiteral("Oekraïne"), QStringLiteral("Bondgenoten steunen Oekraïne.")},
        {1, 2, QStringLiteral("Overige onderwerpen"), QString()},
        {2, 0, QStringLiteral("Burden sharing"),
         QStringLiteral("Niet alle bondgenoten halen twee procent van het bbp.")},
    });
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    EXPECT_EQ(verslagPartner(al, 1), 2);
    EXPECT_EQ(al.onlyVerslag, QVector<int>{1});
}

TEST(SectionAligner, unrelatedSectionsStayUnpaired)
{
    const Analysis agenda = titlesOnly({QStringLiteral("Westelijke Balkan"), QStringLiteral("Klimaat")});
    const Analysis verslag = titlesOnly({QStringLiteral("Rusland"), QStringLiteral("Wapenbeheersing")});
    const SectionAlignment al = SectionAligner::align(agenda, verslag);
    EXPECT_TRUE(al.pairs.isEmpty());
    EXPECT_EQ(al.onlyAgenda, (QVector<int>{0, 1}));
    EXPECT_EQ(al.onlyVerslag, (QVector<int>{0, 1}));
}

// --- Title matching ---

TEST(SectionSimilarity, titlesIgnoreCaseAccentsHyphensAndSpacing)
{
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("NATO-Ukraine Council"), QStringLiteral("NATO Ukraine Council")),
                     1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Oekraïne"), QStringLiteral("OEKRAINE")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Defensieuitgaven"), QStringLiteral("defensie-uitgaven")), 1.0);
    // Words no table knows: the hyphen alone must not matter.
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Hervormings-agenda"), QStringLiteral("hervormingsagenda")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Zeemijn-bestrijding"), QStringLiteral("Zeemijnbestrijding")), 1.0);
}

TEST(SectionSimilarity, titlesInScriptsNoTableKnowsStillFold)
{
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Україна"), QStringLiteral("УКРАЇНА")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Ελλάδα"), QStringLiteral("ΕΛΛΑΔΑ")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Україна"), QStringLiteral("Ελλάδα")), 0.0);
}

TEST(SectionSimilarity, dutchAndEnglishVariantsMeet)
{
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Oekraïne"), QStringLiteral("Ukraine")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Burden-sharing"), QStringLiteral("defensie-uitgaven")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("NAVO-top"), QStringLiteral("NATO summit")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Westelijke Balkan"), QStringLiteral("Western Balkans")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Wit-Rusland"), QStringLiteral("Rusland")), 0.0);
}

TEST(SectionSimilarity, inflectedFormsMeet)
{
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Hervormingen"), QStringLiteral("hervorming")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Uitgaven"), QStringLiteral("uitgave")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Maritieme"), QStringLiteral("maritiem")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Stappen"), QStringLiteral("stap")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Zaken"), QStringLiteral("zaak")), 1.0);
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Zaken"), QStringLiteral("zaal")), 0.0);
}

TEST(SectionSimilarity, compoundsShareTheirPartsWithWordsOfTheOtherLetter)
{
    // "veiligheid" and "arrangementen" stand on their own in the other letter's text.
    Analysis agenda = titlesOnly({QStringLiteral("Veiligheidsarrangementen")});
    Analysis verslag =
        letter({{2, 0, QStringLiteral("Arrangementen"), QStringLiteral("Over de veiligheid van Europa.")}});
    EXPECT_GT(SectionSimilarity(agenda, verslag).title(0, 0), 0.5);
    const Analysis unrelated = letter({{2, 0, QStringLiteral("Arrangementen"), QString()}});
    EXPECT_DOUBLE_EQ(SectionSimilarity(agenda, unrelated).title(0, 0), 0.0);
}

TEST(SectionSimilarity, titleThatNamesBothAlternativesCoversTheShortOne)
{
    const double both = titleSimilarity(QStringLiteral("Defensieuitgaven (burden sharing) en defensie-industrie"),
                                        QStringLiteral("Burden-sharing"));
    EXPECT_GT(both, 0.6);
    EXPECT_LT(both, 1.0);
}

// --- The assignment ---

TEST(AssignmentSolver, givesUpTheBestSinglePairForTheBestTotal)
{
    // Greedy takes 0 -> 0 (0.9) and is left with 1 -> 1 (0.1); the optimum crosses.
    const QVector<int> columns = AssignmentSolver::solve({{0.9, 0.8}, {0.85, 0.1}}, 0.3);
    EXPECT_EQ(columns, (QVector<int>{1, 0}));
}

TEST(AssignmentSolver, leavesRowsUnassignedBelowTheThreshold)
{
    EXPECT_EQ(AssignmentSolver::solve({{0.2, 0.1}, {0.1, 0.7}}, 0.3), (QVector<int>{-1, 1}));
}

TEST(AssignmentSolver, handlesMoreRowsThanColumnsAndEmptyMatrices)
{
    EXPECT_EQ(AssignmentSolver::solve({{0.5}, {0.9}, {0.4}}, 0.3), (QVector<int>{-1, 0, -1}));
    EXPECT_EQ(AssignmentSolver::solve({{}, {}}, 0.3), (QVector<int>{-1, -1}));
    EXPECT_TRUE(AssignmentSolver::solve({}, 0.3).isEmpty());
}

// --- The command line ---

TEST(SectionAlignerCli, compareJsonHasPairsAndSectionsOnEitherSide)
{
    const test::CliRun cli = test::runCli({QStringLiteral("compare"), QStringLiteral("--json"),
                                           test::dataFile(QStringLiteral("003_eafaf4e2d27f033a.txt")),
                                           test::dataFile(QStringLiteral("001_76cb035f3064fde5.txt"))});
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(cli.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject root = doc.object();
    for (const char *key : {"pairs", "only_agenda", "only_verslag"})
        ASSERT_TRUE(root.value(QLatin1String(key)).isArray()) << key;

    auto expectSection = [](const QJsonValue &v) {
        ASSERT_TRUE(v.isObject());
        const QJsonObject s = v.toObject();
        EXPECT_TRUE(s.value(QStringLiteral("level")).isDouble());
        EXPECT_TRUE(s.value(QStringLiteral("number")).isDouble() || s.value(QStringLiteral("number")).isNull());
        EXPECT_TRUE(s.value(QStringLiteral("title")).isString());
    };
    for (const QJsonValue &p : root.value(QStringLiteral("pairs")).toArray()) {
        const QJsonObject pair = p.toObject();
        expectSection(pair.value(QStringLiteral("agenda")));
        expectSection(pair.value(QStringLiteral("verslag")));
        const double score = pair.value(QStringLiteral("score")).toDouble(-1);
        EXPECT_GE(score, 0.0);
        EXPECT_LE(score, 1.0);
    }
    for (const char *key : {"only_agenda", "only_verslag"})
        for (const QJsonValue &s : root.value(QLatin1String(key)).toArray())
            expectSection(s);
}
