#pragma once

#include <QFont>
#include <QString>
#include <QVector>

class QPaintDevice;
class QPainter;

namespace diptych::test {

// Typeset material for KamerstukPdfWriter: lines already broken, pages already cut.
struct TypeRun {
    QString text;
    bool superscript = false; // a footnote call
};

struct TypeWord {
    QVector<TypeRun> runs; // drawn without gaps between them
    bool tabBefore = false; // starts at the header's second column
};

enum class TypeStyle { Title, Header, Body, Heading, Footnote };

struct TypeLine {
    TypeStyle style = TypeStyle::Body;
    QVector<TypeWord> words;
    double spaceBefore = 0; // extra space above, in line pitches (paragraph space)
    QString hanging; // footnote number, set in the indent all footnote lines have
    QVector<int> calls; // footnote numbers called on this line
};

struct TypePage {
    QVector<TypeLine> body;
    QVector<TypeLine> notes; // at the foot of the page, under a short rule
    QString footerLeft; // running footer at the left margin
    QString footerRight; // page number at the right margin
    QString footerCenter; // or one centred line ("Pagina 2 van 2")
};

// Fonts, measures and painting of Tweede Kamer pages (A4, serif body, small footnotes).
// All lengths are points; the device must have a resolution of 72 dpi.
class KamerstukTypesetter
{
public:
    KamerstukTypesetter(QPaintDevice *device, double bodySize);

    static constexpr double kPageWidth = 595.276;
    static constexpr double kPageHeight = 841.89;
    static constexpr double kLeft = 56.7;
    static constexpr double kRight = 48.0;
    static constexpr double kTop = 56.7;
    static constexpr double kBodyBottom = kPageHeight - 62.0;
    static constexpr double kFooterBaseline = kPageHeight - 34.0;
    static constexpr double kTabStop = 120.0;
    static constexpr double kParagraphSpace = 1.0; // a blank line, as in the text exports
    static double textWidth() { return kPageWidth - kLeft - kRight; }

    double bodySize() const { return m_bodySize; }
    QFont font(TypeStyle style, bool superscript = false) const;
    double pitch(TypeStyle style) const;
    double width(const TypeWord &word, TypeStyle style) const;
    double width(const TypeLine &line) const;
    double noteIndent() const;
    // Height of the footnote area for these note lines, rule included; 0 when empty.
    double notesHeight(const QVector<TypeLine> &notes) const;
    // Height a body line takes below the previous one (first says it opens the page).
    double advance(const TypeLine &line, bool first) const;

    // Draws one page; squeezes the line pitch when the page holds more than fits.
    void paint(QPainter &painter, const TypePage &page) const;

private:
    double drawLine(QPainter &painter, const TypeLine &line, double x, double baseline) const;
    double wordWidth(const TypeWord &word, TypeStyle style) const;

    QPaintDevice *m_device;
    double m_bodySize;
};

} // namespace diptych::test
