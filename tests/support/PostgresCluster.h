#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace diptych::test {

// A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temporary folder,
// postgres on a free port of 127.0.0.1 (the socket in the folder too), trust
// authentication, stopped and removed by the destructor. Run as the `postgres` user when
// the test runs as root (PostgreSQL refuses root). The binaries come from
// DIPTYCH_TEST_PG_BIN, else /usr/lib/postgresql/15/bin.
//
// A test killed before its destructor runs leaves a cluster behind; ctest's cleanup
// fixture (tests/tools/stop-test-clusters.sh) stops every cluster under kFolderPrefix.
class PostgresCluster
{
public:
    static constexpr const char *kFolderPrefix = "diptych-pg-";

    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // initdb, start, and a database "diptych"; false (error() says why) when it fails.
    bool setUp();
    bool start();
    // pg_ctl stop -m immediate: the server dies as on a power cut, clients mid-query see
    // their connection drop.
    bool kill();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    int port() const { return m_port; }
    // postgresql://role@127.0.0.1:port/diptych
    QString url(const QString &role) const;
    QString superuser() const { return QStringLiteral("postgres"); }
    // A login role as createuser makes it.
    bool createRole(const QString &role);
    // From now on every role but the superuser must give its password over TCP
    // (scram-sha-256), as on a real server; the superuser keeps trust for the tests' set-up.
    bool requirePasswords();
    bool setPassword(const QString &role, const QString &password);
    // diptych-cli team FORM --server (as the superuser) --team TEAM ARGS..., as the README
    // tells an administrator; empty when it succeeded, else what it printed.
    QString teamCommand(const QString &cli, const QString &team, const QStringList &form);
    // Runs SQL as the superuser (psql); false with error() on a failure.
    bool superuserSql(const QString &sql);

    static QString binDir();
    // Whether PostgreSQL's binaries are there at all (tests skip with a reason otherwise).
    static bool available();

private:
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs = 60000);
    static int freePort();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace diptych::test
