#include "library/SnippetMaker.h"

#include "library/SnippetLocator.h"

namespace diptych {

namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing; }

QString fold(QStringView word)
{
    // Nearly every word is plain ASCII: lower-cased without the Unicode machinery.
    bool ascii = true;
    for (const QChar c : word)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QString out(word.size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char16_t c = word[i].unicode();
            out[i] = QChar(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return out;
    }
    QString out;
    for (const QChar c : word.toString().normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

} // namespace

SnippetMaker::SnippetMaker(const QVector<FtsQuery::Term> &terms)
{
    for (const FtsQuery::Term &term : terms) {
        QStringList words;
        for (const Token &t : tokenize(term.text))
            words << t.folded;
        if (!words.isEmpty()) {
            m_words << words;
            m_prefix << term.prefix;
        }
    }
}

QVector<SnippetMaker::Token> SnippetMaker::tokenize(const QString &text)
{
    QVector<Token> out;
    int i = 0;
    while (i < text.size()) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        int end = i;
        while (end < text.size() && isWordChar(text[end]))
            ++end;
        out.append(Token{i, end, fold(QStringView(text).mid(i, end - i))});
        i = end;
    }
    return out;
}

int SnippetMaker::matchAt(const QVector<Token> &tokens, int i) const
{
    for (int t = 0; t < m_words.size(); ++t) {
        const QStringList &words = m_words[t];
        if (i + words.size() > tokens.size())
            continue;
        bool all = true;
        for (int w = 0; w < words.size() && all; ++w) {
            const QString &token = tokens[i + w].folded;
            const bool last = w == words.size() - 1;
            all = (last && m_prefix[t]) ? token.startsWith(words[w]) : token == words[w];
        }
        if (all)
            return int(words.size());
    }
    return 0;
}

// text[tokens[from].start, tokens[to - 1].end) with its matches between the markers.
QString SnippetMaker::marked(const QString &text, const QVector<Token> &tokens, int from, int to) const
{
    QString out;
    int copied = tokens[from].start;
    for (int i = from; i < to;) {
        const int n = std::min(matchAt(tokens, i), to - i);
        if (n == 0) {
            ++i;
            continue;
        }
        out += QStringView(text).mid(copied, tokens[i].start - copied);
        out += SnippetLocator::kOpen;
        out += QStringView(text).mid(tokens[i].start, tokens[i + n - 1].end - tokens[i].start);
        out += SnippetLocator::kClose;
        copied = tokens[i + n - 1].end;
        i += n;
    }
    out += QStringView(text).mid(copied, tokens[to - 1].end - copied);
    return out;
}

QString SnippetMaker::snippet(const QString &text, int length) const
{
    const QVector<Token> tokens = tokenize(text);
    int first = 0;
    while (first < tokens.size() && matchAt(tokens, first) == 0)
        ++first;
    if (first == tokens.size())
        return {};
    // As FTS5 does: the match a little after the start of the window.
    const int from = std::max(0, std::min(first - length / 4, int(tokens.size()) - length));
    const int to = std::min(int(tokens.size()), from + length);
    QString out = marked(text, tokens, from, to);
    if (from > 0)
        out.prepend(SnippetLocator::kEllipsis);
    if (to < tokens.size())
        out.append(SnippetLocator::kEllipsis);
    return out;
}

QString SnippetMaker::highlight(const QString &text) const
{
    const QVector<Token> tokens = tokenize(text);
    if (tokens.isEmpty())
        return text;
    const QString out = marked(text, tokens, 0, int(tokens.size()));
    return text.left(tokens.first().start) + out + text.mid(tokens.last().end);
}

} // namespace diptych
