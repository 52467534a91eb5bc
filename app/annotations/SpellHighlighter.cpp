#include "annotations/SpellHighlighter.h"

#include "spelling/SpellChecker.h"

#include <QElapsedTimer>
#include <QTextDocument>
#include <QTimer>
#include <QtConcurrent>

namespace diptych {

namespace {

// Time a block may spend checking new words on the UI thread. A known word costs Hunspell
// microseconds, an unknown one up to tens of milliseconds on a busy machine; what does not
// fit (a pasted paragraph) goes to the worker thread.
constexpr qint64 DefaultBudgetNs = 3'000'000;

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker *checker)
    : QSyntaxHighlighter(document), m_checker(checker), m_language(SpellChecker::Dutch), m_budgetNs(DefaultBudgetNs)
{
    connect(&m_watcher, &QFutureWatcher<QHash<QString, bool>>::finished, this, &SpellHighlighter::takeResults);
    connect(m_checker, &SpellChecker::personalListChanged, this, [this] {
        forgetAnswers();
        rehighlight();
    });
}

SpellHighlighter::~SpellHighlighter()
{
    // The worker reads m_checker; let a running batch finish before this object goes.
    m_watcher.waitForFinished();
}

QTextCharFormat SpellHighlighter::misspeltFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(0xd0, 0x1c, 0x1c));
    return format;
}

void SpellHighlighter::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    forgetAnswers();
    rehighlight();
}

void SpellHighlighter::ignore(const QString &word)
{
    m_ignored.insert(word);
    rehighlight();
}

void SpellHighlighter::setTypingPosition(int position)
{
    if (position == m_typingPosition)
        return;
    const int old = m_typingPosition;
    m_typingPosition = position;
    // The word typed until now may be wrong: show it once the cursor has left it.
    if (old >= 0 && position < 0)
        rehighlightBlockAt(old);
}

bool SpellHighlighter::isChecking() const { return m_batchRunning || !m_pending.isEmpty() || m_checkScheduled; }

WordToken SpellHighlighter::misspeltWordAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return {-1, 0, {}, false};
    WordToken token = WordTokenizer::wordAt(block.text(), position - block.position());
    const auto answer = m_answers.constFind(token.spelling());
    if (token.start < 0 || m_ignored.contains(token.text) || answer == m_answers.constEnd() || *answer)
        return {-1, 0, {}, false};
    token.start += block.position();
    return token;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    const QList<WordToken> tokens = WordTokenizer::words(text);
    const bool loaded = SpellChecker::isLoaded(m_language);
    const int typingAt = m_typingPosition - currentBlock().position();
    QElapsedTimer spent;
    spent.start();
    bool waiting = false;
    for (const WordToken &token : tokens) {
        if (m_ignored.contains(token.text))
            continue;
        const Answer answer = answerFor(token, loaded && spent.nsecsElapsed() < m_budgetNs);
        waiting = waiting || answer == Answer::Unknown;
        if (answer == Answer::Misspelt && token.start + token.length != typingAt)
            setFormat(token.start, token.length, misspeltFormat());
    }
    if (waiting) {
        m_waitingBlocks.insert(currentBlock().blockNumber());
        scheduleCheck();
    }
}

SpellHighlighter::Answer SpellHighlighter::answerFor(const WordToken &token, bool checkNow)
{
    const QString spelling = token.spelling();
    auto known = m_answers.constFind(spelling);
    if (known == m_answers.constEnd() && checkNow)
        known = m_answers.insert(spelling, m_checker->isCorrect(spelling, m_language));
    if (known != m_answers.constEnd())
        return *known ? Answer::Correct : Answer::Misspelt;
    m_pending.insert(spelling);
    return Answer::Unknown;
}

void SpellHighlighter::scheduleCheck()
{
    // Deferred: highlightBlock must not start threads while the document is mid-change.
    if (m_checkScheduled)
        return;
    m_checkScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_checkScheduled = false;
        startCheck();
    });
}

void SpellHighlighter::startCheck()
{
    if (m_batchRunning || m_pending.isEmpty())
        return;
    m_batchRunning = true;
    const QStringList words(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    m_batchGeneration = m_generation;
    SpellChecker *checker = m_checker;
    const QString language = m_language;
    m_watcher.setFuture(QtConcurrent::run([checker, words, language] {
        QHash<QString, bool> answers;
        for (const QString &word : words)
            answers.insert(word, checker->isCorrect(word, language));
        return answers;
    }));
}

void SpellHighlighter::takeResults()
{
    m_batchRunning = false;
    if (m_batchGeneration == m_generation) {
        const QHash<QString, bool> answers = m_watcher.result();
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            m_answers.insert(it.key(), it.value());
        const QSet<int> blocks = std::exchange(m_waitingBlocks, {});
        for (int number : blocks) {
            const QTextBlock block = document()->findBlockByNumber(number);
            if (block.isValid())
                rehighlightBlock(block);
        }
    }
    startCheck(); // words that arrived while this batch ran
    Q_EMIT checked();
}

void SpellHighlighter::forgetAnswers()
{
    m_answers.clear();
    m_pending.clear();
    m_waitingBlocks.clear();
    ++m_generation;
}

void SpellHighlighter::rehighlightBlockAt(int position)
{
    const QTextBlock block = document()->findBlock(position);
    if (block.isValid())
        rehighlightBlock(block);
}

} // namespace diptych
