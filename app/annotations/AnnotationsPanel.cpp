#include "annotations/AnnotationsPanel.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationEdits.h"
#include "annotations/AnnotationModel.h"
#include "annotations/DocumentAnnotations.h"
#include "annotations/EditNoteTextCommand.h"
#include "annotations/EditTagsCommand.h"
#include "annotations/NoteEditor.h"
#include "library/Library.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

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

} // namespace

AnnotationsPanel::AnnotationsPanel(Library &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_ownUndo(new QUndoStack(this)), m_view(new QTreeView(this)),
      m_items(new QStandardItemModel(this)), m_noteLabel(new QLabel(this)), m_editor(new NoteEditor(this)),
      m_tags(new QLineEdit(this))
{
    m_undo = m_ownUndo;
    m_view->setModel(m_items);
    m_view->setHeaderHidden(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setAccessibleName(tr("Annotations"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
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
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_editor);
    layout->addWidget(m_tags);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnnotationsPanel::onCurrentChanged);
    connect(m_view, &QTreeView::clicked, this, &AnnotationsPanel::onActivated);
    connect(m_view, &QTreeView::activated, this, &AnnotationsPanel::onActivated);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &AnnotationsPanel::onNoteTyped);
    connect(m_tags, &QLineEdit::editingFinished, this, &AnnotationsPanel::onTagsEdited);
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
    return item;
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
    m_items->clear();
    const AnnotationFilter f = filter();
    if (m_model && showsLibrary()) {
        for (const Annotation &a : m_model->annotations()) {
            if (f.matches(a))
                group(documentTitle(a.documentHash))->appendRow(row(a.id, true));
        }
    } else if (m_model && m_controller && m_controller->annotations()) {
        const DocumentAnnotations *doc = m_controller->annotations();
        QStandardItem *placed = nullptr;
        for (const AnnotationMark &m : doc->marks()) {
            const std::optional<Annotation> a = m_model->byId(m.id);
            if (a && f.matches(*a)) {
                if (!placed)
                    placed = group(tr("In this document"));
                placed->appendRow(row(m.id, true));
            }
        }
        for (const QString &id : doc->notPlaced()) {
            const std::optional<Annotation> a = m_model->byId(id);
            if (a && f.matches(*a))
                group(tr("Not placed"))->appendRow(row(id, false));
        }
    }
    m_view->expandAll();
    m_rebuilding = false;
    const QModelIndexList found =
        keep.isEmpty() ? QModelIndexList()
                       : m_items->match(m_items->index(0, 0), IdRole, keep, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty())
        m_view->setCurrentIndex(found.first());
    else
        showNote(QString());
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

bool AnnotationsPanel::eventFilter(QObject *watched, QEvent *event)
{
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
