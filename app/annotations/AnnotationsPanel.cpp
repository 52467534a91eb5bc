#include "annotations/AnnotationsPanel.h"

#include "annotations/AddReplyCommand.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationEdits.h"
#include "annotations/AnnotationModel.h"
#include "annotations/DocumentAnnotations.h"
#include "annotations/EditNoteTextCommand.h"
#include "annotations/EditReplyCommand.h"
#include "annotations/EditTagsCommand.h"
#include "annotations/NoteEditor.h"
#include "annotations/RemoveReplyCommand.h"
#include "annotations/ReplyDelegate.h"
#include "annotations/ReplyDialog.h"
#include "library/Library.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace diptych {

namespace {

constexpr int kQuoteLength = 90;

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026);
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

// The Undo and Redo keys belong to the window's actions (the document's stack), not to the
// editor's own undo, so a note's typing is undone like every other annotation edit.
bool isUndoRedoKey(QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
           || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
}

// What a row that can be closed is known by across rebuilds: an annotation (its thread) by
// its id, a group by its title.
QString foldKey(const QModelIndex &index)
{
    const QString id = index.data(AnnotationsPanel::IdRole).toString();
    return id.isEmpty() ? QStringLiteral("group:") + index.data(Qt::DisplayRole).toString() : id;
}

} // namespace

AnnotationsPanel::AnnotationsPanel(Library &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_ownUndo(new QUndoStack(this)), m_view(new QTreeView(this)),
      m_items(new QStandardItemModel(this)), m_noteLabel(new QLabel(this)), m_editor(new NoteEditor(this)),
      m_tags(new QLineEdit(this)), m_replyButton(new QToolButton(this)), m_relayout(new QTimer(this))
{
    m_undo = m_ownUndo;
    m_view->setModel(m_items);
    m_view->setHeaderHidden(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setAccessibleName(tr("Annotations"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new ReplyDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->viewport()->installEventFilter(this);
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(50);
    m_replyButton->setText(tr("Reply…"));
    m_replyButton->setToolTip(tr("Answer this annotation"));
    m_replyButton->setAutoRaise(true);
    m_replyButton->setVisible(false);
    m_noteLabel->setWordWrap(true);
    m_editor->setPlaceholderText(tr("Note"));
    m_editor->setAccessibleName(tr("Note"));
    m_editor->setMaximumHeight(120);
    m_editor->setEnabled(false);
    m_editor->setUndoRedoEnabled(false);
    m_editor->installEventFilter(this);
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setObjectName(QStringLiteral("annotationTags"));
    m_tags->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildFilters());
    layout->addWidget(m_view, 1);
    auto *noteHeader = new QHBoxLayout;
    noteHeader->addWidget(m_noteLabel, 1);
    noteHeader->addWidget(m_replyButton, 0, Qt::AlignTop);
    layout->addLayout(noteHeader);
    layout->addWidget(m_editor);
    layout->addWidget(m_tags);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnnotationsPanel::onCurrentChanged);
    connect(m_view, &QTreeView::clicked, this, &AnnotationsPanel::onActivated);
    connect(m_view, &QTreeView::activated, this, &AnnotationsPanel::onActivated);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &AnnotationsPanel::onNoteTyped);
    connect(m_tags, &QLineEdit::editingFinished, this, &AnnotationsPanel::onTagsEdited);
    connect(m_replyButton, &QToolButton::clicked, this, [this] { replyTo(m_noteId); });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.data(IdRole).toString().isEmpty())
            return;
        const std::unique_ptr<QMenu> menu(createContextMenu(index));
        menu->exec(m_view->viewport()->mapToGlobal(pos));
    });
    // A thread the reader closed stays closed when the list is made again.
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_rebuilding)
            m_collapsed.insert(foldKey(index));
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!m_rebuilding)
            m_collapsed.remove(foldKey(index));
    });
    connect(m_relayout, &QTimer::timeout, m_view, &QTreeView::doItemsLayout);
    connect(&m_library, &Library::changed, this, &AnnotationsPanel::rebuild);
}

QWidget *AnnotationsPanel::buildFilters()
{
    auto *box = new QWidget(this);
    m_scope = new QToolButton(box);
    m_scope->setText(tr("Whole library"));
    m_scope->setToolTip(tr("Show the annotations of every document, not only the current one"));
    m_scope->setCheckable(true);
    m_text = new QLineEdit(box);
    m_text->setPlaceholderText(tr("Filter by text"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter annotations by text"));
    m_kind = new QComboBox(box);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"), int(AnnotationFilter::Kind::Any));
    m_kind->addItem(tr("Highlights"), int(AnnotationFilter::Kind::Highlight));
    m_kind->addItem(tr("Underlines"), int(AnnotationFilter::Kind::Underline));
    m_kind->addItem(tr("Strike-outs"), int(AnnotationFilter::Kind::StrikeOut));
    m_kind->addItem(tr("Notes"), int(AnnotationFilter::Kind::Note));
    m_color = new QComboBox(box);
    m_color->setAccessibleName(tr("Colour"));
    m_tag = new QComboBox(box);
    m_tag->setAccessibleName(tr("Tag"));
    m_author = new QComboBox(box);
    m_author->setAccessibleName(tr("Author"));

    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_text, 0, 0, 1, 2);
    grid->addWidget(m_scope, 0, 2);
    grid->addWidget(m_kind, 1, 0);
    grid->addWidget(m_color, 1, 1, 1, 2);
    grid->addWidget(m_tag, 2, 0);
    grid->addWidget(m_author, 2, 1, 1, 2);
    refillChoices();

    connect(m_scope, &QToolButton::toggled, this, &AnnotationsPanel::rebuild);
    connect(m_text, &QLineEdit::textChanged, this, &AnnotationsPanel::rebuild);
    for (QComboBox *combo : {m_kind, m_color, m_tag, m_author})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &AnnotationsPanel::rebuild);
    return box;
}

void AnnotationsPanel::setModel(AnnotationModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        for (auto signal : {&AnnotationModel::rowsInserted, &AnnotationModel::rowsRemoved})
            connect(model, signal, this, &AnnotationsPanel::onAnnotationsChanged);
        connect(model, &AnnotationModel::modelReset, this, &AnnotationsPanel::onAnnotationsChanged);
        connect(model, &AnnotationModel::dataChanged, this, &AnnotationsPanel::onAnnotationsChanged);
        connect(model, &AnnotationModel::repliesChanged, this, &AnnotationsPanel::onRepliesChanged);
    }
    refillChoices();
    rebuild();
}

void AnnotationsPanel::setController(AnnotationController *controller)
{
    if (m_controller && m_controller->annotations())
        disconnect(m_controller->annotations(), nullptr, this, nullptr);
    m_controller = controller;
    if (controller && controller->annotations())
        connect(controller->annotations(), &DocumentAnnotations::changed, this, [this] {
            if (!m_typing)
                rebuild();
        });
    rebuild();
}

void AnnotationsPanel::setUndoStack(QUndoStack *stack) { m_undo = stack ? stack : m_ownUndo; }

bool AnnotationsPanel::showsLibrary() const { return m_scope->isChecked(); }

void AnnotationsPanel::setShowLibrary(bool library) { m_scope->setChecked(library); }

AnnotationFilter AnnotationsPanel::filter() const
{
    AnnotationFilter f;
    f.kind = AnnotationFilter::Kind(m_kind->currentData().toInt());
    f.color = m_color->currentData().value<QColor>();
    f.tag = m_tag->currentData().toString();
    f.author = m_author->currentData().toString();
    f.text = m_text->text();
    return f;
}

// The colour, tag and author choices are those the annotations use; the choice made stays.
void AnnotationsPanel::refillChoices()
{
    QVector<QColor> colors;
    QStringList tags, authors;
    for (const auto &c : AnnotationController::palette())
        colors.append(c.first);
    if (m_model) {
        for (const Annotation &a : m_model->annotations()) {
            if (a.color.isValid() && !colors.contains(a.color))
                colors.append(a.color);
            for (const QString &tag : a.tags)
                if (!tags.contains(tag, Qt::CaseInsensitive))
                    tags.append(tag);
            if (!a.author.isEmpty() && !authors.contains(a.author))
                authors.append(a.author);
        }
    }
    tags.sort(Qt::CaseInsensitive);
    authors.sort(Qt::CaseInsensitive);
    auto refill = [](QComboBox *combo, const QString &all, const QList<QPair<QString, QVariant>> &choices,
                     const QList<QIcon> &icons = {}) {
        const QVariant kept = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, QVariant());
        for (int i = 0; i < choices.size(); ++i)
            combo->addItem(icons.value(i), choices[i].first, choices[i].second);
        const int at = kept.isValid() ? combo->findData(kept) : 0;
        combo->setCurrentIndex(qMax(0, at));
    };
    QList<QPair<QString, QVariant>> colorChoices;
    QList<QIcon> icons;
    for (const QColor &c : colors) {
        colorChoices.append({c.name(), QVariant::fromValue(c)});
        icons.append(swatch(c));
    }
    QList<QPair<QString, QVariant>> tagChoices, authorChoices;
    for (const QString &t : tags)
        tagChoices.append({t, t});
    for (const QString &a : authors)
        authorChoices.append({a, a});
    refill(m_color, tr("All colours"), colorChoices, icons);
    refill(m_tag, tr("All tags"), tagChoices);
    refill(m_author, tr("All authors"), authorChoices);
    // Palette colours by name where there is one.
    const auto palette = AnnotationController::palette();
    for (int i = 0; i < palette.size(); ++i)
        m_color->setItemText(i + 1, palette[i].second);
}

QString AnnotationsPanel::documentTitle(const QString &hash) const
{
    const std::optional<LibraryEntry> entry = m_library.byHash(hash);
    if (!entry)
        return tr("Document not in the library");
    return entry->title.isEmpty() ? QFileInfo(entry->path).completeBaseName() : entry->title;
}

QStandardItem *AnnotationsPanel::group(const QString &title)
{
    for (int i = 0; i < m_items->rowCount(); ++i) {
        if (m_items->item(i)->text() == title)
            return m_items->item(i);
    }
    auto *item = new QStandardItem(title);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setSelectable(false);
    m_items->appendRow(item);
    return item;
}

QStandardItem *AnnotationsPanel::row(const QString &id, bool placed) const
{
    const Annotation &a = m_model->at(m_model->rowOf(id));
    auto *item = new QStandardItem;
    describe(item, a);
    item->setData(a.id, IdRole);
    item->setData(a.documentHash, DocumentHashRole);
    item->setData(placed, PlacedRole);
    for (const AnnotationReply &r : m_model->replies(id))
        item->appendRow(replyRow(a, r));
    return item;
}

QStandardItem *AnnotationsPanel::replyRow(const Annotation &answered, const AnnotationReply &reply) const
{
    auto *item = new QStandardItem;
    item->setData(answered.id, IdRole);
    item->setData(answered.documentHash, DocumentHashRole);
    item->setData(reply.id, ReplyDelegate::ReplyIdRole);
    describeReply(item, answered, reply);
    return item;
}

// Only what differs is set, so a reply that did not change does not redraw.
void AnnotationsPanel::describeReply(QStandardItem *item, const Annotation &answered, const AnnotationReply &reply)
{
    const QString date = QLocale().toString(reply.created.toLocalTime(), QLocale::ShortFormat);
    item->setText(reply.text.trimmed());
    item->setData(reply.author, ReplyDelegate::AuthorRole);
    item->setData(date, ReplyDelegate::DateRole);
    item->setData(answered.color, ReplyDelegate::ThreadColorRole);
    item->setData(tr("Reply by %1, %2: %3").arg(reply.author, date, reply.text), Qt::AccessibleTextRole);
}

QStandardItem *AnnotationsPanel::annotationItem(const QString &id) const
{
    const QModelIndexList found =
        m_items->match(m_items->index(0, 0), IdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    // Depth first: an annotation's row comes before its replies.
    return found.isEmpty() || ReplyDelegate::isReply(found.first()) ? nullptr : m_items->itemFromIndex(found.first());
}

void AnnotationsPanel::onRepliesChanged(const QString &annotationId)
{
    if (QStandardItem *item = annotationItem(annotationId))
        syncReplies(item);
}

// Row by row rather than made again: the reply the reader chose stays chosen and nothing
// above it moves, when a teammate's reply arrives while they read.
void AnnotationsPanel::syncReplies(QStandardItem *item)
{
    const QString id = item->data(IdRole).toString();
    const std::optional<Annotation> answered = m_model ? m_model->byId(id) : std::nullopt;
    const QVector<AnnotationReply> wanted = answered ? m_model->replies(id) : QVector<AnnotationReply>();
    QSet<QString> wantedIds;
    for (const AnnotationReply &r : wanted)
        wantedIds.insert(r.id);
    for (int i = item->rowCount() - 1; i >= 0; --i) {
        if (!wantedIds.contains(item->child(i)->data(ReplyDelegate::ReplyIdRole).toString()))
            item->removeRow(i);
    }
    for (int i = 0; i < wanted.size(); ++i) {
        QStandardItem *child = item->child(i);
        if (child && child->data(ReplyDelegate::ReplyIdRole).toString() == wanted[i].id)
            describeReply(child, *answered, wanted[i]);
        else
            item->insertRow(i, replyRow(*answered, wanted[i]));
    }
    if (item->rowCount() > wanted.size())
        item->removeRows(wanted.size(), item->rowCount() - wanted.size()); // a reply that moved
    if (!wanted.isEmpty() && !m_collapsed.contains(id))
        m_view->expand(item->index());
}

void AnnotationsPanel::restoreCollapsed()
{
    m_view->expandAll();
    for (int g = 0; g < m_items->rowCount(); ++g) {
        const QModelIndex group = m_items->index(g, 0);
        if (m_collapsed.contains(foldKey(group)))
            m_view->collapse(group);
        for (int r = 0; r < m_items->rowCount(group); ++r) {
            const QModelIndex row = m_items->index(r, 0, group);
            if (m_collapsed.contains(foldKey(row)))
                m_view->collapse(row);
        }
    }
}

void AnnotationsPanel::describe(QStandardItem *item, const Annotation &a)
{
    QString text = a.quote.exact.isEmpty() ? AnnotationModel::kindLabel(a.kind)
                                           : QStringLiteral("“%1”").arg(shortened(a.quote.exact, kQuoteLength));
    if (!a.note.trimmed().isEmpty())
        text += QLatin1Char('\n') + shortened(a.note, kQuoteLength);
    item->setIcon(swatch(a.color));
    item->setText(text);
    item->setToolTip(QStringLiteral("%1 · %2 · %3")
                         .arg(AnnotationModel::kindLabel(a.kind), a.author,
                              QLocale().toString(a.modified.toLocalTime(), QLocale::ShortFormat)));
}

// Typing changes one note's text and nothing the choices or the grouping depend on: its row
// is described again in place, where rebuilding the list for every key cost tens of
// milliseconds with a library of annotations. The filters apply again at the next rebuild.
void AnnotationsPanel::refreshTypedRow()
{
    const std::optional<Annotation> a = m_model->byId(m_noteId);
    const QModelIndexList found =
        m_items->match(m_items->index(0, 0), IdRole, m_noteId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (a && !found.isEmpty())
        describe(m_items->itemFromIndex(found.first()), *a);
}

void AnnotationsPanel::onAnnotationsChanged()
{
    if (m_typing) {
        refreshTypedRow();
        return;
    }
    refillChoices();
    rebuild();
}

void AnnotationsPanel::rebuild()
{
    if (m_rebuilding)
        return;
    m_rebuilding = true;
    const QString keep = currentId();
    const QString keepReply = currentReplyId();
    const int scrolled = m_view->verticalScrollBar()->value();
    m_items->clear();
    const AnnotationFilter f = filter();
    if (m_model && showsLibrary()) {
        for (const Annotation &a : m_model->annotations()) {
            if (f.matches(a, m_model->replies(a.id)))
                group(documentTitle(a.documentHash))->appendRow(row(a.id, true));
        }
    } else if (m_model && m_controller && m_controller->annotations()) {
        const DocumentAnnotations *doc = m_controller->annotations();
        QStandardItem *placed = nullptr;
        for (const AnnotationMark &m : doc->marks()) {
            const std::optional<Annotation> a = m_model->byId(m.id);
            if (a && f.matches(*a, m_model->replies(a->id))) {
                if (!placed)
                    placed = group(tr("In this document"));
                placed->appendRow(row(m.id, true));
            }
        }
        for (const QString &id : doc->notPlaced()) {
            const std::optional<Annotation> a = m_model->byId(id);
            if (a && f.matches(*a, m_model->replies(a->id)))
                group(tr("Not placed"))->appendRow(row(id, false));
        }
    }
    restoreCollapsed();
    m_rebuilding = false;
    QModelIndexList found = keepReply.isEmpty() ? QModelIndexList()
                                                : m_items->match(m_items->index(0, 0), ReplyDelegate::ReplyIdRole,
                                                                 keepReply, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty() && !keep.isEmpty())
        found = m_items->match(m_items->index(0, 0), IdRole, keep, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty())
        m_view->setCurrentIndex(found.first());
    else
        showNote(QString());
    m_view->verticalScrollBar()->setValue(scrolled); // the list is made again; the reader's place stays
    if (!m_noteId.isEmpty())
        showNote(m_noteId); // the note may have changed (undo)
}

QStringList AnnotationsPanel::listedIds() const
{
    QStringList ids;
    for (int g = 0; g < m_items->rowCount(); ++g) {
        const QStandardItem *group = m_items->item(g);
        for (int r = 0; r < group->rowCount(); ++r)
            ids.append(group->child(r)->data(IdRole).toString());
    }
    return ids;
}

QString AnnotationsPanel::currentId() const { return m_view->currentIndex().data(IdRole).toString(); }

QString AnnotationsPanel::currentReplyId() const
{
    return m_view->currentIndex().data(ReplyDelegate::ReplyIdRole).toString();
}

void AnnotationsPanel::onCurrentChanged()
{
    if (m_rebuilding)
        return;
    const QString id = currentId();
    if (id != m_noteId) {
        ++m_session;
        if (m_model)
            m_model->flush();
    }
    showNote(id);
}

void AnnotationsPanel::showNote(const QString &id)
{
    const std::optional<Annotation> a = (m_model && !id.isEmpty()) ? m_model->byId(id) : std::nullopt;
    m_noteId = a ? id : QString();
    m_editor->setEnabled(bool(a));
    m_noteLabel->setVisible(bool(a)); // no room taken while nothing is chosen
    m_replyButton->setVisible(bool(a));
    // Only the author edits an annotation (the team server refuses anyone else's edit).
    const bool own = !a || m_model->isOwn(id);
    m_editor->setReadOnly(!own);
    m_tags->setReadOnly(!own);
    m_editor->setToolTip(own ? QString() : tr("Only %1 changes this note; reply to it instead").arg(a->author));
    m_noteLabel->setText(a ? tr("%1 by %2, %3")
                                 .arg(AnnotationModel::kindLabel(a->kind), a->author,
                                      QLocale().toString(a->modified.toLocalTime(), QLocale::ShortFormat))
                           : QString());
    m_tags->setEnabled(bool(a));
    const QString tags = a ? a->tags.join(QStringLiteral(", ")) : QString();
    if (!m_tags->hasFocus() || !a)
        m_tags->setText(tags);
    const QString note = a ? a->note : QString();
    if (m_editor->toPlainText() != note) {
        m_loadingNote = true;
        m_editor->setPlainText(note);
        m_editor->moveCursor(QTextCursor::End);
        m_loadingNote = false;
    }
}

void AnnotationsPanel::onNoteTyped()
{
    if (m_loadingNote || m_noteId.isEmpty() || !m_model)
        return;
    // A key changes the model and the views at once; the store gets the note within
    // AnnotationModel::kDeferredWriteMs, or sooner when the editor is left.
    m_typing = true;
    m_model->setWritesDeferred(true);
    m_undo->push(new EditNoteTextCommand(m_model, m_noteId, m_editor->toPlainText(), m_session));
    m_model->setWritesDeferred(false);
    m_typing = false;
}

void AnnotationsPanel::onTagsEdited()
{
    if (m_noteId.isEmpty() || !m_model)
        return;
    auto *command = new EditTagsCommand(m_model, m_noteId, AnnotationEdits::parseTags(m_tags->text()));
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_undo->push(command);
}

void AnnotationsPanel::onActivated(const QModelIndex &index)
{
    const QString id = index.data(IdRole).toString();
    if (id.isEmpty())
        return;
    if (m_controller && m_controller->annotations() && m_controller->annotations()->mark(id))
        m_controller->goTo(id);
    else if (!index.data(PlacedRole).toBool() && !showsLibrary())
        return; // not placed in this document: there is nowhere to go
    else
        Q_EMIT showRequested(id, index.data(DocumentHashRole).toString());
}

void AnnotationsPanel::editNote(const QString &id)
{
    rebuild();
    QModelIndexList found = m_items->match(m_items->index(0, 0), IdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty() && !showsLibrary()) {
        m_text->clear();
        m_kind->setCurrentIndex(0);
        m_color->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_author->setCurrentIndex(0);
        found = m_items->match(m_items->index(0, 0), IdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    }
    if (!found.isEmpty())
        m_view->setCurrentIndex(found.first());
    ++m_session;
    showNote(id);
    m_editor->setFocus();
}

// The reply editor over an annotation: its passage and note, cut short, say what is answered.
ReplyDialog *AnnotationsPanel::replyDialog(const Annotation &answered)
{
    QStringList context;
    if (!answered.quote.exact.isEmpty())
        context << QStringLiteral("“%1”").arg(shortened(answered.quote.exact, kQuoteLength));
    if (!answered.note.trimmed().isEmpty())
        context << shortened(answered.note, kQuoteLength);
    auto *dialog = new ReplyDialog(answered.id, answered.author, context.join(QLatin1Char('\n')), this);
    dialog->setObjectName(QStringLiteral("replyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void AnnotationsPanel::replyTo(const QString &annotationId)
{
    const std::optional<Annotation> a = m_model ? m_model->byId(annotationId) : std::nullopt;
    if (!a)
        return;
    ReplyDialog *dialog = replyDialog(*a);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addReply(dialog->annotationId(), dialog->text()); });
    dialog->open();
}

void AnnotationsPanel::editReply(const QString &replyId)
{
    const std::optional<AnnotationReply> r = m_model ? m_model->replyById(replyId) : std::nullopt;
    const std::optional<Annotation> a = r ? m_model->byId(r->annotation) : std::nullopt;
    if (!a || !m_model->isOwn(replyId))
        return;
    ReplyDialog *dialog = replyDialog(*a);
    dialog->setEditing(r->text);
    connect(dialog, &QDialog::accepted, this, [this, dialog, replyId] { changeReply(replyId, dialog->text()); });
    dialog->open();
}

bool AnnotationsPanel::changeReply(const QString &replyId, const QString &text)
{
    if (!m_model)
        return false;
    auto *command = new EditReplyCommand(m_model, replyId, text);
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    m_undo->push(command);
    return true;
}

bool AnnotationsPanel::addReply(const QString &annotationId, const QString &text)
{
    const std::optional<Annotation> a = m_model ? m_model->byId(annotationId) : std::nullopt;
    const std::optional<AnnotationReply> reply = a ? AnnotationEdits::reply(*a, text) : std::nullopt;
    if (!reply)
        return false;
    m_collapsed.remove(annotationId); // the thread opens to show the answer
    m_undo->push(new AddReplyCommand(m_model, *reply));
    const QModelIndexList shown = m_items->match(m_items->index(0, 0), ReplyDelegate::ReplyIdRole, reply->id, 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    if (!shown.isEmpty())
        m_view->scrollTo(shown.first());
    return true;
}

bool AnnotationsPanel::removeReply(const QString &replyId)
{
    if (!m_model)
        return false;
    auto *command = new RemoveReplyCommand(m_model, replyId);
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    m_undo->push(command);
    return true;
}

QMenu *AnnotationsPanel::createContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const QString id = index.data(IdRole).toString();
    if (id.isEmpty() || !m_model || !m_model->byId(id))
        return menu;
    QAction *reply = menu->addAction(tr("Reply…"));
    reply->setObjectName(QStringLiteral("replyAction"));
    connect(reply, &QAction::triggered, this, [this, id] { replyTo(id); });
    const QString replyId = index.data(ReplyDelegate::ReplyIdRole).toString();
    if (replyId.isEmpty())
        return menu;
    const bool own = m_model->isOwn(replyId);
    if (own) {
        QAction *edit = menu->addAction(tr("Edit reply…"));
        edit->setObjectName(QStringLiteral("editReplyAction"));
        connect(edit, &QAction::triggered, this, [this, replyId] { editReply(replyId); });
    }
    QAction *remove = menu->addAction(
        own ? tr("Delete reply")
            : tr("Only %1 can delete this reply").arg(index.data(ReplyDelegate::AuthorRole).toString()));
    remove->setObjectName(QStringLiteral("deleteReplyAction"));
    remove->setEnabled(own);
    connect(remove, &QAction::triggered, this, [this, replyId] { removeReply(replyId); });
    return menu;
}

bool AnnotationsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Wrapped rows are as high as the width allows: lay them out again when it changes.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            m_relayout->start();
    }
    if (watched == m_editor) {
        if (event->type() == QEvent::ShortcutOverride && isUndoRedoKey(static_cast<QKeyEvent *>(event))) {
            event->ignore();
            return true;
        }
        if (event->type() == QEvent::FocusIn)
            ++m_session; // coming back to a note starts a new undo step
        if (event->type() == QEvent::FocusOut && m_model)
            m_model->flush(); // the typing session is over: store it now
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace diptych
