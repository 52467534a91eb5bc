#pragma once

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <memory>

class QPainter;

namespace diptych {

// The one place that talks to Poppler. Everything it hands out is our own type, so no
// other file includes a Poppler header.
//
// Threads: one PopplerDocument must only be used by one thread at a time (Poppler keeps
// per-document caches without locks). Code that renders from worker threads opens one
// instance per worker from the same bytes (see PdfPages), which lets pages render in
// parallel instead of queueing on a mutex.
class PopplerDocument
{
public:
    struct TextWord {
        QString text;
        QRectF box; // points, origin top-left
        bool hasSpaceAfter = false;
    };

    // A standard annotation already in the PDF (Acrobat, Okular, ours).
    struct PageAnnotation {
        QString type; // "Highlight", "Underline", "StrikeOut", "Squiggly", "Text" or "Other"
        QString contents;
        QString author;
        QString uniqueName; // /NM
        QDateTime created;
        QDateTime modified;
        QColor color;
        QVector<QRectF> quads; // bounding boxes of /QuadPoints; points, origin top-left
        QRectF boundary; // /Rect; points, origin top-left
    };

    ~PopplerDocument();

    // nullptr and a plain-words reason in error when the bytes are not a readable PDF
    // (damaged or truncated, password-protected, no pages).
    static std::unique_ptr<PopplerDocument> open(const QString &path, QString *error = nullptr);
    static std::unique_ptr<PopplerDocument> fromData(const QByteArray &data, QString *error = nullptr);

    int pageCount() const;
    QSizeF pageSize(int page) const; // points
    // The words of a page in Poppler's reading order; empty for a page without text.
    QVector<TextWord> words(int page) const;
    // The page at scale pixels per point, antialiased; a null image on failure.
    QImage render(int page, double scale) const;
    // Paints the page as vectors (Poppler's QPainter backend) with its top-left corner at the
    // painter's origin, one unit per point. Glyphs come out as outlines, so the words are laid
    // over them again as invisible text: what a PDF printed from this stays selectable and
    // searchable. False when the page cannot be painted.
    bool paint(int page, QPainter *painter) const;
    // The annotations of a page, links and form fields left out.
    QVector<PageAnnotation> annotations(int page) const;

private:
    PopplerDocument();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace diptych
