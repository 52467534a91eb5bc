#include "annotations/AnnotationFilter.h"

#include "document/SearchFolding.h"

namespace diptych {

namespace {

bool kindMatches(AnnotationFilter::Kind wanted, AnnotationKind kind)
{
    switch (wanted) {
    case AnnotationFilter::Kind::Any: return true;
    case AnnotationFilter::Kind::Highlight: return kind == AnnotationKind::Highlight;
    case AnnotationFilter::Kind::Underline: return kind == AnnotationKind::Underline;
    case AnnotationFilter::Kind::StrikeOut: return kind == AnnotationKind::StrikeOut;
    case AnnotationFilter::Kind::Note: return kind == AnnotationKind::HighlightNote || kind == AnnotationKind::PageNote;
    }
    return false;
}

} // namespace

bool AnnotationFilter::matches(const Annotation &a, const QVector<AnnotationReply> &replies) const
{
    if (!kindMatches(kind, a.kind))
        return false;
    if (color.isValid() && a.color.rgb() != color.rgb())
        return false;
    if (!tag.isEmpty() && !a.tags.contains(tag, Qt::CaseInsensitive))
        return false;
    if (!author.isEmpty() && a.author.compare(author, Qt::CaseInsensitive) != 0)
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    QString haystack = a.quote.exact + QLatin1Char('\n') + a.note + QLatin1Char('\n') + a.tags.join(QLatin1Char(' '));
    for (const AnnotationReply &r : replies)
        haystack += QLatin1Char('\n') + r.text;
    return !findAllFolded(haystack, needle).isEmpty();
}

bool AnnotationFilter::isEmpty() const
{
    return kind == Kind::Any && !color.isValid() && tag.isEmpty() && author.isEmpty() && text.trimmed().isEmpty();
}

} // namespace diptych
