#include "analysis/PlaceNames.h"

#include "analysis/DateParser.h"

#include <QRegularExpression>

namespace diptych {

namespace {

struct Alias {
    const char *written;
    const char *name;
};

const Alias kAliases[] = {
    {"'s-Gravenhage", "Den Haag"}, {"’s-Gravenhage", "Den Haag"}, {"The Hague", "Den Haag"},  {"Brussels", "Brussel"},
    {"Bruxelles", "Brussel"},      {"Prague", "Praag"},           {"Bucharest", "Boekarest"}, {"Warsaw", "Warschau"},
    {"Lisbon", "Lissabon"},        {"Vilna", "Vilnius"},
};

const char *const kNotPlaces[] = {"De",  "Het",       "Een",  "Dit",  "Deze", "Die", "Dat",
                                  "Dan", "Daarnaast", "NAVO", "NATO", "EU",   "VN",  "Kamer"};

} // namespace

QString PlaceNames::normalise(const QString &written)
{
    static const QRegularExpression dc(QStringLiteral(",?\\s+(?:D\\.\\s?C\\.|DC)$"));
    QString place = written.simplified();
    place.remove(dc);
    for (const Alias &a : kAliases) {
        if (place == QString::fromUtf8(a.written))
            return QString::fromUtf8(a.name);
    }
    return place;
}

bool PlaceNames::isPlace(const QString &word)
{
    if (word.isEmpty() || !word.at(0).isUpper() || DateParser::monthNumber(word) != 0)
        return false;
    for (const char *w : kNotPlaces) {
        if (word == QString::fromUtf8(w))
            return false;
    }
    return true;
}

} // namespace diptych
