#include "spelling/PersonalWordList.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace diptych {

namespace {

bool endsWithNewline(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return true;
    file.seek(file.size() - 1);
    return file.read(1) == "\n";
}

} // namespace

PersonalWordList::PersonalWordList(const QString &path) : m_path(path) {}

bool PersonalWordList::load()
{
    QFile file(m_path);
    QWriteLocker locker(&m_lock);
    m_words.clear();
    m_error.clear();
    if (!file.exists())
        return true; // nothing added yet
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            m_words.insert(word);
    }
    return true;
}

bool PersonalWordList::contains(const QString &word) const
{
    QReadLocker locker(&m_lock);
    if (m_words.contains(word))
        return true;
    // "Kwapseldorp" opening a sentence is the personal word "kwapseldorp".
    if (word.size() > 1 && word[0].isUpper()) {
        QString lowered = word;
        lowered[0] = lowered[0].toLower();
        return m_words.contains(lowered);
    }
    return false;
}

bool PersonalWordList::add(const QString &word)
{
    const QString entry = word.trimmed();
    if (entry.isEmpty() || entry.contains(u'\n'))
        return false;
    QWriteLocker locker(&m_lock);
    if (m_words.contains(entry))
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
        return false;
    }
    // A hand-edited file may lack its last newline; never glue two words together.
    const QByteArray line = entry.toUtf8() + '\n';
    const bool needsNewline = file.size() > 0 && !endsWithNewline(m_path);
    if (file.write(needsNewline ? '\n' + line : line) < 0 || !file.flush()) {
        m_error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_words.insert(entry);
    return true;
}

QString PersonalWordList::errorString() const
{
    QReadLocker locker(&m_lock);
    return m_error;
}

} // namespace diptych
