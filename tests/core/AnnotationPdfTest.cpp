#include "AnalysisFixture.h"
#include "CliRun.h"

#include "KamerstukPdfWriter.h"

#include "annotations/AnnotationAnchorer.h"
#include "annotations/PdfAnnotationImporter.h"
#include "annotations/PdfAnnotationWriter.h"
#include "annotations/SqliteAnnotationStore.h"
#include "library/LibraryStore.h"
#include "source/PopplerDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

const QString kSample = QStringLiteral("001_76cb035f3064fde5.txt");

struct Fixture {
    QTemporaryDir dir;
    QString pdf;
    Analysis analysis;
    QVector<Annotation> annotations;
};

Annotation on(const Analysis &a, AnnotationKind kind, int start, int length, const QString &note = QString())
{
    Annotation x = Annotation::create(kind, QStringLiteral("hash"));
    x.author = QStringLiteral("Anne de Vries");
    x.note = note;
    AnnotationAnchorer(a).anchor(x, start, start + length);
    return x;
}

// A re-typeset sample letter with one annotation of every kind; the highlight with a note
// runs over a page break.
const Fixture &fixture()
{
    static Fixture *f = [] {
        auto *out = new Fixture;
        out->pdf = out->dir.filePath(QStringLiteral("brief.pdf"));
        QString error;
        if (!test::KamerstukPdfWriter::fromSampleText(test::dataFile(kSample), out->pdf, &error)
            || !Analyzer(Speller::shared()).analyzeFile(out->pdf, out->analysis, error))
            return out;
        const Analysis &a = out->analysis;
        const int pageBreak =
            std::find_if(a.spans.begin(), a.spans.end(), [](const TextSpan &s) { return s.page == 1; })->start;
        out->annotations = {
            on(a, AnnotationKind::Highlight, 400, 60),
            on(a, AnnotationKind::Underline, 700, 40),
            on(a, AnnotationKind::StrikeOut, 900, 25),
            on(a, AnnotationKind::HighlightNote, pageBreak - 50, 100,
               QStringLiteral("Loopt door op de volgende bladzijde — navragen")),
        };
        Annotation pageNote = Annotation::create(AnnotationKind::PageNote, QStringLiteral("hash"));
        pageNote.author = QStringLiteral("Piet Jansen");
        pageNote.note = QStringLiteral("Zie ook het verslag van de RBZ.");
        pageNote.areas = {PageArea{0, {QRectF(540, 60, 20, 20)}}};
        out->annotations.append(pageNote);
        return out;
    }();
    return *f;
}

// qpdf --json (version 2): the objects of the file by "obj:N G R".
QJsonObject qpdfObjects(const QString &pdf)
{
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--json=2"), QStringLiteral("--json-key=qpdf"), pdf});
    if (!qpdf.waitForFinished(20000))
        return {};
    return QJsonDocument::fromJson(qpdf.readAllStandardOutput())
        .object()
        .value(QStringLiteral("qpdf"))
        .toArray()
        .at(1)
        .toObject();
}

QJsonObject dictOf(const QJsonObject &objects, const QString &ref)
{
    const QJsonObject o = objects.value(QStringLiteral("obj:") + ref).toObject();
    return o.contains(QStringLiteral("stream"))
               ? o.value(QStringLiteral("stream")).toObject().value(QStringLiteral("dict")).toObject()
               : o.value(QStringLiteral("value")).toObject();
}

QString written(const QString &name)
{
    const Fixture &f = fixture();
    const QString out = f.dir.filePath(name);
    const PdfAnnotationWriter::Result r = PdfAnnotationWriter::write(f.pdf, out, f.annotations);
    EXPECT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.written, 6); // the note on two pages counts twice
    EXPECT_EQ(r.skipped, 0);
    return out;
}

} // namespace

TEST(AnnotationPdf, pdfDatesAreUtcInThePdfFormat)
{
    EXPECT_EQ(PdfAnnotationWriter::pdfDate(QDateTime(QDate(2024, 5, 31), QTime(14, 5, 9), Qt::UTC)),
              QStringLiteral("D:20240531140509Z"));
}

TEST(AnnotationPdf, exportedAnnotationsAreReadBackByPopplerWithTypeContentsAuthorAndId)
{
    const Fixture &f = fixture();
    ASSERT_EQ(f.annotations.size(), 5);
    ASSERT_EQ(f.annotations[3].areas.size(), 2);
    const QString out = written(QStringLiteral("poppler.pdf"));
    const auto pdf = PopplerDocument::open(out);
    ASSERT_TRUE(pdf);
    QVector<PopplerDocument::PageAnnotation> all;
    for (int p = 0; p < pdf->pageCount(); ++p)
        all += pdf->annotations(p);
    ASSERT_EQ(all.size(), 6);
    QStringList types;
    for (const auto &a : all)
        types << a.type;
    types.sort();
    EXPECT_EQ(types, (QStringList{QStringLiteral("Highlight"), QStringLiteral("Highlight"), QStringLiteral("Highlight"),
                                  QStringLiteral("StrikeOut"), QStringLiteral("Text"), QStringLiteral("Underline")}));
    for (const auto &a : all) {
        const auto own = std::find_if(f.annotations.begin(), f.annotations.end(),
                                      [&](const Annotation &x) { return x.id == a.uniqueName; });
        ASSERT_NE(own, f.annotations.end()) << a.uniqueName.toStdString();
        EXPECT_EQ(a.contents, own->note);
        EXPECT_EQ(a.author, own->author);
        EXPECT_EQ(a.modified.toUTC(), own->modified);
    }
}

TEST(AnnotationPdf, importingOurExportGivesTheSameAnnotationsBack)
{
    const Fixture &f = fixture();
    const QString out = written(QStringLiteral("import.pdf"));
    QString error;
    const QVector<Annotation> back = PdfAnnotationImporter::read(out, f.analysis, QStringLiteral("hash"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(back.size(), f.annotations.size());
    for (const Annotation &own : f.annotations) {
        const auto it = std::find_if(back.begin(), back.end(), [&](const Annotation &x) { return x.id == own.id; });
        ASSERT_NE(it, back.end());
        EXPECT_EQ(it->kind, own.kind);
        EXPECT_EQ(it->note, own.note);
        EXPECT_EQ(it->quote.exact, own.quote.exact);
        EXPECT_EQ(it->position.start, own.position.start);
        EXPECT_EQ(it->areas.size(), own.areas.size());
        EXPECT_LE(std::abs(it->color.red() - own.color.red()), 2);
        EXPECT_EQ(it->created, own.created);
    }
}

TEST(AnnotationPdf, everyAnnotationHasAnAppearanceStreamAndAnIdAndQpdfCheckPasses)
{
    const QString out = written(QStringLiteral("qpdf.pdf"));
    const QJsonObject objects = qpdfObjects(out);
    ASSERT_FALSE(objects.isEmpty());
    int annots = 0;
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        const QJsonObject dict = it.value().toObject().value(QStringLiteral("value")).toObject();
        if (dict.value(QStringLiteral("/Type")).toString() != QLatin1String("/Annot"))
            continue;
        ++annots;
        EXPECT_TRUE(dict.value(QStringLiteral("/NM")).toString().startsWith(QLatin1String("u:")))
            << it.key().toStdString();
        EXPECT_TRUE(dict.contains(QStringLiteral("/T")) && dict.contains(QStringLiteral("/M"))
                    && dict.contains(QStringLiteral("/Contents")));
        const QString normal = dict.value(QStringLiteral("/AP")).toObject().value(QStringLiteral("/N")).toString();
        ASSERT_FALSE(normal.isEmpty()) << it.key().toStdString();
        const QJsonObject form = dictOf(objects, normal);
        EXPECT_EQ(form.value(QStringLiteral("/Subtype")).toString(), QStringLiteral("/Form"));
        if (dict.value(QStringLiteral("/Subtype")).toString() == QLatin1String("/Highlight")) {
            EXPECT_EQ(dict.value(QStringLiteral("/QuadPoints")).toArray().size() % 8, 0);
            EXPECT_TRUE(form.contains(QStringLiteral("/Group")));
        }
    }
    EXPECT_EQ(annots, 6);
    QProcess check;
    check.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), out});
    ASSERT_TRUE(check.waitForFinished(20000));
    EXPECT_EQ(check.exitCode(), 0) << check.readAllStandardOutput().toStdString();
}

TEST(AnnotationPdf, exportingOverAnEarlierExportReplacesInsteadOfDoubling)
{
    const Fixture &f = fixture();
    const QString once = written(QStringLiteral("once.pdf"));
    const QString twice = f.dir.filePath(QStringLiteral("twice.pdf"));
    ASSERT_TRUE(PdfAnnotationWriter::write(once, twice, f.annotations).ok);
    const auto pdf = PopplerDocument::open(twice);
    int count = 0;
    for (int p = 0; p < pdf->pageCount(); ++p)
        count += pdf->annotations(p).size();
    EXPECT_EQ(count, 6);
}

TEST(AnnotationPdf, writingOverTheInputIsRefused)
{
    const Fixture &f = fixture();
    const PdfAnnotationWriter::Result r = PdfAnnotationWriter::write(f.pdf, f.pdf, f.annotations);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.error.isEmpty());
}

TEST(AnnotationPdf, cliExportPdfWritesTheStoredAnnotationsOfThatDocument)
{
    const Fixture &f = fixture();
    const QString db = f.dir.filePath(QStringLiteral("cli.sqlite"));
    {
        SqliteAnnotationStore store(db);
        ASSERT_TRUE(store.open());
        QVector<Annotation> mine = f.annotations;
        for (Annotation &a : mine)
            a.documentHash = LibraryStore::hashFile(f.pdf);
        Annotation elsewhere = f.annotations.first();
        elsewhere.id = QStringLiteral("6f1c2b1e-0000-4000-8000-000000000001");
        elsewhere.documentHash = QStringLiteral("another-letter");
        ASSERT_TRUE(store.putAll(mine + QVector<Annotation>{elsewhere}));
    }
    const QString out = f.dir.filePath(QStringLiteral("cli.pdf"));
    const test::CliRun cli = test::runCli({QStringLiteral("export-pdf"), QStringLiteral("--store"), db, f.pdf, out});
    EXPECT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    EXPECT_TRUE(cli.out.startsWith("wrote 6 annotations")) << cli.out.toStdString();
    const auto pdf = PopplerDocument::open(out);
    ASSERT_TRUE(pdf);
    int count = 0;
    for (int p = 0; p < pdf->pageCount(); ++p)
        count += pdf->annotations(p).size();
    EXPECT_EQ(count, 6);
}
