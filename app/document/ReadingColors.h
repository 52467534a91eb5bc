#pragma once

#include <QColor>

class QPalette;

namespace diptych {

// The colours of the reading view beyond the palette's own text and base: headings,
// footnote calls, page markers, the cover letter's tint and find highlights. Picked for
// the palette in use so everything stays readable in light and dark themes.
struct ReadingColors {
    QColor heading{0x1f, 0x3b, 0x63};
    QColor link{0x2b, 0x6c, 0xb0};
    QColor marker{0x8a, 0x94, 0xa6};
    QColor coverText{0x4a, 0x55, 0x68};
    QColor coverBackground{0xf4, 0xf6, 0xf9};
    QColor match{0xfe, 0xeb, 0xc8};
    QColor currentMatch{0xf6, 0xad, 0x55};
    QColor matchText{0x1a, 0x20, 0x2c};

    static bool isDark(const QPalette &palette);
    // The light set above, or its dark counterpart when the palette's base is dark.
    static ReadingColors forPalette(const QPalette &palette);
};

} // namespace diptych
