#include "pdf/PageInversion.h"

#include <QImage>

#include <algorithm>
#include <array>

namespace diptych {

namespace {

constexpr int kDarkest = 0x24; // what white paper becomes
constexpr int kLightest = 0xdc; // what black text becomes

std::array<uchar, 256> dimTable()
{
    std::array<uchar, 256> table{};
    for (int v = 0; v < 256; ++v)
        table[v] = uchar(kDarkest + v * (kLightest - kDarkest) / 255);
    return table;
}

} // namespace

// HSL lightness is (max + min) / 2; adding 255 - max - min to every channel turns it into
// 255 - lightness while max - min (chroma) and the channel order (hue) stay as they were.
void invertPageLightness(QImage &image)
{
    if (image.isNull())
        return;
    if (image.format() != QImage::Format_ARGB32 && image.format() != QImage::Format_RGB32
        && image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(QImage::Format_ARGB32);
    static const std::array<uchar, 256> dim = dimTable();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            const int r = qRed(p), g = qGreen(p), b = qBlue(p);
            const int shift = 255 - std::max({r, g, b}) - std::min({r, g, b});
            line[x] = qRgba(dim[r + shift], dim[g + shift], dim[b + shift], qAlpha(p));
        }
    }
}

} // namespace diptych
