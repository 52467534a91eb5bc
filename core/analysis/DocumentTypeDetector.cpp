#include "analysis/DocumentTypeDetector.h"

#include <QRegularExpression>

namespace diptych {

namespace {

using RE = QRegularExpression;

// How far into the reading text the forms that open a document are looked for.
constexpr int kOpening = 1500;

DocumentType fromHead(const QStringList &lines)
{
    static const RE aanhangsel(
        QStringLiteral("^(?:Aanhangsel van de Handelingen|Vragen gesteld door de leden der Kamer)"));
    static const RE motie(QStringLiteral("\\bMOTIE VAN (?:HET LID|DE LEDEN)\\b"));
    static const RE verslag(QStringLiteral("^VERSLAG VAN EEN\\b"));
    static const RE brief(QStringLiteral("\\bBRIEF VAN\\b|^Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer"));
    for (const QString &line : lines) {
        if (aanhangsel.match(line).hasMatch())
            return DocumentType::Aanhangsel;
        if (motie.match(line).hasMatch())
            return DocumentType::Motie;
        if (verslag.match(line).hasMatch())
            return DocumentType::VerslagCommissie;
        if (brief.match(line).hasMatch())
            return DocumentType::Brief;
    }
    return DocumentType::Other;
}

bool hasQuestionsAndAnswers(const QStringList &headings)
{
    static const RE question(QStringLiteral("^Vraag\\s+\\d"));
    static const RE answer(QStringLiteral("^Antwoord\\s+\\d"));
    bool asked = false, answered = false;
    for (const QString &heading : headings) {
        asked = asked || question.match(heading).hasMatch();
        answered = answered || answer.match(heading).hasMatch();
    }
    return asked && answered;
}

DocumentType fromText(const QString &text, const QStringList &headings, bool coverLetter)
{
    const QString opening = text.left(kOpening);
    static const RE questions(QStringLiteral("^Vragen van (?:de leden|het lid)\\b[^\\n]*\\(ingezonden\\s+\\d"),
                              RE::MultilineOption);
    if (questions.match(opening).hasMatch() || hasQuestionsAndAnswers(headings))
        return DocumentType::Aanhangsel;
    static const RE motion(QStringLiteral("\\bDe Kamer,\\s+gehoord de beraadslaging\\b"));
    if (motion.match(opening).hasMatch())
        return DocumentType::Motie;
    static const RE committee(
        QStringLiteral("^(?:Verslag van een (?:schriftelijk overleg|commissiedebat|notaoverleg|wetgevingsoverleg)"
                       "|De vaste commissie voor [^\\n.]{0,200}\\bheeft\\b[^\\n.]{0,200}\\boverleg)"),
        RE::MultilineOption);
    if (committee.match(opening).hasMatch())
        return DocumentType::VerslagCommissie;
    static const RE letter(QStringLiteral("^(?:Geachte [Vv]oorzitter|Hierbij (?:bied|stuur|zend|informeer) ik u)"),
                           RE::MultilineOption);
    if (coverLetter || letter.match(opening).hasMatch())
        return DocumentType::Brief;
    return DocumentType::Other;
}

} // namespace

DocumentType DocumentTypeDetector::run(const DocumentTypeEvidence &evidence)
{
    const DocumentType byHead = fromHead(evidence.headLines);
    if (byHead != DocumentType::Other)
        return byHead;
    if (evidence.selfId.startsWith(QLatin1String("ah-")))
        return DocumentType::Aanhangsel;
    return fromText(evidence.text, evidence.headings, evidence.coverLetter);
}

} // namespace diptych
