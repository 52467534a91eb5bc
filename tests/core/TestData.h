#pragma once

#include <QString>

#include <ostream>

// Readable QStrings in GoogleTest failure messages.
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }

namespace diptych::test {

// A file of tests/data by name ("000_a60e29c67b147090.txt").
inline QString dataFile(const QString &name) { return QStringLiteral(DIPTYCH_TEST_DATA "/") + name; }

} // namespace diptych::test
