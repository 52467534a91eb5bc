#include "storage/FileNames.h"

#include <QFile>

#include <dirent.h>
#include <sys/stat.h>

#include <memory>

namespace diptych {

namespace {

void scan(const QByteArray &folder, QStringList &out)
{
    const std::unique_ptr<DIR, int (*)(DIR *)> dir(opendir(folder.constData()), closedir);
    if (!dir)
        return;
    while (const dirent *entry = readdir(dir.get())) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const QByteArray path = folder + '/' + name;
        if (!FileNames::isRepresentable(name)) {
            out << QFile::decodeName(path);
            continue;
        }
        struct stat info;
        if (lstat(path.constData(), &info) == 0 && S_ISDIR(info.st_mode))
            scan(path, out);
    }
}

} // namespace

bool FileNames::isRepresentable(const QByteArray &name) { return QFile::encodeName(QFile::decodeName(name)) == name; }

QStringList FileNames::unrepresentableUnder(const QString &folder)
{
    QStringList out;
    scan(QFile::encodeName(folder), out);
    out.sort();
    return out;
}

QString FileNames::whyMissing(const QString &path)
{
    return path.contains(QChar::ReplacementCharacter) ? reason() : QStringLiteral("file not found");
}

QString FileNames::reason()
{
    return QStringLiteral("the file name is not valid UTF-8, so it cannot be opened; rename the file");
}

} // namespace diptych
