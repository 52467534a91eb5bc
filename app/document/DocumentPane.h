#pragma once

#include "analysis/AnalysisService.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace diptych {

class DocumentView;
class FindBar;
class PdfPages;
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
    bool showsPages() const;
    void setShowPages(bool pages);

    // Jumps in whichever view is showing.
    void goToSection(int index);
    void goToLocation(const Location &location);
    void showFind();
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

    QString m_path;
    AnalysisPtr m_analysis;
    int m_pendingPosition = -1;
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
};

} // namespace diptych
