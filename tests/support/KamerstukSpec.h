#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace diptych::test {

// What a generated Kamerstuk says; KamerstukPdfWriter decides where it goes on the page.
struct KamerstukSpec {
    struct Block {
        enum class Kind { Heading, Paragraph, PageBreak };
        Kind kind = Kind::Paragraph;
        // Wrapped automatically. A soft hyphen (U+00AD) inside a word is an allowed break,
        // drawn as "-" at the line end; "^N" right after a word or punctuation is the call
        // of footnote N, drawn as a superscript.
        QString text;
    };

    QStringList header = defaultHeader(); // first-page block; empty for none
    QString footer = defaultFooter(); // running footer; the page number follows it
    QVector<Block> blocks;
    QMap<int, QString> footnotes; // number -> text (may run onto the next page)

    static QStringList defaultHeader();
    static QString defaultFooter();

    // A small markup for tests: blocks separated by blank lines; "# text" is a heading,
    // "---" a page break, "[^N]: text" the text of footnote N; anything else a paragraph
    // (its lines are joined with spaces).
    static KamerstukSpec fromMarkup(const QString &markup);
};

} // namespace diptych::test
