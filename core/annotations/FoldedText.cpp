#include "annotations/FoldedText.h"

namespace diptych {

namespace {

bool isHyphen(char16_t c) { return c == u'-' || c == 0x00AD || (c >= 0x2010 && c <= 0x2013); }

// The folded form of one character; empty when it is dropped.
QString foldChar(QChar c)
{
    const char16_t u = c.unicode();
    if (c.isSpace() || isHyphen(u))
        return QString();
    if (u < 0x80)
        return QString(c.toLower());
    if (u == 0x2018 || u == 0x2019)
        return QStringLiteral("'");
    if (u == 0x201C || u == 0x201D)
        return QStringLiteral("\"");
    QString out;
    for (QChar d : QString(c).normalized(QString::NormalizationForm_KD)) {
        if (d.category() != QChar::Mark_NonSpacing && !d.isSpace())
            out += d.toCaseFolded();
    }
    return out;
}

} // namespace

FoldedText::FoldedText(const QString &original) : m_originalSize(original.size())
{
    m_text.reserve(original.size());
    m_source.reserve(original.size());
    m_foldedAt.reserve(original.size() + 1);
    for (int i = 0; i < original.size(); ++i) {
        m_foldedAt.append(m_text.size());
        const QString folded = foldChar(original[i]);
        for (QChar f : folded) {
            m_text += f;
            m_source.append(i);
        }
    }
    m_foldedAt.append(m_text.size());
}

int FoldedText::originalStart(int start) const
{
    if (start >= m_source.size())
        return m_originalSize;
    return m_source[qMax(0, start)];
}

int FoldedText::originalEnd(int end) const
{
    if (end <= 0)
        return m_source.isEmpty() ? 0 : m_source.first();
    return m_source[qMin(end, int(m_source.size())) - 1] + 1;
}

int FoldedText::foldedAt(int originalOffset) const
{
    return m_foldedAt[qBound(0, originalOffset, int(m_foldedAt.size()) - 1)];
}

} // namespace diptych
