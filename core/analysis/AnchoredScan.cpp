#include "analysis/AnchoredScan.h"

#include "analysis/RegexText.h"

namespace diptych {

QVector<QPair<int, int>> AnchoredScan::nouns(const QRegularExpression &re, const QString &text,
                                             const QVector<QVector<qsizetype>> &starts)
{
    QVector<QPair<int, int>> out;
    qsizetype from = 0; // where a scan would look for the next match
    for (const QVector<qsizetype> &place : starts) {
        for (const qsizetype start : place) {
            if (start < from || start < 0)
                continue;
            const QRegularExpressionMatch m = RegexText::at(re, text, start);
            if (m.hasMatch()) {
                out.append({int(m.capturedStart(QStringLiteral("noun"))), int(m.capturedEnd(QStringLiteral("noun")))});
                from = m.capturedEnd(0);
                break;
            }
        }
    }
    return out;
}

} // namespace diptych
