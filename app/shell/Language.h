#pragma once

#include <QString>

namespace diptych {

// The UI language: "nl", "en", or "system" (Dutch on a Dutch system, English otherwise).
// Installs our translations and Qt's own, and makes dates follow the language.
class Language
{
public:
    static QString resolve(const QString &choice);
    static void install(const QString &choice);
    static QString current();
};

} // namespace diptych
