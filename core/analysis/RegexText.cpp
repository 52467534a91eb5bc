#include "analysis/RegexText.h"

#include <cstring>

namespace diptych {

const QString &RegexText::space()
{
    static const QString pattern = QStringLiteral("[\\s\\x{00A0}]");
    return pattern;
}

const QString &RegexText::dash()
{
    static const QString pattern = QStringLiteral("[-\\x{2010}-\\x{2015}\\x{2212}]");
    return pattern;
}

bool RegexText::isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0x09 && u <= 0x0D) || u == 0x85 || u == 0xA0 || u == 0x180E)
        return true;
    const QChar::Category category = c.category();
    return category == QChar::Separator_Space || category == QChar::Separator_Line
           || category == QChar::Separator_Paragraph;
}

QRegularExpression RegexText::unicodePattern(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

namespace {

// Whether text holds a surrogate at all, four characters at a time (a zero 16-bit lane in
// (chars & 0xF800) ^ 0xD800 is one): far cheaper than QString::isValidUtf16 on a letter
// without any, which is nearly every text.
bool hasSurrogate(const QString &text)
{
    const auto *data = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        quint64 w;
        memcpy(&w, data + i, sizeof w);
        const quint64 y = (w & 0xF800F800F800F800ULL) ^ 0xD800D800D800D800ULL;
        if ((y - 0x0001000100010001ULL) & ~y & 0x8000800080008000ULL)
            return true;
    }
    for (; i < n; ++i) {
        if ((data[i] & 0xF800) == 0xD800)
            return true;
    }
    return false;
}

} // namespace

QString RegexText::sanitised(const QString &text)
{
    if (!hasSurrogate(text) || text.isValidUtf16())
        return text;
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QRegularExpressionMatch RegexText::at(const QRegularExpression &re, const QString &text, qsizetype pos)
{
    return re.match(text, pos, QRegularExpression::NormalMatch,
                    QRegularExpression::AnchorAtOffsetMatchOption
                        | QRegularExpression::DontCheckSubjectStringMatchOption);
}

QRegularExpressionMatch RegexText::from(const QRegularExpression &re, const QString &text, qsizetype pos)
{
    return re.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
}

QRegularExpressionMatchIterator RegexText::all(const QRegularExpression &re, const QString &text, qsizetype pos)
{
    return re.globalMatch(text, pos, QRegularExpression::NormalMatch,
                          QRegularExpression::DontCheckSubjectStringMatchOption);
}

} // namespace diptych
