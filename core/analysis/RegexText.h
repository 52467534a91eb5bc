#pragma once

#include <QRegularExpression>
#include <QString>

namespace diptych {

// QRegularExpression checks the whole subject for valid UTF-16 on every match, which makes
// anchored matching at many offsets of a long text quadratic (a minute for a 1 MB text).
// The parsers therefore make their text valid once with sanitised() and match without the
// check through the functions below, which must only see sanitised text.
class RegexText
{
public:
    // Pattern pieces the citation and mention parsers share: any space including the
    // no-break space PDFs produce, and any hyphen or dash.
    static const QString &space();
    static const QString &dash();
    // Exactly the characters space() matches with Unicode properties (checked against PCRE2
    // over the whole BMP): separators, tab to carriage return, NEL, no-break space and
    // U+180E, which PCRE2 still counts as a space.
    static bool isSpace(QChar c);
    // A pattern compiled with Unicode properties (\\p{L} and friends).
    static QRegularExpression unicodePattern(const QString &pattern);

    // The text with unpaired surrogates replaced by U+FFFD; same length, so offsets hold.
    static QString sanitised(const QString &text);

    // A match of re that starts exactly at pos.
    static QRegularExpressionMatch at(const QRegularExpression &re, const QString &text, qsizetype pos);
    // The first match of re at or after pos.
    static QRegularExpressionMatch from(const QRegularExpression &re, const QString &text, qsizetype pos);
    // Every match of re at or after pos.
    static QRegularExpressionMatchIterator all(const QRegularExpression &re, const QString &text, qsizetype pos = 0);
};

} // namespace diptych
