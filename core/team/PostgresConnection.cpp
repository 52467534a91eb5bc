#include "team/PostgresConnection.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace diptych {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("diptych-team-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString failure(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

} // namespace

PostgresConnection::PostgresConnection(const QString &url, const QString &password) : m_connection(nextConnectionName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!m_db.isValid()) {
        m_error = QStringLiteral("Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed");
        return;
    }
    m_usable = configure(url, password);
}

PostgresConnection::~PostgresConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool PostgresConnection::configure(const QString &text, const QString &password)
{
    const QUrl url(text);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        m_error = QStringLiteral("'%1' is not a server address such as postgresql://user@host:5432/database").arg(text);
        return false;
    }
    // No host: libpq's own default, the local socket (peer authentication for sudo -u postgres).
    m_db.setHostName(url.host());
    m_db.setPort(url.port(5432));
    m_db.setUserName(url.userName());
    const QString given = url.password().isEmpty() ? password : url.password();
    if (!given.isEmpty())
        m_db.setPassword(given);
    const QString database = url.path().mid(1);
    m_db.setDatabaseName(database.isEmpty() ? url.userName() : database);
    QStringList options;
    bool timeoutGiven = false;
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        options << item.first + QLatin1Char('=') + item.second;
        timeoutGiven = timeoutGiven || item.first == QLatin1String("connect_timeout");
    }
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds);
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    m_error.clear();
    return true;
}

bool PostgresConnection::open()
{
    if (!m_usable)
        return false; // a bad URL or no driver: error() says which
    m_db.close();
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot reach %1:%2 as %3: %4")
                      .arg(m_db.hostName().isEmpty() ? QStringLiteral("the local server") : m_db.hostName())
                      .arg(m_db.port())
                      .arg(m_db.userName(), failure(m_db.lastError()));
        return false;
    }
    m_error.clear();
    return true;
}

void PostgresConnection::close() { m_db.close(); }

std::optional<QSqlQuery> PostgresConnection::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        ok = ok && query.exec();
    }
    if (!ok) {
        m_error = failure(query.lastError());
        return std::nullopt;
    }
    m_error.clear();
    return query;
}

bool PostgresConnection::exec(const QString &sql, const QVariantList &values) const
{
    return run(sql, values).has_value();
}

bool PostgresConnection::begin() const { return exec(QStringLiteral("BEGIN")); }

bool PostgresConnection::commit() const { return exec(QStringLiteral("COMMIT")); }

void PostgresConnection::rollback() const
{
    const QString reason = m_error;
    exec(QStringLiteral("ROLLBACK"));
    m_error = reason;
}

bool PostgresConnection::listen(const QString &channel, const std::function<void()> &onNotice)
{
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(channel)) {
        m_error = failure(driver->lastError());
        return false;
    }
    QObject::connect(driver, &QSqlDriver::notification, driver, [onNotice, channel](const QString &name) {
        if (name == channel)
            onNotice();
    });
    return true;
}

QString PostgresConnection::quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace diptych
