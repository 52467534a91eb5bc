#pragma once

#include <QImage>
#include <QSizeF>
#include <QString>

#include <memory>

namespace diptych {

// An open PDF for display: page sizes and rendering. Wraps Poppler (the adapter lives in
// the .cpp); render() may be called from worker threads.
class PdfPages
{
public:
    ~PdfPages();

    // nullptr and a message in error when the file cannot be opened (missing, damaged, locked).
    static std::unique_ptr<PdfPages> open(const QString &path, QString *error = nullptr);

    int pageCount() const;
    QSizeF pageSize(int page) const; // points
    // The page at the given scale (pixels per point); a null image on failure.
    QImage render(int page, double scale) const;

private:
    PdfPages();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace diptych
