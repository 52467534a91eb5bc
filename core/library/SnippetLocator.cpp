#include "library/SnippetLocator.h"

namespace diptych {

int SnippetLocator::firstMatch(const QString &snippet, const QString &text)
{
    const int open = snippet.indexOf(kOpen);
    if (open < 0)
        return -1;
    const int fragmentStart = snippet.lastIndexOf(kEllipsis, open) + 1;
    int fragmentEnd = snippet.indexOf(kEllipsis, open);
    if (fragmentEnd < 0)
        fragmentEnd = snippet.size();
    QString fragment = snippet.mid(fragmentStart, fragmentEnd - fragmentStart);
    const int openInFragment = fragment.indexOf(kOpen);
    fragment.remove(kOpen).remove(kClose);
    const int at = text.indexOf(fragment);
    return at < 0 ? -1 : at + openInFragment;
}

QString SnippetLocator::forDisplay(const QString &snippet)
{
    QString out = snippet;
    return out.replace(kEllipsis, QChar(0x2026)).trimmed();
}

} // namespace diptych
