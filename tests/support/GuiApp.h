#pragma once

namespace diptych::test {

// QPdfWriter and QPainter need a QGuiApplication (fonts). Creates one static instance on
// the offscreen platform unless an application object exists already.
void ensureGuiApp();

} // namespace diptych::test
