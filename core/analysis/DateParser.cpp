#include "analysis/DateParser.h"

namespace diptych {

DateRange DateParser::findFirst(const QString &, int, int)
{
    return {};
}

int DateParser::monthNumber(const QString &)
{
    return 0;
}

} // namespace diptych
