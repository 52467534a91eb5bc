#include "document/SearchFolding.h"

namespace diptych {

QString foldForSearch(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x80) {
            c = c.toLower();
            continue;
        }
        if (c.decompositionTag() == QChar::Canonical || c.decompositionTag() == QChar::Compat) {
            const QString d = c.decomposition();
            if (!d.isEmpty() && !d.at(0).isSurrogate())
                c = d.at(0);
        }
        c = c.toLower();
        if (c == QChar(0x00A0))
            c = QLatin1Char(' ');
    }
    return out;
}

QVector<int> findAllFolded(const QString &haystack, const QString &needle)
{
    QVector<int> out;
    const QString n = foldForSearch(needle);
    if (n.isEmpty())
        return out;
    const QString h = foldForSearch(haystack);
    for (int at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + n.size()))
        out << at;
    return out;
}

} // namespace diptych
