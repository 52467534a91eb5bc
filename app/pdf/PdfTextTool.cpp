#include "pdf/PdfTextTool.h"

#include "document/FootnoteTip.h"
#include "pdf/PageTextSelection.h"
#include "pdf/PdfView.h"

#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace diptych {

namespace {

constexpr int kDragDistance = 4; // px before a press becomes a band
constexpr double kCallSlop = 2.5; // points around a raised digit that still count as on it

} // namespace

PdfTextTool::PdfTextTool(PdfView *view, QObject *parent)
    : QObject(parent), m_view(view), m_selection(new PageTextSelection(this))
{
    view->viewport()->installEventFilter(this);
    view->viewport()->setMouseTracking(true);
    view->addOverlay(this);
    connect(m_selection, &PageTextSelection::changed, view->viewport(), qOverload<>(&QWidget::update));
}

PdfTextTool::~PdfTextTool()
{
    if (m_view)
        m_view->removeOverlay(this);
}

void PdfTextTool::setAnalysis(const AnalysisPtr &analysis)
{
    m_analysis = analysis;
    m_selection->setAnalysis(analysis);
    m_back.clear();
    Q_EMIT backAvailable(false);
}

QPoint PdfTextTool::contentPos(const QPoint &viewportPos) const
{
    return viewportPos + QPoint(m_view->horizontalScrollBar()->value(), m_view->verticalScrollBar()->value());
}

QPointF PdfTextTool::toPage(int page, const QPoint &viewportPos) const
{
    return QPointF(viewportPos - m_view->pageViewportRect(page).topLeft()) / m_view->zoom();
}

int PdfTextTool::footnoteAt(const QPoint &viewportPos) const
{
    if (!m_analysis || !m_view)
        return 0;
    for (const Footnote &note : m_analysis->footnotes) {
        for (const FootnoteCall &call : note.calls) {
            if (call.at.rect.isNull() || !m_view->pageViewportRect(call.at.page).contains(viewportPos))
                continue;
            const QRectF zone = call.at.rect.adjusted(-kCallSlop, -kCallSlop, kCallSlop, kCallSlop);
            if (zone.contains(toPage(call.at.page, viewportPos)))
                return note.number;
        }
    }
    return 0;
}

QString PdfTextTool::footnoteText(int number) const
{
    return m_analysis ? footnoteTipText(*m_analysis, number) : QString();
}

void PdfTextTool::followFootnote(int number)
{
    if (!m_analysis || !m_view)
        return;
    for (const Footnote &note : m_analysis->footnotes) {
        if (note.number != number || note.at.page < 0)
            continue;
        m_back.append(m_view->verticalScrollBar()->value());
        if (note.at.rect.isNull())
            m_view->goToPage(note.at.page);
        else
            m_view->ensureVisible(note.at.page, note.at.rect);
        Q_EMIT backAvailable(true);
        return;
    }
}

void PdfTextTool::goBack()
{
    if (m_back.isEmpty() || !m_view)
        return;
    m_view->verticalScrollBar()->setValue(m_back.takeLast());
    Q_EMIT backAvailable(!m_back.isEmpty());
}

void PdfTextTool::copy() const
{
    if (!m_selection->isEmpty())
        QApplication::clipboard()->setText(m_selection->selectedText());
}

void PdfTextTool::paintPage(QPainter &painter, int page) const
{
    const QVector<QRectF> rects = m_selection->rects(page);
    if (rects.isEmpty())
        return;
    QColor fill = m_view->palette().color(QPalette::Highlight);
    fill.setAlpha(90);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    for (const QRectF &r : rects)
        painter.drawRect(r);
}

bool PdfTextTool::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_view || watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::ToolTip: return showToolTip(event);
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        press(mouse->position().toPoint());
        return false; // the view still takes focus
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_pressed)
            drag(mouse->position().toPoint());
        else
            m_view->viewport()->setCursor(footnoteAt(mouse->position().toPoint()) ? Qt::PointingHandCursor
                                                                                  : Qt::IBeamCursor);
        return false;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && m_pressed)
            release(mouse->position().toPoint(), mouse->globalPosition().toPoint());
        return false;
    }
    default: return false;
    }
}

bool PdfTextTool::showToolTip(QEvent *event)
{
    auto *help = static_cast<QHelpEvent *>(event);
    showFootnoteTip(help, m_analysis.get(), footnoteAt(help->pos()), m_view->viewport());
    return true;
}

void PdfTextTool::press(const QPoint &pos)
{
    m_pressed = true;
    m_dragged = false;
    m_pressContent = contentPos(pos);
}

// The band is a rectangle in content coordinates cut into one piece per page it covers.
void PdfTextTool::drag(const QPoint &pos)
{
    const QPoint now = contentPos(pos);
    if (!m_dragged && (now - m_pressContent).manhattanLength() < kDragDistance)
        return;
    m_dragged = true;
    const QPoint offset(m_view->horizontalScrollBar()->value(), m_view->verticalScrollBar()->value());
    const QRect band = QRect(m_pressContent, now).normalized().translated(-offset);
    QMap<int, QRectF> bands;
    for (int page = 0; page < m_view->pageCount(); ++page) {
        const QRect onPage = band.intersected(m_view->pageViewportRect(page));
        if (onPage.isEmpty())
            continue;
        bands.insert(page, QRectF(toPage(page, onPage.topLeft()), toPage(page, onPage.bottomRight())));
    }
    m_selection->selectBands(bands);
}

void PdfTextTool::release(const QPoint &pos, const QPoint &globalPos)
{
    m_pressed = false;
    if (m_dragged) {
        if (!m_selection->isEmpty())
            Q_EMIT selectionFinished(globalPos);
        return;
    }
    m_selection->clear();
    if (const int note = footnoteAt(pos))
        followFootnote(note);
}

} // namespace diptych
