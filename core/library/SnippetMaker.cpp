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

bool SnippetMaker::tokenizeMore(const QString &text, int *pos, int n, QVector<Token> &out)
{
    int i = *pos;
    for (int added = 0; added < n; ++added) {
        while (i < text.size() && !isWordChar(text[i]))
            ++i;
        if (i == text.size())
            break;
        int end = i;
        while (end < text.size() && isWordChar(text[end]))
            ++end;
        out.append(Token{i, end, fold(QStringView(text).mid(i, end - i))});
        i = end;
    }
    while (i < text.size() && !isWordChar(text[i]))
        ++i;
    *pos = i;
    return i < text.size();
}

QVector<SnippetMaker::Token> SnippetMaker::tokenize(const QString &text)
{
    QVector<Token> out;
    int pos = 0;
    while (tokenizeMore(text, &pos, 1024, out)) {
    }
    return out;
}

int SnippetMaker::longestTerm() const
{
    int longest = 1;
    for (const QStringList &words : m_words)
        longest = std::max(longest, int(words.size()));
    return longest;
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

// Words are read only as far as the window needs: a letter is tens of thousands of
// characters and the first match is mostly near its start.
QString SnippetMaker::snippet(const QString &text, int length) const
{
    constexpr int kChunk = 256;
    const int lookahead = longestTerm();
    QVector<Token> tokens;
    int pos = 0;
    bool more = tokenizeMore(text, &pos, kChunk, tokens);
    int first = 0;
    for (;; ++first) {
        while (more && first + lookahead > tokens.size())
            more = tokenizeMore(text, &pos, kChunk, tokens);
        if (first >= tokens.size())
            return {};
        if (matchAt(tokens, first) > 0)
            break;
    }
    while (more && tokens.size() < first + length + lookahead)
        more = tokenizeMore(text, &pos, kChunk, tokens);
    // As FTS5 does: the match a little after the start of the window.
    const int available = int(tokens.size());
    const int from = std::max(0, more ? first - length / 4 : std::min(first - length / 4, available - length));
    const int to = std::min(available, from + length);
    QString out = marked(text, tokens, from, to);
    if (from > 0)
        out.prepend(SnippetLocator::kEllipsis);
    if (to < available || more)
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
