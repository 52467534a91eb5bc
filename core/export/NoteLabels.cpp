#include "export/NoteLabels.h"

#include "links/MeetingNames.h"

#include <QFileInfo>
#include <QLocale>

namespace diptych {

namespace {

const QString kEmDash = QStringLiteral(" \u2014 ");
const QString kDot = QStringLiteral(" \u00B7 ");

QString pageLabel(int page) { return QStringLiteral("p. %1").arg(page + 1); }

QString kindLabel(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Agenda: return QStringLiteral("geannoteerde agenda");
    case DocumentKind::Verslag: return QStringLiteral("verslag");
    case DocumentKind::Other: break;
    }
    return QStringLiteral("brief");
}

} // namespace

QString NoteLabels::reportTitle(const QString &subject) { return QStringLiteral("Aantekeningen bij ") + subject; }

QString NoteLabels::meetingTitle(const Meeting &meeting)
{
    return QStringLiteral("Aantekeningen ") + MeetingNames::meeting(meeting);
}

QString NoteLabels::noteHeading(const NoteItem &item, int number)
{
    QString where;
    if (item.placed && item.page >= 0)
        where = pageLabel(item.page);
    else if (!item.placed)
        where = notPlaced() + (item.page >= 0 ? QStringLiteral(" (was %1)").arg(pageLabel(item.page)) : QString());
    QString heading = QString::number(number) + QStringLiteral(". ") + where;
    if (!item.section.isEmpty())
        heading += (where.isEmpty() ? QString() : kEmDash) + item.section;
    return heading.trimmed();
}

QString NoteLabels::documentLine(const DocumentNotes &doc)
{
    QStringList parts{kindLabel(doc.kind)};
    if (!doc.selfId.isEmpty())
        parts << doc.selfId;
    parts << QFileInfo(doc.file).fileName();
    const int n = doc.notes.size();
    parts << (n == 1 ? QStringLiteral("1 aantekening") : QStringLiteral("%1 aantekeningen").arg(n));
    return parts.join(kDot);
}

QString NoteLabels::reply(const AnnotationReply &r)
{
    QString who = QStringLiteral("Antwoord");
    if (!r.author.isEmpty())
        who += QStringLiteral(" van ") + r.author;
    if (r.created.isValid())
        who += QStringLiteral(", ")
               + QLocale(QLocale::Dutch).toString(r.created.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
    return who + QStringLiteral(": ") + r.text.simplified();
}

QString NoteLabels::byline(const Annotation &a)
{
    QStringList parts;
    if (!a.author.isEmpty())
        parts << a.author;
    if (a.created.isValid())
        parts << QLocale(QLocale::Dutch).toString(a.created.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
    return parts.join(QStringLiteral(", "));
}

QString NoteLabels::reference(const Reference &r)
{
    const QString text = r.text.simplified();
    return text.isEmpty() || text == r.id ? r.id : text + QStringLiteral(" (") + r.id + QLatin1Char(')');
}

} // namespace diptych
