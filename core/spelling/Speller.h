#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

class Hunspell;

namespace diptych {

// The only Hunspell user. The nl_NL dictionary is loaded once per process (about 100 ms)
// by shared(); calls are serialised because Hunspell objects are not thread-safe.
class Speller
{
public:
    Speller(const QString &affPath, const QString &dicPath);
    ~Speller();

    // The process-wide Dutch speller; isLoaded() is false when no dictionary was found.
    static Speller &shared();

    bool isLoaded() const;
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    void addWord(const QString &word);

private:
    std::unique_ptr<Hunspell> m_hunspell;
    mutable std::mutex m_mutex;
};

} // namespace diptych
