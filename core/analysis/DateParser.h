#pragma once

#include <QDate>
#include <QString>

namespace diptych {

// A date or date range as Dutch letters write it: "30-31 mei 2024", "31 mei en 1 juni 2023",
// "zaterdag 14 en zondag 15 mei 2022", "28–29 november" (year from contextYear).
struct DateRange {
    QDate start;
    QDate end;
    int position = -1; // offset of the match in the searched text
    int length = 0;
    bool isValid() const { return start.isValid(); }
};

class DateParser
{
public:
    // The first date (range) in text at or after from; contextYear completes a missing year.
    static DateRange findFirst(const QString &text, int contextYear = 0, int from = 0);
    // The date (range) that starts exactly at pos, for callers that read one long text at many
    // places. The text must come from RegexText::sanitised(); it is not checked again.
    static DateRange parseAt(const QString &checkedText, int pos, int contextYear = 0);
    // Month number for a Dutch or English month name ("mei", "juni", "november"), 0 if none.
    static int monthNumber(const QString &name);
};

} // namespace diptych
