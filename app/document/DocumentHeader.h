#pragma once

#include "model/Analysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace diptych {

class ElidedLabel;
class PdfView;

// The bar above an open document: its kind as a coloured badge, its title, the Text/Pages
// switch, and while the pages show, the page box and the zoom controls, which drive the
// pane's PdfView directly. The pane decides what showing text or pages means.
class DocumentHeader : public QWidget
{
    Q_OBJECT
public:
    DocumentHeader(PdfView *pdf, QWidget *parent = nullptr);

    void setDocument(DocumentKind kind, const QString &title);
    // The PDF's pages could be opened: the Pages switch works and is chosen.
    void setPages(int pageCount);
    // They could not: the text alone is shown, and the switch says why.
    void setPagesUnavailable(const QString &error);
    bool hasPages() const;
    // Chooses Text or Pages as a click would (showPagesChanged follows).
    void choose(bool pages);
    void showPageControls(bool show);

Q_SIGNALS:
    void showPagesChanged(bool pages);

private:
    QWidget *buildPageControls();
    void connectPdfView();

    PdfView *m_pdf;
    QLabel *m_badge;
    ElidedLabel *m_title;
    QToolButton *m_textButton;
    QToolButton *m_pagesButton;
    QWidget *m_pageControls = nullptr;
    QSpinBox *m_pageBox = nullptr;
    QLabel *m_pageCount = nullptr;
    QComboBox *m_zoomBox = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
};

} // namespace diptych
