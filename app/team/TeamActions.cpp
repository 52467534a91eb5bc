#include "team/TeamActions.h"

#include "team/TeamDialog.h"
#include "team/TeamKeyring.h"
#include "team/TeamSettings.h"
#include "team/TeamSyncService.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
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

TeamActions::TeamActions(QMainWindow *window, TeamSyncService &service, TeamKeyring &keyring, QSettings &settings)
    : QObject(window), m_window(window), m_service(service), m_keyring(keyring), m_settings(settings),
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
        apply(dialog.settings(), dialog.password());
}

void TeamActions::apply(const TeamSettings &team, const QString &password)
{
    const QString previousServer = m_service.team().server;
    team.save(m_settings);
    TeamSyncService *service = &m_service;
    if (!team.isSet()) {
        service->configure(team);
        m_keyring.remove(previousServer, [](const TeamKeyring::Answer &) {});
        return;
    }
    if (password.isEmpty()) {
        startWithStoredPassword(m_keyring, *service, team);
        return;
    }
    service->configure(team, password);
    QPointer<TeamActions> self(this);
    m_keyring.write(team.server, password, [self](const TeamKeyring::Answer &answer) {
        if (self && !answer.error.isEmpty())
            self->warnNotStored(answer.error);
    });
}

void TeamActions::startWithStoredPassword(TeamKeyring &keyring, TeamSyncService &service, const TeamSettings &team)
{
    // The service outlives the window and its actions; the callback holds only it.
    TeamSyncService *target = &service;
    keyring.read(team.server,
                 [target, team](const TeamKeyring::Answer &answer) { target->configure(team, answer.password); });
}

void TeamActions::warnNotStored(const QString &reason)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Team"),
                                tr("The password could not be stored in the desktop keyring: %1.\n\nIt is used until "
                                   "Diptych closes. To keep it, start a keyring (for example GNOME Keyring or "
                                   "KWallet) or put it in ~/.pgpass.")
                                    .arg(reason),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("keyringWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TeamActions::showStatus()
{
    const QString text = m_service.statusText();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setToolTip(m_service.error());
}

} // namespace diptych
