#include "links/TopicList.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace diptych {

const TopicList &TopicList::builtIn()
{
    static const TopicList list = [] {
        QFile file(QStringLiteral(":/topics/topics.json"));
        if (!file.open(QIODevice::ReadOnly))
            return TopicList();
        return fromJson(file.readAll());
    }();
    return list;
}

TopicList TopicList::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    TopicList list;
    if (doc.isNull() || !doc.object().value(QStringLiteral("topics")).isArray()) {
        if (error)
            *error = doc.isNull() ? parseError.errorString() : QStringLiteral("no \"topics\" array");
        return list;
    }
    for (const QJsonValue &value : doc.object().value(QStringLiteral("topics")).toArray()) {
        const QJsonObject o = value.toObject();
        Topic topic;
        topic.name = o.value(QStringLiteral("topic")).toString().trimmed();
        if (topic.name.isEmpty())
            continue;
        topic.variants << topic.name;
        for (const QJsonValue &variant : o.value(QStringLiteral("variants")).toArray()) {
            const QString v = variant.toString().trimmed();
            if (!v.isEmpty() && !topic.variants.contains(v))
                topic.variants << v;
        }
        list.topics << topic;
    }
    return list;
}

} // namespace diptych
