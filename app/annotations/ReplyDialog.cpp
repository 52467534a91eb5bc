#include "annotations/ReplyDialog.h"

#include "annotations/NoteEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTextCursor>
#include <QVBoxLayout>

namespace diptych {

ReplyDialog::ReplyDialog(const QString &annotationId, const QString &author, const QString &context, QWidget *parent)
    : QDialog(parent), m_annotationId(annotationId), m_context(new QLabel(context, this)),
      m_editor(new NoteEditor(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reply to %1").arg(author));
    m_context->setWordWrap(true);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    m_context->setVisible(!context.isEmpty());

    m_editor->setPlaceholderText(tr("Your reply"));
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 5);

    QPushButton *reply = m_buttons->addButton(tr("Reply"), QDialogButtonBox::AcceptRole);
    reply->setObjectName(QStringLiteral("replyButton"));
    reply->setEnabled(false);
    reply->setToolTip(tr("Ctrl+Enter"));
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this, reply] { reply->setEnabled(!text().trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this, reply] {
            if (reply->isEnabled())
                accept();
        });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);
    resize(420, sizeHint().height());
    m_editor->setFocus();
}

QString ReplyDialog::text() const { return m_editor->toPlainText(); }

void ReplyDialog::setEditing(const QString &text)
{
    setWindowTitle(tr("Edit reply"));
    replyButton()->setText(tr("Save"));
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

QPushButton *ReplyDialog::replyButton() const
{
    return m_buttons->findChild<QPushButton *>(QStringLiteral("replyButton"));
}

} // namespace diptych
