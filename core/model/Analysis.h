#pragma once

#include "model/SourceDocument.h"
#include "official/OfficialMetadata.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace diptych {

// Where a detected item is: page (and rectangle for PDF) and a range in the reading text.
struct Location {
    int page = -1; // 0-based; -1 unknown
    QRectF rect; // PDF only
    int start = -1; // [start, end) in Analysis::text; -1 when not in the reading text
    int end = -1;
};

enum class DocumentKind { Agenda, Verslag, Other };

// What sort of parliamentary document it is, by its form: a letter (Kamerbrief), Kamervragen
// with their answers (Aanhangsel van de Handelingen), a motion, a committee's report.
enum class DocumentType { Brief, Aanhangsel, Motie, VerslagCommissie, Other };

// The meetings a letter can be about. Their names in JSON, the database and the interface
// ("FMM", "iFMM", "RBZ", "RAZ", "NAVO-top", "DMM"; None is empty) come from meetingTypeName.
enum class MeetingType { None, Fmm, InformalFmm, Rbz, Raz, NavoTop, Dmm };

// What a reference points at; JSON names from referenceKindName ("kamerstuk", "motie", …).
enum class ReferenceKind {
    Kamerstuk,
    Motie,
    Aanhangsel,
    Handelingen,
    Dossier,
    Staatsblad,
    Staatscourant,
    Tractatenblad
};

// What a mention names; JSON names from mentionKindName ("summit", "council", "fmm", "meeting").
enum class MentionKind { Summit, Council, Fmm, Meeting };

struct Meeting {
    MeetingType type = MeetingType::None;
    QDate start;
    QDate end;
    QString place;
};

struct CoverLetter {
    bool present = false;
    QString signatory;
    Location at;
};

struct Section {
    int level = 1; // 1 = (werk)sessie, 2 = topic
    int number = 0; // 0 = unnumbered; Roman numerals converted
    QString label; // the number as written ("3", "III"), empty when unnumbered
    QString title; // heading text without the "Werksessie 1:" prefix
    QString heading; // the full heading as written (wrapped lines joined)
    Location at;
};

struct FootnoteCall {
    Location at; // start == end: where the mark stood in the reading text
    QString before; // the words just before the call site
};

struct Footnote {
    int number = 0;
    QString text;
    Location at; // page and rect of the note itself; start/end into Analysis::notesText
    QVector<FootnoteCall> calls;
};

struct Reference {
    QString id; // official id: "kst-28676-499", "ah-tk-20232024-2129"
    QString text; // as written
    QString url;
    QStringList dossiers; // every dossier named ("22054", "36045"; with chapter "36200-V")
    QString number; // document number within the dossier, empty for a dossier-only reference
    QString pageRef; // "4" for "nr. 390, p. 4"
    ReferenceKind kind = ReferenceKind::Kamerstuk;
    int footnote = 0; // the footnote that holds it, 0 when in the body
    Location at; // start/end into Analysis::text, or Analysis::notesText when footnote != 0
};

struct Mention {
    MentionKind what = MentionKind::Meeting;
    QString name; // as written: "NAVO-top in Washington D.C.", "RBZ"
    QString place;
    QDate start;
    QDate end;
    int year = 0; // set with start, or alone when only a year or month is named ("in 2014")
    int month = 0; // 1-12 when a month is named without a day ("in juli"); 0 otherwise
    QString text;
    int footnote = 0;
    Location at;
};

// One run of the reading text that comes from one source line.
struct TextSpan {
    int start = 0;
    int end = 0;
    int page = 0;
    int line = 0; // index into SourceDocument::pages[page].lines
};

// Where the official metadata of a fetched letter says other than the analysis found
// ("self", "title", "doc_type"); the metadata's value is the one the analysis keeps.
struct MetadataDisagreement {
    QString field;
    QString analysis;
    QString official;
};

// Everything core knows about a document.
struct Analysis {
    QString file;
    SourceFormat format = SourceFormat::Text;
    int pageCount = 0;
    QVector<QSizeF> pageSizes; // PDF only

    DocumentKind kind = DocumentKind::Other;
    DocumentType docType = DocumentType::Other;
    QString title;
    Location titleAt;
    Meeting meeting;
    QString selfId; // own official id, empty when unknown
    CoverLetter cover;
    QVector<Section> sections;
    QVector<Footnote> footnotes;
    QVector<Reference> references;
    QVector<Mention> mentions;

    QString text; // clean reading text: cover letter and body
    QVector<TextSpan> spans; // where each piece of text came from
    QString notesText; // footnote texts, one per line, "N text"

    // The lines the reading text came from (TextSpan::page/line index into it), with their
    // word boxes: what turns a reading-text range into quads on a PDF page (annotations).
    SourceDocument source;

    // A fetched letter's metadata.xml (OfficialFacts), whose facts won over the analysis.
    std::optional<OfficialMetadata> official;
    QVector<MetadataDisagreement> metadataDisagrees;
};

QString kindName(DocumentKind kind);
DocumentKind kindFromName(const QString &name); // Other for an unknown name
QString docTypeName(DocumentType type); // "brief", "aanhangsel", "motie", "verslag-commissie", "other"
DocumentType docTypeFromName(const QString &name); // Other for an unknown name
QString meetingTypeName(MeetingType type);
MeetingType meetingTypeFromName(const QString &name); // None for an unknown name
bool isForeignMinistersMeeting(MeetingType type); // FMM or iFMM
QString referenceKindName(ReferenceKind kind);
QString mentionKindName(MentionKind kind);
QString formatName(SourceFormat format);
SourceFormat formatFromName(const QString &name); // Text for an unknown name

} // namespace diptych
