#include "links/KamerstukLinker.h"

#include "links/GroupLinker.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace diptych {

namespace {

void appendOnce(QVector<int> &members, int document)
{
    if (members.isEmpty() || members.last() != document)
        members << document;
}

void sortByRank(QVector<int> &members, const QVector<int> &rank)
{
    std::sort(members.begin(), members.end(), [&](int a, int b) { return rank.at(a) < rank.at(b); });
}

bool shareKamerstuk(const QSet<QString> &a, const QSet<QString> &b) { return a.intersects(b); }

} // namespace

QVector<DocumentLink> KamerstukLinker::links(const QVector<Analysis> &docs, const QVector<int> &rank,
                                             const QStringList &names)
{
    QHash<QString, int> bySelfId;
    for (int d = 0; d < docs.size(); ++d) {
        if (!docs.at(d).selfId.isEmpty())
            bySelfId.insert(docs.at(d).selfId, d);
    }

    QVector<DocumentLink> out;
    QHash<QString, QVector<int>> citing; // Kamerstuk id -> letters citing it
    QHash<QString, QVector<int>> citingDossier; // dossier -> letters citing it
    QVector<QSet<QString>> cited(docs.size());
    for (int d = 0; d < docs.size(); ++d) {
        for (const Reference &ref : docs.at(d).references) {
            for (const QString &dossier : ref.dossiers)
                appendOnce(citingDossier[dossier], d);
            if (ref.id.isEmpty() || ref.kind == ReferenceKind::Dossier)
                continue;
            appendOnce(citing[ref.id], d);
            cited[d].insert(ref.id);
            const int target = bySelfId.value(ref.id, -1);
            if (target >= 0 && target != d)
                out << DocumentLink{d,
                                    target,
                                    LinkKind::Kamerstuk,
                                    QStringLiteral("cites ") + ref.id + QStringLiteral(": ") + names.at(target),
                                    ref.id,
                                    ref.at,
                                    {}};
        }
    }

    // Iterate the keys sorted so the output does not depend on hash order.
    QStringList ids = citing.keys();
    ids.sort();
    for (const QString &id : ids) {
        QVector<int> &members = citing[id];
        sortByRank(members, rank);
        GroupLinker::link(
            members, LinkKind::Kamerstuk, id,
            [&](int, int to) -> QString { return id + QStringLiteral(" also cited in ") + names.at(to); }, out);
    }
    QStringList dossiers = citingDossier.keys();
    dossiers.sort();
    for (const QString &dossier : dossiers) {
        QVector<int> &members = citingDossier[dossier];
        sortByRank(members, rank);
        QVector<DocumentLink> group;
        GroupLinker::link(
            members, LinkKind::Kamerstuk, QStringLiteral("dossier ") + dossier,
            [&](int, int to) -> QString {
                return QStringLiteral("dossier ") + dossier + QStringLiteral(" also cited in ") + names.at(to);
            },
            group);
        // Letters that cite the same Kamerstuk are linked by it already.
        for (const DocumentLink &link : group) {
            if (!shareKamerstuk(cited.at(link.from), cited.at(link.to)))
                out << link;
        }
    }
    return out;
}

} // namespace diptych
