#include "team/TeamKeyring.h"

#include <QUrl>

#include <qt6keychain/keychain.h>

namespace diptych {

namespace {

// The name the entries carry in the keyring's own window (Passwords and Keys, KWallet).
const QString kService = QStringLiteral("Diptych team server");

// Starts a job and answers once it finished; the job deletes itself afterwards.
void run(QKeychain::Job *job, const QString &key, const TeamKeyring::Done &done)
{
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never the password in a plain file
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        TeamKeyring::Answer answer;
        switch (finished->error()) {
        case QKeychain::NoError:
            if (auto *reading = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                answer.password = reading->textData();
            break;
        case QKeychain::EntryNotFound: break; // nothing stored is an answer, not a failure
        default: answer.error = finished->errorString(); break;
        }
        done(answer);
    });
    job->start();
}

} // namespace

TeamKeyring::TeamKeyring(QObject *parent) : QObject(parent) {}

QString TeamKeyring::entryFor(const QString &serverUrl)
{
    const QUrl url(serverUrl.trimmed());
    if (!url.isValid() || url.userName().isEmpty())
        return {};
    return QStringLiteral("%1@%2:%3%4")
        .arg(url.userName(), url.host().isEmpty() ? QStringLiteral("localhost") : url.host())
        .arg(url.port(5432))
        .arg(url.path());
}

void TeamKeyring::read(const QString &serverUrl, Done done)
{
    const QString key = entryFor(serverUrl);
    if (key.isEmpty()) {
        done({});
        return;
    }
    run(new QKeychain::ReadPasswordJob(kService, this), key, done);
}

void TeamKeyring::write(const QString &serverUrl, const QString &password, Done done)
{
    const QString key = entryFor(serverUrl);
    if (key.isEmpty()) {
        done({QString(), tr("the server address names no user, so the password has no entry to go in")});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setTextData(password);
    run(job, key, done);
}

void TeamKeyring::remove(const QString &serverUrl, Done done)
{
    const QString key = entryFor(serverUrl);
    if (key.isEmpty()) {
        done({});
        return;
    }
    run(new QKeychain::DeletePasswordJob(kService, this), key, done);
}

} // namespace diptych
