#include "annotations/NoteEditor.h"
#include "SpellingTestBase.h"
#include "annotations/SpellHighlighter.h"
#include "spelling/SpellChecker.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <gtest/gtest.h>

#include <memory>

using namespace diptych;

namespace {

// A note editor on a spell checker whose personal word list lives in a temporary folder.
class NoteEditorTest : public SpellingTestBase
{
protected:
    void SetUp() override
    {
        SpellingTestBase::SetUp();
        if (HasFatalFailure())
            return;
        m_checker = std::make_unique<SpellChecker>(listPath());
        m_editor = std::make_unique<NoteEditor>(m_checker.get(), nullptr);
        m_editor->resize(500, 200);
        m_editor->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    QString listPath() const { return personalListPath(); }

    bool checked(NoteEditor &editor)
    {
        return QTest::qWaitFor([&editor] { return !editor.highlighter()->isChecking(); }, 15000);
    }

    void type(const QString &text)
    {
        m_editor->setFocus();
        // keyClicks() only knows ASCII; an accented letter goes in as a key with its text.
        for (QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(m_editor.get(), char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, m_editor.get(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        ASSERT_TRUE(checked(*m_editor));
    }

    // True when every character of the word's first occurrence carries the spell-check
    // underline; false when none does. (A partly underlined word fails both ways.)
    static int underlinedChars(NoteEditor &editor, const QString &word)
    {
        const int start = int(editor.toPlainText().indexOf(word));
        EXPECT_GE(start, 0) << word.toStdString() << " not in the note";
        const QTextBlock block = editor.document()->findBlock(start);
        const int inBlock = start - block.position();
        int count = 0;
        for (int i = inBlock; i < inBlock + word.size(); ++i) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (i >= range.start && i < range.start + range.length
                    && range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline) {
                    ++count;
                    break;
                }
            }
        }
        return count;
    }

    static bool underlined(NoteEditor &editor, const QString &word)
    {
        return underlinedChars(editor, word) == int(word.size());
    }

    static bool clean(NoteEditor &editor, const QString &word) { return underlinedChars(editor, word) == 0; }

    // The action of the spelling menu on the word's first occurrence.
    static QAction *menuAction(QMenu &menu, const char *objectName, const QString &text = QString())
    {
        for (QAction *action : menu.actions()) {
            if (action->objectName() == QLatin1String(objectName) && (text.isEmpty() || action->text() == text))
                return action;
        }
        return nullptr;
    }

    std::unique_ptr<QMenu> menuOn(const QString &word)
    {
        const int position = int(m_editor->toPlainText().indexOf(word)) + 2;
        return std::unique_ptr<QMenu>(m_editor->createSpellingMenu(position));
    }

    std::unique_ptr<SpellChecker> m_checker;
    std::unique_ptr<NoteEditor> m_editor;
};

QString u8(const char *text) { return QString::fromUtf8(text); }

} // namespace

TEST_F(NoteEditorTest, typedMisspellingIsUnderlinedAndCorrectWordsAreNot)
{
    type(u8("De bondgenooten steunen de NAVO-top in 's-Gravenhage, zo'n 12 dagen. "));
    EXPECT_TRUE(underlined(*m_editor, u8("bondgenooten")));
    for (const char *word : {"De", "steunen", "NAVO-top", "'s-Gravenhage", "zo'n", "dagen"})
        EXPECT_TRUE(clean(*m_editor, u8(word))) << word;
}

TEST_F(NoteEditorTest, wordBeingTypedIsUnderlinedOnlyOnceTheCursorLeavesIt)
{
    type(u8("Overleg met bondgenooten"));
    EXPECT_TRUE(clean(*m_editor, u8("bondgenooten"))) << "still typing it";
    type(u8(" "));
    EXPECT_TRUE(underlined(*m_editor, u8("bondgenooten")));
}

TEST_F(NoteEditorTest, suggestionFromTheMenuReplacesTheWordInOneUndoStep)
{
    type(u8("De bondgenooten steunen Oekraïne. "));
    const std::unique_ptr<QMenu> menu = menuOn(u8("bondgenooten"));
    EXPECT_NE(menuAction(*menu, "spellingPending"), nullptr) << "the menu waited for Hunspell";
    ASSERT_TRUE(QTest::qWaitFor([&menu] { return menuAction(*menu, "spellingPending") == nullptr; }, 30000));
    QAction *suggestion = menuAction(*menu, "spellingSuggestion", u8("bondgenoten"));
    ASSERT_NE(suggestion, nullptr) << "no suggestion bondgenoten in the menu";
    suggestion->trigger();
    EXPECT_EQ(m_editor->toPlainText(), u8("De bondgenoten steunen Oekraïne. "));
    ASSERT_TRUE(checked(*m_editor));
    EXPECT_TRUE(clean(*m_editor, u8("bondgenoten")));

    m_editor->undo();
    EXPECT_EQ(m_editor->toPlainText(), u8("De bondgenooten steunen Oekraïne. "));
}

TEST_F(NoteEditorTest, menuOnACorrectWordHasNoSpellingActions)
{
    type(u8("De bondgenooten steunen Oekraïne. "));
    const std::unique_ptr<QMenu> menu = menuOn(u8("steunen"));
    EXPECT_EQ(menuAction(*menu, "spellingSuggestion"), nullptr);
    EXPECT_EQ(menuAction(*menu, "spellingAdd"), nullptr);
    EXPECT_FALSE(menu->actions().isEmpty()) << "the standard edit actions stay";
}

TEST_F(NoteEditorTest, addToDictionaryRemovesTheUnderlineHereAndInTheNextSession)
{
    type(u8("Het kwapseldorp overleg gaat door. "));
    ASSERT_TRUE(underlined(*m_editor, u8("kwapseldorp")));
    const std::unique_ptr<QMenu> menu = menuOn(u8("kwapseldorp"));
    QAction *add = menuAction(*menu, "spellingAdd");
    ASSERT_NE(add, nullptr);
    add->trigger();
    ASSERT_TRUE(checked(*m_editor));
    EXPECT_TRUE(clean(*m_editor, u8("kwapseldorp")));

    QFile list(listPath());
    ASSERT_TRUE(list.open(QIODevice::ReadOnly));
    EXPECT_EQ(list.readAll(), QByteArray("kwapseldorp\n"));

    SpellChecker restarted(listPath());
    NoteEditor next(&restarted, nullptr);
    next.setPlainText(u8("Weer een kwapseldorp overleg, nu met bondgenooten."));
    ASSERT_TRUE(checked(next));
    EXPECT_TRUE(clean(next, u8("kwapseldorp")));
    EXPECT_TRUE(underlined(next, u8("bondgenooten")));
}

TEST_F(NoteEditorTest, ignoreRemovesTheUnderlineWithoutTouchingTheWordList)
{
    type(u8("Het kwapseldorp overleg. "));
    const std::unique_ptr<QMenu> menu = menuOn(u8("kwapseldorp"));
    QAction *ignore = menuAction(*menu, "spellingIgnore");
    ASSERT_NE(ignore, nullptr);
    ignore->trigger();
    ASSERT_TRUE(checked(*m_editor));
    EXPECT_TRUE(clean(*m_editor, u8("kwapseldorp")));
    EXPECT_FALSE(QFile::exists(listPath()));
}

TEST_F(NoteEditorTest, wordsBeyondTheUiThreadBudgetAreCheckedInAWorkerThread)
{
    const QString paragraph = u8("De ministers bespraken de steun aan Oekraïne, de afschrikking aan de "
                                 "oostflank en de defensie-uitgaven van het bondgenootschap. Daarna "
                                 "volgde een werklunch met de bondgenooten.");
    m_editor->highlighter()->setUiThreadBudget(0); // as on a machine too busy to check at once
    m_editor->setPlainText(paragraph);
    EXPECT_TRUE(m_editor->highlighter()->isChecking()) << "the unknown words were checked on the UI thread";
    EXPECT_TRUE(clean(*m_editor, u8("bondgenooten"))) << "no answer yet";
    ASSERT_TRUE(checked(*m_editor));
    EXPECT_TRUE(underlined(*m_editor, u8("bondgenooten")));
    EXPECT_TRUE(clean(*m_editor, u8("werklunch")));
    EXPECT_TRUE(clean(*m_editor, u8("afschrikking")));
}

TEST_F(NoteEditorTest, englishNoteIsCheckedWithTheEnglishDictionary)
{
    if (!SpellChecker::isAvailable(SpellChecker::English))
        GTEST_SKIP() << "no en_GB or en_US Hunspell dictionary installed";
    QSignalSpy changed(m_editor.get(), &NoteEditor::languageChanged);
    type(u8("The allies met the bondgenoten. "));
    EXPECT_TRUE(underlined(*m_editor, u8("allies")));

    const std::unique_ptr<QMenu> menu = menuOn(u8("allies"));
    QMenu *languages = menu->findChild<QMenu *>(QStringLiteral("spellingLanguage"));
    ASSERT_NE(languages, nullptr);
    QAction *english = nullptr;
    for (QAction *action : languages->actions())
        english = action->data().toString() == SpellChecker::English ? action : english;
    ASSERT_NE(english, nullptr);
    ASSERT_TRUE(english->isEnabled());
    english->trigger();
    ASSERT_TRUE(checked(*m_editor));
    EXPECT_EQ(m_editor->language(), SpellChecker::English);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(clean(*m_editor, u8("allies")));
    EXPECT_TRUE(underlined(*m_editor, u8("bondgenoten")));
}
