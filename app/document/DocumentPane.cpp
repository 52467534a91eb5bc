#include "document/DocumentPane.h"

#include "annotations/PdfAnnotationOverlay.h"
#include "document/DocumentHeader.h"
#include "document/DocumentView.h"
#include "document/FindBar.h"
#include "document/FootnoteTip.h"
#include "document/ViewportEvents.h"
#include "pdf/PageTextSelection.h"
#include "pdf/PdfSearch.h"
#include "pdf/PdfTextTool.h"
#include "pdf/PdfView.h"
#include "source/PdfPages.h"

#include <QContextMenuEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace diptych {

namespace {

struct Opened {
    std::shared_ptr<PdfPages> pages;
    QString error;
};

bool isPdfFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == QByteArrayLiteral("%PDF-");
}

} // namespace

DocumentPane::DocumentPane(const QString &path, QWidget *parent)
    : QWidget(parent), m_path(path), m_stack(new QStackedWidget(this)), m_status(new QLabel(this)),
      m_view(new DocumentView(this)), m_pdf(new PdfView(this)), m_findBar(new FindBar(this)),
      m_pdfSearch(new PdfSearch(m_pdf, this)), m_pdfTool(new PdfTextTool(m_pdf, this)),
      m_annotationOverlay(std::make_unique<PdfAnnotationOverlay>())
{
    m_pdf->addOverlay(m_annotationOverlay.get());
    m_header = new DocumentHeader(m_pdf, this);
    connect(m_header, &DocumentHeader::showPagesChanged, this, &DocumentPane::setShowPages);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setText(tr("Analysing %1…").arg(QFileInfo(path).fileName()));
    m_stack->addWidget(m_status);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_pdf);
    m_findBar->hide();
    connect(m_findBar, &FindBar::searchRequested, this, &DocumentPane::search);
    connect(m_findBar, &FindBar::nextRequested, this, &DocumentPane::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &DocumentPane::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_view->setSearch(QString());
        m_pdfSearch->setSearch(QString());
        setFocus();
    });
    connect(m_view, &DocumentView::searchChanged, this, [this](int current, int count) {
        if (!showsPages())
            m_findBar->showCount(current, count);
    });
    connect(m_pdfSearch, &PdfSearch::searchChanged, this, [this](int current, int count) {
        if (showsPages())
            m_findBar->showCount(current, count);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);
    connect(m_view, &DocumentView::currentSectionChanged, this, &DocumentPane::currentSectionChanged);
    setFocusProxy(m_view);
    watchViewports();
    updateHeader();
    if (isPdfFile(path))
        openPdf();
}

DocumentPane::~DocumentPane()
{
    m_pdf->removeOverlay(m_annotationOverlay.get());
    // The page text tool filters the PDF view's events and would otherwise outlive it (it was
    // made later, so Qt deletes it later): while the view's widgets went, its filter would
    // still be asked about their events through a view that is no longer one (UBSan: a
    // downcast of a destroyed PdfView).
    delete m_pdfTool;
}

// Installed after the page text tool's filter, so a page note's tip comes before a footnote's.
void DocumentPane::watchViewports()
{
    m_view->viewport()->installEventFilter(new ViewportEvents(this, [this](QEvent *event) {
        return event->type() == QEvent::ContextMenu && requestTextMenu(static_cast<QContextMenuEvent *>(event)->pos());
    }));
    m_pdf->viewport()->installEventFilter(new ViewportEvents(this, [this](QEvent *event) {
        if (event->type() == QEvent::ContextMenu)
            return requestPageMenu(static_cast<QContextMenuEvent *>(event)->pos());
        if (event->type() == QEvent::ToolTip)
            return showPageNoteTip(static_cast<QHelpEvent *>(event));
        return false;
    }));
}

bool DocumentPane::requestTextMenu(const QPoint &viewportPos)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&DocumentPane::textMenuRequested)))
        return false;
    Q_EMIT textMenuRequested(m_view->viewport()->mapToGlobal(viewportPos), m_view->annotationAt(viewportPos));
    return true;
}

bool DocumentPane::requestPageMenu(const QPoint &viewportPos)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&DocumentPane::pageMenuRequested)))
        return false;
    const PdfView::PagePoint at = m_pdf->pagePointAt(viewportPos);
    Q_EMIT pageMenuRequested(m_pdf->viewport()->mapToGlobal(viewportPos), at.page, at.point);
    return true;
}

// Without a note under the pointer the page text tool shows a footnote's tip, if any.
bool DocumentPane::showPageNoteTip(QHelpEvent *help)
{
    const PdfView::PagePoint at = m_pdf->pagePointAt(help->pos());
    const QString note = at.page >= 0 ? m_annotationOverlay->noteAt(at.page, at.point) : QString();
    if (note.isEmpty())
        return false;
    showNoteToolTip(help, note, m_pdf->viewport());
    return true;
}

QString DocumentPane::title() const
{
    if (m_analysis && !m_analysis->title.isEmpty())
        return m_analysis->title;
    return QFileInfo(m_path).completeBaseName();
}

bool DocumentPane::isReady() const { return bool(m_analysis); }

int DocumentPane::currentSection() const { return m_view->currentSection(); }

void DocumentPane::setAnalysis(const AnalysisPtr &analysis)
{
    m_analysis = analysis;
    m_view->setAnalysis(analysis);
    m_pdfTool->setAnalysis(analysis);
    m_pdfSearch->setAnalysis(analysis);
    if (!showsPages())
        m_stack->setCurrentWidget(m_view);
    if (m_pendingPosition >= 0) {
        m_view->scrollToTextOffset(m_pendingPosition);
        m_pendingPosition = -1;
    }
    updateHeader();
    Q_EMIT titleChanged(title());
    Q_EMIT ready();
}

void DocumentPane::setFailed(const QString &error)
{
    m_status->setText(tr("%1 could not be opened:\n%2").arg(QFileInfo(m_path).fileName(), error));
    m_stack->setCurrentWidget(m_status);
}

void DocumentPane::updateHeader()
{
    m_header->setDocument(m_analysis ? m_analysis->kind : DocumentKind::Other, title());
}

void DocumentPane::openPdf()
{
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcher<Opened>::finished, this, [this, watcher] {
        const Opened opened = watcher->result();
        watcher->deleteLater();
        onPdfOpened(opened.pages, opened.error);
    });
    const QString path = m_path;
    watcher->setFuture(QtConcurrent::run([path] {
        Opened out;
        out.pages = std::shared_ptr<PdfPages>(PdfPages::open(path, &out.error).release());
        return out;
    }));
}

// Without pages (Poppler could not open the file) the text view still works.
void DocumentPane::onPdfOpened(std::shared_ptr<PdfPages> pages, const QString &error)
{
    if (!pages) {
        m_header->setPagesUnavailable(error);
        return;
    }
    m_pdf->setPages(pages);
    m_header->setPages(pages->pageCount());
    if (m_pendingPageState) {
        applyPageState(*m_pendingPageState);
        m_pendingPageState.reset();
    }
}

bool DocumentPane::showsPages() const { return m_stack->currentWidget() == m_pdf; }

void DocumentPane::setShowPages(bool pages)
{
    pages = pages && m_header->hasPages();
    m_header->showPageControls(pages);
    if (pages)
        m_stack->setCurrentWidget(m_pdf);
    else
        m_stack->setCurrentWidget(m_analysis ? static_cast<QWidget *>(m_view) : m_status);
    setFocusProxy(pages ? static_cast<QWidget *>(m_pdf) : m_view);
    // An open find bar searches the view that now shows.
    if (m_findBar->isVisible())
        search(m_findBar->field()->text());
}

void DocumentPane::goToSection(int index)
{
    if (!m_analysis || index < 0 || index >= m_analysis->sections.size())
        return;
    if (showsPages())
        goToLocation(m_analysis->sections[index].at);
    else
        m_view->scrollToSection(index);
}

void DocumentPane::goToLocation(const Location &location)
{
    if (showsPages() && location.page >= 0)
        m_pdf->goToPage(location.page, location.rect.isNull() ? 0 : location.rect.top() - 12);
    else if (location.start >= 0)
        m_view->scrollToTextOffset(location.start);
}

void DocumentPane::showFind() { m_findBar->activate(); }

void DocumentPane::search(const QString &text)
{
    if (showsPages()) {
        m_view->setSearch(QString());
        m_pdfSearch->setSearch(text);
    } else {
        m_pdfSearch->setSearch(QString());
        m_view->setSearch(text);
    }
}

void DocumentPane::findNext() { showsPages() ? m_pdfSearch->findNext() : m_view->findNext(); }

void DocumentPane::findPrevious() { showsPages() ? m_pdfSearch->findPrevious() : m_view->findPrevious(); }

void DocumentPane::goBack() { showsPages() ? m_pdfTool->goBack() : m_view->goBack(); }

void DocumentPane::copy() { showsPages() ? m_pdfTool->copy() : m_view->copy(); }

bool DocumentPane::hasSelection() const
{
    return showsPages() ? !m_pdfTool->selection()->isEmpty() : m_view->textCursor().hasSelection();
}

QPair<int, int> DocumentPane::selectedRange() const
{
    if (!showsPages())
        return m_view->selectedTextRange();
    const PageTextSelection *s = m_pdfTool->selection();
    return s->isEmpty() ? QPair<int, int>() : QPair<int, int>(s->start(), s->end());
}

void DocumentPane::showPassage(const Location &at)
{
    if (!showsPages() && at.start >= 0 && at.end > at.start)
        m_view->selectTextRange(at.start, at.end);
    goToLocation(at);
}

// The pages zoom by the view's steps, the text by a point of font size.
void DocumentPane::zoomIn() { showsPages() ? m_pdf->zoomIn() : m_view->zoomIn(1); }

void DocumentPane::zoomOut() { showsPages() ? m_pdf->zoomOut() : m_view->zoomOut(1); }

void DocumentPane::setInvertPages(bool invert) { m_pdf->setInvertPages(invert); }

void DocumentPane::setAnnotationMarks(const QVector<AnnotationMark> &marks)
{
    m_view->setAnnotationMarks(marks);
    m_annotationOverlay->setMarks(marks);
    m_pdf->viewport()->update();
}

bool DocumentPane::hasPages() const { return m_header->hasPages(); }

DocumentPane::PageState DocumentPane::pageState() const
{
    if (m_pendingPageState)
        return *m_pendingPageState;
    PageState state;
    state.pages = showsPages();
    state.zoomMode = int(m_pdf->zoomMode());
    state.zoom = m_pdf->zoom();
    const auto position = m_pdf->scrollPosition();
    state.page = position.first;
    state.y = position.second;
    return state;
}

void DocumentPane::setPageState(const PageState &state)
{
    if (hasPages())
        applyPageState(state);
    else
        m_pendingPageState = state;
}

void DocumentPane::applyPageState(const PageState &state)
{
    const auto mode = PdfView::ZoomMode(qBound(0, state.zoomMode, int(PdfView::ZoomMode::Custom)));
    if (mode == PdfView::ZoomMode::Custom)
        m_pdf->setZoom(state.zoom);
    else
        m_pdf->setZoomMode(mode);
    if (state.page >= 0)
        m_pdf->goToPage(qMin(state.page, m_pdf->pageCount() - 1), state.y);
    m_header->choose(state.pages);
}

int DocumentPane::position() const { return m_analysis ? m_view->topTextOffset() : m_pendingPosition; }

void DocumentPane::setPosition(int textOffset)
{
    if (textOffset < 0)
        return;
    if (m_analysis)
        m_view->scrollToTextOffset(textOffset);
    else
        m_pendingPosition = textOffset;
}

} // namespace diptych
