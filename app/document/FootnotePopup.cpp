#include "document/FootnotePopup.h"

#include "document/FootnoteTip.h"
#include "library/DownloadAndOpenMenu.h"
#include "library/Library.h"
#include "model/Analysis.h"

#include <QEnterEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QScreen>
#include <QVBoxLayout>

namespace diptych {

namespace {

const QString kOpen = QStringLiteral("open:");
const QString kDownload = QStringLiteral("download:");

} // namespace

FootnotePopup::FootnotePopup(Library &library, QWidget *window)
    : QFrame(window, Qt::ToolTip | Qt::FramelessWindowHint), m_library(library), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("footnotePopup"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setForegroundRole(QPalette::ToolTipText);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard
                                     | Qt::TextSelectableByMouse);
    m_label->setForegroundRole(QPalette::ToolTipText);
    connect(m_label, &QLabel::linkActivated, this, &FootnotePopup::follow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(kHideDelayMs);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
}

FootnotePopup *FootnotePopup::of(QWidget *widget)
{
    QWidget *window = widget ? widget->window() : nullptr;
    return window ? window->findChild<FootnotePopup *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QString FootnotePopup::html(const Analysis &analysis, int number) const
{
    QString links;
    QStringList seen;
    for (const Reference &r : analysis.references) {
        if (r.footnote != number || r.id.isEmpty() || seen.contains(r.id))
            continue;
        seen << r.id;
        const bool inLibrary = !m_library.pathForSelfId(r.id).isEmpty();
        if (!inLibrary && !DownloadAndOpenMenu::canFetch(r.id))
            continue;
        links += QStringLiteral("<div>%1 — <a href=\"%2%3\">%4</a></div>")
                     .arg(r.text.toHtmlEscaped(), inLibrary ? kOpen : kDownload, r.id.toHtmlEscaped(),
                          inLibrary ? tr("Open") : tr("Download and open"));
    }
    const QString note = footnoteTipText(analysis, number); // "N. text", as the plain tip
    if (links.isEmpty() || note.isEmpty())
        return {};
    return QStringLiteral("<p>") + note.toHtmlEscaped() + QStringLiteral("</p>") + links;
}

bool FootnotePopup::showFor(const Analysis &analysis, int number, const QPoint &globalPos, QWidget *source)
{
    const QString text = html(analysis, number);
    if (text.isEmpty())
        return false;
    m_label->setText(text);
    // A readable measure, as the plain tooltips have.
    m_label->setFixedWidth(qMin(fontMetrics().averageCharWidth() * 60, 460));
    adjustSize();
    QPoint at = globalPos + QPoint(2, 16);
    if (const QScreen *screen = source->screen()) {
        const QRect room = screen->availableGeometry();
        at.setX(qBound(room.left(), at.x(), room.right() - width()));
        if (at.y() + height() > room.bottom())
            at.setY(globalPos.y() - height() - 4);
    }
    move(at);
    m_call = QRect(globalPos - QPoint(10, 10), QSize(20, 20));
    watch(source);
    m_hideTimer.stop();
    show();
    raise();
    return true;
}

void FootnotePopup::watch(QWidget *source)
{
    if (m_source == source)
        return;
    if (m_source)
        m_source->removeEventFilter(this);
    m_source = source;
    source->installEventFilter(this);
    connect(source, &QObject::destroyed, this, [this, source] {
        if (m_source == source) {
            m_source = nullptr;
            hide();
        }
    });
}

void FootnotePopup::follow(const QString &link)
{
    hide();
    if (link.startsWith(kOpen)) {
        const QString path = m_library.pathForSelfId(link.mid(kOpen.size()));
        if (!path.isEmpty())
            Q_EMIT openRequested(path);
    } else if (link.startsWith(kDownload)) {
        Q_EMIT downloadRequested(link.mid(kDownload.size()));
    }
}

// The letter's viewport: moving off the call starts the countdown (the pointer may be on its
// way to the popup); clicking, typing or scrolling in the letter closes it at once.
bool FootnotePopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_source || !isVisible())
        return false;
    switch (event->type()) {
    case QEvent::MouseMove:
        if (!m_call.contains(static_cast<QMouseEvent *>(event)->globalPosition().toPoint()) && !m_hideTimer.isActive())
            m_hideTimer.start();
        break;
    case QEvent::Leave:
        if (!m_hideTimer.isActive())
            m_hideTimer.start();
        break;
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::Wheel: hide(); break;
    default: break;
    }
    return false;
}

void FootnotePopup::enterEvent(QEnterEvent *event)
{
    m_hideTimer.stop();
    QFrame::enterEvent(event);
}

void FootnotePopup::leaveEvent(QEvent *event)
{
    m_hideTimer.start();
    QFrame::leaveEvent(event);
}

} // namespace diptych
