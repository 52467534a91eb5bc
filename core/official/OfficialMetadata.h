#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace diptych {

// A publication's metadata.xml from KOOP (root metadata_gegevens, one
// metadata[@name,@scheme,@content] per fact), the names parlhist and openkamer read.
// Fetched letters keep it beside the PDF (sidecarPath), and it is the one owner of these
// facts: the analysis and the library take them from it (OfficialFacts).
struct OfficialMetadata {
    QString id; // DC.identifier, "kst-28676-499"
    QString dossier; // OVERHEIDop.dossiernummer
    QString number; // OVERHEIDop.ondernummer
    QString title; // DC.title
    QString dossierTitle; // OVERHEIDop.dossiertitel
    QDate date; // DCTERMS.issued (else OVERHEIDop.datumBrief)
    QString vergaderjaar; // "2023-2024"
    QString type; // DC.type[@scheme='OVERHEIDop.KamerstukTypen'], "Brief", "Motie"
    QString parliamentaryType; // DC.type[@scheme='OVERHEIDop.Parlementair'], "Kamerstuk"
    QString indiener;
    QString ontvanger;
    QString error; // not a metadata.xml, or malformed; empty when read

    bool ok() const { return error.isEmpty(); }

    static OfficialMetadata parse(const QByteArray &xml);
    // Reads the file; error set when it cannot be read or parsed.
    static OfficialMetadata load(const QString &path);
    // Where a fetched letter's metadata lives: "kst-28676-499.metadata.xml" beside
    // "kst-28676-499.pdf".
    static QString sidecarPath(const QString &documentPath);
};

} // namespace diptych
