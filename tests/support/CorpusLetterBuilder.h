#pragma once

#include "CorpusPhrases.h"
#include "LetterCorpus.h"

#include <QRandomGenerator>

namespace diptych::test {

// A NATO foreign ministers meeting of the corpus and the numbers of its letters.
struct CorpusMeeting {
    bool informal = false;
    QDate start;
    QDate end;
    QString place; // "Brussel" or a host city
    int agendaNumber = 0; // nr. of the agenda in dossier 28 676
    int verslagNumber = 0;
    int previousVerslag = 0; // nr. of the verslag of the meeting before; 0 when none
};

// Writes one letter (agenda or verslag) about a meeting: header, optional cover letter,
// title, opening, sessions and topics, footnotes; records what it wrote as the truth.
class CorpusLetterBuilder
{
public:
    CorpusLetterBuilder(const CorpusMeeting &meeting, bool verslag, quint32 seed);

    CorpusLetter build();

private:
    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template<typename T> const T &pick(const QVector<T> &list) { return list.at(below(list.size())); }
    const QString &pick(const QStringList &list) { return list.at(below(list.size())); }

    QDate letterDate() const;
    QString dates(bool withYear, bool weekdays) const;
    QString meetingWords(bool capitals) const;
    QString title();
    void addCover();
    void addOpening();
    void addBody(int targetPages);
    QVector<int> chooseTopics(int count);
    QString sentence(const CorpusTopic &topic);
    QString paragraph(const CorpusTopic &topic, int sentences);
    QString withFootnote(const QString &paragraph);
    QString footnoteText();
    void heading(const QString &text, int level, int number, const QString &title);
    void paragraphBlock(const QString &text);

    const CorpusMeeting m_meeting;
    const bool m_verslag;
    QRandomGenerator m_rng;
    bool m_yearless = false;
    QString m_summitSentence;
    int m_nextFootnote = 1;
    double m_footnoteRate = 0.2;
    CorpusLetter m_letter;
};

} // namespace diptych::test
