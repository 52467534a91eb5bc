// The account's names as the system's own tool (getent) gives them, and the author a new
// annotation carries when nobody chose one and USER is not set.
#include "storage/UserAccount.h"
#include "annotations/Annotation.h"

#include <QProcess>
#include <QStringList>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace diptych;

namespace {

// The fields of this account's entry in the password database, read by getent.
QStringList passwdEntry()
{
    QProcess getent;
    getent.start(QStringLiteral("getent"), {QStringLiteral("passwd"), QString::number(getuid())});
    if (!getent.waitForFinished(5000) || getent.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(getent.readAllStandardOutput()).trimmed().split(QLatin1Char(':'));
}

// Unsets an environment variable for one test and puts it back.
class ScopedUnset
{
public:
    explicit ScopedUnset(const char *name)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_value(qgetenv(name))
    {
        qunsetenv(name);
    }
    ~ScopedUnset()
    {
        if (m_had)
            qputenv(m_name, m_value);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_value;
};

} // namespace

TEST(UserAccount, namesComeFromThePasswordDatabase)
{
    const QStringList entry = passwdEntry();
    ASSERT_GE(entry.size(), 5) << "getent passwd gave no entry for this account";
    EXPECT_EQ(UserAccount::loginName(), entry.at(0));
    EXPECT_EQ(UserAccount::fullName(), entry.at(4).section(QLatin1Char(','), 0, 0).trimmed());
}

TEST(UserAccount, aNewAnnotationCarriesTheAccountsNameWithoutUser)
{
    const QStringList entry = passwdEntry();
    ASSERT_GE(entry.size(), 5);
    const ScopedUnset user("USER");
    const ScopedUnset username("USERNAME");
    Annotation::setConfiguredAuthor(QString());
    const QString fullName = entry.at(4).section(QLatin1Char(','), 0, 0).trimmed();
    const QString expected = fullName.isEmpty() ? entry.at(0) : fullName;
    EXPECT_EQ(Annotation::create(AnnotationKind::Highlight, QStringLiteral("hash")).author, expected);
    EXPECT_NE(expected, QStringLiteral("Diptych"));
}
