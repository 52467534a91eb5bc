#pragma once

class QPainter;

namespace diptych {

// Something drawn over the rendered PDF pages (find matches, the text selection,
// annotations). PdfView calls paintPage() for every visible page with the painter already
// mapped to that page's PDF points (origin top-left), so overlays never deal with zoom or
// scrolling.
class PageOverlay
{
public:
    virtual ~PageOverlay() = default;
    virtual void paintPage(QPainter &painter, int page) const = 0;
};

} // namespace diptych
