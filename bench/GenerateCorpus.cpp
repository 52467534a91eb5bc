// diptych-gen-corpus OUTDIR N [--seed S] [--text-only]
// Writes N synthetic Kamerbrieven: NAME.pdf (unless --text-only), NAME.txt in the sample
// text format and NAME.json with the ground truth (what a correct analysis finds).

#include "GuiApp.h"
#include "KamerstukPdfWriter.h"
#include "LetterCorpus.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <cstring>
#include <string>

using namespace diptych::test;

namespace {

int usage()
{
    std::fprintf(stderr, "usage: diptych-gen-corpus OUTDIR N [--seed S] [--text-only]\n");
    return 2;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3)
        return usage();
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    char *end = nullptr;
    const long count = std::strtol(argv[2], &end, 10);
    if (*end != '\0' || count < 0)
        return usage();
    quint32 seed = 1;
    bool textOnly = false;
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], "--text-only") == 0)
            textOnly = true;
        else if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            seed = quint32(std::strtoul(argv[++i], nullptr, 10));
        else
            return usage();
    }
    ensureGuiApp();
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "diptych-gen-corpus: cannot create %s\n", argv[1]);
        return 1;
    }
    const QDir dir(outDir);
    const LetterCorpus corpus(seed);
    for (int i = 0; i < count; ++i) {
        const CorpusLetter letter = corpus.letter(i, int(count));
        const QString stem = dir.filePath(letter.name);
        QString error;
        const bool ok = writeFile(stem + QStringLiteral(".txt"), letter.text.toUtf8())
                        && writeFile(stem + QStringLiteral(".json"),
                                     QJsonDocument(letter.truth.toJson()).toJson(QJsonDocument::Indented))
                        && (textOnly || KamerstukPdfWriter::write(letter.spec, stem + QStringLiteral(".pdf"), &error));
        if (!ok) {
            std::fprintf(stderr, "diptych-gen-corpus: cannot write %s: %s\n", qPrintable(stem), qPrintable(error));
            return 1;
        }
    }
    return 0;
}
