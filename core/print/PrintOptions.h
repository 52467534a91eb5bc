#pragma once

namespace diptych {

// Where the text of a note goes on paper.
enum class NotePlacement {
    Margin, // beside the page, which is scaled down to make room
    Appendix, // in a list "Notes" after the last page
};

// What an annotated copy shows. Pages are numbered from 1 as the reader sees them.
struct PrintOptions {
    bool annotations = true;
    NotePlacement notes = NotePlacement::Margin;
    bool onlyAnnotatedPages = false;
    int firstPage = 0; // 0: from the first page
    int lastPage = 0; // 0: to the last page
    // Highlights hatched and outlined as well as tinted, so they survive a greyscale printer.
    bool greyscale = false;
    // PDF export: each sheet takes the size of its page; a printer keeps its own paper.
    bool adoptPageSizes = false;
    // 0: a PDF's pages painted as vectors. Above 0: as images of that many dots per inch,
    // which is all a print preview on screen needs and many times faster.
    double rasterDpi = 0;
};

} // namespace diptych
