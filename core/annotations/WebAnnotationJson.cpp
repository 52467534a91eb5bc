#include "annotations/WebAnnotationJson.h"

#include "annotations/PageAreaJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace diptych {

namespace {

const QString kContext = QStringLiteral("http://www.w3.org/ns/anno.jsonld");
const QString kUuidPrefix = QStringLiteral("urn:uuid:");
const QString kHashPrefix = QStringLiteral("urn:sha256:");

QString str(const char *latin1) { return QString::fromLatin1(latin1); }

QJsonObject textualBody(const QString &value, const QString &purpose)
{
    QJsonObject body{{str("type"), str("TextualBody")}, {str("value"), value}, {str("purpose"), purpose}};
    if (purpose == QLatin1String("commenting")) {
        body.insert(str("language"), str("nl"));
        body.insert(str("format"), str("text/plain"));
    }
    return body;
}

QJsonArray selectors(const Annotation &a)
{
    QJsonArray out;
    if (!a.quote.isEmpty())
        out.append(QJsonObject{{str("type"), str("TextQuoteSelector")},
                               {str("exact"), a.quote.exact},
                               {str("prefix"), a.quote.prefix},
                               {str("suffix"), a.quote.suffix}});
    if (a.position.isValid())
        out.append(QJsonObject{{str("type"), str("TextPositionSelector")},
                               {str("start"), a.position.start},
                               {str("end"), a.position.end}});
    return out;
}

// "urn:uuid:X" gives X; any other id a stable name-based UUID, so importing the same file
// twice replaces rather than doubles. Without an id, the UUID is named by what the
// annotation is (its target and body, as compact JSON with sorted keys): importing the file
// again, or after a kill half-way, replaces instead of doubling.
QString idFrom(const QJsonObject &o)
{
    const QString id = o.value(str("id")).toString();
    if (id.isEmpty()) {
        const QJsonObject what{{str("target"), o.value(str("target"))},
                               {str("body"), o.value(str("body"))},
                               {str("bodyValue"), o.value(str("bodyValue"))}};
        return QUuid::createUuidV5(QUuid(), QJsonDocument(what).toJson(QJsonDocument::Compact))
            .toString(QUuid::WithoutBraces);
    }
    if (id.startsWith(kUuidPrefix) && !QUuid(id.mid(kUuidPrefix.size())).isNull())
        return QUuid(id.mid(kUuidPrefix.size())).toString(QUuid::WithoutBraces);
    if (!QUuid(id).isNull())
        return QUuid(id).toString(QUuid::WithoutBraces);
    return QUuid::createUuidV5(QUuid(), id).toString(QUuid::WithoutBraces);
}

QString creatorName(const QJsonValue &creator)
{
    if (creator.isString())
        return creator.toString();
    if (creator.isArray())
        return creatorName(creator.toArray().first());
    const QJsonObject o = creator.toObject();
    return o.value(str("name")).toString(o.value(str("nickname")).toString());
}

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

void readBodies(const QJsonObject &o, Annotation &a)
{
    QStringList notes;
    if (o.contains(str("bodyValue")))
        notes << o.value(str("bodyValue")).toString();
    for (const QJsonValue &v : asArray(o.value(str("body")))) {
        const QJsonObject body = v.toObject();
        const QString value = body.value(str("value")).toString();
        if (body.value(str("purpose")).toString() == QLatin1String("tagging"))
            a.tags << value;
        else if (!value.isEmpty())
            notes << value;
    }
    a.note = notes.join(QStringLiteral("\n\n"));
}

// The target's selectors; a TextQuoteSelector may also sit in a refinedBy chain.
void readTarget(const QJsonValue &targetValue, Annotation &a)
{
    const QJsonObject target = asArray(targetValue).first().toObject();
    const QString source = targetValue.isString() ? targetValue.toString() : target.value(str("source")).toString();
    if (source.startsWith(kHashPrefix))
        a.documentHash = source.mid(kHashPrefix.size());
    for (const QJsonValue &v : asArray(target.value(str("selector")))) {
        for (QJsonObject s = v.toObject(); !s.isEmpty(); s = s.value(str("refinedBy")).toObject()) {
            const QString type = s.value(str("type")).toString();
            if (type == QLatin1String("TextQuoteSelector"))
                a.quote = TextQuoteSelector{s.value(str("exact")).toString(), s.value(str("prefix")).toString(),
                                            s.value(str("suffix")).toString()};
            else if (type == QLatin1String("TextPositionSelector"))
                a.position = TextPositionSelector{s.value(str("start")).toInt(-1), s.value(str("end")).toInt(-1)};
        }
    }
}

QDateTime dateFrom(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QJsonObject WebAnnotationJson::toJson(const Annotation &a)
{
    QJsonObject o{{str("@context"), kContext},
                  {str("id"), QString(kUuidPrefix + a.id)},
                  {str("type"), str("Annotation")},
                  {str("motivation"), a.isNote() ? str("commenting") : str("highlighting")},
                  {str("creator"), QJsonObject{{str("type"), str("Person")}, {str("name"), a.author}}},
                  {str("created"), a.created.toUTC().toString(Qt::ISODate)},
                  {str("modified"), a.modified.toUTC().toString(Qt::ISODate)}};
    QJsonArray bodies;
    if (!a.note.isEmpty())
        bodies.append(textualBody(a.note, str("commenting")));
    for (const QString &tag : a.tags)
        bodies.append(textualBody(tag, str("tagging")));
    if (!bodies.isEmpty())
        o.insert(str("body"), bodies);
    QJsonObject target{{str("source"), QString(kHashPrefix + a.documentHash)}};
    const QJsonArray s = selectors(a);
    if (!s.isEmpty())
        target.insert(str("selector"), s);
    o.insert(str("target"), target);
    o.insert(str("diptych:kind"), annotationKindName(a.kind));
    o.insert(str("diptych:color"), a.color.name());
    if (!a.areas.isEmpty())
        o.insert(str("diptych:areas"), PageAreaJson::toJson(a.areas));
    return o;
}

QByteArray WebAnnotationJson::exportCollection(const QVector<Annotation> &annotations)
{
    QByteArray out;
    writeCollection(annotations, [&](const QByteArray &bytes) { out += bytes; });
    return out;
}

void WebAnnotationJson::writeCollection(const QVector<Annotation> &annotations,
                                        const std::function<void(const QByteArray &)> &write)
{
    int next = 0;
    writeCollection(
        int(annotations.size()),
        [&]() -> const Annotation * { return next < annotations.size() ? &annotations[next++] : nullptr; }, write);
}

// One annotation at a time: a collection of 61,000 annotations built as one QJsonDocument
// took 1.4 GB; written so, memory stays that of one annotation. The collection's own keys
// come first, the items last, as a reader streaming the file would want them.
void WebAnnotationJson::writeCollection(int total, const std::function<const Annotation *()> &next,
                                        const std::function<void(const QByteArray &)> &write)
{
    write(QByteArrayLiteral("{\n    \"@context\": \"") + kContext.toUtf8()
          + QByteArrayLiteral("\",\n    \"type\": \"AnnotationCollection\",\n    \"total\": ")
          + QByteArray::number(total)
          + QByteArrayLiteral(",\n    \"first\": {\n        \"type\": \"AnnotationPage\",\n        \"startIndex\": 0,\n"
                              "        \"items\": ["));
    bool first = true;
    while (const Annotation *a = next()) {
        QByteArray item = QJsonDocument(toJson(*a)).toJson(QJsonDocument::Indented).trimmed();
        item.replace('\n', QByteArrayLiteral("\n            "));
        write((first ? QByteArrayLiteral("\n            ") : QByteArrayLiteral(",\n            ")) + item);
        first = false;
    }
    write(QByteArrayLiteral("\n        ]\n    }\n}\n"));
}

std::optional<Annotation> WebAnnotationJson::fromJson(const QJsonObject &o)
{
    Annotation a;
    a.id = idFrom(o);
    readTarget(o.value(str("target")), a);
    readBodies(o, a);
    const QList<QVariant> motivations = asArray(o.value(str("motivation"))).toVariantList();
    const bool commenting = motivations.contains(str("commenting")) || !a.note.isEmpty();
    const auto kind = annotationKindFromName(o.value(str("diptych:kind")).toString());
    a.areas = PageAreaJson::fromJson(o.value(str("diptych:areas")).toArray());
    if (kind)
        a.kind = *kind;
    else if (commenting)
        a.kind = a.hasTextAnchor() ? AnnotationKind::HighlightNote : AnnotationKind::PageNote;
    else
        a.kind = AnnotationKind::Highlight;
    if (!a.hasTextAnchor() && (a.kind != AnnotationKind::PageNote || a.areas.isEmpty()))
        return std::nullopt;
    const QColor color(o.value(str("diptych:color")).toString());
    a.color = color.isValid() ? color : Annotation::defaultColor(a.kind);
    a.author = creatorName(o.value(str("creator")));
    a.created = dateFrom(o.value(str("created")));
    a.modified = dateFrom(o.value(str("modified")));
    if (!a.created.isValid())
        a.created = Annotation::nowUtc();
    if (!a.modified.isValid())
        a.modified = a.created;
    return a;
}

QVector<Annotation> WebAnnotationJson::parse(const QByteArray &json, QString *error)
{
    QVector<Annotation> out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = QStringLiteral("not JSON: ") + parseError.errorString();
        return out;
    }
    QJsonArray items = doc.array();
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue first = o.value(str("first"));
        if (o.value(str("type")).toString() == QLatin1String("AnnotationCollection") || o.contains(str("first")))
            items = first.isArray() ? first.toArray() : first.toObject().value(str("items")).toArray();
        else if (o.contains(str("items")))
            items = o.value(str("items")).toArray();
        else
            items = QJsonArray{o};
    }
    int skipped = 0;
    for (const QJsonValue &v : items) {
        const std::optional<Annotation> a = fromJson(v.toObject());
        if (a)
            out.append(*a);
        else
            ++skipped;
    }
    if (error)
        *error = skipped ? QStringLiteral("%1 annotations without a text or page target were skipped").arg(skipped)
                         : QString();
    return out;
}

} // namespace diptych
