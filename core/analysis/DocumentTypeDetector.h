#pragma once

#include "model/Analysis.h"

#include <QString>
#include <QStringList>

namespace diptych {

// What the form of a document shows: its head block, its own id, its reading text and the
// headings found in it.
struct DocumentTypeEvidence {
    QStringList headLines; // HeadBlock::lines
    QString selfId;
    QString text; // the reading text
    QStringList headings; // Section::heading of every section
    bool coverLetter = false;
};

// The document type from its form, never from what it is about: the head block says it
// ("Aanhangsel van de Handelingen", "MOTIE VAN HET LID …", "BRIEF VAN DE MINISTER …",
// "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG"), else the text's own form does (questions
// "(ingezonden …)" with "Vraag 1"/"Antwoord 1"; "De Kamer, gehoord de beraadslaging";
// "Geachte voorzitter", "Hierbij bied ik u …"). Other when nothing says.
class DocumentTypeDetector
{
public:
    static DocumentType run(const DocumentTypeEvidence &evidence);
};

} // namespace diptych
