#include "library/FtsQuery.h"

#include <QVector>

namespace diptych {

namespace {

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// Quotes are the only character an FTS5 string cannot hold as is; the tokenizer would
// drop them anyway, so a space keeps the words apart.
QString withoutQuotes(QString text) { return text.replace(QLatin1Char('"'), QLatin1Char(' ')).simplified(); }

} // namespace

QVector<FtsQuery::Term> FtsQuery::parse(const QString &input)
{
    QVector<Term> out;
    const QString s = input.normalized(QString::NormalizationForm_C);
    int i = 0;
    while (i < s.size() && out.size() < kMaxTerms) {
        if (s[i].isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (s[i] == QLatin1Char('"')) {
            // A phrase runs to the closing quote, or to the end when the user forgot it.
            const int close = s.indexOf(QLatin1Char('"'), i + 1);
            const int end = close < 0 ? s.size() : close;
            term.text = s.mid(i + 1, end - i - 1).simplified();
            i = close < 0 ? s.size() : close + 1;
        } else {
            int end = i;
            while (end < s.size() && !s[end].isSpace() && s[end] != QLatin1Char('"'))
                ++end;
            term.text = s.mid(i, end - i);
            i = end;
            // The words are AND-ed already; a typed AND means the same thing.
            if (term.text == QLatin1String("AND"))
                continue;
        }
        while (term.text.endsWith(QLatin1Char('*'))) {
            term.text.chop(1);
            term.prefix = true;
        }
        if (i < s.size() && s[i] == QLatin1Char('*')) {
            term.prefix = true;
            ++i;
        }
        term.text = withoutQuotes(term.text);
        if (hasWordCharacter(term.text))
            out.append(term);
    }
    return out;
}

QString FtsQuery::fromUserInput(const QString &input)
{
    QStringList parts;
    for (const Term &term : parse(input))
        parts << QLatin1Char('"') + term.text + QLatin1Char('"') + (term.prefix ? QStringLiteral("*") : QString());
    return parts.join(QLatin1Char(' '));
}

bool FtsQuery::hasPrefix(const QString &input)
{
    for (const Term &term : parse(input)) {
        if (term.prefix)
            return true;
    }
    return false;
}

QStringList FtsQuery::terms(const QString &input)
{
    QStringList out;
    for (const Term &term : parse(input))
        out << term.text;
    return out;
}

} // namespace diptych
