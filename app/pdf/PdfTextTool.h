#pragma once

#include "analysis/AnalysisService.h"
#include "pdf/PageOverlay.h"

#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QVector>

namespace diptych {

class PageTextSelection;
class PdfView;

// Reading tools on the PDF pages, kept out of the view: drag a band over words to select
// their clean text (PageTextSelection), hover a footnote call to read the note, click it to
// jump there, Back to return. Watches the view's viewport; draws the selection.
class PdfTextTool : public QObject, public PageOverlay
{
    Q_OBJECT
public:
    PdfTextTool(PdfView *view, QObject *parent = nullptr);
    ~PdfTextTool() override;

    void setAnalysis(const AnalysisPtr &analysis);
    PageTextSelection *selection() const { return m_selection; }

    // The note of the call under a viewport point; 0 when none.
    int footnoteAt(const QPoint &viewportPos) const;
    QString footnoteText(int number) const;
    void followFootnote(int number);
    bool canGoBack() const { return !m_back.isEmpty(); }
    void goBack();
    void copy() const;

    void paintPage(QPainter &painter, int page) const override;

Q_SIGNALS:
    void backAvailable(bool available);
    // A drag ended with text selected (for annotation tools to offer their actions).
    void selectionFinished(const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool showToolTip(QEvent *event);
    void press(const QPoint &pos);
    void drag(const QPoint &pos);
    void release(const QPoint &pos, const QPoint &globalPos);
    QPointF toPage(int page, const QPoint &viewportPos) const;
    QPoint contentPos(const QPoint &viewportPos) const;

    QPointer<PdfView> m_view;
    AnalysisPtr m_analysis;
    PageTextSelection *m_selection;
    QPoint m_pressContent; // where the drag began, in content coordinates
    bool m_pressed = false;
    bool m_dragged = false;
    QVector<int> m_back; // scroll values to return to
};

} // namespace diptych
