#include "document/ReadingColors.h"

#include <QPalette>

namespace diptych {

bool ReadingColors::isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

ReadingColors ReadingColors::forPalette(const QPalette &palette)
{
    ReadingColors colors;
    if (!isDark(palette)) {
        colors.matchText = palette.color(QPalette::Text);
        return colors;
    }
    const QColor text = palette.color(QPalette::Text);
    colors.heading = QColor(0x9c, 0xc3, 0xf5);
    colors.link = QColor(0x7f, 0xb6, 0xf2);
    colors.marker = QColor(0x8a, 0x94, 0xa6);
    colors.coverText = text.darker(118);
    colors.coverBackground = palette.color(QPalette::Base).lighter(135);
    colors.match = QColor(0x6b, 0x4e, 0x16);
    colors.currentMatch = QColor(0xb8, 0x6e, 0x00);
    colors.matchText = text;
    return colors;
}

} // namespace diptych
