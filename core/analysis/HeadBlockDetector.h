#pragma once

#include "model/SourceDocument.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace diptych {

// The head of a Kamerstuk on its first page, as the Tweede Kamer typesets it: a margin
// column of labels ("Vergaderjaar 2023–2024", "28 676", "Nr. 446") beside the document's
// titles ("NAVO", "BRIEF VAN DE MINISTER …", "MOTIE VAN HET LID …", "Aanhangsel van de
// Handelingen"), large numbers, the address and the place and date.
struct HeadBlock {
    QString dossier; // "28 676", "21 501-02"
    QString number; // "446"
    QDate letterDate; // "Den Haag, 4 december 2023"
    QStringList lines; // every line of the head block, in reading order
};

// Marks the head block of page 1 as furniture. In a PDF the head block is found from the
// page: the lines before the first line of running text that are margin labels or share a
// row with one, large numbers, continuations of a head line in its own type size, or lines
// of the known head forms. In text only the known forms count.
class HeadBlockDetector
{
public:
    static HeadBlock run(SourceDocument &doc);
};

} // namespace diptych
