#include "annotations/NoteEditor.h"

#include "annotations/SpellHighlighter.h"
#include "spelling/SpellChecker.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QTextBlock>
#include <QtConcurrent>

#include <memory>

namespace diptych {

namespace {

constexpr int MaxSuggestions = 6;

} // namespace

NoteEditor::NoteEditor(QWidget *parent) : NoteEditor(nullptr, parent) {}

NoteEditor::~NoteEditor()
{
    // Suggestion workers read the spell checker; a test's checker dies after its editor.
    for (QFuture<QStringList> &future : m_running)
        future.waitForFinished();
}

NoteEditor::NoteEditor(SpellChecker *checker, QWidget *parent)
    : QPlainTextEdit(parent), m_checker(checker ? checker : &SpellChecker::shared())
{
    setTabChangesFocus(true);
    // Connected before the highlighter connects, so it knows where the user types
    // before it highlights the changed block.
    connect(document(), &QTextDocument::contentsChange, this, &NoteEditor::trackTyping);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (textCursor().position() != m_highlighter->typingPosition())
            m_highlighter->setTypingPosition(-1);
    });
    m_highlighter = new SpellHighlighter(document(), m_checker);
}

QString NoteEditor::language() const { return m_highlighter->language(); }

void NoteEditor::setLanguage(const QString &language)
{
    if (language == m_highlighter->language())
        return;
    m_highlighter->setLanguage(language);
    Q_EMIT languageChanged(language);
}

// A letter typed at the end of a word: that word is still being written.
void NoteEditor::trackTyping(int position, int charsRemoved, int charsAdded)
{
    const int end = position + charsAdded;
    const bool typedLetter =
        charsRemoved == 0 && charsAdded == 1 && document()->characterAt(position).isLetterOrNumber();
    m_highlighter->setTypingPosition(typedLetter ? end : -1);
}

void NoteEditor::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu(createSpellingMenu(cursorForPosition(event->pos()).position()));
    menu->exec(event->globalPos());
}

QMenu *NoteEditor::createSpellingMenu(int position)
{
    QMenu *menu = createStandardContextMenu();
    const WordToken word = m_highlighter->misspeltWordAt(position);
    if (word.start >= 0)
        addSpellingActions(menu, menu->actions().value(0), word);
    addLanguageMenu(menu);
    return menu;
}

void NoteEditor::addSpellingActions(QMenu *menu, QAction *before, const WordToken &word)
{
    const QString key = language() + u':' + word.spelling();
    if (m_suggestions.contains(key)) {
        addSuggestions(menu, before, word, m_suggestions.value(key));
    } else {
        // Hunspell takes 0.1-2 s to suggest for a Dutch word: the menu opens at once and
        // the suggestions join it when they are found.
        QAction *pending = new QAction(tr("Looking for suggestions…"), menu);
        pending->setObjectName(QStringLiteral("spellingPending"));
        pending->setEnabled(false);
        menu->insertAction(before, pending);
        findSuggestions(word, key, pending);
    }
    QAction *add = new QAction(tr("Add to dictionary"), menu);
    add->setObjectName(QStringLiteral("spellingAdd"));
    connect(add, &QAction::triggered, this, [this, word] {
        if (!addToDictionary(word.text))
            QMessageBox::warning(
                this, tr("Add to dictionary"),
                tr("The word could not be added to your word list:\n%1").arg(m_checker->errorString()));
    });
    QAction *ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("spellingIgnore"));
    connect(ignore, &QAction::triggered, this, [this, word] { ignoreWord(word.text); });
    menu->insertAction(before, add);
    menu->insertAction(before, ignore);
    menu->insertSeparator(before);
}

void NoteEditor::findSuggestions(const WordToken &word, const QString &key, QAction *pending)
{
    SpellChecker *checker = m_checker;
    const QString spelling = word.spelling();
    const QString lang = language();
    const QFuture<QStringList> future =
        QtConcurrent::run([checker, spelling, lang] { return checker->suggestions(spelling, lang, MaxSuggestions); });
    m_running.removeIf([](const QFuture<QStringList> &f) { return f.isFinished(); });
    m_running.append(future);
    // The watcher lives in the menu: a menu closed before the answer drops it, the cache keeps it.
    auto *watcher = new QFutureWatcher<QStringList>(pending->parent());
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, word, key, pending] {
        m_suggestions.insert(key, watcher->result());
        auto *menu = qobject_cast<QMenu *>(watcher->parent());
        addSuggestions(menu, pending, word, m_suggestions.value(key));
        menu->removeAction(pending);
        pending->deleteLater();
    });
    watcher->setFuture(future);
}

void NoteEditor::addSuggestions(QMenu *menu, QAction *before, const WordToken &word, const QStringList &suggestions)
{
    for (const QString &suggestion : suggestions) {
        // Hunspell answers with the dot when asked with it ("bijv."); the dot is in the text.
        QString replacement = suggestion;
        if (word.dotFollows && replacement.endsWith(u'.'))
            replacement.chop(1);
        QAction *action = new QAction(replacement, menu);
        action->setObjectName(QStringLiteral("spellingSuggestion"));
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this, [this, word, replacement] { replaceWord(word, replacement); });
        menu->insertAction(before, action);
    }
    if (suggestions.isEmpty()) {
        QAction *none = new QAction(tr("No suggestions"), menu);
        none->setObjectName(QStringLiteral("spellingNone"));
        none->setEnabled(false);
        menu->insertAction(before, none);
    }
}

void NoteEditor::addLanguageMenu(QMenu *menu)
{
    menu->addSeparator();
    QMenu *languages = menu->addMenu(tr("Spelling language"));
    languages->setObjectName(QStringLiteral("spellingLanguage"));
    auto *group = new QActionGroup(languages);
    const QList<std::pair<QString, QString>> choices{{SpellChecker::Dutch, tr("Dutch")},
                                                     {SpellChecker::English, tr("English")}};
    for (const auto &[code, name] : choices) {
        QAction *action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == language());
        action->setData(code);
        action->setEnabled(SpellChecker::isAvailable(code));
        if (!action->isEnabled())
            action->setToolTip(tr("No dictionary installed"));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
}

void NoteEditor::replaceWord(const WordToken &word, const QString &replacement)
{
    QTextCursor cursor(document());
    cursor.setPosition(word.start);
    cursor.setPosition(word.start + word.length, QTextCursor::KeepAnchor);
    if (cursor.selectedText() != word.text)
        return; // the note changed under the menu; never replace the wrong text
    cursor.insertText(replacement); // one edit: one undo step
}

bool NoteEditor::addToDictionary(const QString &word)
{
    return m_checker->addToPersonalList(word); // the highlighter listens and re-checks
}

void NoteEditor::ignoreWord(const QString &word) { m_highlighter->ignore(word); }

} // namespace diptych
