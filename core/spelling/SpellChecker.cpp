#include "spelling/SpellChecker.h"

#include <algorithm>

#include "spelling/Speller.h"

#include <QRegularExpression>
#include <QStandardPaths>

#include <atomic>
#include <memory>
#include <mutex>

namespace diptych {

const QString SpellChecker::Dutch = QStringLiteral("nl");
const QString SpellChecker::English = QStringLiteral("en");

namespace {

std::atomic<bool> dutchLoaded{false};
std::atomic<bool> englishLoaded{false};

// British spelling first: the ministry writes British English.
QString englishDictionary()
{
    for (const char *name : {"en_GB", "en_US"}) {
        if (!Speller::findDictionary(QString::fromLatin1(name)).isEmpty())
            return QString::fromLatin1(name);
    }
    return {};
}

Speller *englishSpeller()
{
    static std::unique_ptr<Speller> speller;
    static std::once_flag once;
    std::call_once(once, [] {
        const QString base = Speller::findDictionary(englishDictionary());
        if (!base.isEmpty())
            speller = std::make_unique<Speller>(base + QStringLiteral(".aff"), base + QStringLiteral(".dic"));
        englishLoaded = true;
    });
    return speller && speller->isLoaded() ? speller.get() : nullptr;
}

// The loaded speller for a language, loading it on first use; nullptr when not installed.
Speller *spellerFor(const QString &language)
{
    if (language == SpellChecker::English)
        return englishSpeller();
    Speller &dutch = Speller::shared();
    dutchLoaded = true;
    return dutch.isLoaded() ? &dutch : nullptr;
}

const QRegularExpression &hyphen()
{
    static const QRegularExpression re(QStringLiteral("[-\u2011]"));
    return re;
}

bool isAllCaps(const QString &word)
{
    bool letters = false;
    for (QChar c : word) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters;
}

} // namespace

SpellChecker::SpellChecker(const QString &personalListPath, QObject *parent)
    : QObject(parent), m_personal(personalListPath)
{
    m_personal.load();
}

SpellChecker &SpellChecker::shared()
{
    static SpellChecker checker(defaultPersonalListPath());
    return checker;
}

QString SpellChecker::defaultPersonalListPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/spelling/personal-words.txt");
}

QStringList SpellChecker::availableLanguages()
{
    QStringList out;
    for (const QString &language : {Dutch, English}) {
        if (isAvailable(language))
            out << language;
    }
    return out;
}

bool SpellChecker::isAvailable(const QString &language) { return !dictionaryName(language).isEmpty(); }

bool SpellChecker::isLoaded(const QString &language)
{
    return language == English ? englishLoaded.load() : dutchLoaded.load();
}

QString SpellChecker::dictionaryName(const QString &language)
{
    if (language == English)
        return englishDictionary();
    if (language == Dutch && !Speller::findDictionary(QStringLiteral("nl_NL")).isEmpty())
        return QStringLiteral("nl_NL");
    return {};
}

bool SpellChecker::isCorrect(const QString &word, const QString &language) const
{
    const Speller *speller = spellerFor(language);
    if (word.isEmpty() || !speller)
        return true; // no dictionary: underlining everything would help nobody
    if (isAbbreviation(word))
        return true;
    if (isWord(word, *speller))
        return true; // Hunspell also knows "bijv." and drops a sentence's final dot
    QString bare = word;
    while (bare.endsWith(u'.'))
        bare.chop(1);
    return isWord(bare, *speller) || isHyphenatedWord(bare, *speller) || isApostropheS(bare, *speller);
}

// An all-capital word of two to five letters (DVB, DGPZ, NAVO, EU): the ministry's letters
// are full of directorates and bodies no dictionary lists; flagging them hides real errors.
bool SpellChecker::isAbbreviation(const QString &word)
{
    if (word.size() < 2 || word.size() > 5)
        return false;
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter() && c.isUpper(); });
}

bool SpellChecker::isWord(const QString &word, const Speller &speller) const
{
    if (m_personal.contains(word) || speller.isCorrect(word))
        return true;
    // nl_NL keeps the case of some words (juni): still right opening a sentence (Juni)
    // or in a heading in capitals (1 JUNI 2023).
    if (word.size() < 2 || !word[0].isUpper())
        return false;
    QString lowered = isAllCaps(word) ? word.toLower() : word;
    lowered[0] = lowered[0].toLower();
    return lowered != word && speller.isCorrect(lowered);
}

// Hunspell knows many hyphenated compounds but not every new one the news makes
// ("Oekraïne-steun"): a hyphenated word is right when every part is.
bool SpellChecker::isHyphenatedWord(const QString &word, const Speller &speller) const
{
    const QStringList parts = word.split(hyphen());
    if (parts.size() < 2)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || !(isWord(part, speller) || isApostropheS(part, speller)))
            return false;
    }
    return true;
}

// Dutch writes 's after an acronym or a final vowel: FMM's, NAVO's, agenda's.
bool SpellChecker::isApostropheS(const QString &word, const Speller &speller) const
{
    if (word.size() < 3 || !word.endsWith(u's'))
        return false;
    const QChar apostrophe = word[word.size() - 2];
    if (apostrophe != u'\'' && apostrophe != u'\u2019')
        return false;
    const QString stem = word.left(word.size() - 2);
    static const QString vowels = QStringLiteral("aeiouyAEIOUY");
    const bool fits = isAllCaps(stem) || vowels.contains(stem.back());
    return fits && isWord(stem, speller);
}

QStringList SpellChecker::suggestions(const QString &word, const QString &language, int max) const
{
    const Speller *speller = spellerFor(language);
    if (!speller || word.isEmpty())
        return {};
    QStringList out;
    const QStringList candidates = partSuggestions(word, *speller) + speller->suggestions(word);
    for (const QString &suggestion : candidates) {
        // Hunspell also offers word parts ("NAVO-top-") and the word itself.
        const bool fragment = suggestion.startsWith(u'-') || suggestion.endsWith(u'-');
        if (!fragment && suggestion != word && !out.contains(suggestion))
            out << suggestion;
    }
    return out.mid(0, max);
}

// For a hyphenated word, correct the wrong parts and keep the right ones:
// "NAVO-topp" -> "NAVO-top", which Hunspell alone would not offer.
QStringList SpellChecker::partSuggestions(const QString &word, const Speller &speller) const
{
    const QStringList parts = word.split(hyphen());
    if (parts.size() < 2)
        return {};
    QStringList out;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts[i].isEmpty() || isWord(parts[i], speller))
            continue;
        for (const QString &fix : speller.suggestions(parts[i]).mid(0, 4)) {
            QStringList fixed = parts;
            fixed[i] = fix;
            out << fixed.join(u'-');
        }
        break; // one wrong part at a time keeps the list short and relevant
    }
    return out;
}

bool SpellChecker::addToPersonalList(const QString &word)
{
    if (!m_personal.add(word))
        return false;
    Q_EMIT personalListChanged(word.trimmed());
    return true;
}

QString SpellChecker::personalListPath() const { return m_personal.path(); }

QString SpellChecker::errorString() const { return m_personal.errorString(); }

} // namespace diptych
