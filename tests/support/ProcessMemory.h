#pragma once

#include <QByteArray>
#include <QFile>

namespace diptych::test {

// A line of /proc/self/status in MB, for benchmarks: key "VmRSS:" (resident now) or
// "VmHWM:" (peak). 0 where there is no /proc.
inline double processStatusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace diptych::test
