#pragma once

class QImage;

namespace diptych {

// Pages for a dark theme: the lightness of every pixel inverted with hue and saturation
// kept (a red mark stays red, white paper turns dark, black text light), then squeezed
// into a soft range so the page is not pitch black with glaring text. Runs on the render
// threads; about one pass over the pixels.
void invertPageLightness(QImage &image);

} // namespace diptych
