#include "document/DocumentHeader.h"

#include "document/ElidedLabel.h"
#include "library/LibraryItemDelegate.h"
#include "library/LibraryModel.h"
#include "pdf/PdfView.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace diptych {

DocumentHeader::DocumentHeader(PdfView *pdf, QWidget *parent)
    : QWidget(parent), m_pdf(pdf), m_badge(new QLabel(this)), m_title(new ElidedLabel(this)),
      m_textButton(new QToolButton(this)), m_pagesButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("documentHeader"));
    setAutoFillBackground(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_textButton->setText(tr("Text"));
    m_textButton->setToolTip(tr("Read the clean text"));
    m_pagesButton->setText(tr("Pages"));
    m_pagesButton->setToolTip(tr("See the PDF pages"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *b : {m_textButton, m_pagesButton}) {
        b->setCheckable(true);
        group->addButton(b);
    }
    m_textButton->setChecked(true);
    m_pagesButton->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_badge);
    layout->addWidget(m_title, 1);
    layout->addWidget(buildPageControls());
    layout->addSpacing(8);
    layout->addWidget(m_textButton);
    layout->addWidget(m_pagesButton);
    connect(m_pagesButton, &QToolButton::toggled, this, &DocumentHeader::showPagesChanged);
    connectPdfView();
}

QWidget *DocumentHeader::buildPageControls()
{
    m_pageControls = new QWidget(this);
    m_pageBox = new QSpinBox(m_pageControls);
    m_pageBox->setAccessibleName(tr("Page number"));
    m_pageCount = new QLabel(m_pageControls);
    m_zoomBox = new QComboBox(m_pageControls);
    m_zoomBox->setAccessibleName(tr("Zoom"));
    m_zoomBox->addItem(tr("Fit width"), -1);
    m_zoomBox->addItem(tr("Fit page"), -2);
    for (int percent : {50, 75, 100, 125, 150, 200, 300, 400})
        m_zoomBox->addItem(QStringLiteral("%1 %").arg(percent), percent);
    m_zoomOut = new QToolButton(m_pageControls);
    m_zoomOut->setText(QStringLiteral("\u2212"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomIn = new QToolButton(m_pageControls);
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    auto *layout = new QHBoxLayout(m_pageControls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Page"), m_pageControls));
    layout->addWidget(m_pageBox);
    layout->addWidget(m_pageCount);
    layout->addSpacing(8);
    layout->addWidget(m_zoomOut);
    layout->addWidget(m_zoomBox);
    layout->addWidget(m_zoomIn);
    m_pageControls->hide();
    return m_pageControls;
}

// The page box and the zoom follow the view, and the view follows them.
void DocumentHeader::connectPdfView()
{
    connect(m_pageBox, qOverload<int>(&QSpinBox::valueChanged), this, [this](int page) {
        if (page - 1 != m_pdf->currentPage())
            m_pdf->goToPage(page - 1);
    });
    connect(m_pdf, &PdfView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_pageBox);
        m_pageBox->setValue(page + 1);
    });
    connect(m_zoomBox, qOverload<int>(&QComboBox::activated), this, [this](int row) {
        const int value = m_zoomBox->itemData(row).toInt();
        if (value == -1)
            m_pdf->setZoomMode(PdfView::ZoomMode::FitWidth);
        else if (value == -2)
            m_pdf->setZoomMode(PdfView::ZoomMode::FitPage);
        else
            m_pdf->setZoom(value / 100.0 * m_pdf->logicalDpiY() / 72.0);
    });
    connect(m_zoomIn, &QToolButton::clicked, m_pdf, &PdfView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_pdf, &PdfView::zoomOut);
    connect(m_pdf, &PdfView::zoomChanged, this, [this](double zoom) {
        if (m_pdf->zoomMode() == PdfView::ZoomMode::Custom)
            m_zoomBox->setEditText(QStringLiteral("%1 %").arg(qRound(zoom * 72.0 / m_pdf->logicalDpiY() * 100)));
    });
}

void DocumentHeader::setDocument(DocumentKind kind, const QString &title)
{
    m_badge->setText(QStringLiteral(" %1 ").arg(LibraryModel::badge(kind).toUpper()));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px;"
                                          " font-weight: bold; font-size: 8pt; padding: 1px 3px; }")
                               .arg(LibraryItemDelegate::badgeColor(int(kind)).name()));
    m_title->setFullText(title);
}

void DocumentHeader::setPages(int pageCount)
{
    m_pageBox->setRange(1, std::max(1, pageCount));
    m_pageCount->setText(tr("of %1").arg(pageCount));
    m_pagesButton->setEnabled(true);
    m_pagesButton->setChecked(true);
}

void DocumentHeader::setPagesUnavailable(const QString &error)
{
    m_pagesButton->setToolTip(tr("The pages cannot be shown: %1").arg(error));
}

bool DocumentHeader::hasPages() const { return m_pagesButton->isEnabled(); }

void DocumentHeader::choose(bool pages) { (pages ? m_pagesButton : m_textButton)->setChecked(true); }

void DocumentHeader::showPageControls(bool show) { m_pageControls->setVisible(show); }

} // namespace diptych
