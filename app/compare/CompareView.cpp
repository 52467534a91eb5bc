#include "compare/CompareView.h"

#include "compare/MeetingPairing.h"
#include "compare/SectionAligner.h"
#include "document/DocumentPane.h"
#include "library/MeetingLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace diptych {

namespace {

enum ItemRole { PairRole = Qt::UserRole + 1, AgendaRole, VerslagRole };

QString describe(const AnalysisPtr &a, int index)
{
    if (!a || index < 0 || index >= a->sections.size())
        return QString();
    const Section &s = a->sections[index];
    return s.heading.isEmpty() ? s.title : s.heading;
}

} // namespace

CompareView::CompareView(const QString &left, const QString &right, QWidget *parent)
    : QWidget(parent), m_left(new DocumentPane(left, this)), m_right(new DocumentPane(right, this)),
      m_list(new QTreeWidget(this)), m_summary(new QLabel(this)), m_pairing(new QLabel(this)),
      m_linked(new QCheckBox(this)), m_handout(new QToolButton(this))
{
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Agenda"), tr("Match"), tr("Report")});
    m_list->setAccessibleName(tr("Section alignment"));
    m_list->setRootIsDecorated(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_linked->setText(tr("Linked scrolling"));
    m_linked->setToolTip(tr("Keep aligned sections level while reading either side"));
    m_linked->setChecked(true);
    m_summary->setText(tr("Aligning sections…"));
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_pairing->setObjectName(QStringLiteral("comparisonPairing"));
    m_pairing->setWordWrap(true);
    m_pairing->hide();
    m_handout->setObjectName(QStringLiteral("printHandout"));
    m_handout->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_handout->setAutoRaise(true);
    m_handout->hide();

    auto *top = new QWidget(this);
    auto *topBar = new QHBoxLayout;
    topBar->setContentsMargins(6, 4, 6, 0);
    m_pairing->setContentsMargins(6, 4, 6, 0);
    topBar->addWidget(m_summary, 1);
    topBar->addWidget(m_linked);
    topBar->addWidget(m_handout);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    topLayout->addWidget(m_pairing);
    topLayout->addLayout(topBar);
    topLayout->addWidget(m_list);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    sides->setChildrenCollapsible(false);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(sides);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    connect(m_left, &DocumentPane::ready, this, &CompareView::align);
    connect(m_right, &DocumentPane::ready, this, &CompareView::align);
    connect(m_list, &QTreeWidget::itemClicked, this, &CompareView::onItemClicked);
    connect(m_list, &QTreeWidget::itemActivated, this, &CompareView::onItemClicked);
    connect(m_left, &DocumentPane::currentSectionChanged, this, [this](int s) { follow(true, s); });
    connect(m_right, &DocumentPane::currentSectionChanged, this, [this](int s) { follow(false, s); });
    connect(qApp, &QApplication::focusChanged, this, &CompareView::onFocusChanged);
}

QString CompareView::title() const { return tr("%1 ↔ %2").arg(m_left->title(), m_right->title()); }

void CompareView::setHandoutAction(QAction *action)
{
    m_handout->setDefaultAction(action);
    m_handout->setVisible(action != nullptr);
}

bool CompareView::linkedScrolling() const { return m_linked->isChecked(); }
void CompareView::setLinkedScrolling(bool on) { m_linked->setChecked(on); }

void CompareView::align()
{
    if (!m_left->isReady() || !m_right->isReady())
        return;
    m_alignment = SectionAligner::align(*m_left->analysis(), *m_right->analysis());
    m_aligned = true;
    showPairing(*m_left->analysis(), *m_right->analysis());
    fillList();
    Q_EMIT aligned();
}

// Letters of two meetings are compared on purpose (the report of the last meeting against
// the agenda of the next), but never presented as one meeting's pair.
void CompareView::showPairing(const Analysis &left, const Analysis &right)
{
    const bool across = MeetingPairing::of(left.meeting, right.meeting) == MeetingPairing::Kind::AcrossMeetings;
    m_pairing->setVisible(across);
    if (across)
        m_pairing->setText(tr("<b>Across meetings</b> — left: %1; right: %2")
                               .arg(letterOf(left).toHtmlEscaped(), letterOf(right).toHtmlEscaped()));
}

QString CompareView::letterOf(const Analysis &a)
{
    const QString meeting = meetingLabel(a.meeting);
    switch (a.kind) {
    case DocumentKind::Agenda: return tr("the agenda of %1").arg(meeting);
    case DocumentKind::Verslag: return tr("the report of %1").arg(meeting);
    case DocumentKind::Other: break;
    }
    return tr("a letter on %1").arg(meeting);
}

QTreeWidgetItem *CompareView::addGroup(const QString &title, int count)
{
    auto *group = new QTreeWidgetItem(m_list, {tr("%1 (%2)").arg(title).arg(count)});
    group->setFirstColumnSpanned(true);
    QFont bold = m_list->font();
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFlags(Qt::ItemIsEnabled);
    return group;
}

void CompareView::fillList()
{
    m_list->clear();
    const AnalysisPtr a = m_left->analysis();
    const AnalysisPtr v = m_right->analysis();
    QTreeWidgetItem *pairs = addGroup(tr("On the agenda and in the report"), m_alignment.pairs.size());
    for (int i = 0; i < m_alignment.pairs.size(); ++i) {
        const AlignedPair &p = m_alignment.pairs[i];
        auto *item = new QTreeWidgetItem(
            pairs, {describe(a, p.agenda), QStringLiteral("%1 %").arg(qRound(p.score * 100)), describe(v, p.verslag)});
        item->setData(0, PairRole, i);
        item->setToolTip(0, item->text(0));
        item->setToolTip(2, item->text(2));
        item->setTextAlignment(1, Qt::AlignCenter);
    }
    QTreeWidgetItem *agendaOnly = addGroup(tr("Only on the agenda"), m_alignment.onlyAgenda.size());
    for (int index : m_alignment.onlyAgenda) {
        auto *item = new QTreeWidgetItem(agendaOnly, {describe(a, index), QString(), QString()});
        item->setData(0, AgendaRole, index);
        item->setForeground(0, QColor(0xb7, 0x79, 0x1f));
    }
    QTreeWidgetItem *verslagOnly = addGroup(tr("Only in the report"), m_alignment.onlyVerslag.size());
    for (int index : m_alignment.onlyVerslag) {
        auto *item = new QTreeWidgetItem(verslagOnly, {QString(), QString(), describe(v, index)});
        item->setData(0, VerslagRole, index);
        item->setForeground(2, QColor(0x2f, 0x85, 0x5a));
    }
    m_list->expandAll();
    // Many letters (most reports of informal meetings) are running text without headings.
    if (a->sections.isEmpty() || v->sections.isEmpty()) {
        m_summary->setText(a->sections.isEmpty() && v->sections.isEmpty()
                               ? tr("Nothing to align: neither letter has headings; they are shown side by side")
                           : a->sections.isEmpty()
                               ? tr("Nothing to align: the left letter has no headings; they are shown side by side")
                               : tr("Nothing to align: the right letter has no headings; they are shown side by side"));
        return;
    }
    m_summary->setText(tr("%1 aligned, %2 only on the agenda, %3 only in the report")
                           .arg(m_alignment.pairs.size())
                           .arg(m_alignment.onlyAgenda.size())
                           .arg(m_alignment.onlyVerslag.size()));
}

void CompareView::showPair(int pairIndex)
{
    if (pairIndex < 0 || pairIndex >= m_alignment.pairs.size())
        return;
    const AlignedPair &p = m_alignment.pairs[pairIndex];
    m_following = true;
    m_left->goToSection(p.agenda);
    m_right->goToSection(p.verslag);
    m_following = false;
}

void CompareView::onItemClicked(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QVariant pair = item->data(0, PairRole);
    const QVariant agenda = item->data(0, AgendaRole);
    const QVariant verslag = item->data(0, VerslagRole);
    if (pair.isValid())
        showPair(pair.toInt());
    else if (agenda.isValid())
        m_left->goToSection(agenda.toInt());
    else if (verslag.isValid())
        m_right->goToSection(verslag.toInt());
}

// Section-level linking: reading into a section on one side brings its partner up on the other.
void CompareView::follow(bool fromLeft, int section)
{
    if (!linkedScrolling() || m_following || section < 0 || !m_aligned)
        return;
    for (const AlignedPair &p : m_alignment.pairs) {
        if ((fromLeft ? p.agenda : p.verslag) != section)
            continue;
        m_following = true;
        DocumentPane *other = fromLeft ? m_right : m_left;
        const int target = fromLeft ? p.verslag : p.agenda;
        if (other->currentSection() != target)
            other->goToSection(target);
        m_following = false;
        return;
    }
}

void CompareView::onFocusChanged(QWidget *, QWidget *now)
{
    for (DocumentPane *pane : {m_left, m_right}) {
        if (now && pane->isAncestorOf(now) && m_active != pane) {
            m_active = pane;
            Q_EMIT activePaneChanged(pane);
        }
    }
}

} // namespace diptych
