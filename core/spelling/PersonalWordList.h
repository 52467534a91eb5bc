#pragma once

#include <QReadWriteLock>
#include <QSet>
#include <QString>

namespace diptych {

// The user's own words ("add to dictionary"): a plain UTF-8 file, one word a line, that
// the user may also edit by hand. Adding appends to the file at once, so a word survives a
// crash or restart. Safe to read from the checking threads while the UI thread adds.
class PersonalWordList
{
public:
    explicit PersonalWordList(const QString &path);

    QString path() const { return m_path; }
    // False with errorString() when the file exists but cannot be read.
    bool load();
    // Exact match, or a word written with a capital at the start of a sentence.
    bool contains(const QString &word) const;
    // Appends word to the file (creating folder and file); false when it cannot be written.
    bool add(const QString &word);
    QString errorString() const;

private:
    QString m_path;
    QSet<QString> m_words;
    QString m_error;
    mutable QReadWriteLock m_lock;
};

} // namespace diptych
