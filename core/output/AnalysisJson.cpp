#include "output/AnalysisJson.h"

#include <QJsonArray>

namespace diptych {

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }

// Pages are 1-based for people and in JSON.
QJsonValue pageOf(const Location &at) { return at.page >= 0 ? QJsonValue(at.page + 1) : QJsonValue(QJsonValue::Null); }

QJsonValue rangeOf(const Location &at)
{
    if (at.start < 0)
        return QJsonValue::Null;
    return QJsonArray{at.start, at.end};
}

QJsonValue rectOf(const Location &at)
{
    if (at.rect.isNull())
        return QJsonValue::Null;
    return QJsonArray{at.rect.x(), at.rect.y(), at.rect.width(), at.rect.height()};
}

QJsonObject meetingToJson(const Meeting &m)
{
    return QJsonObject{{QStringLiteral("type"), stringOrNull(meetingTypeName(m.type))},
                       {QStringLiteral("start"), dateOrNull(m.start)},
                       {QStringLiteral("end"), dateOrNull(m.end)},
                       {QStringLiteral("place"), stringOrNull(m.place)}};
}

QJsonArray footnotesToJson(const QVector<Footnote> &notes)
{
    QJsonArray out;
    for (const Footnote &note : notes) {
        QJsonArray calls;
        for (const FootnoteCall &call : note.calls)
            calls.append(QJsonObject{{QStringLiteral("page"), pageOf(call.at)},
                                     {QStringLiteral("before"), call.before},
                                     {QStringLiteral("offset"), call.at.start},
                                     {QStringLiteral("rect"), rectOf(call.at)}});
        out.append(QJsonObject{{QStringLiteral("number"), note.number},
                               {QStringLiteral("page"), pageOf(note.at)},
                               {QStringLiteral("text"), note.text},
                               {QStringLiteral("rect"), rectOf(note.at)},
                               {QStringLiteral("calls"), calls}});
    }
    return out;
}

QJsonArray referencesToJson(const QVector<Reference> &refs)
{
    QJsonArray out;
    for (const Reference &r : refs)
        out.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("text"), r.text},
            {QStringLiteral("page"), pageOf(r.at)},
            {QStringLiteral("url"), r.url},
            {QStringLiteral("kind"), referenceKindName(r.kind)},
            {QStringLiteral("dossiers"), QJsonArray::fromStringList(r.dossiers)},
            {QStringLiteral("number"), stringOrNull(r.number)},
            {QStringLiteral("page_ref"), stringOrNull(r.pageRef)},
            {QStringLiteral("footnote"), r.footnote ? QJsonValue(r.footnote) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("range"), rangeOf(r.at)}});
    return out;
}

QJsonArray mentionsToJson(const QVector<Mention> &mentions)
{
    QJsonArray out;
    for (const Mention &m : mentions)
        out.append(QJsonObject{
            {QStringLiteral("what"), mentionKindName(m.what)},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("place"), stringOrNull(m.place)},
            {QStringLiteral("start"), dateOrNull(m.start)},
            {QStringLiteral("end"), dateOrNull(m.end)},
            {QStringLiteral("year"), m.year ? QJsonValue(m.year) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("month"), m.month ? QJsonValue(m.month) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("text"), m.text},
            {QStringLiteral("page"), pageOf(m.at)},
            {QStringLiteral("footnote"), m.footnote ? QJsonValue(m.footnote) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("range"), rangeOf(m.at)}});
    return out;
}

// A fetched letter's official metadata, the facts it holds that the analysis has no field for
// included (date, dossier, vergaderjaar, indiener, ontvanger).
QJsonObject officialToJson(const OfficialMetadata &m)
{
    return QJsonObject{{QStringLiteral("id"), stringOrNull(m.id)},
                       {QStringLiteral("dossier"), stringOrNull(m.dossier)},
                       {QStringLiteral("number"), stringOrNull(m.number)},
                       {QStringLiteral("title"), stringOrNull(m.title)},
                       {QStringLiteral("dossier_title"), stringOrNull(m.dossierTitle)},
                       {QStringLiteral("date"), dateOrNull(m.date)},
                       {QStringLiteral("vergaderjaar"), stringOrNull(m.vergaderjaar)},
                       {QStringLiteral("type"), stringOrNull(m.type)},
                       {QStringLiteral("indiener"), stringOrNull(m.indiener)},
                       {QStringLiteral("ontvanger"), stringOrNull(m.ontvanger)}};
}

QJsonArray disagreementsToJson(const QVector<MetadataDisagreement> &disagreements)
{
    QJsonArray out;
    for (const MetadataDisagreement &d : disagreements)
        out.append(QJsonObject{{QStringLiteral("field"), d.field},
                               {QStringLiteral("analysis"), stringOrNull(d.analysis)},
                               {QStringLiteral("official"), d.official}});
    return out;
}

} // namespace

QJsonObject AnalysisJson::sectionToJson(const Section &s)
{
    return QJsonObject{{QStringLiteral("level"), s.level},
                       {QStringLiteral("number"), s.number ? QJsonValue(s.number) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("label"), stringOrNull(s.label)},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("heading"), s.heading},
                       {QStringLiteral("page"), pageOf(s.at)},
                       {QStringLiteral("range"), rangeOf(s.at)},
                       {QStringLiteral("rect"), rectOf(s.at)}};
}

QJsonObject AnalysisJson::toJson(const Analysis &a, bool withText)
{
    QJsonArray sections;
    for (const Section &s : a.sections)
        sections.append(sectionToJson(s));
    QJsonObject o{
        {QStringLiteral("file"), a.file},
        {QStringLiteral("format"), formatName(a.format)},
        {QStringLiteral("pages"), a.pageCount},
        {QStringLiteral("kind"), kindName(a.kind)},
        {QStringLiteral("doc_type"), docTypeName(a.docType)},
        {QStringLiteral("title"), stringOrNull(a.title)},
        {QStringLiteral("meeting"), meetingToJson(a.meeting)},
        {QStringLiteral("self"), stringOrNull(a.selfId)},
        {QStringLiteral("cover_letter"), QJsonObject{{QStringLiteral("present"), a.cover.present},
                                                     {QStringLiteral("signatory"), stringOrNull(a.cover.signatory)},
                                                     {QStringLiteral("range"), rangeOf(a.cover.at)}}},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("footnotes"), footnotesToJson(a.footnotes)},
        {QStringLiteral("references"), referencesToJson(a.references)},
        {QStringLiteral("mentions"), mentionsToJson(a.mentions)},
    };
    // Only a fetched letter has these: the JSON of other letters is as it was.
    if (a.official) {
        o.insert(QStringLiteral("official"), officialToJson(*a.official));
        o.insert(QStringLiteral("metadata_disagrees"), disagreementsToJson(a.metadataDisagrees));
    }
    if (withText)
        o.insert(QStringLiteral("text"), a.text);
    return o;
}

QJsonObject AnalysisJson::alignmentToJson(const Analysis &agenda, const Analysis &verslag,
                                          const SectionAlignment &alignment)
{
    auto brief = [](const Section &s) {
        return QJsonObject{{QStringLiteral("level"), s.level},
                           {QStringLiteral("number"), s.number ? QJsonValue(s.number) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("title"), s.title}};
    };
    QJsonArray pairs, onlyAgenda, onlyVerslag;
    for (const AlignedPair &p : alignment.pairs)
        pairs.append(QJsonObject{{QStringLiteral("agenda"), brief(agenda.sections.at(p.agenda))},
                                 {QStringLiteral("verslag"), brief(verslag.sections.at(p.verslag))},
                                 {QStringLiteral("score"), qRound(p.score * 1000) / 1000.0}});
    for (int i : alignment.onlyAgenda)
        onlyAgenda.append(brief(agenda.sections.at(i)));
    for (int i : alignment.onlyVerslag)
        onlyVerslag.append(brief(verslag.sections.at(i)));
    return QJsonObject{{QStringLiteral("agenda"), agenda.file},
                       {QStringLiteral("verslag"), verslag.file},
                       {QStringLiteral("pairs"), pairs},
                       {QStringLiteral("only_agenda"), onlyAgenda},
                       {QStringLiteral("only_verslag"), onlyVerslag}};
}

QString AnalysisJson::summary(const Analysis &a)
{
    QString out;
    out += a.file + QLatin1Char('\n');
    out += QStringLiteral("  format: %1, %2 page(s), kind: %3, type: %4\n")
               .arg(formatName(a.format))
               .arg(a.pageCount)
               .arg(kindName(a.kind), docTypeName(a.docType));
    if (!a.title.isEmpty())
        out += QStringLiteral("  title: ") + a.title + QLatin1Char('\n');
    if (a.meeting.type != MeetingType::None || a.meeting.start.isValid())
        out += QStringLiteral("  meeting: %1 %2 – %3 %4\n")
                   .arg(a.meeting.type == MeetingType::None ? QStringLiteral("?") : meetingTypeName(a.meeting.type),
                        a.meeting.start.toString(Qt::ISODate), a.meeting.end.toString(Qt::ISODate), a.meeting.place);
    if (!a.selfId.isEmpty())
        out += QStringLiteral("  self: ") + a.selfId + QLatin1Char('\n');
    if (a.cover.present)
        out += QStringLiteral("  cover letter, signed: ") + a.cover.signatory + QLatin1Char('\n');
    for (const Section &s : a.sections)
        out += QString(s.level * 2, QLatin1Char(' ')) + QStringLiteral("§ ") + s.heading
               + QStringLiteral("  (p. %1)\n").arg(s.at.page + 1);
    for (const Footnote &f : a.footnotes)
        out += QStringLiteral("  [%1] p. %2: %3\n").arg(f.number).arg(f.at.page + 1).arg(f.text);
    for (const Reference &r : a.references)
        out += QStringLiteral("  ref %1  (%2)\n").arg(r.id, r.text);
    for (const Mention &m : a.mentions)
        out +=
            QStringLiteral("  mentions %1 %2 %3\n").arg(mentionKindName(m.what), m.name, m.start.toString(Qt::ISODate));
    return out;
}

} // namespace diptych
