#pragma once

#include <QColor>
#include <QDateTime>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace diptych {

enum class AnnotationKind {
    Highlight,
    Underline,
    StrikeOut,
    HighlightNote, // a note attached to a highlighted passage
    PageNote, // a note pinned to a point on a page, no text anchor
};

// Who on a team server sees an annotation: the author's team, or the author alone.
enum class AnnotationSharing {
    Team, // shared with Annotation::team; empty team: the team the author syncs with
    Private,
};

// The passage as written, with a little context on either side (W3C TextQuoteSelector).
struct TextQuoteSelector {
    QString exact;
    QString prefix;
    QString suffix;
    bool isEmpty() const { return exact.isEmpty(); }
};

// [start, end) in the clean reading text, Analysis::text (W3C TextPositionSelector).
struct TextPositionSelector {
    int start = -1;
    int end = -1;
    bool isValid() const { return start >= 0 && end >= start; }
};

// The part of an annotation on one page: quads in PDF points, origin top-left (axis-aligned
// line boxes, one per line). A page note has one quad: the icon's box. Text documents have
// pages without quads.
struct PageArea {
    int page = -1;
    QVector<QRectF> quads;
};

// One annotation of a document, owned by us (Poppler and QPDF types stay in their adapters).
// Anchored twice: areas (page + quads) and quote + position in the reading text, so it can
// be placed again in another version of the same letter (see AnnotationAnchorer).
struct Annotation {
    QString id; // UUID without braces
    QString documentHash; // SHA-256 of the file bytes (LibraryStore::hashFile)
    AnnotationKind kind = AnnotationKind::Highlight;
    QColor color;
    QString author;
    QDateTime created; // UTC
    QDateTime modified; // UTC
    QStringList tags;
    QString note;
    // The letter's official id ("kst-28676-446") when known: a teammate with another file of
    // the same letter finds the note by it as well as by documentHash.
    QString officialId;
    AnnotationSharing sharing = AnnotationSharing::Team;
    QString team;

    QVector<PageArea> areas;
    TextQuoteSelector quote;
    TextPositionSelector position;

    // A new annotation with a fresh id, the default colour of its kind, the default author
    // and created = modified = now (UTC, whole seconds: what PDF dates can hold).
    static Annotation create(AnnotationKind kind, const QString &documentHash);
    // The author from the settings ("annotations/author"), else the account's full name,
    // else its login name (UserAccount).
    static QString defaultAuthor();
    // The name the desktop program's settings give (empty: none); wins over QSettings(),
    // which the program does not use for its own settings file.
    static void setConfiguredAuthor(const QString &name);
    static QColor defaultColor(AnnotationKind kind);
    static QDateTime nowUtc();

    bool hasTextAnchor() const { return !quote.isEmpty() || position.isValid(); }
    bool isNote() const { return kind == AnnotationKind::HighlightNote || kind == AnnotationKind::PageNote; }
    int firstPage() const { return areas.isEmpty() ? -1 : areas.first().page; }
    // Sets modified to now; call on every edit.
    void touch() { modified = nowUtc(); }
};

bool operator==(const Annotation &a, const Annotation &b);
inline bool operator!=(const Annotation &a, const Annotation &b) { return !(a == b); }

// Stable names for storage and exchange: "highlight", "underline", "strikeout",
// "highlight-note", "page-note".
QString annotationKindName(AnnotationKind kind);
std::optional<AnnotationKind> annotationKindFromName(const QString &name);
// "team" and "private".
QString annotationSharingName(AnnotationSharing sharing);
std::optional<AnnotationSharing> annotationSharingFromName(const QString &name);

} // namespace diptych
