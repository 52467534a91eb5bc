#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace diptych {

// One connection to a team's PostgreSQL server: the only file that names Qt's QPSQL driver.
// The server is given as libpq has users write it, postgresql://user@host:port/db with
// query options (?sslmode=verify-full); libpq itself reads PGPASSWORD, ~/.pgpass, PGSSLMODE
// and the like, so no password needs to pass through Diptych unless the URL holds one or
// the program has one from the desktop keyring.
//
// Used from one thread (the one that called open()).
class PostgresConnection
{
public:
    // How long a connection attempt waits before the server counts as unreachable, unless
    // the URL says connect_timeout itself: a team member on a train must not wait a minute.
    static constexpr int kConnectTimeoutSeconds = 5;

    // password: used when the URL holds none (the program's keyring); empty leaves it to
    // libpq (PGPASSWORD, ~/.pgpass).
    explicit PostgresConnection(const QString &url, const QString &password = {});
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    // False when the URL is not a postgresql:// URL or the QPSQL driver is missing.
    bool isValid() const { return m_usable; }
    bool open();
    bool isOpen() const { return m_db.isOpen(); }
    void close();
    // The login role the connection is made as (the URL's user).
    QString user() const { return m_db.userName(); }
    QString error() const { return m_error; }

    // Runs a statement with values bound to its ? in order; nullopt (error() says why) on
    // failure. Statements without values may hold several commands (a migration step).
    std::optional<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    bool exec(const QString &sql, const QVariantList &values = {}) const;
    bool begin() const;
    bool commit() const;
    void rollback() const;
    // Calls onNotice whenever the server sends NOTIFY on channel (needs a running event loop).
    bool listen(const QString &channel, const std::function<void()> &onNotice);

    // An identifier (a role, a name) quoted for SQL, as quote_ident would.
    static QString quotedIdentifier(const QString &name);

private:
    bool configure(const QString &url, const QString &password);

    QString m_connection;
    bool m_usable = false;
    mutable QString m_error;
    QSqlDatabase m_db;
};

} // namespace diptych
