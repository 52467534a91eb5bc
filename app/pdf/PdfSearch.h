#pragma once

#include "analysis/AnalysisService.h"
#include "annotations/Annotation.h"
#include "pdf/PageOverlay.h"

#include <QObject>
#include <QPointer>
#include <QVector>

namespace diptych {

class PdfView;

// Find on the PDF pages: the reading text is searched the way the text view searches it
// (case and accents ignored, SearchFolding), and each match is drawn over its words on the
// page (TextGeometry turns the text range into boxes). Next/previous scroll to the match.
class PdfSearch : public QObject, public PageOverlay
{
    Q_OBJECT
public:
    PdfSearch(PdfView *view, QObject *parent = nullptr);
    ~PdfSearch() override;

    void setAnalysis(const AnalysisPtr &analysis);
    int setSearch(const QString &needle);
    void findNext();
    void findPrevious();
    int matchCount() const { return m_matches.size(); }
    int currentMatch() const { return m_current; }
    // Where match i is drawn: its pages and one box per line (PDF points).
    QVector<PageArea> matchAreas(int index) const { return m_matches.value(index).areas; }

    void paintPage(QPainter &painter, int page) const override;

Q_SIGNALS:
    void searchChanged(int current, int count);

private:
    struct Match {
        int start = 0;
        QVector<PageArea> areas;
    };
    void showMatch(int index);

    QPointer<PdfView> m_view;
    AnalysisPtr m_analysis;
    QString m_needle;
    QVector<Match> m_matches;
    int m_current = -1;
};

} // namespace diptych
