#include "team/TeamActions.h"

#include "team/TeamDialog.h"
#include "team/TeamSettings.h"
#include "team/TeamSyncService.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace diptych {

namespace {

// The Edit menu is the window's second; found by its object name when it has one.
QMenu *editMenu(QMainWindow *window)
{
    if (auto *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("editMenu")))
        return menu;
    const QList<QAction *> menus = window->menuBar()->actions();
    return menus.size() > 1 ? menus[1]->menu() : nullptr;
}

} // namespace

TeamActions::TeamActions(QMainWindow *window, TeamSyncService &service, QSettings &settings)
    : QObject(window), m_window(window), m_service(service), m_settings(settings),
      m_action(new QAction(tr("&Team…"), this)), m_status(new QLabel(window))
{
    m_action->setObjectName(QStringLiteral("teamAction"));
    m_action->setStatusTip(tr("Share annotations with a team through a PostgreSQL server"));
    connect(m_action, &QAction::triggered, this, &TeamActions::ask);
    if (QMenu *edit = editMenu(window)) {
        edit->addSeparator();
        edit->addAction(m_action);
    }
    m_status->setObjectName(QStringLiteral("teamStatus"));
    window->statusBar()->addPermanentWidget(m_status);
    connect(&service, &TeamSyncService::statusChanged, this, &TeamActions::showStatus);
    showStatus();
}

void TeamActions::ask()
{
    TeamDialog dialog(m_service.team(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        apply(dialog.settings());
}

void TeamActions::apply(const TeamSettings &team)
{
    team.save(m_settings);
    m_service.configure(team);
}

void TeamActions::showStatus()
{
    const QString text = m_service.statusText();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setToolTip(m_service.error());
}

} // namespace diptych
