#include "print/PdfUnderlay.h"

#include "pdfedit/PdfEditor.h"

namespace diptych {

bool PdfUnderlay::apply(const QString &original, const QString &painted, const QVector<Placement> &placements,
                        const QString &out, QString *error)
{
    const std::unique_ptr<PdfEditor> source = PdfEditor::open(original, error);
    if (!source)
        return false;
    const std::unique_ptr<PdfEditor> target = PdfEditor::open(painted, error);
    if (!target)
        return false;
    for (const Placement &p : placements) {
        if (p.sheet < 0 || p.sheet >= target->pageCount() || p.sourcePage < 0 || p.sourcePage >= source->pageCount())
            continue;
        target->placePage(*source, p.sourcePage, p.sheet, target->frame(p.sheet).toPdf(p.rect));
    }
    return target->save(out, error);
}

} // namespace diptych
