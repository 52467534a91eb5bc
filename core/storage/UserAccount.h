#pragma once

#include <QString>

namespace diptych {

// The account the program runs under, as the system knows it (the password database), so
// annotations carry a name even where USER is not set (a desktop session started without
// it, a service, a container).
class UserAccount
{
public:
    // The full name of the account (the first field of its GECOS entry: "Anna de Vries");
    // empty when the system has none.
    static QString fullName();
    // The login name ("avries"): the password database first, then USER and USERNAME.
    static QString loginName();
};

} // namespace diptych
