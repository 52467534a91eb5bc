#pragma once

#include <QString>

namespace diptych {

// Place names of meetings in one spelling, so mentions of the same meeting compare equal:
// "Washington D.C." and "Washington DC" -> "Washington", "'s-Gravenhage" and "The Hague" ->
// "Den Haag", English exonyms -> the Dutch name ("Prague" -> "Praag").
class PlaceNames
{
public:
    static QString normalise(const QString &written);
    // Capitalised words that follow "in" but are no place ("in Nederland" is; "in De" is not).
    static bool isPlace(const QString &word);
};

} // namespace diptych
