#include "analysis/RegexText.h"

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

QRegularExpression RegexText::unicodePattern(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

QString RegexText::sanitised(const QString &text)
{
    if (text.isValidUtf16())
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
    return re.match(text, pos, QRegularExpression::NormalMatch,
                    QRegularExpression::DontCheckSubjectStringMatchOption);
}

QRegularExpressionMatchIterator RegexText::all(const QRegularExpression &re, const QString &text, qsizetype pos)
{
    return re.globalMatch(text, pos, QRegularExpression::NormalMatch,
                          QRegularExpression::DontCheckSubjectStringMatchOption);
}

} // namespace diptych
