#include "team/TeamSyncService.h"

#include "team/TeamSyncWorker.h"

#include <QMetaObject>
#include <QThread>
#include <QTimer>

namespace diptych {

TeamSyncService::TeamSyncService(const QString &databasePath, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_editTimer(new QTimer(this)), m_periodTimer(new QTimer(this))
{
    m_editTimer->setSingleShot(true);
    m_editTimer->setInterval(kEditDelayMs);
    m_periodTimer->setInterval(kPeriodMs);
    connect(m_editTimer, &QTimer::timeout, this, &TeamSyncService::syncNow);
    connect(m_periodTimer, &QTimer::timeout, this, &TeamSyncService::syncNow);
}

TeamSyncService::~TeamSyncService() { stop(); }

void TeamSyncService::stop()
{
    m_editTimer->stop();
    m_periodTimer->stop();
    if (!m_thread)
        return;
    // A round under way finishes first: the server remembers each edit's id, so one cut
    // short would be harmless too, but this way nothing is left half done.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted with the thread's finished signal
}

void TeamSyncService::configure(const TeamSettings &team, const QString &password)
{
    stop();
    m_team = team;
    m_error.clear();
    m_waiting = 0;
    if (!team.isSet()) {
        m_state = State::NoTeam;
        Q_EMIT statusChanged();
        return;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("team sync"));
    m_worker = new TeamSyncWorker(m_databasePath, team, password);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TeamSyncWorker::roundFinished, this, &TeamSyncService::onRoundFinished);
    m_thread->start(QThread::LowPriority);
    m_state = State::Connecting;
    Q_EMIT statusChanged();
    m_periodTimer->start();
    syncNow();
}

void TeamSyncService::editMade()
{
    if (m_worker)
        m_editTimer->start();
}

void TeamSyncService::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &TeamSyncWorker::runRound, Qt::QueuedConnection);
}

void TeamSyncService::onRoundFinished(bool completed, int, int pulled, int waiting, const QString &error)
{
    m_state = completed ? State::Online : State::Offline;
    m_waiting = waiting;
    m_error = completed ? QString() : error;
    Q_EMIT statusChanged();
    if (pulled > 0)
        Q_EMIT this->pulled(pulled);
}

QString TeamSyncService::statusText() const
{
    // Two sentences rather than "edit(s)": English needs a translation file for plurals.
    const QString waiting = m_waiting == 1 ? tr("1 edit waiting") : tr("%1 edits waiting").arg(m_waiting);
    switch (m_state) {
    case State::NoTeam: return QString();
    case State::Connecting: return tr("Team %1: connecting…").arg(m_team.team);
    case State::Online:
        return m_waiting == 0 ? tr("Team %1: online").arg(m_team.team)
                              : tr("Team %1: online — %2").arg(m_team.team, waiting);
    case State::Offline: return tr("Team %1: offline — %2").arg(m_team.team, waiting);
    }
    return QString();
}

} // namespace diptych
