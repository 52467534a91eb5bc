#include "compare/TextFolding.h"

namespace diptych {

QString TextFolding::fold(const QString &text)
{
    // Compatibility decomposition splits "ï" into "i" + a combining mark and ligatures into
    // letters; dropping the marks works for any script, not only the accents we know.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        out += c;
    }
    return out.toCaseFolded();
}

QStringList TextFolding::words(const QString &text)
{
    const QString folded = fold(text);
    QStringList out;
    QString word;
    auto flush = [&] {
        if (word.size() > 1)
            out << word;
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return out;
}

QStringList TextFolding::hyphenatedWords(const QString &text)
{
    static const QString hyphens = QStringLiteral("-\u00AD\u2010\u2011");
    const QString folded = fold(text);
    QStringList out;
    QString word;
    bool joined = false;
    auto flush = [&] {
        if (joined)
            out << word;
        word.clear();
        joined = false;
    };
    for (int i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (hyphens.contains(c) && !word.isEmpty() && i + 1 < folded.size()
                   && folded.at(i + 1).isLetterOrNumber()) {
            word += QLatin1Char('-');
            joined = true;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

} // namespace diptych
