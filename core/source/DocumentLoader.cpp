#include "source/DocumentLoader.h"

#include "source/PdfSource.h"
#include "source/TextSource.h"
#include "storage/FileNames.h"

#include <QFile>
#include <QFileInfo>

namespace diptych {

namespace {

// Text has no NUL bytes and few control characters besides tab, newline and form feed.
bool looksLikeText(const QByteArray &head)
{
    int control = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return false;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f')
            ++control;
    }
    return control * 100 <= head.size();
}

} // namespace

LoadResult DocumentLoader::load(const QString &path)
{
    LoadResult result;
    result.document.file = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = FileNames::whyMissing(path);
        return result;
    }
    if (info.isDir()) {
        result.error = QStringLiteral("is a directory, not a document");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot open: ") + file.errorString();
        return result;
    }
    const QByteArray head = file.read(4096);
    if (head.isEmpty()) {
        result.error = QStringLiteral("the file is empty");
        return result;
    }
    file.close();
    if (head.left(1024).contains("%PDF-"))
        return PdfSource::load(path);
    if (!looksLikeText(head)) {
        result.error = QStringLiteral("neither a PDF nor a text file (binary data)");
        return result;
    }
    return TextSource::load(path);
}

} // namespace diptych
