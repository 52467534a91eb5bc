#pragma once

#include "analysis/AnalysisService.h"
#include "annotations/AnnotationMark.h"

#include <QPointF>
#include <QWidget>

#include <memory>
#include <optional>

class QHelpEvent;
class QLabel;
class QStackedWidget;

namespace diptych {

class DocumentView;
class DocumentHeader;
class FindBar;
class PdfAnnotationOverlay;
class PdfPages;
class PdfSearch;
class PdfTextTool;
class PdfView;

// One open document: a header (title, kind, Text/Pages switch, page box, zoom), the reading
// view or the PDF pages, and the find bar. Shows "analysing…" until the analysis arrives.
// The rest of the program talks to the pane, never to the views inside: each operation
// decides itself whether the pages or the text do it.
class DocumentPane : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentPane(const QString &path, QWidget *parent = nullptr);
    ~DocumentPane() override;

    QString path() const { return m_path; }
    QString title() const;
    bool isReady() const;
    void setAnalysis(const AnalysisPtr &analysis);
    void setFailed(const QString &error);
    // Null until the analysis arrives.
    AnalysisPtr analysis() const { return m_analysis; }
    // The section the reading text is in; -1 before the first.
    int currentSection() const;

    bool showsPages() const;
    void setShowPages(bool pages);

    // Jumps in whichever view is showing.
    void goToSection(int index);
    void goToLocation(const Location &location);
    void showFind();
    // In whichever view is showing.
    void findNext();
    void findPrevious();
    void goBack();
    void copy();
    bool hasSelection() const;
    // The selection as a reading-text range; {0, 0} when nothing is selected.
    QPair<int, int> selectedRange() const;
    // Goes to a passage; the text view also selects it.
    void showPassage(const Location &at);
    void zoomIn();
    void zoomOut();

    void setInvertPages(bool invert);
    // Annotations as both views draw them; a page note's text shows when the pointer rests on it.
    void setAnnotationMarks(const QVector<AnnotationMark> &marks);

    // The Pages view as the session keeps it per file.
    struct PageState {
        bool pages = true; // Pages view showing (else Text)
        int zoomMode = 0; // PdfView::ZoomMode
        double zoom = 1.0; // pixels per point, for ZoomMode::Custom
        int page = -1; // page under the top edge, -1 unknown
        double y = 0; // points down that page
    };
    bool hasPages() const;
    PageState pageState() const;
    // Applied once the PDF is open (at once if it is).
    void setPageState(const PageState &state);
    // Position for session restore: a reading-text offset.
    int position() const;
    void setPosition(int textOffset);

    // The views and tools inside, for the widget tests only: they type into the find bar,
    // click and hover on the pages and read what the views draw, which no operation above
    // shows. The program itself goes through the operations.
    DocumentView *view() const { return m_view; }
    PdfView *pdfView() const { return m_pdf; }
    FindBar *findBar() const { return m_findBar; }
    PdfSearch *pdfSearch() const { return m_pdfSearch; }
    PdfTextTool *pdfTextTool() const { return m_pdfTool; }

Q_SIGNALS:
    void ready();
    void titleChanged(const QString &title);
    void currentSectionChanged(int index);
    // A context menu asked for over the text; annotationId: the annotation under the pointer.
    // Only asked for when connected; else the view shows its own menu.
    void textMenuRequested(const QPoint &globalPos, const QString &annotationId);
    // The same over the pages: page -1 off the pages, point in PDF points (top-left origin).
    void pageMenuRequested(const QPoint &globalPos, int page, const QPointF &point);

private:
    void openPdf();
    void onPdfOpened(std::shared_ptr<PdfPages> pages, const QString &error);
    void updateHeader();
    void applyPageState(const PageState &state);
    void search(const QString &text);
    void watchViewports();
    bool requestTextMenu(const QPoint &viewportPos);
    bool requestPageMenu(const QPoint &viewportPos);
    bool showPageNoteTip(QHelpEvent *help);

    QString m_path;
    AnalysisPtr m_analysis;
    int m_pendingPosition = -1;
    std::optional<PageState> m_pendingPageState;
    DocumentHeader *m_header = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_status;
    DocumentView *m_view;
    PdfView *m_pdf;
    FindBar *m_findBar;
    PdfSearch *m_pdfSearch;
    PdfTextTool *m_pdfTool;
    std::unique_ptr<PdfAnnotationOverlay> m_annotationOverlay;
};

} // namespace diptych
