#pragma once

#include "analysis/AnalysisService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace diptych {

class DocumentView;
class FindBar;
class PdfPages;
class PdfSearch;
class PdfTextTool;
class PdfView;

// One open document: a header (title, kind, Text/Pages switch, page box, zoom), the reading
// view or the PDF pages, and the find bar. Shows "analysing…" until the analysis arrives.
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

    DocumentView *view() const { return m_view; }
    PdfView *pdfView() const { return m_pdf; }
    FindBar *findBar() const { return m_findBar; }
    PdfSearch *pdfSearch() const { return m_pdfSearch; }
    PdfTextTool *pdfTextTool() const { return m_pdfTool; }
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

    // The Pages view as the session keeps it per file.
    struct PageState {
        bool pages = true;      // Pages view showing (else Text)
        int zoomMode = 0;       // PdfView::ZoomMode
        double zoom = 1.0;      // pixels per point, for ZoomMode::Custom
        int page = -1;          // page under the top edge, -1 unknown
        double y = 0;           // points down that page
    };
    bool hasPages() const;
    PageState pageState() const;
    // Applied once the PDF is open (at once if it is).
    void setPageState(const PageState &state);
    // Position for session restore: a reading-text offset.
    int position() const;
    void setPosition(int textOffset);

Q_SIGNALS:
    void ready();
    void titleChanged(const QString &title);
    void currentSectionChanged(int index);

private:
    QWidget *buildHeader();
    void openPdf();
    void onPdfOpened(std::shared_ptr<PdfPages> pages, const QString &error);
    void updateHeader();
    void applyPageState(const PageState &state);
    void search(const QString &text);

    QString m_path;
    AnalysisPtr m_analysis;
    int m_pendingPosition = -1;
    std::optional<PageState> m_pendingPageState;
    QLabel *m_title;
    QLabel *m_badge;
    QToolButton *m_textButton;
    QToolButton *m_pagesButton;
    QWidget *m_pageControls;
    QSpinBox *m_pageBox;
    QLabel *m_pageCount;
    QComboBox *m_zoomBox;
    QStackedWidget *m_stack;
    QLabel *m_status;
    DocumentView *m_view;
    PdfView *m_pdf;
    FindBar *m_findBar;
    PdfSearch *m_pdfSearch;
    PdfTextTool *m_pdfTool;
};

} // namespace diptych
