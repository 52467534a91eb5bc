#include "export/NotesMarkdownWriter.h"

#include "export/NoteLabels.h"

#include <QRegularExpression>

namespace diptych {

namespace {

// Characters with an inline meaning anywhere in a line (emphasis, code, links, HTML,
// tables and strike-through in the GitHub flavour, backslash itself).
const QString kInlineSpecials = QStringLiteral("\\`*_[]<>|~");

} // namespace

QString NotesMarkdownWriter::escapeInline(const QString &text)
{
    // "&amp;" or "&#38;" would be read as a character reference.
    static const QRegularExpression entity(QStringLiteral("^&#?[A-Za-z0-9]+;"));
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (kInlineSpecials.contains(c) || (c == QLatin1Char('&') && entity.match(QStringView(text).mid(i)).hasMatch()))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString NotesMarkdownWriter::escapeLine(const QString &text)
{
    static const QRegularExpression orderedList(QStringLiteral("^(\\d{1,9})([.)])"));
    QString line = escapeInline(text.trimmed());
    if (line.isEmpty())
        return line;
    const QRegularExpressionMatch m = orderedList.match(line);
    if (m.hasMatch())
        return line.insert(m.capturedEnd(1), QLatin1Char('\\'));
    if (QStringLiteral("#>+-=").contains(line.at(0)))
        line.prepend(QLatin1Char('\\'));
    return line;
}

QString NotesMarkdownWriter::write(const NotesReport &report)
{
    QStringList out{heading(1, report.title)};
    for (const DocumentNotes &doc : report.documents)
        writeDocument(doc, report.grouped ? 2 : 1, out);
    return out.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

void NotesMarkdownWriter::writeDocument(const DocumentNotes &doc, int level, QStringList &out)
{
    if (level > 1)
        out << heading(level, doc.title);
    QString line = escapeLine(NoteLabels::documentLine(doc));
    if (!doc.selfUrl.isEmpty())
        line += QStringLiteral(" \u00B7 ") + link(doc.selfUrl, doc.selfUrl);
    out << line;
    if (doc.notes.isEmpty())
        out << escapeLine(NoteLabels::noNotes());
    for (int i = 0; i < doc.notes.size(); ++i)
        writeNote(doc.notes[i], i + 1, level + 1, out);
}

void NotesMarkdownWriter::writeNote(const NoteItem &item, int number, int level, QStringList &out)
{
    out << heading(level, NoteLabels::noteHeading(item, number));
    if (!item.quote.trimmed().isEmpty())
        out << quoteBlock(item.quote);
    if (!item.annotation.note.trimmed().isEmpty())
        out << paragraphs(item.annotation.note);
    QStringList facts;
    if (!item.annotation.tags.isEmpty())
        facts << QStringLiteral("- ") + NoteLabels::tags() + QStringLiteral(": ")
                     + escapeInline(item.annotation.tags.join(QStringLiteral(", ")));
    if (!item.references.isEmpty()) {
        QStringList links;
        for (const Reference &r : item.references)
            links << link(NoteLabels::reference(r), r.url);
        facts << QStringLiteral("- ") + NoteLabels::kamerstukken() + QStringLiteral(": ")
                     + links.join(QStringLiteral(", "));
    }
    const QString byline = NoteLabels::byline(item.annotation);
    if (!byline.isEmpty())
        facts << QStringLiteral("- ") + escapeInline(byline);
    for (const AnnotationReply &r : item.replies)
        facts << QStringLiteral("- ") + escapeInline(NoteLabels::reply(r));
    if (!facts.isEmpty())
        out << facts.join(QLatin1Char('\n'));
}

QString NotesMarkdownWriter::quoteBlock(const QString &quote)
{
    QStringList lines;
    for (const QString &p : noteParagraphs(quote))
        lines << QStringLiteral("> ") + escapeLine(p.simplified());
    return lines.join(QStringLiteral("\n>\n"));
}

// The note's own line breaks are kept as hard breaks (a backslash at the line end).
QString NotesMarkdownWriter::paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &p : noteParagraphs(text)) {
        QStringList lines;
        for (const QString &line : p.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines << escapeLine(line.simplified());
        }
        out << lines.join(QStringLiteral("\\\n"));
    }
    return out.join(QStringLiteral("\n\n"));
}

QString NotesMarkdownWriter::link(const QString &text, const QString &url)
{
    if (url.isEmpty())
        return escapeInline(text);
    QString target = url;
    target.replace(QLatin1Char(' '), QStringLiteral("%20"))
        .replace(QLatin1Char('('), QStringLiteral("%28"))
        .replace(QLatin1Char(')'), QStringLiteral("%29"));
    return QLatin1Char('[') + escapeInline(text) + QStringLiteral("](") + target + QLatin1Char(')');
}

QString NotesMarkdownWriter::heading(int level, const QString &text)
{
    // A heading's text is inline: only inline escapes, and no trailing "#" run to close it.
    QString body = escapeInline(text.simplified());
    if (body.endsWith(QLatin1Char('#')))
        body.insert(body.size() - 1, QLatin1Char('\\'));
    return QString(level, QLatin1Char('#')) + QLatin1Char(' ') + body;
}

} // namespace diptych
