#pragma once

#include "spelling/WordTokenizer.h"

#include <QFuture>
#include <QHash>
#include <QPlainTextEdit>

class QMenu;

namespace diptych {

class SpellChecker;
class SpellHighlighter;

// Plain-text editor for annotation notes, spell-checked as you type in the note's language
// (Dutch by default, English when a dictionary is installed). The context menu on a
// misspelt word offers suggestions, "add to dictionary" (the personal word list) and
// "ignore", and a choice of language.
class NoteEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    // checker null: SpellChecker::shared(), with the user's personal word list.
    explicit NoteEditor(QWidget *parent = nullptr);
    NoteEditor(SpellChecker *checker, QWidget *parent);
    ~NoteEditor() override;

    // "nl" or "en" (SpellChecker::Dutch / English).
    QString language() const;
    void setLanguage(const QString &language);

    SpellHighlighter *highlighter() const { return m_highlighter; }
    // The context menu for a document position: spelling actions first when the word there
    // is misspelt, then the standard edit actions and the language choice. The caller owns it.
    QMenu *createSpellingMenu(int position);

    // What the spelling actions of the menu do.
    void replaceWord(const WordToken &word, const QString &replacement);
    bool addToDictionary(const QString &word);
    void ignoreWord(const QString &word);

Q_SIGNALS:
    void languageChanged(const QString &language);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void trackTyping(int position, int charsRemoved, int charsAdded);
    void addSpellingActions(QMenu *menu, QAction *before, const WordToken &word);
    void findSuggestions(const WordToken &word, const QString &key, QAction *pending);
    void addSuggestions(QMenu *menu, QAction *before, const WordToken &word, const QStringList &suggestions);
    void addLanguageMenu(QMenu *menu);

    SpellChecker *m_checker;
    SpellHighlighter *m_highlighter = nullptr;
    QHash<QString, QStringList> m_suggestions; // "language:word" -> what Hunspell offered
    QList<QFuture<QStringList>> m_running;
};

} // namespace diptych
