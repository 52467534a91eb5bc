#include "shell/WelcomePage.h"

#include "library/Library.h"
#include "library/MeetingLabel.h"

#include <QCommandLinkButton>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace diptych {

WelcomePage::WelcomePage(Library &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_compareHint(new QLabel(this)),
      m_same(new QCommandLinkButton(tr("Compare agenda and report"), this)),
      m_across(new QCommandLinkButton(tr("Compare across meetings"), this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/diptych.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setText(tr("<h2>Diptych</h2><p>Open a letter from the library on the left, or drop PDF or "
                     "text files here.</p>"));
    m_compareHint->setAlignment(Qt::AlignCenter);
    m_compareHint->setWordWrap(true);
    m_same->setObjectName(QStringLiteral("compareSameMeeting"));
    m_across->setObjectName(QStringLiteral("compareAcrossMeetings"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_same);
    buttons->addWidget(m_across);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(buttons, 3);
    centred->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(text);
    layout->addWidget(m_compareHint);
    layout->addLayout(centred);
    layout->addStretch();

    connect(m_same, &QCommandLinkButton::clicked, this, [this] {
        if (m_sameSuggestion)
            Q_EMIT compareRequested(m_sameSuggestion->agenda.path, m_sameSuggestion->report.path);
    });
    connect(m_across, &QCommandLinkButton::clicked, this, [this] {
        if (m_acrossSuggestion)
            Q_EMIT compareRequested(m_acrossSuggestion->agenda.path, m_acrossSuggestion->report.path);
    });
    connect(&m_library, &Library::changed, this, &WelcomePage::refresh);
    refresh();
}

void WelcomePage::refresh()
{
    const QVector<LibraryEntry> entries = m_library.entries();
    m_sameSuggestion = ComparisonSuggestion::sameMeeting(entries);
    m_acrossSuggestion = ComparisonSuggestion::acrossMeetings(entries);
    offer(m_same, m_sameSuggestion);
    offer(m_across, m_acrossSuggestion);
    m_compareHint->setText(m_sameSuggestion || m_acrossSuggestion
                               ? tr("<p>Or put two letters side by side:</p>")
                               : tr("<p>Add an agenda and a report to compare them side by side "
                                    "(File › Compare two documents…).</p>"));
}

void WelcomePage::offer(QCommandLinkButton *button, const std::optional<SuggestedComparison> &suggestion)
{
    button->setVisible(suggestion.has_value());
    if (!suggestion)
        return;
    const QString agenda = meetingLabel(suggestion->agenda.meeting);
    const QString report = meetingLabel(suggestion->report.meeting);
    button->setDescription(suggestion->acrossMeetings
                               ? tr("The report of %1 against the agenda of the next meeting, %2").arg(report, agenda)
                               : tr("The agenda and the report of %1, sections aligned").arg(agenda));
}

} // namespace diptych
