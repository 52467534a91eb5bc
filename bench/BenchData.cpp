#include "BenchData.h"

#include "KamerstukPdfWriter.h"
#include "LetterCorpus.h"

#include "source/TextSource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace diptych::bench {

namespace {

QStringList generatedPdfs()
{
    static QTemporaryDir dir;
    bool ok = false;
    int count = qEnvironmentVariableIntValue("DIPTYCH_BENCH_LETTERS", &ok);
    if (!ok || count <= 0)
        count = 24;
    QStringList files;
    const test::LetterCorpus corpus(1);
    for (int i = 0; i < count; ++i) {
        const test::CorpusLetter letter = corpus.letter(i, count);
        const QString path = dir.filePath(letter.name + QStringLiteral(".pdf"));
        QString error;
        if (!test::KamerstukPdfWriter::write(letter.spec, path, &error)) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
            std::exit(1);
        }
        files << path;
    }
    return files;
}

} // namespace

const QStringList &BenchData::sampleFiles()
{
    static const QStringList files = [] {
        QStringList out;
        const QDir dir(QStringLiteral(DIPTYCH_TEST_DATA));
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            out << dir.filePath(name);
        return out;
    }();
    return files;
}

const QStringList &BenchData::sampleTexts()
{
    static const QStringList texts = [] {
        QStringList out;
        for (const QString &path : sampleFiles()) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            out << TextSource::decode(file.readAll());
        }
        return out;
    }();
    return texts;
}

const QStringList &BenchData::pdfFiles()
{
    static const QStringList files = [] {
        const QString given = qEnvironmentVariable("DIPTYCH_BENCH_PDFS");
        if (given.isEmpty())
            return generatedPdfs();
        QStringList out;
        const QDir dir(given);
        for (const QString &name : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
            out << dir.filePath(name);
        return out;
    }();
    return files;
}

} // namespace diptych::bench
