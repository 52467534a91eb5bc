// annotations revisions / restore: the versions of one's own note that lost a conflict, kept
// on the team server, and restoring one as an ordinary edit (core/team/KeptRevisions).
#include "CliCommands.h"

#include "AnnotationStoreOpener.h"

#include "team/KeptRevisions.h"
#include "team/PostgresConnection.h"
#include "team/TeamSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace diptych::cli {

namespace {

constexpr int kExcerptLength = 60;

QJsonObject toJson(const KeptRevision &kept)
{
    return QJsonObject{{QStringLiteral("id"), kept.id},
                       {QStringLiteral("modified"), kept.item.modified.toString(Qt::ISODate)},
                       {QStringLiteral("deleted"), kept.item.deleted},
                       {QStringLiteral("text"), shortened(KeptRevisions::text(kept), kExcerptLength)}};
}

int list(const QVector<KeptRevision> &kept, bool json, QTextStream &out)
{
    if (json) {
        QJsonArray all;
        for (const KeptRevision &k : kept)
            all.append(toJson(k));
        out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)) << '\n';
        return 0;
    }
    for (const KeptRevision &k : kept)
        out << k.id << '\t' << k.item.modified.toString(Qt::ISODate) << '\t'
            << (k.item.deleted ? QStringLiteral("deleted") : QStringLiteral("kept")) << '\t'
            << shortened(KeptRevisions::text(k), kExcerptLength) << '\n';
    return 0;
}

int revisions(const ParsedArguments &parsed, PostgresConnection &server, QTextStream &out, QTextStream &err)
{
    const auto kept = TeamServer(server).keptRevisions(parsed.operands[0]);
    if (!kept) {
        err << "diptych-cli: " << server.error() << '\n';
        return 1;
    }
    return list(*kept, parsed.has("--json"), out);
}

// A round first, so the restore is made on the server's latest version and goes out as one
// edit; a round after, so everyone gets it.
int restore(const ParsedArguments &parsed, PostgresConnection &server, QTextStream &out, QTextStream &err)
{
    auto store = openAnnotationStore(parsed.value("--store"), err);
    if (!store)
        return 1;
    bool isNumber = false;
    const qint64 revision = parsed.operands[1].toLongLong(&isNumber);
    if (!isNumber) {
        err << "diptych-cli: '" << parsed.operands[1] << "' is not a revision (annotations revisions lists them)\n";
        return 2;
    }
    TeamSync engine(*store, server, parsed.value("--team"));
    const SyncRound before = engine.run();
    if (!before.completed) {
        err << "diptych-cli: " << before.error << '\n';
        return 1;
    }
    const QString id = parsed.operands[0];
    KeptRevisions kept(*store, server);
    if (!kept.restore(id, revision)) {
        err << "diptych-cli: " << kept.error() << '\n';
        return 1;
    }
    out << id << ": revision " << revision << " restored\n";
    return reportRound(engine.run(), false, out, err);
}

} // namespace

bool isRevisionForm(const QString &sub) { return sub == QLatin1String("revisions") || sub == QLatin1String("restore"); }

int annotationRevisions(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    PostgresConnection server(parsed.value("--server"));
    if (const int code = serverProblem(server, true, err))
        return code;
    if (parsed.sub() == QLatin1String("revisions"))
        return revisions(parsed, server, out, err);
    return restore(parsed, server, out, err);
}

} // namespace diptych::cli
