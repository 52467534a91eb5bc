#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace diptych {

// The team server's password in the desktop keyring (the Secret Service of GNOME and
// others, or KWallet): the only file that uses QtKeychain. The password never goes into
// the settings file, and there is no plain-text fallback: without a keyring it is used
// for the session only, and ~/.pgpass or PGPASSWORD are the lasting places, as for psql.
//
// One entry per login: the server URL without password and options (anne@host:5432/db).
// The keyring may ask the user to unlock it, so every call answers later, on the UI
// thread, through its callback.
class TeamKeyring : public QObject
{
    Q_OBJECT
public:
    // What came back: the password (empty when none is stored) or why the keyring failed.
    struct Answer {
        QString password;
        QString error; // empty: the keyring answered (with or without a password)
    };
    using Done = std::function<void(const Answer &)>;

    explicit TeamKeyring(QObject *parent = nullptr);

    // The keyring entry's key for a server URL; empty when the URL names no login.
    static QString entryFor(const QString &serverUrl);

    void read(const QString &serverUrl, Done done);
    void write(const QString &serverUrl, const QString &password, Done done);
    // Removing an entry that is not there is no error.
    void remove(const QString &serverUrl, Done done);
};

} // namespace diptych
