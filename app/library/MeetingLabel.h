#pragma once

#include "model/Analysis.h"

#include <QLocale>
#include <QString>

namespace diptych {

// "iFMM 30–31 mei 2024, Praag", "FMM 31 mei – 1 juni 2023": how a meeting is named in lists.
QString meetingLabel(const Meeting &meeting, const QLocale &locale = QLocale());
// "30–31 mei 2024": a date range with the shared month and year written once.
QString dateRangeLabel(const QDate &start, const QDate &end, const QLocale &locale = QLocale());

} // namespace diptych
