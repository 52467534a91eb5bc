#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace diptych {

// File names that Qt cannot carry. Qt decodes a name from the system as UTF-8 (the locale's
// encoding), and a name whose bytes are not valid UTF-8 (a Latin-1 "café" from an old
// archive or a Windows share) comes back with U+FFFD in it: the file can then be neither
// opened nor found again. Such names are found here, so they are reported by name and
// reason instead of "file not found" or being skipped in silence.
class FileNames
{
public:
    // True when these bytes survive decoding and encoding again.
    static bool isRepresentable(const QByteArray &name);
    // The names (as far as they can be shown) of the entries under folder, at any depth,
    // that are not representable; their folders are not entered.
    static QStringList unrepresentableUnder(const QString &folder);
    static QString reason();
    // Why a path that does not exist cannot be opened: a name that came in with U+FFFD in
    // it (decoded from bytes that are not UTF-8) gets reason(), any other "file not found".
    static QString whyMissing(const QString &path);
};

} // namespace diptych
