#include "annotations/AnnotationController.h"

#include "annotations/AddAnnotationCommand.h"
#include "annotations/AnnotationAnchorer.h"
#include "annotations/AnnotationEdits.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationStore.h"
#include "annotations/ChangeAnnotationColorCommand.h"
#include "annotations/DocumentAnnotations.h"
#include "annotations/RemoveAnnotationCommand.h"
#include "annotations/ShareAnnotationCommand.h"
#include "document/DocumentPane.h"

#include <QAction>
#include <QMenu>
#include <QPixmap>
#include <QUndoStack>

namespace diptych {

namespace {

constexpr double kPageNoteSize = 12.0; // points: the icon box a page note keeps

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

AnnotationController::AnnotationController(DocumentPane *pane, AnnotationModel *model)
    : QObject(pane), m_pane(pane), m_model(model), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("annotationController"));
    buildActions();
    // The pane shows footnote and note tips itself; only the menus are ours.
    connect(pane, &DocumentPane::textMenuRequested, this, &AnnotationController::showTextMenu);
    connect(pane, &DocumentPane::pageMenuRequested, this, &AnnotationController::showPageMenu);
}

AnnotationController *AnnotationController::of(const DocumentPane *pane)
{
    return pane ? pane->findChild<AnnotationController *>(QStringLiteral("annotationController"),
                                                          Qt::FindDirectChildrenOnly)
                : nullptr;
}

QVector<QPair<QColor, QString>> AnnotationController::palette()
{
    return {{Annotation::defaultColor(AnnotationKind::Highlight), tr("Yellow")},
            {QColor(0x7e, 0xd9, 0x6f), tr("Green")},
            {QColor(0x7c, 0xc4, 0xf2), tr("Blue")},
            {QColor(0xf5, 0x9a, 0xc8), tr("Pink")},
            {QColor(0xff, 0xb3, 0x47), tr("Orange")}};
}

void AnnotationController::buildActions()
{
    auto make = [this](const QString &text, const QString &keys, AnnotationKind kind) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(keys));
        connect(action, &QAction::triggered, this, [this, kind] {
            const QString id = annotateSelection(kind);
            if (!id.isEmpty() && kind == AnnotationKind::HighlightNote)
                Q_EMIT noteEditRequested(id);
        });
        return action;
    };
    m_highlight = make(tr("&Highlight"), tr("Ctrl+Shift+H"), AnnotationKind::Highlight);
    m_underline = make(tr("&Underline"), tr("Ctrl+Shift+U"), AnnotationKind::Underline);
    m_strikeOut = make(tr("&Strike out"), tr("Ctrl+Shift+X"), AnnotationKind::StrikeOut);
    m_note = make(tr("&Note…"), tr("Ctrl+Shift+N"), AnnotationKind::HighlightNote);
}

void AnnotationController::setAnalysis(const AnalysisPtr &analysis, const QString &documentHash,
                                       const QStringList &relatedHashes)
{
    delete m_annotations;
    m_annotations = new DocumentAnnotations(m_model, analysis, documentHash, this);
    m_annotations->setRelatedHashes(relatedHashes);
    connect(m_annotations, &DocumentAnnotations::changed, this, &AnnotationController::updateMarks);
    connect(m_annotations, &DocumentAnnotations::repliesChanged, this, &AnnotationController::updateMarks);
    updateMarks();
}

void AnnotationController::updateMarks()
{
    const QVector<AnnotationMark> marks = m_annotations ? m_annotations->marks() : QVector<AnnotationMark>();
    m_pane->setAnnotationMarks(marks);
}

QPair<int, int> AnnotationController::selection() const { return m_pane->selectedRange(); }

QString AnnotationController::author() const { return Annotation::defaultAuthor(); }

bool AnnotationController::push(const Annotation &annotation)
{
    m_undo->push(new AddAnnotationCommand(m_model, annotation));
    return true;
}

QString AnnotationController::annotateSelection(AnnotationKind kind, const QColor &color)
{
    const QPair<int, int> range = selection();
    if (!m_annotations || range.second <= range.first)
        return QString();
    Annotation a = Annotation::create(kind, m_annotations->documentHash());
    a.author = author();
    if (color.isValid())
        a.color = color;
    AnnotationAnchorer(m_annotations->analysis()).anchor(a, range.first, range.second);
    push(a);
    return a.id;
}

QString AnnotationController::addPageNote(int page, const QPointF &point)
{
    if (!m_annotations)
        return QString();
    Annotation a = Annotation::create(AnnotationKind::PageNote, m_annotations->documentHash());
    a.author = author();
    a.areas = {PageArea{page, {QRectF(point, QSizeF(kPageNoteSize, kPageNoteSize))}}};
    push(a);
    Q_EMIT noteEditRequested(a.id);
    return a.id;
}

void AnnotationController::recolor(const QString &id, const QColor &color)
{
    m_undo->push(new ChangeAnnotationColorCommand(m_model, id, color));
}

void AnnotationController::changeKind(const QString &id, AnnotationKind kind)
{
    const std::optional<Annotation> a = m_model->byId(id);
    if (!a)
        return;
    const Annotation after = AnnotationEdits::withKind(*a, kind);
    m_undo->push(new ChangeAnnotationColorCommand(m_model, id, after.color, after.kind));
}

void AnnotationController::remove(const QString &id) { m_undo->push(new RemoveAnnotationCommand(m_model, id)); }

void AnnotationController::goTo(const QString &id)
{
    const AnnotationMark *m = m_annotations ? m_annotations->mark(id) : nullptr;
    if (!m)
        return;
    Location at;
    at.start = m->start;
    at.end = m->end;
    if (!m->areas.isEmpty()) {
        at.page = m->areas.first().page;
        if (!m->areas.first().quads.isEmpty())
            at.rect = m->areas.first().quads.first();
    }
    m_pane->showPassage(at);
}

void AnnotationController::addSelectionActions(QMenu *menu)
{
    QMenu *colours = menu->addMenu(tr("&Highlight"));
    colours->setIcon(swatch(palette().first().first));
    for (const auto &c : palette()) {
        colours->addAction(swatch(c.first), c.second, this,
                           [this, color = c.first] { annotateSelection(AnnotationKind::Highlight, color); });
    }
    colours->menuAction()->setShortcut(m_highlight->shortcut());
    menu->addAction(m_underline);
    menu->addAction(m_strikeOut);
    menu->addAction(m_note);
}

void AnnotationController::addAnnotationActions(QMenu *menu, const QString &id)
{
    const std::optional<Annotation> a = m_model->byId(id);
    if (!a)
        return;
    menu->addAction(a->note.isEmpty() ? tr("Add &note…") : tr("Edit &note…"), this,
                    [this, id] { Q_EMIT noteEditRequested(id); });
    QMenu *colours = menu->addMenu(tr("&Colour"));
    for (const auto &c : palette()) {
        QAction *action =
            colours->addAction(swatch(c.first), c.second, this, [this, id, color = c.first] { recolor(id, color); });
        action->setCheckable(true);
        action->setChecked(a->color == c.first);
    }
    if (!a->isNote()) {
        for (AnnotationKind kind : {AnnotationKind::Highlight, AnnotationKind::Underline, AnnotationKind::StrikeOut}) {
            if (kind != a->kind)
                menu->addAction(tr("Make %1").arg(AnnotationModel::kindLabel(kind).toLower()), this,
                                [this, id, kind] { changeKind(id, kind); });
        }
    }
    addSharingAction(menu, *a);
    menu->addSeparator();
    menu->addAction(tr("&Delete annotation"), this, [this, id] { remove(id); });
}

// With a team set: "Private (only me)", on or off. A note that reached the server shared
// stays shared (teammates may have it; AnnotationEdits::canReshare), so the choice is off.
void AnnotationController::addSharingAction(QMenu *menu, const Annotation &a)
{
    if (m_model->team().isEmpty())
        return;
    const bool isPrivate = a.sharing == AnnotationSharing::Private;
    const AnnotationSharing wanted = isPrivate ? AnnotationSharing::Team : AnnotationSharing::Private;
    const bool onServer = m_model->store() && m_model->store()->isOnTeamServer(a.id);
    QAction *action = menu->addAction(tr("&Private (only me)"));
    action->setObjectName(QStringLiteral("privateAnnotationAction"));
    action->setCheckable(true);
    action->setChecked(isPrivate);
    action->setEnabled(AnnotationEdits::canReshare(a, onServer, wanted, QString()));
    if (!action->isEnabled())
        action->setToolTip(tr("Already shared with the team, whose members may have it"));
    const QString id = a.id;
    connect(action, &QAction::triggered, this,
            [this, id, wanted] { m_undo->push(new ShareAnnotationCommand(m_model, id, wanted, QString())); });
}

void AnnotationController::showTextMenu(const QPoint &globalPos, const QString &id)
{
    QMenu menu(m_pane);
    if (!selection().first && !selection().second && !id.isEmpty())
        addAnnotationActions(&menu, id);
    else if (selection().second > selection().first)
        addSelectionActions(&menu);
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(tr("&Copy"), m_pane, &DocumentPane::copy)->setEnabled(m_pane->hasSelection());
    menu.exec(globalPos);
}

void AnnotationController::showPageMenu(const QPoint &globalPos, int page, const QPointF &point)
{
    QMenu menu(m_pane);
    const bool onPage = page >= 0;
    const QStringList ids = onPage && m_annotations ? m_annotations->idsAt(page, point) : QStringList();
    if (selection().second > selection().first)
        addSelectionActions(&menu);
    else if (!ids.isEmpty())
        addAnnotationActions(&menu, ids.last());
    else if (onPage && m_annotations)
        menu.addAction(tr("Add a &note here…"), this, [this, page, point] { addPageNote(page, point); });
    if (menu.isEmpty())
        return;
    menu.exec(globalPos);
}

} // namespace diptych
