#pragma once

#include "spelling/WordTokenizer.h"

#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace diptych {

class SpellChecker;

// Underlines misspelt words (red wavy SpellCheckUnderline) in a note as it is typed.
// Answers are cached per word; a word not yet in the cache is checked at once while the
// block stays within a 3 ms budget and the dictionary is in memory, otherwise in a worker
// thread, and its block is highlighted again when the answer comes back, so typing never
// waits on Hunspell.
// The word being typed at the cursor is left alone until the cursor leaves it.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SpellHighlighter(QTextDocument *document, SpellChecker *checker);
    ~SpellHighlighter() override;

    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // The misspelt word around position in the document; start < 0 when the word there
    // is correct, ignored, not checked yet, or there is none. start is a document position.
    WordToken misspeltWordAt(int position) const;
    void ignore(const QString &word);
    // Where the user is typing a word (end of the inserted text), -1 when not typing.
    void setTypingPosition(int position);
    int typingPosition() const { return m_typingPosition; }
    // Time a block may spend checking new words on the UI thread (0: all in the worker).
    void setUiThreadBudget(qint64 nanoseconds) { m_budgetNs = nanoseconds; }
    // True while words wait for a worker thread.
    bool isChecking() const;

    static QTextCharFormat misspeltFormat();

Q_SIGNALS:
    void checked(); // a batch of words came back from the worker thread

protected:
    void highlightBlock(const QString &text) override;

private:
    enum class Answer { Correct, Misspelt, Unknown };
    Answer answerFor(const WordToken &token, bool checkNow);
    void scheduleCheck();
    void startCheck();
    void takeResults();
    void forgetAnswers();
    void rehighlightBlockAt(int position);

    SpellChecker *m_checker;
    QString m_language;
    QHash<QString, bool> m_answers; // spelling -> correct, for m_language
    QSet<QString> m_ignored;
    QSet<QString> m_pending; // to check in the next worker batch
    QSet<int> m_waitingBlocks; // block numbers to highlight again when answers arrive
    QFutureWatcher<QHash<QString, bool>> m_watcher;
    // Set from the start of a batch until its answers are taken: the watcher stops "running"
    // before its finished signal arrives, and in between the answers are not yet shown.
    bool m_batchRunning = false;
    qint64 m_budgetNs;
    int m_generation = 0; // bumped when answers are forgotten; late batches dropped
    int m_batchGeneration = 0;
    bool m_checkScheduled = false;
    int m_typingPosition = -1;
};

} // namespace diptych
