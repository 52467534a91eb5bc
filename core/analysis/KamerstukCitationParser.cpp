#include "analysis/KamerstukCitationParser.h"

#include "analysis/RegexText.h"

#include <QRegularExpression>

namespace diptych {

namespace {

const QString &kWs = RegexText::space();
const QString &kDash = RegexText::dash();

QRegularExpression compile(const QString &pattern) { return RegexText::unicodePattern(pattern); }

// A dossier: "28676", "28 676", "21 501-02" (sub-dossier), "35 300-XV" and "36 200 V" (chapter).
// A chapter after a space only counts before ",", "en", ")" or "nr", so "28676 De" stays "28676".
QString dossierPattern()
{
    return QStringLiteral("\\d{2}") + kWs + QStringLiteral("?\\d{3}(?:") + kWs + QStringLiteral("*") + kDash + kWs
           + QStringLiteral("*(?:\\d{2}(?!\\d)|[A-Z]{1,5}(?!\\p{L}))|") + kWs
           + QStringLiteral("+(?:[IVXL]{1,6}|[A-Z])(?!\\p{L})(?=") + kWs
           + QStringLiteral("*(?:[,;)]|en\\s|(?i:nrs?\\b|nummer))))?(?!\\d)");
}

// "Kamerstuk", "Kamerstukken II 2023/24,", "Tweede Kamer, vergaderjaar 2023–2024," (group 1), or
// "nummer"/"nr."/"motie" directly before a compact id such as 21501-02-2898 (group 2).
const QRegularExpression &prefixRe()
{
    static const QRegularExpression re =
        compile(QStringLiteral("(?<!\\p{L})(?:((?:(?i:kamerstuk(?:ken)?|kst\\.)(?!\\p{L})(?:") + kWs
                + QStringLiteral("+(?:II|ll|I|TK|EK)(?!\\p{L}))?|(?:Tweede|Eerste)") + kWs + QStringLiteral("+Kamer")
                + kWs + QStringLiteral("*,?") + kWs + QStringLiteral("*(?i:vergaderjaar))(?:") + kWs
                + QStringLiteral("*,?") + kWs + QStringLiteral("*\\d{4}") + kWs + QStringLiteral("*(?:/|") + kDash
                + QStringLiteral(")") + kWs + QStringLiteral("*\\d{2,4}(?!\\d))?") + kWs + QStringLiteral("*,?") + kWs
                + QStringLiteral("*)|((?i:nummer|nr\\.?|motie)") + kWs + QStringLiteral("+)(?=\\d{5}") + kDash
                + QStringLiteral("))"));
    return re;
}

// "21501-02-2898", "36200-V-5", "28676-499"; not "21501-02, nr. 2898", where 02 is the sub-dossier.
const QRegularExpression &compactRe()
{
    static const QRegularExpression re = compile(
        QStringLiteral("(\\d{2}") + kWs + QStringLiteral("?\\d{3}(?:") + kDash
        + QStringLiteral("(?:\\d{2}|[A-Z]{1,5}))?)") + kDash + QStringLiteral("(\\d{1,5}[a-z]?)(?![\\d\\p{L}]|") + kDash
        + QStringLiteral(")(?!") + kWs + QStringLiteral("*,?") + kWs + QStringLiteral("*(?i:nrs?\\b|nummer))"));
    return re;
}

const QRegularExpression &dossierRe()
{
    static const QRegularExpression re = compile(QStringLiteral("(") + dossierPattern() + QStringLiteral(")"));
    return re;
}

const QRegularExpression &dossierSeparatorRe()
{
    static const QRegularExpression re =
        compile(kWs + QStringLiteral("*(?:,|&|en(?=") + kWs + QStringLiteral("))") + kWs + QStringLiteral("*(?=")
                + dossierPattern() + QStringLiteral(")"));
    return re;
}

// Group 1 is set for the plural forms, which alone may be followed by a list of numbers.
const QRegularExpression &numberWordRe()
{
    static const QRegularExpression re =
        compile(kWs + QStringLiteral("*,?") + kWs + QStringLiteral("*(?i:(nrs\\.?|nummers)|nr\\.?|nummer)(?!\\p{L})")
                + kWs + QStringLiteral("*"));
    return re;
}

// Eerste Kamer documents are lettered without "nr.": "Kamerstukken I 2014/15, 33802, C".
const QRegularExpression &letterNumberRe()
{
    static const QRegularExpression re =
        compile(kWs + QStringLiteral("*,") + kWs + QStringLiteral("*([A-Z]{1,3})(?![\\p{L}\\d])"));
    return re;
}

const QRegularExpression &numberRe()
{
    static const QRegularExpression re = compile(QStringLiteral("(\\d{1,5}[a-z]?)(?![\\d\\p{L}])"));
    return re;
}

// "nrs. 12 t/m 15" yields 12 and 15 only: the numbers between have no text to point at.
const QRegularExpression &numberSeparatorRe()
{
    static const QRegularExpression re =
        compile(kWs + QStringLiteral("*(?:,|&|en(?=") + kWs + QStringLiteral(")|t/m|tot en met)") + kWs
                + QStringLiteral("*(?!\\d{2}") + kWs + QStringLiteral("?\\d{3}(?!\\d))(?=\\d)"));
    return re;
}

// ", p. 4" / ", blz. 4-5"; the comma is required and a blank line ends the citation, so a
// running footer such as "Pagina 2 van 2" after a footnote is no page reference.
const QRegularExpression &pageRe()
{
    static const QRegularExpression re = compile(QStringLiteral("[ \\t\\x{00A0}]*,[ \\t\\x{00A0}]*\\n?[ \\t\\x{00A0}]*"
                                                                "(?i:p\\.|pp\\.|pag\\.|pagina|blz\\.|bladzijde|b\\.)")
                                                 + kWs + QStringLiteral("*(\\d+(?:") + kWs + QStringLiteral("*") + kDash
                                                 + kWs + QStringLiteral("*\\d+)?)(?!\\d)"));
    return re;
}

// Another dossier group after a complete one: "…, nr. 1234 en 21 501-02, nr. 2800".
const QRegularExpression &groupSeparatorRe()
{
    static const QRegularExpression re = compile(kWs + QStringLiteral("*(?:;|,|en(?=") + kWs + QStringLiteral("))")
                                                 + kWs + QStringLiteral("*(?=\\d{2})"));
    return re;
}

QRegularExpressionMatch matchAt(const QRegularExpression &re, const QString &text, int pos)
{
    return RegexText::at(re, text, pos);
}

struct Span {
    QString value;
    qsizetype start = 0;
    qsizetype end = 0;
};

// One dossier group: its dossiers, numbers and page, as read from the text.
struct Group {
    int start = 0;
    int end = 0;
    QStringList dossiers;
    QVector<Span> numbers;
    QString page;
};

bool readNumbers(const QString &text, int &pos, Group &g)
{
    const QRegularExpressionMatch word = matchAt(numberWordRe(), text, pos);
    if (!word.hasMatch()) {
        const QRegularExpressionMatch letter = matchAt(letterNumberRe(), text, pos);
        if (!letter.hasMatch())
            return false;
        g.numbers.append({letter.captured(1), letter.capturedStart(1), letter.capturedEnd(1)});
        pos = letter.capturedEnd(0);
        return true;
    }
    QRegularExpressionMatch num = matchAt(numberRe(), text, word.capturedEnd(0));
    if (!num.hasMatch())
        return false;
    g.numbers.append({num.captured(1), num.capturedStart(1), num.capturedEnd(1)});
    pos = num.capturedEnd(0);
    bool plural = word.capturedStart(1) >= 0;
    for (;;) {
        // "nr. 679, nr. 684 en 685": a number word again lists the numbers as "nrs." does.
        const QRegularExpressionMatch again = matchAt(numberWordRe(), text, pos);
        const QRegularExpressionMatch sep = again.hasMatch() ? again : matchAt(numberSeparatorRe(), text, pos);
        if (!sep.hasMatch() || (!again.hasMatch() && !plural))
            break;
        num = matchAt(numberRe(), text, sep.capturedEnd(0));
        if (!num.hasMatch())
            break;
        g.numbers.append({num.captured(1), num.capturedStart(1), num.capturedEnd(1)});
        pos = num.capturedEnd(0);
        plural = plural || again.hasMatch();
    }
    return true;
}

// Reads one group at pos; dossier-only groups are allowed only when allowBare is set.
bool readGroup(const QString &text, int pos, bool allowBare, Group &g)
{
    g.start = pos;
    const QRegularExpressionMatch compact = matchAt(compactRe(), text, pos);
    if (compact.hasMatch()) {
        g.dossiers << KamerstukCitationParser::normaliseDossier(compact.captured(1));
        g.numbers.append({compact.captured(2), compact.capturedStart(2), compact.capturedEnd(2)});
        pos = compact.capturedEnd(0);
    } else {
        QRegularExpressionMatch d = matchAt(dossierRe(), text, pos);
        if (!d.hasMatch())
            return false;
        g.dossiers << KamerstukCitationParser::normaliseDossier(d.captured(1));
        pos = d.capturedEnd(0);
        for (QRegularExpressionMatch sep = matchAt(dossierSeparatorRe(), text, pos); sep.hasMatch();
             sep = matchAt(dossierSeparatorRe(), text, pos)) {
            d = matchAt(dossierRe(), text, sep.capturedEnd(0));
            g.dossiers << KamerstukCitationParser::normaliseDossier(d.captured(1));
            pos = d.capturedEnd(0);
        }
        if (!readNumbers(text, pos, g) && !allowBare)
            return false;
    }
    g.end = pos;
    const QRegularExpressionMatch page = matchAt(pageRe(), text, pos);
    if (page.hasMatch() && !g.numbers.isEmpty()) {
        g.page = page.captured(1).simplified();
        g.end = page.capturedEnd(0);
    }
    return true;
}

Reference makeReference(const QString &text, int start, int end)
{
    Reference r;
    r.at.start = start;
    r.at.end = end;
    r.text = text.mid(start, end - start).simplified();
    r.kind = ReferenceKind::Kamerstuk;
    return r;
}

void appendGroup(const QString &text, const Group &g, int firstStart, int citation,
                 QVector<KamerstukCitationParser::Found> &out)
{
    if (g.numbers.isEmpty()) {
        Reference r = makeReference(text, firstStart, g.end);
        r.id = QStringLiteral("dossier-") + g.dossiers.first();
        r.dossiers = g.dossiers;
        r.kind = ReferenceKind::Dossier;
        out.append({r, citation});
        return;
    }
    for (int i = 0; i < g.numbers.size(); ++i) {
        const Span &n = g.numbers[i];
        const bool last = i == g.numbers.size() - 1;
        const int start = i == 0 ? firstStart : n.start;
        Reference r = makeReference(text, start, last ? g.end : n.end);
        r.id = QStringLiteral("kst-") + g.dossiers.first() + QLatin1Char('-') + n.value;
        r.dossiers = g.dossiers;
        r.number = n.value;
        r.pageRef = g.page;
        out.append({r, citation});
    }
}

} // namespace

QVector<KamerstukCitationParser::Found> KamerstukCitationParser::find(const QString &input)
{
    const QString text = RegexText::sanitised(input);
    QVector<Found> out;
    int citation = 0;
    int pos = 0;
    while (true) {
        const QRegularExpressionMatch prefix = RegexText::from(prefixRe(), text, pos);
        if (!prefix.hasMatch())
            break;
        const bool numberForm = prefix.capturedStart(2) >= 0;
        Group g;
        if (!readGroup(text, prefix.capturedEnd(0), !numberForm, g)) {
            pos = prefix.capturedEnd(0);
            continue;
        }
        ++citation;
        const int firstOut = out.size();
        appendGroup(text, g, prefix.capturedStart(0), citation, out);
        // "nummer 21501-02-2898" is how letters cite a motion.
        if (numberForm && prefix.captured(2).trimmed().compare(QLatin1String("nr."), Qt::CaseInsensitive) != 0) {
            for (int i = firstOut; i < out.size(); ++i)
                out[i].ref.kind = ReferenceKind::Motie;
        }
        pos = g.end;
        while (!g.numbers.isEmpty()) {
            const QRegularExpressionMatch sep = matchAt(groupSeparatorRe(), text, pos);
            Group next;
            if (!sep.hasMatch() || !readGroup(text, sep.capturedEnd(0), false, next))
                break;
            appendGroup(text, next, next.start, citation, out);
            pos = next.end;
            g = next;
        }
    }
    return out;
}

QString KamerstukCitationParser::normaliseDossier(const QString &written)
{
    static const QRegularExpression dash(QStringLiteral("[\\x{2010}-\\x{2015}\\x{2212}]"));
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}]+"));
    QString d = written;
    d.replace(dash, QStringLiteral("-"));
    d = d.trimmed();
    // The first five digits are the dossier; whatever follows is a sub-dossier or chapter.
    QString digits;
    int i = 0;
    for (; i < d.size() && digits.size() < 5; ++i) {
        if (d.at(i).isDigit())
            digits += d.at(i);
    }
    QString rest = d.mid(i);
    rest.remove(spaces);
    if (rest.startsWith(QLatin1Char('-')))
        rest.remove(0, 1);
    return rest.isEmpty() ? digits : digits + QLatin1Char('-') + rest;
}

} // namespace diptych
