#include "analysis/RegexText.h"

namespace diptych {

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
