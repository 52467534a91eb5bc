#include "document/DocumentView.h"

#include "document/FootnoteTip.h"
#include "document/SearchFolding.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QToolTip>

namespace diptych {

namespace {

// Reading is comfortable at about 75 characters a line; wider windows get white margins.
constexpr int kColumnWidth = 760;
constexpr int kMinMargin = 28;
constexpr int kHeadingLookahead = 40; // px: a heading this close to the top counts as current

} // namespace

DocumentView::DocumentView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Document text"));
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    // Text and paper follow the application palette (light or dark theme).
    m_colors = ReadingColors::forPalette(palette());
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentView::onScroll);
    connect(this, &QTextBrowser::anchorClicked, this, &DocumentView::onAnchorClicked);
}

void DocumentView::setAnalysis(const AnalysisPtr &analysis)
{
    m_analysis = analysis;
    m_back.clear();
    m_matches.clear();
    m_current = -1;
    m_currentSection = -1;
    m_colors = ReadingColors::forPalette(palette());
    m_map = TextDocumentBuilder::build(*analysis, document(), m_colors);
    updateColumn(true);
    // Building moved the view's cursor to the end; a new document starts at the top.
    setTextCursor(QTextCursor(document()));
    verticalScrollBar()->setValue(0);
    if (!m_needle.isEmpty())
        setSearch(m_needle);
    Q_EMIT backAvailable(false);
    onScroll();
}

// A theme change rebuilds the document in the new colours, at the same place.
void DocumentView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void DocumentView::restyle()
{
    const ReadingColors colors = ReadingColors::forPalette(palette());
    if (!m_analysis || (colors.heading == m_colors.heading && colors.matchText == m_colors.matchText))
        return;
    const int top = topTextOffset();
    const QVector<int> matches = m_matches;
    const int current = m_current;
    m_colors = colors;
    m_map = TextDocumentBuilder::build(*m_analysis, document(), m_colors);
    updateColumn(true);
    m_matches = matches;
    m_current = current;
    updateHighlights();
    scrollToTextOffset(top);
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateColumn();
}

void DocumentView::updateColumn(bool force)
{
    const int side = qMax(kMinMargin, (viewport()->width() - kColumnWidth) / 2);
    QTextFrameFormat f = document()->rootFrame()->frameFormat();
    if (!force && qFuzzyCompare(f.leftMargin(), qreal(side)))
        return;
    f.setLeftMargin(side);
    f.setRightMargin(side);
    document()->rootFrame()->setFrameFormat(f);
}

void DocumentView::scrollToDocumentPosition(int position)
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return;
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    qreal y = rect.top();
    if (QTextLayout *layout = block.layout()) {
        const QTextLine line = layout->lineForTextPosition(position - block.position());
        if (line.isValid())
            y += line.y();
    }
    verticalScrollBar()->setValue(int(y) - 8);
}

void DocumentView::scrollToTextOffset(int offset) { scrollToDocumentPosition(m_map.offsets.toDocument(offset)); }

void DocumentView::scrollToSection(int index)
{
    if (!m_analysis || index < 0 || index >= m_analysis->sections.size())
        return;
    scrollToTextOffset(m_analysis->sections[index].at.start);
    // The section is current even when the end of the text keeps its heading from the top.
    if (m_currentSection != index) {
        m_currentSection = index;
        Q_EMIT currentSectionChanged(index);
    }
}

int DocumentView::topTextOffset() const
{
    const QPointF top(document()->documentMargin() + 1, verticalScrollBar()->value() + kHeadingLookahead);
    const int pos = document()->documentLayout()->hitTest(top, Qt::FuzzyHit);
    return m_map.offsets.toText(qMax(0, pos));
}

int DocumentView::sectionAt(int textOffset) const
{
    int found = -1;
    if (!m_analysis)
        return found;
    for (int i = 0; i < m_analysis->sections.size(); ++i) {
        const int start = m_analysis->sections[i].at.start;
        if (start >= 0 && start <= textOffset)
            found = i;
    }
    return found;
}

void DocumentView::onScroll()
{
    const int offset = topTextOffset();
    Q_EMIT scrolledTo(offset);
    const int section = sectionAt(offset);
    if (section != m_currentSection) {
        m_currentSection = section;
        Q_EMIT currentSectionChanged(section);
    }
}

QString DocumentView::footnoteToolTip(int number) const
{
    return m_analysis ? footnoteTipText(*m_analysis, number) : QString();
}

void DocumentView::followFootnote(int number)
{
    const int pos = notePosition(number);
    if (pos < 0)
        return;
    m_back.append(verticalScrollBar()->value());
    scrollToDocumentPosition(pos);
    Q_EMIT backAvailable(true);
}

void DocumentView::goBack()
{
    if (m_back.isEmpty())
        return;
    verticalScrollBar()->setValue(m_back.takeLast());
    Q_EMIT backAvailable(!m_back.isEmpty());
}

void DocumentView::onAnchorClicked(const QUrl &url)
{
    const int number = TextDocumentBuilder::footnoteFromUrl(url.toString());
    if (number > 0)
        followFootnote(number);
}

bool DocumentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int number = TextDocumentBuilder::footnoteFromUrl(anchorAt(help->pos()));
        if (number > 0)
            showFootnoteTip(help, m_analysis.get(), number, viewport());
        else if (const QString note = annotationToolTip(help->pos()); !note.isEmpty())
            showNoteToolTip(help, note, viewport()); // its lines kept: the note, then each reply
        else
            showWrappedToolTip(help, QString(), viewport()); // nothing to show: hides a tip
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

// Copying gives the clean reading text: no page markers, no footnote numbers.
QMimeData *DocumentView::createMimeDataFromSelection() const
{
    const QTextCursor c = textCursor();
    if (!m_analysis || !c.hasSelection())
        return QTextBrowser::createMimeDataFromSelection();
    const int start = m_map.offsets.toText(c.selectionStart());
    const int end = m_map.offsets.toText(c.selectionEnd());
    if (end > m_analysis->text.size())
        return QTextBrowser::createMimeDataFromSelection();
    auto *data = new QMimeData;
    data->setText(m_analysis->text.mid(start, end - start));
    return data;
}

int DocumentView::setSearch(const QString &needle)
{
    m_needle = needle;
    const QVector<int> found = findAllFolded(document()->toPlainText(), needle);
    m_matches = found;
    m_current = -1;
    if (!m_matches.isEmpty()) {
        // Start at the first match below the top of the view, as readers expect.
        const int top = document()->documentLayout()->hitTest(QPointF(0, verticalScrollBar()->value()), Qt::FuzzyHit);
        m_current = 0;
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches[i] >= top) {
                m_current = i;
                break;
            }
        }
    }
    updateHighlights();
    if (m_current >= 0)
        showMatch(m_current);
    Q_EMIT searchChanged(m_current, m_matches.size());
    return m_matches.size();
}

void DocumentView::findNext()
{
    if (m_matches.isEmpty())
        return;
    showMatch((m_current + 1) % m_matches.size());
}

void DocumentView::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    showMatch((m_current - 1 + m_matches.size()) % m_matches.size());
}

void DocumentView::showMatch(int index)
{
    m_current = index;
    updateHighlights();
    QTextCursor c(document());
    c.setPosition(m_matches[index]);
    c.setPosition(m_matches[index] + m_needle.size(), QTextCursor::KeepAnchor);
    selectCentred(c);
    Q_EMIT searchChanged(m_current, m_matches.size());
}

// A match found out of view is brought to the middle, where the eye looks, with the text
// around it; setTextCursor() alone would leave it on the bottom edge. One already in view
// stays put, so stepping through matches on one screen does not jump.
void DocumentView::selectCentred(const QTextCursor &cursor)
{
    const QRect before = cursorRect(cursor);
    const bool hidden = before.top() < 0 || before.bottom() > viewport()->height();
    setTextCursor(cursor);
    if (!hidden)
        return;
    QScrollBar *v = verticalScrollBar();
    v->setValue(v->value() + cursorRect().center().y() - viewport()->height() / 2);
}

void DocumentView::updateHighlights()
{
    // Annotations first, so the find matches stay visible on top of them.
    QList<QTextEdit::ExtraSelection> selections = annotationSelections();
    for (int i = 0; i < m_matches.size(); ++i) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(m_matches[i]);
        s.cursor.setPosition(m_matches[i] + m_needle.size(), QTextCursor::KeepAnchor);
        s.format.setBackground(i == m_current ? m_colors.currentMatch : m_colors.match);
        s.format.setForeground(m_colors.matchText);
        selections << s;
    }
    setExtraSelections(selections);
}

void DocumentView::setAnnotationMarks(const QVector<AnnotationMark> &marks)
{
    m_marks = marks;
    updateHighlights();
    viewport()->update();
}

QList<QTextEdit::ExtraSelection> DocumentView::annotationSelections() const
{
    QList<QTextEdit::ExtraSelection> selections;
    const int length = m_analysis ? int(m_analysis->text.size()) : 0;
    for (const AnnotationMark &m : m_marks) {
        if (!m.hasRange() || m.end > length)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(m_map.offsets.toDocument(m.start));
        s.cursor.setPosition(m_map.offsets.toDocument(m.end), QTextCursor::KeepAnchor);
        if (m.kind == AnnotationKind::Underline) {
            s.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            s.format.setUnderlineColor(m.color);
        } else if (m.kind == AnnotationKind::StrikeOut) {
            s.format.setFontStrikeOut(true);
            s.format.setForeground(m.color.darker(130));
        } else {
            QColor fill = m.color;
            fill.setAlpha(110);
            s.format.setBackground(fill);
        }
        selections << s;
    }
    return selections;
}

QPair<int, int> DocumentView::selectedTextRange() const
{
    const QTextCursor c = textCursor();
    if (!m_analysis || !c.hasSelection())
        return {};
    const int start = m_map.offsets.toText(c.selectionStart());
    const int end = qMin(int(m_analysis->text.size()), m_map.offsets.toText(c.selectionEnd()));
    if (end <= start)
        return {};
    return {start, end};
}

void DocumentView::selectTextRange(int start, int end)
{
    QTextCursor c(document());
    c.setPosition(m_map.offsets.toDocument(start));
    c.setPosition(m_map.offsets.toDocument(end), QTextCursor::KeepAnchor);
    setTextCursor(c);
}

int DocumentView::textOffsetAt(const QPoint &viewportPos) const
{
    if (!m_analysis)
        return -1;
    const QPointF at(viewportPos.x() + horizontalScrollBar()->value(), viewportPos.y() + verticalScrollBar()->value());
    const int pos = document()->documentLayout()->hitTest(at, Qt::ExactHit);
    if (pos < 0)
        return -1;
    const int offset = m_map.offsets.toText(pos);
    return offset < m_analysis->text.size() ? offset : -1;
}

QString DocumentView::annotationAt(const QPoint &viewportPos) const
{
    const int offset = textOffsetAt(viewportPos);
    QString found;
    for (const AnnotationMark &m : m_marks) {
        if (m.hasRange() && offset >= m.start && offset < m.end)
            found = m.id;
    }
    return found;
}

QString DocumentView::annotationToolTip(const QPoint &viewportPos) const
{
    const QString id = annotationAt(viewportPos);
    for (const AnnotationMark &m : m_marks) {
        if (m.id == id)
            return m.toolTip();
    }
    return QString();
}

// A small note sign before each passage that carries a note, in the note's colour.
void DocumentView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    for (const AnnotationMark &m : m_marks) {
        if (!m.isNote() || !m.hasRange() || !m_analysis || m.end > m_analysis->text.size())
            continue;
        QTextCursor c(document());
        c.setPosition(m_map.offsets.toDocument(m.start));
        const QRect r = cursorRect(c);
        const QRectF icon(r.left() - 9, r.top() - 2, 8, 9);
        painter.setPen(QPen(m.color.darker(170), 1));
        painter.setBrush(m.color);
        painter.drawRoundedRect(icon, 1.5, 1.5);
    }
}

} // namespace diptych
