#pragma once

#include <QString>
#include <QVector>

namespace diptych {

// A text reduced to what survives re-typesetting: whitespace and hyphens dropped (line
// breaks, hyphenation), case and accents folded, ligatures and curly quotes made plain.
// Keeps the way back: every folded character knows the original character it came from.
class FoldedText
{
public:
    FoldedText() = default;
    explicit FoldedText(const QString &original);

    const QString &text() const { return m_text; }
    int size() const { return m_text.size(); }

    // The original range of folded [start, end).
    int originalStart(int start) const;
    int originalEnd(int end) const;
    // The first folded character at or after the original offset.
    int foldedAt(int originalOffset) const;

    static QString fold(const QString &original) { return FoldedText(original).text(); }

private:
    QString m_text;
    QVector<int> m_source; // per folded character: its original offset
    QVector<int> m_foldedAt; // per original offset (and one past the end)
    int m_originalSize = 0;
};

} // namespace diptych
