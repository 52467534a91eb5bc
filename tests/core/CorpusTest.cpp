// The pipeline against the ground truth of generated letters (LetterCorpus): twenty
// Kamerbrieven from 2000–2025, each analysed from its text export and from its PDF.

#include "KamerstukPdfWriter.h"
#include "LetterCorpus.h"

#include "analysis/Analyzer.h"
#include "source/TextSource.h"
#include "spelling/Speller.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>

using namespace diptych;
using test::CorpusLetter;
using test::LetterTruth;

namespace {

constexpr int kLetters = 20;
constexpr quint32 kSeed = 2024;

struct Analysed {
    const CorpusLetter *letter = nullptr;
    QString via; // "text" or "pdf"
    Analysis analysis;
};

class CorpusTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        letters = new QVector<CorpusLetter>(test::LetterCorpus(kSeed).generate(kLetters));
        analysed = new QVector<Analysed>;
        QTemporaryDir dir;
        const Analyzer analyzer(Speller::shared());
        for (const CorpusLetter &letter : *letters) {
            analysed->append({&letter, QStringLiteral("text"),
                              analyzer.analyze(TextSource::parse(letter.text, letter.name + QStringLiteral(".txt")))});
            const QString pdf = dir.filePath(letter.name + QStringLiteral(".pdf"));
            Analysis a;
            QString error;
            if (test::KamerstukPdfWriter::write(letter.spec, pdf, &error) && analyzer.analyzeFile(pdf, a, error))
                analysed->append({&letter, QStringLiteral("pdf"), a});
            else
                ADD_FAILURE() << letter.name.toStdString() << ": " << error.toStdString();
        }
    }

    static void TearDownTestSuite()
    {
        delete analysed;
        delete letters;
    }

    // Checks one field on every analysis: expected and found as text, equal when recovered.
    // Prints the recovery rate and fails with the first examples of what was missed.
    static void
    expectRecovered(const char *field,
                    const std::function<std::pair<QString, QString>(const LetterTruth &, const Analysis &)> &get)
    {
        int recovered = 0;
        QStringList missed;
        for (const Analysed &x : *analysed) {
            const auto [expected, found] = get(x.letter->truth, x.analysis);
            if (expected == found)
                ++recovered;
            else
                missed << x.letter->name + QStringLiteral(" (") + x.via + QStringLiteral("): expected «") + expected
                              + QStringLiteral("», found «") + found + QStringLiteral("»");
        }
        std::cout << "[ corpus   ] " << field << ": recovered " << recovered << " of " << analysed->size() << std::endl;
        EXPECT_TRUE(missed.isEmpty()) << field << " missed in " << missed.size() << " of " << analysed->size()
                                      << " analyses, e.g.\n"
                                      << missed.mid(0, 6).join(QLatin1Char('\n')).toStdString();
    }

    static QVector<CorpusLetter> *letters;
    static QVector<Analysed> *analysed;
};

QVector<CorpusLetter> *CorpusTest::letters = nullptr;
QVector<Analysed> *CorpusTest::analysed = nullptr;

QString sections(const QVector<LetterTruth::Heading> &headings)
{
    QStringList out;
    for (const auto &h : headings)
        out << QString::number(h.level) + QLatin1Char('/') + QString::number(h.number) + QLatin1Char(' ') + h.title;
    return out.join(QStringLiteral(" | "));
}

QString sections(const QVector<Section> &found)
{
    QStringList out;
    for (const Section &s : found)
        out << QString::number(s.level) + QLatin1Char('/') + QString::number(s.number) + QLatin1Char(' ') + s.title;
    return out.join(QStringLiteral(" | "));
}

QString dates(const QDate &start, const QDate &end)
{
    return start.toString(Qt::ISODate) + QLatin1Char('/') + end.toString(Qt::ISODate);
}

TEST_F(CorpusTest, theCorpusSpansTheYearsAndBothKindsOfLetter)
{
    QSet<int> years;
    QSet<QString> kinds, types;
    int covers = 0;
    for (const CorpusLetter &l : *letters) {
        years.insert(l.truth.start.year());
        kinds.insert(l.truth.kind);
        types.insert(l.truth.meetingType);
        covers += l.truth.coverLetter;
        EXPECT_GE(l.truth.pages, 2) << l.name.toStdString();
        EXPECT_LE(l.truth.pages, 20) << l.name.toStdString();
    }
    EXPECT_GE(years.size(), 8);
    EXPECT_EQ(kinds.size(), 2);
    EXPECT_EQ(types.size(), 2);
    EXPECT_GT(covers, 0);
    EXPECT_EQ(analysed->size(), 2 * kLetters);
}

TEST_F(CorpusTest, kindIsRecoveredFromEveryLetter)
{
    expectRecovered("kind", [](const LetterTruth &t, const Analysis &a) {
        return std::pair{t.kind, kindName(a.kind)};
    });
}

TEST_F(CorpusTest, meetingTypeIsRecoveredFromEveryLetter)
{
    expectRecovered("meeting type", [](const LetterTruth &t, const Analysis &a) {
        return std::pair{t.meetingType, meetingTypeName(a.meeting.type)};
    });
}

TEST_F(CorpusTest, meetingDatesAreRecoveredFromEveryLetter)
{
    expectRecovered("meeting dates", [](const LetterTruth &t, const Analysis &a) {
        return std::pair{dates(t.start, t.end), dates(a.meeting.start, a.meeting.end)};
    });
}

TEST_F(CorpusTest, meetingPlaceIsRecoveredFromEveryLetter)
{
    expectRecovered("meeting place", [](const LetterTruth &t, const Analysis &a) {
        return std::pair{t.place, a.meeting.place};
    });
}

TEST_F(CorpusTest, titleIsRecoveredAsWritten)
{
    expectRecovered("title", [](const LetterTruth &t, const Analysis &a) { return std::pair{t.title, a.title}; });
}

TEST_F(CorpusTest, sectionsAreRecoveredWithLevelNumberAndTitle)
{
    expectRecovered("sections", [](const LetterTruth &t, const Analysis &a) {
        return std::pair{sections(t.sections), sections(a.sections)};
    });
}

TEST_F(CorpusTest, everyFootnoteIsFound)
{
    expectRecovered("footnote count", [](const LetterTruth &t, const Analysis &a) {
        return std::pair{QString::number(t.footnotes), QString::number(a.footnotes.size())};
    });
}

TEST_F(CorpusTest, ownIdIsRecoveredFromHeaderAndFooter)
{
    expectRecovered("self id", [](const LetterTruth &t, const Analysis &a) { return std::pair{t.selfId, a.selfId}; });
}

TEST_F(CorpusTest, coverLetterAndSignatoryAreRecovered)
{
    expectRecovered("cover letter", [](const LetterTruth &t, const Analysis &a) {
        const auto describe = [](bool present, const QString &who) {
            return present ? QStringLiteral("cover by ") + who : QStringLiteral("no cover");
        };
        return std::pair{describe(t.coverLetter, t.signatory), describe(a.cover.present, a.cover.signatory)};
    });
}

TEST_F(CorpusTest, footnoteReferencesAreRecovered)
{
    expectRecovered("footnote references", [](const LetterTruth &t, const Analysis &a) {
        QStringList found;
        for (const Reference &r : a.references) {
            if (r.footnote != 0)
                found << r.id;
        }
        return std::pair{t.references.join(QLatin1Char(' ')), found.join(QLatin1Char(' '))};
    });
}

} // namespace
