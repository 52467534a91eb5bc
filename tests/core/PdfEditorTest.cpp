#include "TestData.h"

#include "GuiApp.h"
#include "KamerstukPdfWriter.h"

#include "annotations/PdfAnnotationWriter.h"
#include "pdfedit/PdfEditor.h"
#include "print/PdfUnderlay.h"
#include "source/PopplerDocument.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

QString realPdf(const QString &name) { return test::dataFile(QStringLiteral("real/") + name); }

// What another program reads from the file: pdfinfo's page count and crop boxes.
struct Measured {
    int pages = 0;
    QVector<PdfEditor::Rect> cropBoxes;
};

Measured pdfinfo(const QString &pdf)
{
    QProcess run;
    run.start(QStringLiteral("pdfinfo"), {QStringLiteral("-box"), QStringLiteral("-f"), QStringLiteral("1"),
                                          QStringLiteral("-l"), QStringLiteral("999"), pdf});
    run.waitForFinished(20000);
    Measured m;
    const QString out = QString::fromUtf8(run.readAllStandardOutput());
    m.pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                  .match(out)
                  .captured(1)
                  .toInt();
    const QRegularExpression box(QStringLiteral("^Page\\s+\\d+ CropBox:\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)"),
                                 QRegularExpression::MultilineOption);
    for (auto it = box.globalMatch(out); it.hasNext();) {
        const auto match = it.next();
        m.cropBoxes.append({match.captured(1).toDouble(), match.captured(2).toDouble(), match.captured(3).toDouble(),
                            match.captured(4).toDouble()});
    }
    return m;
}

// A generated letter: QPdfWriter writes a media box and no crop box.
QString generatedPdf(const QTemporaryDir &dir)
{
    test::ensureGuiApp();
    const QString path = dir.filePath(QStringLiteral("generated.pdf"));
    const test::KamerstukSpec spec = test::KamerstukSpec::fromMarkup(QStringLiteral(
        "# Inleiding\n\nDe bondgenoten spraken over Oekraïne.\n\n# Vervolg\n\nHet kabinet informeert de Kamer."));
    EXPECT_TRUE(test::KamerstukPdfWriter::write(spec, path));
    return path;
}

QString written(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString lockedCopy(const QTemporaryDir &dir, const QString &pdf)
{
    const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
    QProcess::execute(QStringLiteral("qpdf"),
                      {QStringLiteral("--encrypt"), QStringLiteral("geheim"), QStringLiteral("geheim"),
                       QStringLiteral("256"), QStringLiteral("--"), pdf, locked});
    return locked;
}

PdfEditor::Annotation highlight(const QString &name)
{
    PdfEditor::Annotation a;
    a.subtype = "Highlight";
    a.rect = {100, 600, 300, 620};
    a.quadPoints = {100, 620, 300, 620, 100, 600, 300, 600};
    a.color = QColor(255, 235, 59);
    a.contents = QStringLiteral("Navragen bij het ministerie");
    a.author = QStringLiteral("Anne de Vries");
    a.name = name;
    a.modified = a.created = QStringLiteral("D:20240531140509Z");
    a.flags = 4;
    a.appearance = "/GS0 gs\n1 0.92 0.23 rg\n100 600 200 20 re f\n";
    a.multiply = true;
    return a;
}

QStringList annotationNames(const QString &pdf)
{
    QStringList names;
    const auto doc = PopplerDocument::open(pdf);
    for (int p = 0; doc && p < doc->pageCount(); ++p) {
        for (const auto &a : doc->annotations(p))
            names << a.uniqueName;
    }
    return names;
}

// pdftotext's words of a page, or of the part of it in a rectangle (points, origin top-left).
QString pdftotext(const QString &pdf, int page, const QRect &part = QRect())
{
    const QString number = QString::number(page + 1);
    QStringList args{QStringLiteral("-f"), number, QStringLiteral("-l"), number};
    if (!part.isNull()) {
        args << QStringLiteral("-x") << QString::number(part.x()) << QStringLiteral("-y") << QString::number(part.y())
             << QStringLiteral("-W") << QString::number(part.width()) << QStringLiteral("-H")
             << QString::number(part.height());
    }
    QProcess run;
    run.start(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    run.waitForFinished(20000);
    return QString::fromUtf8(run.readAllStandardOutput()).simplified();
}

QString firstWords(const QString &text, int n) { return text.section(QLatin1Char(' '), 0, n - 1); }

QString lastWords(const QString &text, int n) { return text.section(QLatin1Char(' '), -n); }

} // namespace

TEST(PdfEditor, opensRealPdfsWithThePageCountAndCropBoxesPdfinfoMeasures)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    const QTemporaryDir dir;
    QStringList files = QDir(test::dataFile(QStringLiteral("real"))).entryList({QStringLiteral("*.pdf")});
    for (QString &f : files)
        f = realPdf(f);
    files << generatedPdf(dir);
    for (const QString &file : files) {
        QString error;
        const auto pdf = PdfEditor::open(file, &error);
        ASSERT_TRUE(pdf) << error.toStdString();
        const Measured m = pdfinfo(file);
        ASSERT_GT(m.pages, 0) << file.toStdString();
        ASSERT_EQ(pdf->pageCount(), m.pages) << file.toStdString();
        ASSERT_EQ(m.cropBoxes.size(), m.pages);
        for (int p = 0; p < m.pages; ++p) {
            const PdfEditor::Frame frame = pdf->frame(p);
            const PdfEditor::Rect &box = m.cropBoxes[p];
            EXPECT_NEAR(frame.left, box.left, 0.01) << file.toStdString() << " page " << p;
            EXPECT_NEAR(frame.bottom, box.bottom, 0.01);
            EXPECT_NEAR(frame.width, box.right - box.left, 0.01);
            EXPECT_NEAR(frame.height, box.top - box.bottom, 0.01);
        }
        const PdfEditor::Frame none = pdf->frame(m.pages);
        EXPECT_EQ(none.width, 0);
    }
}

TEST(PdfEditor, frameTurnsTopLeftPageCoordinatesIntoPdfUserSpace)
{
    // The crop box of the Tweede Kamer PDFs: 18.42 35.43 576.85 806.46.
    const PdfEditor::Frame frame{18.42, 35.43, 558.43, 771.03};
    const PdfEditor::Rect r = frame.toPdf(QRectF(10, 20, 100, 12));
    EXPECT_NEAR(r.left, 28.42, 1e-9);
    EXPECT_NEAR(r.right, 128.42, 1e-9);
    EXPECT_NEAR(r.top, 806.46 - 20, 1e-9);
    EXPECT_NEAR(r.bottom, 806.46 - 32, 1e-9);
}

TEST(PdfEditor, missingTextEncryptedAndTruncatedFilesAreRefusedWithTheirReason)
{
    const QTemporaryDir dir;
    const QString real = realPdf(QStringLiteral("ah-tk-20232024-1314.pdf"));
    const QByteArray bytes = bytesOf(real);
    const QString locked = lockedCopy(dir, real);
    ASSERT_TRUE(QFile::exists(locked));
    const QVector<QPair<QString, QString>> cases = {
        {dir.filePath(QStringLiteral("missing.pdf")), QStringLiteral("cannot open")},
        {written(dir, QStringLiteral("letter.txt"), "Geachte voorzitter,\n\nHierbij bied ik u aan.\n"),
         QStringLiteral("not a PDF")},
        {locked, QStringLiteral("password-protected")},
        {written(dir, QStringLiteral("truncated.pdf"), bytes.left(bytes.size() / 2)),
         QStringLiteral("damaged or truncated")},
        {written(dir, QStringLiteral("tail-cut.pdf"), bytes.left(bytes.size() - 100)),
         QStringLiteral("damaged or truncated")},
    };
    for (const auto &[file, reason] : cases) {
        QString error;
        EXPECT_FALSE(PdfEditor::open(file, &error)) << file.toStdString();
        EXPECT_TRUE(error.contains(reason)) << error.toStdString();
        EXPECT_TRUE(error.contains(QFileInfo(file).fileName())) << error.toStdString();
    }
}

TEST(PdfEditor, unreadableInputLeavesNoOutputFromTheWriterOrTheUnderlay)
{
    const QTemporaryDir dir;
    const QString real = realPdf(QStringLiteral("kst-21501-02-3121.pdf"));
    const QByteArray bytes = bytesOf(real);
    const QString locked = lockedCopy(dir, real);
    const QString truncated = written(dir, QStringLiteral("truncated.pdf"), bytes.left(bytes.size() * 2 / 3));
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    for (const QString &bad : {locked, truncated}) {
        const PdfAnnotationWriter::Result r = PdfAnnotationWriter::write(bad, out, {});
        EXPECT_FALSE(r.ok);
        EXPECT_FALSE(r.error.isEmpty());
        QString error;
        EXPECT_FALSE(
            PdfUnderlay::apply(bad, real, {PdfUnderlay::Placement{0, 0, QRectF(0, 0, 100, 100)}}, out, &error));
        EXPECT_FALSE(error.isEmpty());
        EXPECT_FALSE(QFile::exists(out));
        EXPECT_FALSE(QFile::exists(out + QStringLiteral(".part")));
    }
}

TEST(PdfEditor, savingTwiceOverTheSameOutputWorksAndLeavesNoPartFile)
{
    const QTemporaryDir dir;
    const auto pdf = PdfEditor::open(realPdf(QStringLiteral("ah-tk-20232024-1432.pdf")));
    ASSERT_TRUE(pdf);
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    pdf->addAnnotation(1, highlight(QStringLiteral("eerste")));
    QString error;
    ASSERT_TRUE(pdf->save(out, &error)) << error.toStdString();
    pdf->addAnnotation(2, highlight(QStringLiteral("tweede")));
    ASSERT_TRUE(pdf->save(out, &error)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".part")));
    const auto back = PopplerDocument::open(out);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->pageCount(), 4);
    ASSERT_EQ(back->annotations(1).size(), 1);
    const PopplerDocument::PageAnnotation a = back->annotations(1).first();
    EXPECT_EQ(a.type, QStringLiteral("Highlight"));
    EXPECT_EQ(a.uniqueName, QStringLiteral("eerste"));
    EXPECT_EQ(a.author, QStringLiteral("Anne de Vries"));
    EXPECT_EQ(a.contents, QStringLiteral("Navragen bij het ministerie"));
    EXPECT_EQ(annotationNames(out), (QStringList{QStringLiteral("eerste"), QStringLiteral("tweede")}));
}

TEST(PdfEditor, removingAnnotationsByNameKeepsTheOthers)
{
    const QTemporaryDir dir;
    const QString once = dir.filePath(QStringLiteral("once.pdf"));
    {
        const auto pdf = PdfEditor::open(realPdf(QStringLiteral("ah-tk-20232024-1314.pdf")));
        ASSERT_TRUE(pdf);
        pdf->addAnnotation(0, highlight(QStringLiteral("weg")));
        pdf->addAnnotation(0, highlight(QStringLiteral("blijft")));
        pdf->addAnnotation(1, highlight(QStringLiteral("ook-weg")));
        ASSERT_TRUE(pdf->save(once));
    }
    const auto pdf = PdfEditor::open(once);
    ASSERT_TRUE(pdf);
    pdf->removeAnnotations({QStringLiteral("weg"), QStringLiteral("ook-weg")});
    const QString twice = dir.filePath(QStringLiteral("twice.pdf"));
    ASSERT_TRUE(pdf->save(twice));
    EXPECT_EQ(annotationNames(twice), QStringList{QStringLiteral("blijft")});
}

TEST(PdfEditor, aFailedEditMakesSaveFailAndWritesNothing)
{
    const QTemporaryDir dir;
    const auto pdf = PdfEditor::open(realPdf(QStringLiteral("ah-tk-20232024-1999.pdf")));
    ASSERT_TRUE(pdf);
    pdf->addAnnotation(5, highlight(QStringLiteral("nergens")));
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    QString error;
    EXPECT_FALSE(pdf->save(out, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no page 6"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST(PdfEditor, anUnwritableOutputFailsWithoutAPartFile)
{
    const QTemporaryDir dir;
    const auto pdf = PdfEditor::open(realPdf(QStringLiteral("ah-tk-20232024-1999.pdf")));
    ASSERT_TRUE(pdf);
    const QString out = dir.filePath(QStringLiteral("no-dir/out.pdf"));
    QString error;
    EXPECT_FALSE(pdf->save(out, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".part")));
}

TEST(PdfEditor, aPlacedPageKeepsItsTextScaledIntoItsRectangleBesideWhatTheSheetShows)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QTemporaryDir dir;
    const QString original = realPdf(QStringLiteral("kst-21501-02-3121.pdf"));
    const QString sheets = generatedPdf(dir);
    const auto source = PdfEditor::open(original);
    const auto target = PdfEditor::open(sheets);
    ASSERT_TRUE(source && target);
    const QRect where(50, 50, 400, 600);
    target->placePage(*source, 0, 0, target->frame(0).toPdf(where));
    const QString out = dir.filePath(QStringLiteral("placed.pdf"));
    QString error;
    ASSERT_TRUE(target->save(out, &error)) << error.toStdString();
    const QString originalText = pdftotext(original, 0);
    const QString sheetText = pdftotext(sheets, 0);
    ASSERT_FALSE(originalText.isEmpty());
    ASSERT_FALSE(sheetText.isEmpty());
    EXPECT_TRUE(pdftotext(out, 0).contains(firstWords(sheetText, 4)));
    // The whole page inside the rectangle: its words, bar a few that pdftotext runs
    // together with the sheet's own words where the two overlap.
    const QString inside = pdftotext(out, 0, where);
    const QStringList words = originalText.split(QLatin1Char(' '));
    const QStringList found = inside.split(QLatin1Char(' '));
    int kept = 0;
    for (const QString &w : words)
        kept += found.contains(w) ? 1 : 0;
    EXPECT_GE(kept, int(words.size() * 0.9)) << inside.toStdString();
    EXPECT_TRUE(inside.contains(lastWords(originalText, 6))) << inside.toStdString();
}
