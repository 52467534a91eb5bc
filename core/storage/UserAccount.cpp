#include "storage/UserAccount.h"

#include <pwd.h>
#include <unistd.h>

namespace diptych {

namespace {

const passwd *account() { return getpwuid(getuid()); }

} // namespace

QString UserAccount::fullName()
{
    const passwd *pw = account();
    if (!pw || !pw->pw_gecos)
        return QString();
    // GECOS: "full name,room,work phone,home phone,other"; the name may be empty.
    return QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
}

QString UserAccount::loginName()
{
    const passwd *pw = account();
    if (pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace diptych
