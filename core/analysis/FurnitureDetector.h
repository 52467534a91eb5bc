#pragma once

#include "analysis/HeadBlockDetector.h"
#include "model/SourceDocument.h"

#include <QDate>
#include <QString>

namespace diptych {

// What the furniture step learned besides which lines are furniture.
struct FurnitureFacts {
    QString selfId; // "kst-28676-446"
    int vergaderjaar = 0; // first year of the parliamentary year, 0 unknown
    QDate letterDate; // "Den Haag, 4 december 2023" in the head of the letter
    HeadBlock head; // the head block of page 1
};

// Marks running headers/footers, page numbers, publication ids and the Kamerstuk head
// block of the first page as LineRole::Furniture, by pattern and by repetition across pages.
class FurnitureDetector
{
public:
    static FurnitureFacts run(SourceDocument &doc);
};

} // namespace diptych
