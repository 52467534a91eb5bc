#pragma once

#include "export/NotesReport.h"

#include <QString>

namespace diptych {

// The words of a notes export, shared by the Markdown and the ODF writer. Dutch on purpose,
// whatever the program's language: the notes quote Dutch letters and go into Dutch memos.
class NoteLabels
{
public:
    // "Aantekeningen bij Geannoteerde agenda …", "Aantekeningen FMM Praag 30-31 mei 2024".
    static QString reportTitle(const QString &subject);
    static QString meetingTitle(const Meeting &meeting);
    // "3. p. 2 — Werksessie 1: Oekraïne", "4. niet geplaatst (was p. 5)".
    static QString noteHeading(const NoteItem &item, int number);
    // "agenda · kst-28676-446 · 000_a60e29c67b147090.txt · 3 aantekeningen"
    static QString documentLine(const DocumentNotes &doc);
    // "Anne de Vries, 3 juni 2024"
    static QString byline(const Annotation &a);
    // "Antwoord van Bob Jansen, 6 december 2026: Akkoord".
    static QString reply(const AnnotationReply &r);
    static QString tags() { return QStringLiteral("Tags"); }
    static QString kamerstukken() { return QStringLiteral("Kamerstukken"); }
    static QString noNotes() { return QStringLiteral("Geen aantekeningen."); }
    static QString notPlaced() { return QStringLiteral("niet geplaatst"); }
    // "Kamerstuk 28676, nr. 499 (kst-28676-499)": the citation as written, with its id.
    static QString reference(const Reference &r);
};

} // namespace diptych
