#include "KamerstukPdfWriter.h"

#include "source/DocumentLoader.h"
#include "source/PdfPages.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

class BadInput : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QByteArray generatedPdf() const
    {
        const QString path = dir.filePath(QStringLiteral("good.pdf"));
        test::KamerstukSpec spec = test::KamerstukSpec::fromMarkup(QStringLiteral(
            "# Inleiding\n\nDe bondgenoten spraken over Oekraïne.^1\n\n[^1]: Kamerstuk 28 676, nr. 446"));
        EXPECT_TRUE(test::KamerstukPdfWriter::write(spec, path));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    static void expectRefused(const LoadResult &result, const QString &reason)
    {
        EXPECT_FALSE(result.ok());
        EXPECT_TRUE(result.error.contains(reason, Qt::CaseInsensitive)) << "error was: " << result.error.toStdString();
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(BadInput, missingFileIsReportedAsNotFound)
{
    expectRefused(DocumentLoader::load(dir.filePath(QStringLiteral("absent.pdf"))), QStringLiteral("not found"));
}

TEST_F(BadInput, emptyFileIsReportedAsEmpty)
{
    expectRefused(DocumentLoader::load(write(QStringLiteral("empty.pdf"), QByteArray())), QStringLiteral("empty"));
}

TEST_F(BadInput, directoryIsNotADocument)
{
    expectRefused(DocumentLoader::load(dir.path()), QStringLiteral("directory"));
}

TEST_F(BadInput, randomBytesAreNeitherPdfNorText)
{
    QRandomGenerator random(446);
    QByteArray bytes(8192, '\0');
    for (char &c : bytes)
        c = static_cast<char>(random.bounded(256));
    expectRefused(DocumentLoader::load(write(QStringLiteral("noise.bin"), bytes)), QStringLiteral("binary"));
}

TEST_F(BadInput, pdfHeaderFollowedByGarbageIsDamaged)
{
    QRandomGenerator random(28676);
    QByteArray bytes("%PDF-1.7\n");
    for (int i = 0; i < 4096; ++i)
        bytes += static_cast<char>(random.bounded(256));
    expectRefused(DocumentLoader::load(write(QStringLiteral("garbage.pdf"), bytes)), QStringLiteral("damaged"));
}

TEST_F(BadInput, truncatedPdfIsDamaged)
{
    const QByteArray pdf = generatedPdf();
    ASSERT_GT(pdf.size(), 1000);
    const QString path = write(QStringLiteral("truncated.pdf"), pdf.left(pdf.size() / 2));
    const LoadResult result = DocumentLoader::load(path);
    expectRefused(result, QStringLiteral("damaged"));
    QString error;
    EXPECT_FALSE(PdfPages::open(path, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(BadInput, pdfWithoutPagesIsRefused)
{
    const QByteArray pdf("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                         "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                         "trailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n");
    const LoadResult result = DocumentLoader::load(write(QStringLiteral("nopages.pdf"), pdf));
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.error.isEmpty());
}

TEST_F(BadInput, passwordProtectedPdfSaysSo)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        GTEST_SKIP() << "qpdf is not installed (scripts/install-deps.sh installs it)";
    const QString plain = write(QStringLiteral("plain.pdf"), generatedPdf());
    const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
    QProcess process;
    process.start(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("user"), QStringLiteral("owner"),
                         QStringLiteral("256"), QStringLiteral("--"), plain, locked});
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    expectRefused(DocumentLoader::load(locked), QStringLiteral("password-protected"));
    QString error;
    EXPECT_FALSE(PdfPages::open(locked, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("password-protected")));
    // The same file unencrypted loads: the refusal is about the password, not the content.
    EXPECT_TRUE(DocumentLoader::load(plain).ok());
}

TEST_F(BadInput, windows1252TextIsDecoded)
{
    const QByteArray bytes("Verslag NAVO \x96 Oekra\xefne\n\nDe bondgenoten spraken over Oekra\xefne.\n");
    const LoadResult result = DocumentLoader::load(write(QStringLiteral("latin1.txt"), bytes));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_FALSE(result.document.pages.isEmpty());
    const QVector<Line> &lines = result.document.pages.first().lines;
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].text, QStringLiteral("Verslag NAVO – Oekraïne"));
    EXPECT_EQ(lines[1].text, QStringLiteral("De bondgenoten spraken over Oekraïne."));
}
