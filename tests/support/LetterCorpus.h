#pragma once

#include "KamerstukSpec.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace diptych::test {

// What a generated letter is, as a correct analysis should find it.
struct LetterTruth {
    struct Heading {
        int level = 1; // 1 = session, 2 = topic
        int number = 0; // 0 = unnumbered
        QString title; // without the "Werksessie 1:" prefix
    };

    QString selfId; // "kst-28676-512"
    QString kind; // "agenda" or "verslag"
    QString title; // as written (wrapped lines joined)
    QString meetingType; // "FMM" or "iFMM"
    QDate start;
    QDate end;
    QString place; // "Brussel", "Praag"
    bool coverLetter = false;
    QString signatory; // empty without a cover letter
    QVector<Heading> sections;
    int footnotes = 0;
    QStringList references; // official ids the footnotes cite, in order
    int pages = 0; // as KamerstukPdfWriter lays the letter out

    QJsonObject toJson() const;
};

struct CorpusLetter {
    QString name; // file stem: "007_kst-28676-512"
    KamerstukSpec spec; // for KamerstukPdfWriter::write
    QString text; // plain text export in the sample format
    LetterTruth truth;
};

// Synthetic but realistic Kamerbrieven about NATO foreign ministers meetings from 2000 to
// 2025: for each meeting a geannoteerde agenda and a verslag, some with a cover letter,
// sessions and topic headings, Dutch paragraphs from a phrase bank (future tense in an
// agenda, past tense in a verslag), footnotes citing Kamerstukken (often other letters of
// the corpus) and mentions of summits; 2 to 20 pages. Deterministic: the same seed gives
// the same letters. Laying out the text needs a QGuiApplication (see ensureGuiApp()).
class LetterCorpus
{
public:
    explicit LetterCorpus(quint32 seed = 1);

    QVector<CorpusLetter> generate(int count) const;
    CorpusLetter letter(int index, int count) const;

    // The letter as a text export would show it: lines and pages as KamerstukPdfWriter sets
    // them, each page after the first starting with one space, footnotes at the page end
    // and the running footer with the page number. pageCount receives the number of pages.
    static QString plainText(const KamerstukSpec &spec, int *pageCount = nullptr);

private:
    quint32 m_seed;
};

} // namespace diptych::test
