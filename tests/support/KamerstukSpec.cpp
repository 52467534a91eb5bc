#include "KamerstukSpec.h"

#include <QRegularExpression>

namespace diptych::test {

QStringList KamerstukSpec::defaultHeader()
{
    // Column stops are written as a tab: "28 676<TAB>NAVO".
    return {QStringLiteral("Tweede Kamer der Staten-Generaal"),
            QStringLiteral("Vergaderjaar 2023–2024"),
            QString(),
            QStringLiteral("28 676\tNAVO"),
            QString(),
            QStringLiteral("Nr. 446\tBRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN"),
            QString(),
            QStringLiteral("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
            QString(),
            QStringLiteral("Den Haag, 4 december 2023")};
}

QString KamerstukSpec::defaultFooter()
{
    return QStringLiteral("Tweede Kamer, vergaderjaar 2023–2024, 28 676, nr. 446");
}

KamerstukSpec KamerstukSpec::fromMarkup(const QString &markup)
{
    static const QRegularExpression footnote(QStringLiteral("^\\[\\^(\\d+)\\]:\\s*(.*)$"),
                                             QRegularExpression::DotMatchesEverythingOption);
    KamerstukSpec spec;
    const QStringList chunks = markup.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")));
    for (const QString &chunk : chunks) {
        const QString text = chunk.simplified();
        if (text.isEmpty())
            continue;
        if (text == QStringLiteral("---")) {
            spec.blocks.append({Block::Kind::PageBreak, QString()});
        } else if (text.startsWith(QStringLiteral("# "))) {
            spec.blocks.append({Block::Kind::Heading, text.mid(2)});
        } else if (const auto m = footnote.match(text); m.hasMatch()) {
            spec.footnotes.insert(m.captured(1).toInt(), m.captured(2));
        } else {
            spec.blocks.append({Block::Kind::Paragraph, text});
        }
    }
    return spec;
}

} // namespace diptych::test
