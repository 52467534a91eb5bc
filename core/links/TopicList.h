#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace diptych {

struct Topic {
    QString name; // as shown: "Oekraïne"
    QStringList variants; // as letters write it: "Ukraine", "NATO-Ukraine Council", "2%"
};

// The editable list of subjects followed across meetings (resources/topics.json, built into
// core): {"topics": [{"topic": NAME, "variants": [...]}, ...]}. The name counts as a variant.
class TopicList
{
public:
    static const TopicList &builtIn();
    // An empty list and a message in *error when the JSON is not a topic list.
    static TopicList fromJson(const QByteArray &json, QString *error = nullptr);

    QVector<Topic> topics;
};

} // namespace diptych
