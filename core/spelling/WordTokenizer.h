#pragma once

#include <QList>
#include <QString>

namespace diptych {

// One word of running text for the spell checker: where it stands and what it says.
struct WordToken {
    int start = 0; // in UTF-16 code units, as QTextBlock and QSyntaxHighlighter count
    int length = 0;
    QString text;
    bool dotFollows = false; // "bijv." and "nr." are only words with their dot

    // What to give the spell checker: the word, with the dot that follows it.
    QString spelling() const { return dotFollows ? QString(text + QLatin1Char('.')) : text; }
};

// Splits note text into the words worth spell-checking. Hyphens and apostrophes inside a
// word keep it whole (NAVO-top, zo'n, NAVO's), a Dutch elision keeps its leading
// apostrophe ('s-Gravenhage, 't), one-letter abbreviations keep their dots (d.w.z., o.a.).
// Left out: anything with a digit (dates, Kamerstuk numbers kst-28676-446, G7), Roman
// numerals in capitals (Werksessie II), and whole URLs and e-mail addresses.
class WordTokenizer
{
public:
    static QList<WordToken> words(const QString &text);

    // The word at position (inside it or just after its last letter); start < 0 when none.
    static WordToken wordAt(const QString &text, int position);
};

} // namespace diptych
