#include "print/ComparisonHandout.h"

#include "compare/SectionAligner.h"
#include "compare/SectionTree.h"
#include "print/AnnotatedPrinter.h"
#include "print/PagedOutput.h"
#include "print/PrintedWords.h"

#include <QLocale>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextTable>

namespace diptych {

namespace {

const QColor kOneSide(255, 236, 204);

QTextCharFormat textFormat(double size, bool bold = false, bool italic = false, const QColor &color = Qt::black)
{
    QTextCharFormat f;
    f.setFontPointSize(size);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setForeground(color);
    return f;
}

QString sectionTitle(const Section &s)
{
    const QString number = s.label.isEmpty() ? (s.number > 0 ? QString::number(s.number) : QString()) : s.label;
    return number.isEmpty() ? s.title : number + QStringLiteral(". ") + s.title;
}

// The section's own text without its heading, shortened for paper.
QString excerpt(const Analysis &a, const SectionTree &tree, int section, int length)
{
    QString text = tree.ownText(section);
    const QString heading = a.sections[section].heading;
    if (!heading.isEmpty() && text.startsWith(heading))
        text = text.mid(heading.size());
    text = text.simplified();
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

QString dateRange(const Meeting &m)
{
    const QLocale locale;
    if (!m.start.isValid())
        return QString();
    const QString start = locale.toString(m.start, QLocale::LongFormat);
    if (!m.end.isValid() || m.end == m.start)
        return start;
    return start + QStringLiteral(" \u2013 ") + locale.toString(m.end, QLocale::LongFormat);
}

} // namespace

ComparisonHandout::ComparisonHandout(const Analysis &agenda, const Analysis &verslag)
    : m_agenda(&agenda), m_verslag(&verslag)
{
    if (agenda.kind == DocumentKind::Verslag && verslag.kind == DocumentKind::Agenda)
        std::swap(m_agenda, m_verslag);
    m_alignment = SectionAligner::align(*m_agenda, *m_verslag);
    m_pages = std::make_unique<TextPages>(build(), AnnotatedPrinter::a4(), kMargin);
}

QString ComparisonHandout::meetingHeading() const
{
    const Meeting &m = m_verslag->meeting.start.isValid() || m_verslag->meeting.type != MeetingType::None
                           ? m_verslag->meeting
                           : m_agenda->meeting;
    QStringList parts;
    for (const QString &part : {meetingTypeName(m.type), dateRange(m), m.place})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral(", "));
}

// Agenda order; a section only in the verslag comes after the row of the verslag section
// before it, so both columns read top to bottom.
QVector<ComparisonHandout::Row> ComparisonHandout::rows() const
{
    QVector<Row> rows;
    for (int i = 0; i < m_agenda->sections.size(); ++i) {
        Row row{i, -1};
        for (const AlignedPair &p : m_alignment.pairs)
            if (p.agenda == i)
                row.verslag = p.verslag;
        rows.append(row);
    }
    for (const int v : m_alignment.onlyVerslag) {
        int at = 0;
        for (int r = 0; r < rows.size(); ++r)
            if (rows[r].verslag >= 0 && rows[r].verslag < v)
                at = r + 1;
        rows.insert(at, Row{-1, v});
    }
    return rows;
}

std::unique_ptr<QTextDocument> ComparisonHandout::build() const
{
    auto doc = TextPages::newDocument();
    doc->setDefaultFont(QFont(QStringLiteral("DejaVu Serif"), 9));
    QTextCursor cursor(doc.get());
    const QString meeting = meetingHeading();
    cursor.insertText(meeting.isEmpty() ? PrintedWords::meetingNotRecognised() : meeting, textFormat(15, true));
    cursor.insertBlock();
    cursor.insertText(PrintedWords::comparisonSummary(m_alignment.pairs.size(), m_alignment.onlyAgenda.size(),
                                                      m_alignment.onlyVerslag.size()),
                      textFormat(9, false, false, Qt::darkGray));

    const QVector<Row> all = rows();
    QTextTableFormat tableFormat;
    tableFormat.setCellPadding(4);
    tableFormat.setCellSpacing(0);
    tableFormat.setBorder(0.5);
    tableFormat.setBorderBrush(Qt::gray);
    tableFormat.setHeaderRowCount(1);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 50), QTextLength(QTextLength::PercentageLength, 50)});
    tableFormat.setTopMargin(10);
    QTextTable *table = cursor.insertTable(all.size() + 1, 2, tableFormat);

    const SectionTree agendaTree(*m_agenda);
    const SectionTree verslagTree(*m_verslag);
    auto fill = [&](int row, int column, const Analysis &a, const SectionTree &tree, int section,
                    const QString &missing, const QString &alone) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextCursor c = cell.firstCursorPosition();
        if (section < 0) {
            c.insertText(missing, textFormat(8.5, false, true, Qt::gray));
            return;
        }
        if (!alone.isEmpty()) {
            QTextCharFormat tint = cell.format();
            tint.setBackground(kOneSide);
            cell.setFormat(tint);
            c.insertText(alone + QLatin1Char('\n'), textFormat(7.5, true, false, QColor(150, 80, 0)));
        }
        c.insertText(sectionTitle(a.sections[section]), textFormat(10, true));
        const QString text = excerpt(a, tree, section, kExcerptLength);
        if (!text.isEmpty())
            c.insertText(QLatin1Char('\n') + text, textFormat(8.5));
    };
    auto header = [&](int column, const Analysis &a, const QString &side) {
        QTextCursor c = table->cellAt(0, column).firstCursorPosition();
        c.insertText(side + QLatin1Char('\n'), textFormat(10.5, true));
        c.insertText(a.title, textFormat(8, false, true, Qt::darkGray));
    };
    header(0, *m_agenda, PrintedWords::agenda());
    header(1, *m_verslag, PrintedWords::report());
    for (int r = 0; r < all.size(); ++r) {
        const Row row = all[r];
        const bool paired = row.agenda >= 0 && row.verslag >= 0;
        fill(r + 1, 0, *m_agenda, agendaTree, row.agenda, PrintedWords::notOnTheAgenda(),
             paired ? QString() : PrintedWords::onlyOnTheAgenda());
        fill(r + 1, 1, *m_verslag, verslagTree, row.verslag, PrintedWords::notInTheReport(),
             paired ? QString() : PrintedWords::onlyInTheReport());
    }
    return doc;
}

bool ComparisonHandout::print(QPagedPaintDevice &device, QString *error) const
{
    PagedOutput out(device, false);
    for (int page = 0; page < m_pages->pageCount(); ++page) {
        QPainter *painter = out.beginSheet(m_pages->pageSize());
        if (!painter)
            break;
        m_pages->paint(page, painter);
    }
    const bool ok = out.finish();
    if (!ok && error)
        *error = tr("cannot write the pages (is the file writable?)");
    return ok;
}

bool ComparisonHandout::writePdf(const QString &path, QString *error) const
{
    const auto writer = PagedOutput::pdfWriter(path, meetingHeading());
    return print(*writer, error);
}

} // namespace diptych
