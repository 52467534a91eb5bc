#include "analysis/CoverLetterDetector.h"

#include "analysis/BlockBuilder.h"

#include <QRegularExpression>

namespace diptych {

namespace {

using RE = QRegularExpression;

// Blocks searched for the opening and for the signature.
constexpr int kOpeningBlocks = 3;
constexpr int kSignatureBlocks = 12;

bool opensCoverLetter(const QString &text)
{
    static const RE re(QStringLiteral("^(?:Geachte\\s+(?:voorzitter|Voorzitter|heer|mevrouw|leden)"
                                      "|Hierbij\\s+(?:bied|zend|stuur|doe|informeer)\\s+ik\\s+u"
                                      "|Hierbij\\s+ontvangt\\s+u"
                                      "|Bijgaand\\s+(?:bied|zend|stuur|treft)"
                                      "|Met\\s+deze\\s+brief)"));
    return re.match(text).hasMatch();
}

// The closing lines that precede the name(s).
bool isClosingLine(const QString &text)
{
    static const RE re(QStringLiteral("^(?:Hoogachtend|Met vriendelijke groet(?:en)?)\\s*,?$"),
                       RE::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch() || CoverLetterDetector::isMinisterLine(text);
}

} // namespace

bool CoverLetterDetector::isMinisterLine(const QString &text)
{
    static const RE re(QStringLiteral("^(?:De|de|DE)\\s+(?:[Mm]inister|MINISTER|[Ss]taatssecretaris|STAATSSECRETARIS)"
                                      "(?:-[Pp]resident)?(?:\\s+(?:van|voor)\\s+[\\p{L} ,-]+?)?\\s*,?\\s*$"));
    const QString t = text.trimmed();
    return t.size() < 90 && re.match(t).hasMatch();
}

bool CoverLetterDetector::looksLikeInitialledName(const QString &text)
{
    static const RE initials(QStringLiteral("^(?:\\p{Lu}\\.\\s?){1,5}\\s*(?:(?:van|de|der|den|ter|ten|in "
                                            "['’]t)\\s+)*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}$"));
    const QString t = text.trimmed();
    return t.size() < 60 && initials.match(t).hasMatch();
}

bool CoverLetterDetector::looksLikeName(const QString &text)
{
    // "W.B. Hoekstra", "H.G.J. Bruins Slot", "Hanke Bruins Slot", "Caspar Veldkamp"
    static const RE initials(QStringLiteral("^(?:\\p{Lu}\\.\\s?){1,5}\\s*(?:(?:van|de|der|den|ter|ten|in "
                                            "['’]t)\\s+)*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}$"));
    // A first name and a surname, each capitalised and then lower case; not an article.
    static const RE full(QStringLiteral("^(?!(?:De|Het|Een|Dit|Deze)\\s)\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+(?:"
                                        "van|de|der|den|ter|ten))*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]*){1,3}$"));
    const QString t = text.trimmed();
    return t.size() < 60 && (initials.match(t).hasMatch() || full.match(t).hasMatch());
}

CoverLetterFacts CoverLetterDetector::run(SourceDocument &doc, QVector<Block> &blocks)
{
    CoverLetterFacts facts;
    int opening = -1;
    for (int b = 0; b < qMin<int>(kOpeningBlocks, blocks.size()); ++b) {
        if (opensCoverLetter(BlockBuilder::plainText(doc, blocks[b]))) {
            opening = b;
            break;
        }
    }
    if (opening < 0)
        return facts;

    QStringList names;
    int last = -1;
    bool afterClosing = false;
    for (int b = opening; b < qMin<int>(opening + kSignatureBlocks, blocks.size()); ++b) {
        bool signatureBlock = false;
        for (const LineRef &ref : std::as_const(blocks[b].lines)) {
            const QString text = BlockBuilder::line(doc, ref).text;
            if (isClosingLine(text)) {
                afterClosing = true;
                signatureBlock = true;
            } else if (afterClosing && looksLikeName(text)) {
                names << text.trimmed();
                signatureBlock = true;
                last = b;
            }
        }
        if (!signatureBlock && !names.isEmpty())
            break; // the text after the signature belongs to the report itself
        if (signatureBlock)
            blocks[b].role = BlockRole::Signature;
    }
    // A signature with nothing after it closes the letter itself: there is no separate
    // report, so there is no cover letter in front of one.
    if (last == blocks.size() - 1)
        last = -1;
    if (last < 0) {
        for (Block &block : blocks) {
            if (block.role == BlockRole::Signature)
                block.role = BlockRole::Paragraph;
        }
        return facts;
    }

    facts.present = true;
    facts.signatory = names.join(QStringLiteral("; "));
    facts.lastBlock = last;
    for (int b = 0; b <= last; ++b) {
        if (blocks[b].role != BlockRole::Signature)
            blocks[b].role = BlockRole::Cover;
        for (const LineRef &ref : std::as_const(blocks[b].lines))
            doc.pages[ref.page].lines[ref.line].role = LineRole::Cover;
    }
    for (int b = last + 1; b < blocks.size() && blocks[b].role == BlockRole::Signature; ++b)
        blocks[b].role = BlockRole::Paragraph;
    return facts;
}

} // namespace diptych
