#include "annotations/PageAreaJson.h"

#include <QJsonObject>

namespace diptych {

QJsonArray PageAreaJson::toJson(const QVector<PageArea> &areas)
{
    QJsonArray out;
    for (const PageArea &area : areas) {
        QJsonArray quads;
        for (const QRectF &q : area.quads)
            quads.append(QJsonArray{q.x(), q.y(), q.width(), q.height()});
        out.append(QJsonObject{{QStringLiteral("page"), area.page}, {QStringLiteral("quads"), quads}});
    }
    return out;
}

QVector<PageArea> PageAreaJson::fromJson(const QJsonArray &json)
{
    QVector<PageArea> areas;
    for (const QJsonValue &value : json) {
        const QJsonObject o = value.toObject();
        PageArea area;
        area.page = o.value(QStringLiteral("page")).toInt(-1);
        if (area.page < 0)
            continue;
        for (const QJsonValue &q : o.value(QStringLiteral("quads")).toArray()) {
            const QJsonArray r = q.toArray();
            if (r.size() == 4)
                area.quads.append(QRectF(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble()));
        }
        areas.append(area);
    }
    return areas;
}

} // namespace diptych
