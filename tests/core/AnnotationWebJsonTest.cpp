#include "AnalysisFixture.h"
#include "CliRun.h"

#include "annotations/AnnotationAnchorer.h"
#include "annotations/SqliteAnnotationStore.h"
#include "annotations/WebAnnotationJson.h"
#include "library/LibraryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

Annotation noteWithTags()
{
    Annotation a = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("c0ffee"));
    a.author = QStringLiteral("Anne de Vries");
    a.color = QColor(QStringLiteral("#88cc44"));
    a.note = QStringLiteral("Navragen: welke bondgenoten steunen dit?");
    a.tags = {QStringLiteral("oekraïne"), QStringLiteral("navragen")};
    a.quote = {QStringLiteral("secretaris-generaal Stoltenberg"), QStringLiteral("door "),
               QStringLiteral(" onderstreept")};
    a.position = {1800, 1831};
    a.areas = {PageArea{1, {QRectF(72.5, 300.25, 140, 11)}}};
    return a;
}

// A Hypothesis-style annotation: a web page as source, a quote, a position that does not fit.
const QByteArray kHypothesis = R"([{
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "id": "https://hypothes.is/a/Qx7Lb2",
  "type": "Annotation",
  "motivation": "commenting",
  "creator": "acct:piet@hypothes.is",
  "created": "2024-06-03T09:15:00.250Z",
  "body": [{"type": "TextualBody", "value": "Zie ook de RBZ van 27 mei.", "format": "text/plain"},
           {"type": "TextualBody", "value": "wapens", "purpose": "tagging"}],
  "target": {"source": "https://www.tweedekamer.nl/kamerstukken/brief",
             "selector": [{"type": "TextQuoteSelector", "exact": "restricties op het gebruik van geleverde wapens",
                           "prefix": "gepleit om ", "suffix": " tegen het licht"},
                          {"type": "TextPositionSelector", "start": 40000, "end": 40047}]}
}])";

} // namespace

TEST(AnnotationWebJson, exportFollowsTheW3cModel)
{
    const QJsonObject o = WebAnnotationJson::toJson(noteWithTags());
    EXPECT_EQ(o.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
    EXPECT_EQ(o.value(QStringLiteral("motivation")).toString(), QStringLiteral("commenting"));
    EXPECT_TRUE(o.value(QStringLiteral("id")).toString().startsWith(QLatin1String("urn:uuid:")));
    EXPECT_EQ(o.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Anne de Vries"));
    EXPECT_TRUE(o.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
    const QJsonArray bodies = o.value(QStringLiteral("body")).toArray();
    ASSERT_EQ(bodies.size(), 3);
    EXPECT_EQ(bodies[0].toObject().value(QStringLiteral("language")).toString(), QStringLiteral("nl"));
    EXPECT_EQ(bodies[1].toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("tagging"));
    const QJsonObject target = o.value(QStringLiteral("target")).toObject();
    EXPECT_EQ(target.value(QStringLiteral("source")).toString(), QStringLiteral("urn:sha256:c0ffee"));
    const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
    ASSERT_EQ(selectors.size(), 2);
    EXPECT_EQ(selectors[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
    EXPECT_EQ(selectors[1].toObject().value(QStringLiteral("start")).toInt(), 1800);
    Annotation plain = noteWithTags();
    plain.kind = AnnotationKind::Highlight;
    EXPECT_EQ(WebAnnotationJson::toJson(plain).value(QStringLiteral("motivation")).toString(),
              QStringLiteral("highlighting"));
}

TEST(AnnotationWebJson, collectionOutAndInGivesEqualAnnotations)
{
    Annotation pageNote = Annotation::create(AnnotationKind::PageNote, QStringLiteral("c0ffee"));
    pageNote.note = QStringLiteral("Algemene opmerking");
    pageNote.areas = {PageArea{0, {QRectF(540, 60, 20, 20)}}};
    const QVector<Annotation> out = {noteWithTags(), pageNote};
    QString error;
    const QVector<Annotation> back = WebAnnotationJson::parse(WebAnnotationJson::exportCollection(out), &error);
    EXPECT_TRUE(error.isEmpty());
    ASSERT_EQ(back.size(), 2);
    EXPECT_TRUE(back[0] == out[0]);
    EXPECT_TRUE(back[1] == out[1]);
}

TEST(AnnotationWebJson, foreignAnnotationIsReadWithAStableIdAndPlacedByItsQuote)
{
    const QVector<Annotation> first = WebAnnotationJson::parse(kHypothesis);
    ASSERT_EQ(first.size(), 1);
    const Annotation &a = first.first();
    EXPECT_EQ(a.id, WebAnnotationJson::parse(kHypothesis).first().id);
    EXPECT_EQ(a.kind, AnnotationKind::HighlightNote);
    EXPECT_EQ(a.author, QStringLiteral("acct:piet@hypothes.is"));
    EXPECT_EQ(a.tags, QStringList{QStringLiteral("wapens")});
    EXPECT_EQ(a.created, QDateTime(QDate(2024, 6, 3), QTime(9, 15, 0, 250), Qt::UTC));
    const Analysis letter = test::analyzeSample(QStringLiteral("000_a60e29c67b147090.txt"));
    const AnnotationAnchorer::Placement p = AnnotationAnchorer(letter).place(a);
    EXPECT_EQ(p.method, AnnotationAnchorer::Method::Exact);
    EXPECT_EQ(letter.text.mid(p.position.start, p.position.end - p.position.start), a.quote.exact);
}

TEST(AnnotationWebJson, acceptsAnArrayOrACollectionAndSkipsAnnotationsWithoutTarget)
{
    const QByteArray collection = R"({"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [
        {"type": "Annotation", "motivation": "highlighting",
         "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "NAVO"}}},
        {"type": "Annotation", "motivation": "commenting", "bodyValue": "zonder doel"}]}})";
    QString error;
    const QVector<Annotation> found = WebAnnotationJson::parse(collection, &error);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().kind, AnnotationKind::Highlight);
    EXPECT_TRUE(error.contains(QStringLiteral("skipped")));
    EXPECT_TRUE(WebAnnotationJson::parse("not json", &error).isEmpty());
    EXPECT_TRUE(error.startsWith(QStringLiteral("not JSON")));
}

// Annotations without an id (from another tool) get one named by their target and body, so
// importing the file again, or again after an import killed half-way, does not double them.
TEST(AnnotationWebJson, anAnnotationWithoutIdGetsTheSameIdOnEveryImport)
{
    const QByteArray json = R"([
        {"type": "Annotation", "motivation": "commenting", "bodyValue": "Nagaan bij DVB",
         "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "NAVO"}}},
        {"type": "Annotation", "motivation": "commenting", "bodyValue": "Nagaan bij DGPZ",
         "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "NAVO"}}},
        {"type": "Annotation", "motivation": "highlighting",
         "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "Oekraïne"}}}])";
    const QVector<Annotation> first = WebAnnotationJson::parse(json);
    const QVector<Annotation> second = WebAnnotationJson::parse(json);
    ASSERT_EQ(first.size(), 3);
    ASSERT_EQ(second.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(first[i].id, second[i].id);
    EXPECT_NE(first[0].id, first[1].id); // another note on the same passage is another annotation
    EXPECT_NE(first[0].id, first[2].id);

    QTemporaryDir dir;
    SqliteAnnotationStore store(dir.filePath(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(store.open());
    ASSERT_TRUE(store.putAll(first));
    ASSERT_TRUE(store.putAll(second));
    EXPECT_EQ(store.count(), 3);
}

TEST(AnnotationCli, importListAndExportWorkOnOneStoreAndKeepTheUnplaced)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("annotations.sqlite"));
    const QString letter = test::dataFile(QStringLiteral("000_a60e29c67b147090.txt"));
    const QString json = dir.filePath(QStringLiteral("in.json"));
    QByteArray input = kHypothesis;
    input.chop(1); // the closing ']'
    input += R"(, {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector",
                   "exact": "Deze zin staat niet in de brief"}}}])";
    {
        QFile f(json);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(input);
    }
    const auto imported = test::runCli(
        {QStringLiteral("annotations"), QStringLiteral("import"), QStringLiteral("--store"), db, letter, json});
    EXPECT_EQ(imported.exitCode, 0);
    EXPECT_TRUE(imported.out.startsWith("placed 1, not placed 1")) << imported.out.toStdString();

    const auto listed =
        test::runCli({QStringLiteral("annotations"), QStringLiteral("list"), QStringLiteral("--store"), db, letter});
    EXPECT_EQ(listed.out.count('\n'), 2);
    EXPECT_TRUE(listed.out.contains("not placed"));

    const auto exported =
        test::runCli({QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("--store"), db, letter});
    const QVector<Annotation> back = WebAnnotationJson::parse(exported.out);
    ASSERT_EQ(back.size(), 2); // the unplaced one is kept, not dropped
    EXPECT_EQ(back.first().documentHash, LibraryStore::hashFile(letter));

    const auto usage = test::runCli({QStringLiteral("annotations"), QStringLiteral("import"), letter});
    EXPECT_EQ(usage.exitCode, 2);
}
