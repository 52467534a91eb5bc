#pragma once

#include "official/OfficialRecord.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace diptych {

// One page of an SRU searchRetrieveResponse from KOOP. Elements are matched by local name,
// so the response reads the same with its namespace prefixes (sru:, gzd:,
// overheidwetgeving:, dcterms:, as parlhist's crawler reads them) or without (as wetsuite's
// recorded records show them).
struct SruPage {
    int numberOfRecords = 0;
    QVector<OfficialRecord> records;
    QString error; // not an SRU response, or not well-formed XML; empty when read

    bool ok() const { return error.isEmpty(); }

    static SruPage parse(const QByteArray &xml);
};

} // namespace diptych
