// The library's search index on the five sample letters: accents and case folded, phrases,
// prefixes, garbage queries, snippets and the place each hit opens at.
#include "AnalysisFixture.h"

#include "library/LibraryIndex.h"
#include "library/LibraryStore.h"
#include "library/SnippetLocator.h"
#include "library/SnippetMaker.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;
using namespace diptych::test;

namespace {

const QStringList kSamples = {QStringLiteral("000_a60e29c67b147090.txt"), QStringLiteral("001_76cb035f3064fde5.txt"),
                              QStringLiteral("002_e47a5db50cc64457.txt"), QStringLiteral("003_eafaf4e2d27f033a.txt"),
                              QStringLiteral("004_cd1c5c75dbeda8f3.txt")};

// Lower case without accents, as the index's tokenizer folds.
QString fold(const QString &s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

QStringList words(const QString &s)
{
    return fold(s).split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
}

bool hasAdjacent(const QStringList &w, const QString &a, const QString &b)
{
    for (int i = 0; i + 1 < w.size(); ++i) {
        if (w[i] == a && w[i + 1] == b)
            return true;
    }
    return false;
}

class LibraryIndexTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        analyses = new QHash<QString, Analysis>;
        for (const QString &name : kSamples)
            analyses->insert(name.left(3), analyzeSample(name));
    }
    static void TearDownTestSuite() { delete analyses; }

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        index = std::make_unique<LibraryIndex>(dir.filePath(QStringLiteral("library.sqlite")));
        ASSERT_TRUE(index->open()) << index->error().toStdString();
        for (const QString &name : kSamples) {
            const QString path = dataFile(name);
            ASSERT_TRUE(index->indexDocument(path, LibraryStore::hashFile(path), analyses->value(name.left(3))))
                << index->error().toStdString();
        }
    }

    // The samples that match, by their three-digit prefix, sorted.
    QStringList hitNames(const QString &query) const
    {
        QStringList out;
        for (const SearchHit &hit : index->search(query))
            out << QFileInfo(hit.path).fileName().left(3);
        out.sort();
        return out;
    }

    // The samples whose title, text or notes satisfy test, sorted.
    static QStringList samplesWhere(const std::function<bool(const QStringList &)> &test)
    {
        QStringList out;
        for (auto it = analyses->cbegin(); it != analyses->cend(); ++it) {
            const Analysis &a = it.value();
            if (test(words(a.title)) || test(words(a.text)) || test(words(a.notesText)))
                out << it.key();
        }
        out.sort();
        return out;
    }

    static QHash<QString, Analysis> *analyses;
    QTemporaryDir dir;
    std::unique_ptr<LibraryIndex> index;
};

QHash<QString, Analysis> *LibraryIndexTest::analyses = nullptr;

} // namespace

TEST_F(LibraryIndexTest, indexesEverySampleOnceUnderItsContentHash)
{
    EXPECT_EQ(index->documentCount(), kSamples.size());
    for (const QString &name : kSamples) {
        const QString path = dataFile(name);
        EXPECT_TRUE(index->isCurrent(path, LibraryStore::hashFile(path)));
        EXPECT_FALSE(index->isCurrent(path, QStringLiteral("0000")));
        EXPECT_EQ(index->pathOf(LibraryStore::hashFile(path)), path);
    }
}

TEST_F(LibraryIndexTest, foldsAccentsAndCaseInQueryAndText)
{
    const QStringList expected =
        samplesWhere([](const QStringList &w) { return w.contains(QStringLiteral("oekraine")); });
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(hitNames(QStringLiteral("oekraine")), expected);
    EXPECT_EQ(hitNames(QStringLiteral("Oekraïne")), expected);
    EXPECT_EQ(hitNames(QStringLiteral("OEKRAÏNE")), expected);
    // The snippet marks the word as written, accent and all.
    for (const SearchHit &hit : index->search(QStringLiteral("oekraine"))) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\x01([^\x02]*)\x02")).match(hit.snippet);
        ASSERT_TRUE(m.hasMatch()) << hit.snippet.toStdString();
        EXPECT_EQ(fold(m.captured(1)), QStringLiteral("oekraine"));
        EXPECT_TRUE(m.captured(1).contains(QStringLiteral("ï")));
    }
}

TEST_F(LibraryIndexTest, quotedPhraseMatchesOnlyAdjacentWords)
{
    const QString a = QStringLiteral("collectieve"), b = QStringLiteral("verdediging");
    const QStringList adjacent = samplesWhere([&](const QStringList &w) { return hasAdjacent(w, a, b); });
    const QStringList both = samplesWhere([&](const QStringList &w) { return w.contains(a) && w.contains(b); });
    ASSERT_FALSE(adjacent.isEmpty());
    ASSERT_GT(both.size(), adjacent.size()); // the samples tell the two apart
    EXPECT_EQ(hitNames(QStringLiteral("\"collectieve verdediging\"")), adjacent);
    EXPECT_EQ(hitNames(QStringLiteral("collectieve verdediging")), both);
}

TEST_F(LibraryIndexTest, starMakesAPrefixAndPlainWordsAreWhole)
{
    const QStringList adjective =
        samplesWhere([](const QStringList &w) { return w.contains(QStringLiteral("oekraiense")); });
    const QStringList anyForm = samplesWhere([](const QStringList &w) {
        return std::any_of(w.cbegin(), w.cend(),
                           [](const QString &x) { return x.startsWith(QStringLiteral("oekrai")); });
    });
    ASSERT_LT(adjective.size(), anyForm.size());
    EXPECT_EQ(hitNames(QStringLiteral("oekraïense")), adjective);
    EXPECT_EQ(hitNames(QStringLiteral("oekrai*")), anyForm);
    EXPECT_EQ(hitNames(QStringLiteral("Oekraï*")), anyForm);
}

TEST_F(LibraryIndexTest, garbageQueriesNeverReachFts5AsSyntaxErrors)
{
    for (const QString &query :
         {QStringLiteral("\""), QStringLiteral("AND"), QStringLiteral("*"), QStringLiteral("OR OR"),
          QStringLiteral("NOT"), QStringLiteral("NEAR("), QStringLiteral("(oekraine"), QStringLiteral("title:"),
          QStringLiteral("\"\""), QStringLiteral("-"), QStringLiteral("^"), QStringLiteral("oekraine AND"),
          QStringLiteral("\"oekraine"), QStringLiteral("body:oekraine"), QStringLiteral("a\"b\"c*\"*"), QString(),
          QStringLiteral("   ")}) {
        const QVector<SearchHit> hits = index->search(query);
        EXPECT_TRUE(index->error().isEmpty()) << query.toStdString() << ": " << index->error().toStdString();
        for (const SearchHit &hit : hits)
            EXPECT_TRUE(hit.snippet.contains(QChar(0x01))) << query.toStdString();
    }
    // Operators typed by a user are words or dropped, not syntax: the unfinished phrase still searches.
    EXPECT_EQ(hitNames(QStringLiteral("\"oekraine")), hitNames(QStringLiteral("oekraine")));
    EXPECT_EQ(hitNames(QStringLiteral("oekraine AND")), hitNames(QStringLiteral("oekraine")));
    EXPECT_TRUE(hitNames(QStringLiteral("*")).isEmpty());
}

TEST_F(LibraryIndexTest, eachHitOpensAtItsFirstMatchInTheReadingText)
{
    const QVector<SearchHit> hits = index->search(QStringLiteral("oekraine"));
    ASSERT_FALSE(hits.isEmpty());
    for (const SearchHit &hit : hits) {
        const Analysis &a = analyses->value(QFileInfo(hit.path).fileName().left(3));
        ASSERT_GE(hit.readingOffset, 0) << hit.path.toStdString();
        EXPECT_EQ(fold(a.text.mid(hit.readingOffset, 8)), QStringLiteral("oekraine")) << hit.path.toStdString();
    }
}

TEST_F(LibraryIndexTest, aPrefixHitHasAMarkedSnippetAndOpensAtAWordWithThePrefix)
{
    const QVector<SearchHit> hits = index->search(QStringLiteral("bondgeno*"));
    ASSERT_GE(hits.size(), 3);
    for (const SearchHit &hit : hits) {
        const Analysis &a = analyses->value(QFileInfo(hit.path).fileName().left(3));
        ASSERT_GE(hit.readingOffset, 0) << hit.path.toStdString();
        EXPECT_EQ(fold(a.text.mid(hit.readingOffset, 8)), QStringLiteral("bondgeno")) << hit.path.toStdString();
        const int open = int(hit.snippet.indexOf(SnippetLocator::kOpen));
        ASSERT_GE(open, 0) << hit.snippet.toStdString();
        EXPECT_EQ(fold(hit.snippet.mid(open + 1, 8)), QStringLiteral("bondgeno"));
        EXPECT_TRUE(a.text.contains(QString(hit.snippet)
                                        .remove(SnippetLocator::kOpen)
                                        .remove(SnippetLocator::kClose)
                                        .remove(QChar(0x2026))
                                        .trimmed()))
            << "a snippet is a verbatim piece of the reading text: " << hit.snippet.toStdString();
    }
}

// A word between the snippet markers (a \x01 literal would swallow a following hex digit).
QString markedWord(const QString &word) { return SnippetLocator::kOpen + word + SnippetLocator::kClose; }

TEST(SnippetMaker, cutsAroundTheFirstMatchAndMarksPrefixesPhrasesAndFoldedWords)
{
    const SnippetMaker maker(FtsQuery::parse(QStringLiteral("bondgeno* \"oekraïense steun\"")));
    const QString text = QStringLiteral("Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien "
                                        "veertien: de Bondgenoten bespraken de Oekraiense steun, en de bondgenoot "
                                        "zweeg. Daarna volgde de lunch met nog meer woorden tot het einde.");
    const QString snippet = maker.snippet(text, 10);
    EXPECT_TRUE(snippet.startsWith(SnippetLocator::kEllipsis));
    EXPECT_TRUE(snippet.endsWith(SnippetLocator::kEllipsis));
    EXPECT_TRUE(snippet.contains(markedWord(QStringLiteral("Bondgenoten")))) << snippet.toStdString();
    EXPECT_TRUE(snippet.contains(markedWord(QStringLiteral("Oekraiense steun")))) << snippet.toStdString();
    EXPECT_FALSE(snippet.contains(QStringLiteral("Een twee")));
    EXPECT_EQ(SnippetLocator::firstMatch(snippet, text), int(text.indexOf(QStringLiteral("Bondgenoten"))));
    EXPECT_TRUE(maker.snippet(QStringLiteral("Niets van dat alles, bondgenootje niet uitgezonderd"), 16)
                    .contains(markedWord(QStringLiteral("bondgenootje"))));
    EXPECT_TRUE(maker.snippet(QStringLiteral("Geen bond, geen genoten."), 16).isEmpty());
    EXPECT_EQ(maker.highlight(QStringLiteral("Verslag: bondgenoten")),
              QStringLiteral("Verslag: ") + markedWord(QStringLiteral("bondgenoten")));
}

TEST_F(LibraryIndexTest, hitsCarryTheLettersMeetingKindAndTitleBestFirst)
{
    const QVector<SearchHit> hits = index->search(QStringLiteral("oekraine"));
    ASSERT_EQ(hits.size(), kSamples.size());
    for (int i = 0; i < hits.size(); ++i) {
        const SearchHit &hit = hits[i];
        const Analysis &a = analyses->value(QFileInfo(hit.path).fileName().left(3));
        EXPECT_EQ(hit.title, a.title);
        EXPECT_EQ(hit.kind, kindName(a.kind));
        EXPECT_EQ(hit.meetingStart, a.meeting.start);
        if (a.meeting.type != MeetingType::None) {
            EXPECT_TRUE(hit.meetingLabel.startsWith(meetingTypeName(a.meeting.type))) << hit.meetingLabel.toStdString();
        }
        EXPECT_EQ(hit.documentHash, LibraryStore::hashFile(hit.path));
        if (i > 0) {
            EXPECT_GE(hits[i - 1].rank, hit.rank);
        }
    }
    EXPECT_EQ(index->search(QStringLiteral("oekraine"), 2).size(), 2);
}

TEST_F(LibraryIndexTest, aMatchInAFootnoteOpensAtTheNotesCallSite)
{
    // A word that only a footnote has: its hit opens where the note is called in the text.
    for (auto it = analyses->cbegin(); it != analyses->cend(); ++it) {
        for (const Footnote &note : it.value().footnotes) {
            for (const QString &w : words(note.text)) {
                if (w.size() < 9
                    || !samplesWhere([&](const QStringList &x) { return x.contains(w); }).contains(it.key())
                    || words(it.value().text).contains(w) || words(it.value().title).contains(w)
                    || note.calls.isEmpty())
                    continue;
                for (const SearchHit &hit : index->search(w)) {
                    if (QFileInfo(hit.path).fileName().startsWith(it.key())) {
                        EXPECT_EQ(hit.readingOffset, note.calls.first().at.start) << w.toStdString();
                        return;
                    }
                }
                ADD_FAILURE() << "no hit for " << w.toStdString();
                return;
            }
        }
    }
    GTEST_SKIP() << "no sample has a word of its own in a footnote";
}

TEST_F(LibraryIndexTest, removingADocumentTakesItOutOfSearch)
{
    const QString path = dataFile(kSamples.first());
    ASSERT_TRUE(index->removeSearchRows(LibraryStore::hashFile(path)));
    EXPECT_EQ(index->documentCount(), kSamples.size() - 1);
    EXPECT_FALSE(hitNames(QStringLiteral("oekraine")).contains(QStringLiteral("000")));
    EXPECT_FALSE(index->isCurrent(path, LibraryStore::hashFile(path)));
}

// One documents table: what the index holds, the library lists, and the other way round.
TEST_F(LibraryIndexTest, anIndexedLetterIsInTheLibraryWithItsFacts)
{
    LibraryStore store(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_EQ(store.entries().size(), kSamples.size());
    const QString path = dataFile(kSamples.at(3));
    const std::optional<LibraryEntry> agenda = store.byHash(LibraryStore::hashFile(path));
    ASSERT_TRUE(agenda);
    const Analysis &a = analyses->value(QStringLiteral("003"));
    EXPECT_EQ(agenda->path, path);
    EXPECT_EQ(agenda->title, a.title);
    EXPECT_EQ(agenda->kind, a.kind);
    EXPECT_EQ(agenda->docType, a.docType);
    EXPECT_EQ(agenda->selfId, a.selfId);
    EXPECT_EQ(agenda->meeting.start, a.meeting.start);
    EXPECT_TRUE(agenda->isAnalysed());
    EXPECT_TRUE(agenda->indexed.isValid());
}

TEST_F(LibraryIndexTest, aLetterRemovedFromTheLibraryIsNoLongerFound)
{
    ASSERT_TRUE(hitNames(QStringLiteral("oekraine")).contains(QStringLiteral("000")));
    LibraryStore store(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    ASSERT_TRUE(store.remove(LibraryStore::hashFile(dataFile(kSamples.first()))));
    EXPECT_FALSE(hitNames(QStringLiteral("oekraine")).contains(QStringLiteral("000")));
    EXPECT_EQ(index->documentCount(), kSamples.size() - 1);
}

TEST_F(LibraryIndexTest, indexingALetterTheLibraryListsKeepsItsRowAndAddedTime)
{
    QTemporaryDir other;
    const QString db = other.filePath(QStringLiteral("library.sqlite"));
    LibraryStore store(db);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    const QString path = dataFile(kSamples.at(1));
    const QString hash = LibraryStore::hashFile(path);
    ASSERT_TRUE(store.add(hash, path)); // as the program lists a file before its analysis is done
    const LibraryEntry placeholder = *store.byHash(hash);
    EXPECT_FALSE(placeholder.isAnalysed());

    LibraryIndex second(db);
    ASSERT_TRUE(second.open()) << second.error().toStdString();
    ASSERT_TRUE(second.indexDocument(path, hash, analyses->value(QStringLiteral("001"))));
    const std::optional<LibraryEntry> after = store.byHash(hash);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->id, placeholder.id);
    EXPECT_EQ(after->added, placeholder.added);
    EXPECT_EQ(after->kind, DocumentKind::Verslag);
    EXPECT_EQ(store.entries().size(), 1);
}

TEST_F(LibraryIndexTest, clearingTheIndexKeepsTheLibrary)
{
    ASSERT_TRUE(index->clear());
    EXPECT_EQ(index->documentCount(), 0);
    EXPECT_TRUE(index->search(QStringLiteral("oekraine")).isEmpty());
    LibraryStore store(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_EQ(store.entries().size(), kSamples.size());
}
