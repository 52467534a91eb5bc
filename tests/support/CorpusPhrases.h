#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace diptych::test {

// A subject NATO foreign ministers discuss, with the words letters use for it.
struct CorpusTopic {
    QStringList headings; // heading variants ("Burden sharing", "Defensie-uitgaven")
    QStringList subjects; // noun phrases: "de steun aan Oekraïne"
    QStringList claims; // clauses after "dat": "de steun … moet worden voortgezet"
    QStringList actions; // infinitive clauses after "om": "hun steun te intensiveren"
    int fromYear = 2000;
    int toYear = 2025;
};

struct CorpusSummit {
    QString place; // as letters write it: "Washington D.C.", "Vilnius"
    QDate start;
    QDate end;
};

struct CorpusMinister {
    QString signature; // "Hanke Bruins Slot", "A.G. Koenders"
    QDate from; // in office from
};

// The phrase bank of the letter corpus: topics, session titles, sentence templates, host
// cities, summits and ministers, from 2000 to 2025. Plain data; LetterCorpus assembles it.
class CorpusPhrases
{
public:
    static const QVector<CorpusTopic> &topics();
    static const QVector<CorpusSummit> &summits();
    static const QVector<CorpusMinister> &ministers();
    static QString ministerOn(const QDate &date);
    // Host cities of informal meetings (Dutch names).
    static const QStringList &hostCities();
    // Titles of working sessions; "%1" is the place of the next summit.
    static const QStringList &sessionTitles();

    // Sentence templates with {s} (subject), {c} (claim) and {a} (action).
    static const QStringList &futureSentences(); // agenda: "zal … bespreken"
    static const QStringList &pastSentences(); // verslag: "spraken … over"
    static const QStringList &neutralSentences();
    // Sentences that fit any topic: "Het kabinet zal uw Kamer … informeren."
    static const QStringList &futureRemarks();
    static const QStringList &pastRemarks();

    static const QStringList &memberNames(); // for motions: "Paternotte en Brekelmans"
    static const QStringList &monthNames(); // "januari" … "december"
    static const QStringList &dayNames(); // "maandag" … "zondag"
};

} // namespace diptych::test
