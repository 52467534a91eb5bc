#pragma once

#include "spelling/PersonalWordList.h"

#include <QObject>
#include <QStringList>

namespace diptych {

class Speller;

// Spell checking for notes: the Hunspell dictionary of the note's language (nl: nl_NL with
// the built-in domain word list; en: en_GB or en_US when installed) plus the user's
// personal word list. Every hyphenated part must be a word (NAVO-top, Oekraïne-steun), and
// "'s" after an acronym or a vowel is the Dutch plural/genitive (FMM's). Thread-safe for
// checking; call addToPersonalList() from one thread.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    static const QString Dutch; // "nl"
    static const QString English; // "en"

    explicit SpellChecker(const QString &personalListPath, QObject *parent = nullptr);

    // The user's checker, with the personal list at defaultPersonalListPath().
    static SpellChecker &shared();
    // spelling/personal-words.txt under the user's data location.
    static QString defaultPersonalListPath();

    // Languages with an installed dictionary: "nl", then "en".
    static QStringList availableLanguages();
    static bool isAvailable(const QString &language);
    // True once the language's dictionary is in memory. The first check of a language
    // loads it (0.1-0.5 s), so the UI asks here and otherwise checks in a worker thread.
    static bool isLoaded(const QString &language);
    // The Hunspell dictionary used for a language ("nl_NL", "en_GB", "en_US"), or empty.
    static QString dictionaryName(const QString &language);

    bool isCorrect(const QString &word, const QString &language = Dutch) const;
    QStringList suggestions(const QString &word, const QString &language = Dutch, int max = 8) const;

    // Appends word to the personal list; it is correct from this call on and after a
    // restart. False (see errorString()) when the file cannot be written.
    bool addToPersonalList(const QString &word);
    QString personalListPath() const;
    QString errorString() const;

Q_SIGNALS:
    void personalListChanged(const QString &word);

private:
    bool isWord(const QString &word, const Speller &speller) const;
    static bool isAbbreviation(const QString &word);
    bool isHyphenatedWord(const QString &word, const Speller &speller) const;
    bool isApostropheS(const QString &word, const Speller &speller) const;
    QStringList partSuggestions(const QString &word, const Speller &speller) const;

    PersonalWordList m_personal;
};

} // namespace diptych
