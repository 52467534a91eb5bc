#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace diptych::test {

namespace {

bool runningAsRoot() { return ::geteuid() == 0; }

// The folder must be usable by the postgres user when we are root.
void handToPostgres(const QString &path)
{
    if (!runningAsRoot())
        return;
    if (const passwd *pw = ::getpwnam("postgres")) [[maybe_unused]]
        const int rc = ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid);
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                                           QStringLiteral("immediate"), QStringLiteral("stop")});
}

QString PostgresCluster::binDir()
{
    const QString configured = qEnvironmentVariable("DIPTYCH_TEST_PG_BIN");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : configured;
}

bool PostgresCluster::available() { return QFileInfo(binDir() + QStringLiteral("/initdb")).isExecutable(); }

int PostgresCluster::freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool PostgresCluster::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(m_dir ? m_dir->path() : QDir::tempPath());
    const QString program = binDir() + QLatin1Char('/') + tool;
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                          + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = tool + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAllStandardError())
                  + QString::fromLocal8Bit(process.readAllStandardOutput()) + process.errorString();
        return false;
    }
    return true;
}

bool PostgresCluster::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1Char('/') + QLatin1String(kFolderPrefix)
                                            + QStringLiteral("XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_dir->errorString();
        return false;
    }
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                             | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                             | QFileDevice::ExeGroup);
    handToPostgres(m_dir->path());
    m_data = m_dir->path() + QStringLiteral("/data");
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-U"), superuser(), QStringLiteral("--auth=trust"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")}))
        return false;
    return start() && superuserSql(QStringLiteral("CREATE DATABASE diptych"));
}

bool PostgresCluster::start()
{
    // Another cluster may take the port between our probe and postgres binding it: try again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = freePort();
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off").arg(m_port).arg(m_dir->path());
        if (runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                     m_dir->path() + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("start")})) {
            m_running = true;
            return true;
        }
    }
    return false;
}

bool PostgresCluster::kill()
{
    if (!runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                                            QStringLiteral("immediate"), QStringLiteral("stop")}))
        return false;
    m_running = false;
    return true;
}

QString PostgresCluster::url(const QString &role) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/diptych").arg(role).arg(m_port);
}

bool PostgresCluster::superuserSql(const QString &sql)
{
    return runTool(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                    QStringLiteral("-U"), superuser(), QStringLiteral("-d"), QStringLiteral("postgres"),
                    QStringLiteral("-c"), sql});
}

bool PostgresCluster::createRole(const QString &role)
{
    return superuserSql(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(role));
}

bool PostgresCluster::requirePasswords()
{
    // Written in place, so the file keeps its owner (postgres when the tests run as root).
    QFile hba(m_data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write pg_hba.conf: ") + hba.errorString();
        return false;
    }
    hba.write("local all all trust\n"
              "host all postgres 127.0.0.1/32 trust\n"
              "host all all 127.0.0.1/32 scram-sha-256\n");
    hba.close();
    return runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("reload")});
}

bool PostgresCluster::setPassword(const QString &role, const QString &password)
{
    QString literal = password;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    return superuserSql(QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(role, literal));
}

QString PostgresCluster::teamCommand(const QString &cli, const QString &team, const QStringList &form)
{
    QProcess process;
    process.start(cli, QStringList{QStringLiteral("team")} + form.mid(0, 1)
                           + QStringList{QStringLiteral("--server"), url(superuser()), QStringLiteral("--team"), team}
                           + form.mid(1));
    if (!process.waitForFinished(60000))
        return QStringLiteral("diptych-cli team did not finish");
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    return {};
}

} // namespace diptych::test
