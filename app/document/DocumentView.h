#pragma once

#include "analysis/AnalysisService.h"
#include "annotations/AnnotationMark.h"
#include "document/TextDocumentBuilder.h"

#include <QTextBrowser>

namespace diptych {

// Reads the clean text of an analysed document: headings, footnote calls that show their
// note on hover and jump to it on click (Back returns), page markers, and find.
class DocumentView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);

    void setAnalysis(const AnalysisPtr &analysis);
    AnalysisPtr analysis() const { return m_analysis; }

    // Navigation in reading-text offsets (Analysis::text), not document positions.
    void scrollToTextOffset(int offset);
    void scrollToSection(int index);
    int topTextOffset() const;
    int sectionAt(int textOffset) const;
    int currentSection() const { return m_currentSection; }
    int documentPosition(int textOffset) const { return m_map.offsets.toDocument(textOffset); }

    // Footnotes.
    QString footnoteToolTip(int number) const;
    void followFootnote(int number);
    int notePosition(int number) const { return m_map.notePositions.value(number, -1); }
    bool canGoBack() const { return !m_back.isEmpty(); }
    void goBack();

    // Find: every match highlighted, one current.
    int setSearch(const QString &needle);
    void findNext();
    void findPrevious();
    int matchCount() const { return m_matches.size(); }
    int currentMatch() const { return m_current; }
    QString searchText() const { return m_needle; }

    // Annotations: drawn under the text (highlight), as lines (underline, strike-out) and
    // with a note icon; hovering shows the note.
    void setAnnotationMarks(const QVector<AnnotationMark> &marks);
    const QVector<AnnotationMark> &annotationMarks() const { return m_marks; }
    // The selection as a reading-text range [start, end); empty pair when nothing is selected.
    QPair<int, int> selectedTextRange() const;
    void selectTextRange(int start, int end);
    // Reading-text offset under a viewport point; -1 when off the text.
    int textOffsetAt(const QPoint &viewportPos) const;
    // The newest annotation under a viewport point; empty when none.
    QString annotationAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    void currentSectionChanged(int index);
    void scrolledTo(int textOffset);
    void searchChanged(int current, int count);
    void backAvailable(bool available);

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onScroll();
    void onAnchorClicked(const QUrl &url);
    void scrollToDocumentPosition(int position);
    void showMatch(int index);
    void selectCentred(const QTextCursor &cursor);
    void updateHighlights();
    void updateColumn(bool force = false);
    void restyle();
    QList<QTextEdit::ExtraSelection> annotationSelections() const;
    QString annotationToolTip(const QPoint &viewportPos) const;

    AnalysisPtr m_analysis;
    TextDocumentBuilder::Result m_map;
    ReadingColors m_colors;
    int m_currentSection = -1;
    QVector<int> m_back; // scroll values to return to
    QString m_needle;
    QVector<int> m_matches; // document positions
    int m_current = -1;
    QVector<AnnotationMark> m_marks;
};

} // namespace diptych
