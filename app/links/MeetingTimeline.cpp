#include "links/MeetingTimeline.h"

#include "library/LibraryModel.h"
#include "library/MeetingLabel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace diptych {

namespace {

constexpr int kCardWidth = 168;
constexpr int kCardHeight = 74;
constexpr int kSpacing = 14;
constexpr int kYearBand = 18; // year labels above the line
constexpr int kMargin = 8;

// One colour per kind of meeting, each readable on light and dark backgrounds: the NATO
// ministerials in blue and teal, the EU councils in amber, summits in purple, defence in olive.
QColor typeColor(MeetingType type)
{
    switch (type) {
    case MeetingType::InformalFmm: return QColor(0x2a, 0x9d, 0x8f);
    case MeetingType::Rbz:
    case MeetingType::Raz: return QColor(0xc2, 0x7c, 0x0e);
    case MeetingType::NavoTop: return QColor(0x7b, 0x4f, 0xa8);
    case MeetingType::Dmm: return QColor(0x6b, 0x7f, 0x2a);
    case MeetingType::Fmm:
    case MeetingType::None: break;
    }
    return QColor(0x3a, 0x6e, 0xa5);
}

} // namespace

MeetingTimeline::MeetingTimeline(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline of meetings"));
    setMouseTracking(false);
}

void MeetingTimeline::setSnapshot(const LinkSnapshotPtr &snapshot)
{
    const QDate kept = m_cards.value(m_current).meeting.start;
    m_cards.clear();
    m_current = -1;
    if (snapshot) {
        for (const MeetingEntry &m : snapshot->graph().meetings) {
            m_cards << Card{m.meeting, m.agenda >= 0 ? snapshot->path(m.agenda) : QString(),
                            m.verslag >= 0 ? snapshot->path(m.verslag) : QString()};
            if (kept.isValid() && m.meeting.start == kept)
                m_current = m_cards.size() - 1;
        }
    }
    updateGeometry();
    resize(sizeHint());
    update();
}

QSize MeetingTimeline::sizeHint() const
{
    const int n = std::max<int>(1, m_cards.size());
    return QSize(2 * kMargin + n * kCardWidth + (n - 1) * kSpacing, 2 * kMargin + kYearBand + kCardHeight);
}

QRect MeetingTimeline::cardRect(int card) const
{
    return QRect(kMargin + card * (kCardWidth + kSpacing), kMargin + kYearBand, kCardWidth, kCardHeight);
}

QRect MeetingTimeline::chipRect(int card, bool verslag) const
{
    const QRect r = cardRect(card);
    const int w = (r.width() - 24) / 2;
    const int h = fontMetrics().height() + 2;
    return QRect(r.left() + 8 + (verslag ? w + 8 : 0), r.bottom() - h - 6, w, h);
}

void MeetingTimeline::setCurrent(int card)
{
    if (card < -1 || card >= m_cards.size() || card == m_current)
        return;
    m_current = card;
    update();
    Q_EMIT currentChanged(card);
}

void MeetingTimeline::setCurrentDocument(const QString &path)
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (!path.isEmpty() && (m_cards[i].agenda == path || m_cards[i].verslag == path)) {
            setCurrent(i);
            return;
        }
    }
}

void MeetingTimeline::openCard(int card)
{
    if (card < 0 || card >= m_cards.size())
        return;
    const Card &c = m_cards.at(card);
    const QString path = c.verslag.isEmpty() ? c.agenda : c.verslag;
    if (!path.isEmpty())
        Q_EMIT openRequested(path, -1);
}

int MeetingTimeline::cardAt(const QPoint &pos) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (cardRect(i).contains(pos))
            return i;
    }
    return -1;
}

void MeetingTimeline::mousePressEvent(QMouseEvent *event)
{
    const int card = cardAt(event->position().toPoint());
    if (card < 0)
        return;
    setCurrent(card);
    for (const bool verslag : {false, true}) {
        const QString path = verslag ? m_cards[card].verslag : m_cards[card].agenda;
        if (!path.isEmpty() && chipRect(card, verslag).contains(event->position().toPoint()))
            Q_EMIT openRequested(path, -1);
    }
}

void MeetingTimeline::mouseDoubleClickEvent(QMouseEvent *event) { openCard(cardAt(event->position().toPoint())); }

void MeetingTimeline::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: setCurrent(std::max(0, m_current - 1)); break;
    case Qt::Key_Right: setCurrent(std::min<int>(m_cards.size() - 1, m_current + 1)); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: openCard(m_current); break;
    default: QWidget::keyPressEvent(event); return;
    }
}

void MeetingTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_cards.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("The meetings of the library appear here once their letters are linked."));
        return;
    }
    // The line the cards hang on, and a year label where the year changes.
    const int lineY = kMargin + kYearBand - 4;
    p.setPen(QPen(palette().color(QPalette::Mid), 2));
    p.drawLine(cardRect(0).left(), lineY, cardRect(m_cards.size() - 1).right(), lineY);
    int year = 0;
    for (int i = 0; i < m_cards.size(); ++i) {
        const QDate start = m_cards[i].meeting.start;
        if (start.year() != year) {
            year = start.year();
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(cardRect(i).left(), kMargin - 2, kCardWidth, kYearBand - 6),
                       Qt::AlignLeft | Qt::AlignVCenter, QString::number(year));
        }
        paintCard(p, i);
    }
}

void MeetingTimeline::paintCard(QPainter &p, int card) const
{
    const Card &c = m_cards.at(card);
    const QRect r = cardRect(card);
    const bool current = card == m_current;
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    p.fillPath(path, palette().color(current ? QPalette::AlternateBase : QPalette::Base));
    p.setPen(QPen(current ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid), current ? 2 : 1));
    p.drawPath(path);
    // A coloured stripe says FMM or iFMM at a glance.
    p.fillRect(QRect(r.left() + 1, r.top() + 1, 5, r.height() - 2), typeColor(c.meeting.type));

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    const QRect text = r.adjusted(12, 4, -6, 0);
    const QString head =
        meetingTypeName(c.meeting.type) + QLatin1Char(' ') + dateRangeLabel(c.meeting.start, c.meeting.end);
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop, QFontMetrics(bold).elidedText(head, Qt::ElideRight, text.width()));
    p.setFont(font());
    p.drawText(text.adjusted(0, QFontMetrics(bold).height(), 0, 0), Qt::AlignLeft | Qt::AlignTop,
               fontMetrics().elidedText(c.meeting.place.isEmpty() ? tr("place unknown") : c.meeting.place,
                                        Qt::ElideRight, text.width()));
    paintChip(p, chipRect(card, false), LibraryModel::badge(DocumentKind::Agenda), !c.agenda.isEmpty());
    paintChip(p, chipRect(card, true), LibraryModel::badge(DocumentKind::Verslag), !c.verslag.isEmpty());
}

// A filled chip: the library holds the letter (click opens it); an outlined one: it does not.
void MeetingTimeline::paintChip(QPainter &p, const QRect &r, const QString &label, bool present) const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(r), 3, 3);
    const QColor accent = palette().color(QPalette::Highlight);
    if (present)
        p.fillPath(path, accent);
    p.setPen(present ? accent : palette().color(QPalette::Mid));
    p.drawPath(path);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    p.setPen(present ? palette().color(QPalette::HighlightedText) : palette().color(QPalette::PlaceholderText));
    p.drawText(r, Qt::AlignCenter, present ? label : tr("no %1").arg(label.toLower()));
}

} // namespace diptych
