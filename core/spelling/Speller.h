#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <string>

class Hunspell;

namespace diptych {

// The only Hunspell user. shared() loads the nl_NL dictionary once per process (0.15 s on
// an idle machine, up to 0.5 s on a busy one); calls are serialised because Hunspell
// objects are not thread-safe.
class Speller
{
public:
    Speller(const QString &affPath, const QString &dicPath);
    ~Speller();

    // The process-wide Dutch speller with the built-in domain word list
    // (resources/wordlists/nl-domain.txt) added; isLoaded() is false when no dictionary
    // was found.
    static Speller &shared();

    // Path of a dictionary without extension ("/usr/share/hunspell/nl_NL"), searched in
    // DIPTYCH_HUNSPELL_PATH and the usual folders; empty when not installed.
    static QString findDictionary(const QString &language);

    bool isLoaded() const;
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    void addWord(const QString &word);

    // Adds the words of a personal or domain word list: UTF-8, one word a line, blank
    // lines and lines starting with '#' ignored. "word/model" gives the word the affixes
    // of the dictionary word model (plurals, inflections). Returns the number of words
    // added, or -1 when the file cannot be read.
    int loadWordList(const QString &path);

private:
    std::string encode(const QString &word) const;
    QString decode(const std::string &word) const;
    void addLocked(const QString &entry);

    std::unique_ptr<Hunspell> m_hunspell;
    bool m_utf8 = true; // dictionary encoding: UTF-8, or else ISO 8859-1
    mutable std::mutex m_mutex;
};

} // namespace diptych
