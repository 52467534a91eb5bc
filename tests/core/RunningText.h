#pragma once

#include "TestData.h"

#include "source/TextSource.h"

#include <QFile>
#include <QStringList>

#include <ostream>

namespace diptych::test {

// A sample letter as running text, roughly as the pipeline will hand it to the analysis
// steps: lines joined with spaces, blank lines become paragraph breaks ("\n\n").
inline QString runningText(const QString &sampleName)
{
    QFile file(dataFile(sampleName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = TextSource::decode(file.readAll()).split(QLatin1Char('\n'));
    QString text;
    bool gap = false;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            gap = !text.isEmpty();
            continue;
        }
        if (!text.isEmpty())
            text += gap ? QStringLiteral("\n\n") : QStringLiteral(" ");
        text += line;
        gap = false;
    }
    return text;
}

} // namespace diptych::test

// PrintTo(QString) for readable failure messages comes with TestData.h.
