#include "compare/DutchStemmer.h"

namespace diptych {

namespace {

constexpr int kMinStem = 3;

bool isVowel(QChar c) { return QStringLiteral("aeiouy").contains(c); }

bool stripSuffix(QString &w, const QString &suffix, const QString &replacement = QString())
{
    if (!w.endsWith(suffix) || w.size() - suffix.size() < kMinStem)
        return false;
    w.chop(suffix.size());
    w += replacement;
    return true;
}

// "stappen" -> "stapp" -> "stap".
void undoubleConsonant(QString &w)
{
    const int n = w.size();
    if (n > kMinStem && w[n - 1] == w[n - 2] && !isVowel(w[n - 1]))
        w.chop(1);
}

// "bondgenoot" -> "bondgenot": the open syllable of the plural drops one vowel letter,
// so dropping it in the singular makes both meet.
void undoubleVowel(QString &w)
{
    const int n = w.size();
    if (n > kMinStem && !isVowel(w[n - 1]) && isVowel(w[n - 2]) && w[n - 2] == w[n - 3] && w[n - 2] != QLatin1Char('i'))
        w.remove(n - 2, 1);
}

// "uitgav(en)" / "uitgaaf", "reiz(en)" / "reis".
void devoiceFinal(QString &w)
{
    if (w.endsWith(QLatin1Char('v')))
        w[w.size() - 1] = QLatin1Char('f');
    else if (w.endsWith(QLatin1Char('z')))
        w[w.size() - 1] = QLatin1Char('s');
}

} // namespace

QString DutchStemmer::stem(const QString &foldedWord)
{
    QString w = foldedWord;
    if (w.size() <= kMinStem || !w.at(0).isLetter())
        return w;
    stripSuffixes(w);
    undoubleConsonant(w);
    undoubleVowel(w);
    devoiceFinal(w);
    return w;
}

void DutchStemmer::stripSuffixes(QString &w)
{
    if (w.size() <= kMinStem + 1)
        return;
    const bool plural = stripSuffix(w, QStringLiteral("heden"), QStringLiteral("heid"))
                        || stripSuffix(w, QStringLiteral("ingen"), QStringLiteral("ing"))
                        || stripSuffix(w, QStringLiteral("en"));
    if (!plural && w.endsWith(QLatin1Char('s')) && !w.endsWith(QStringLiteral("ss")))
        stripSuffix(w, QStringLiteral("s"));
    // After "-s" too: "sessies" -> "sessie" -> "sessi" meets "sessie".
    stripSuffix(w, QStringLiteral("e"));
}

} // namespace diptych
