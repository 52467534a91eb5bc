#include "KamerstukTypesetter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

namespace diptych::test {

namespace {

constexpr double kFootnoteRatio = 0.75;
constexpr double kSuperscriptRatio = 0.62;
constexpr double kSuperscriptRise = 0.36;
constexpr double kLeading = 1.25;
constexpr double kRuleGap = 8.0; // rule above the notes and the space around it

} // namespace

KamerstukTypesetter::KamerstukTypesetter(QPaintDevice *device, double bodySize) : m_device(device), m_bodySize(bodySize)
{
}

QFont KamerstukTypesetter::font(TypeStyle style, bool superscript) const
{
    QFont f(QStringLiteral("DejaVu Serif"));
    // No ligatures: they would reach the text layer as one glyph ("ﬁ"), unlike the exports.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    f.setHintingPreference(QFont::PreferNoHinting);
    double size = m_bodySize;
    if (style == TypeStyle::Footnote)
        size *= kFootnoteRatio;
    if (style == TypeStyle::Title)
        size *= 1.2;
    if (superscript)
        size *= kSuperscriptRatio;
    f.setPointSizeF(size);
    f.setBold(style == TypeStyle::Title || style == TypeStyle::Heading);
    return f;
}

double KamerstukTypesetter::pitch(TypeStyle style) const
{
    const double size = style == TypeStyle::Footnote ? m_bodySize * kFootnoteRatio
                        : style == TypeStyle::Title  ? m_bodySize * 1.2
                                                     : m_bodySize;
    return size * kLeading;
}

double KamerstukTypesetter::wordWidth(const TypeWord &word, TypeStyle style) const
{
    double w = 0;
    for (const TypeRun &run : word.runs)
        w += QFontMetricsF(font(style, run.superscript), m_device).horizontalAdvance(run.text);
    return w;
}

double KamerstukTypesetter::width(const TypeWord &word, TypeStyle style) const { return wordWidth(word, style); }

double KamerstukTypesetter::width(const TypeLine &line) const
{
    const double space = QFontMetricsF(font(line.style), m_device).horizontalAdvance(QLatin1Char(' '));
    double w = line.style == TypeStyle::Footnote ? noteIndent() : 0;
    for (int i = 0; i < line.words.size(); ++i)
        w += (i ? space : 0) + wordWidth(line.words[i], line.style);
    return w;
}

double KamerstukTypesetter::noteIndent() const { return m_bodySize * 1.4; }

double KamerstukTypesetter::notesHeight(const QVector<TypeLine> &notes) const
{
    return notes.isEmpty() ? 0 : kRuleGap * 1.5 + notes.size() * pitch(TypeStyle::Footnote);
}

double KamerstukTypesetter::advance(const TypeLine &line, bool first) const
{
    return (first ? 0 : line.spaceBefore * pitch(TypeStyle::Body)) + pitch(line.style);
}

void KamerstukTypesetter::paint(QPainter &painter, const TypePage &page) const
{
    double bodyHeight = 0;
    for (int i = 0; i < page.body.size(); ++i)
        bodyHeight += advance(page.body[i], i == 0);
    const double notesTop = kBodyBottom - notesHeight(page.notes);
    const double room = notesTop - kTop;
    // Re-typeset sample pages must keep their lines; squeeze rather than overflow.
    const double squeeze = bodyHeight > room ? room / bodyHeight : 1.0;

    double y = kTop;
    for (int i = 0; i < page.body.size(); ++i) {
        const TypeLine &line = page.body[i];
        y += advance(line, i == 0) * squeeze;
        drawLine(painter, line, kLeft, y - pitch(line.style) * 0.25);
    }
    if (!page.notes.isEmpty()) {
        painter.setPen(QPen(Qt::black, 0.5));
        painter.drawLine(QPointF(kLeft, notesTop + kRuleGap * 0.5), QPointF(kLeft + 100, notesTop + kRuleGap * 0.5));
        double ny = notesTop + kRuleGap * 1.5;
        for (const TypeLine &note : page.notes) {
            ny += pitch(TypeStyle::Footnote);
            drawLine(painter, note, kLeft, ny - pitch(TypeStyle::Footnote) * 0.25);
        }
    }
    painter.setPen(Qt::black);
    const QFont small = font(TypeStyle::Footnote);
    painter.setFont(small);
    const QFontMetricsF fm(small, m_device);
    if (!page.footerLeft.isEmpty())
        painter.drawText(QPointF(kLeft, kFooterBaseline), page.footerLeft);
    if (!page.footerRight.isEmpty())
        painter.drawText(QPointF(kPageWidth - kRight - fm.horizontalAdvance(page.footerRight), kFooterBaseline),
                         page.footerRight);
    if (!page.footerCenter.isEmpty())
        painter.drawText(QPointF((kPageWidth - fm.horizontalAdvance(page.footerCenter)) / 2, kFooterBaseline),
                         page.footerCenter);
}

double KamerstukTypesetter::drawLine(QPainter &painter, const TypeLine &line, double x, double baseline) const
{
    painter.setPen(Qt::black);
    const double size = font(line.style).pointSizeF();
    const double space = QFontMetricsF(font(line.style), m_device).horizontalAdvance(QLatin1Char(' '));
    if (line.style == TypeStyle::Footnote) {
        painter.setFont(font(line.style));
        if (!line.hanging.isEmpty())
            painter.drawText(QPointF(x, baseline), line.hanging);
        x += noteIndent();
    }
    const double start = x;
    for (int i = 0; i < line.words.size(); ++i) {
        const TypeWord &word = line.words[i];
        if (word.tabBefore)
            x = std::max(start + kTabStop, x + space);
        else if (i > 0)
            x += space;
        for (const TypeRun &run : word.runs) {
            const QFont f = font(line.style, run.superscript);
            painter.setFont(f);
            const double rise = run.superscript ? size * kSuperscriptRise : 0;
            painter.drawText(QPointF(x, baseline - rise), run.text);
            x += QFontMetricsF(f, m_device).horizontalAdvance(run.text);
        }
    }
    return x;
}

} // namespace diptych::test
