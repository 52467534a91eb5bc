#pragma once

#include <QString>

namespace diptych {

// The words Diptych itself puts on paper and in exported files. They are Dutch whatever
// the language of the program's menus: what is printed or exported goes into a Dutch
// briefing file, beside letters in Dutch, and a reader of the copy never saw the program
// (the notes export writes Dutch for the same reason, export/NoteLabels). One place, so the
// appendix, the handout and the exports cannot drift apart.
class PrintedWords
{
public:
    static QString notesHeading() { return QStringLiteral("Aantekeningen"); }
    static QString page(int number) { return QStringLiteral("pagina %1").arg(number); }
    static QString meetingNotRecognised() { return QStringLiteral("Vergadering niet herkend"); }
    static QString agenda() { return QStringLiteral("Agenda"); }
    static QString report() { return QStringLiteral("Verslag"); }
    static QString comparisonSummary(int aligned, int onlyAgenda, int onlyReport)
    {
        return QStringLiteral("Agenda en verslag vergeleken: %1 gekoppeld, %2 alleen op de agenda, %3 alleen in het "
                              "verslag")
            .arg(aligned)
            .arg(onlyAgenda)
            .arg(onlyReport);
    }
    static QString notOnTheAgenda() { return QStringLiteral("(niet op de agenda)"); }
    static QString onlyOnTheAgenda() { return QStringLiteral("Alleen op de agenda"); }
    static QString notInTheReport() { return QStringLiteral("(niet in het verslag)"); }
    static QString onlyInTheReport() { return QStringLiteral("Alleen in het verslag"); }
};

} // namespace diptych
