// Team annotations against a real PostgreSQL cluster started for the benchmark
// (tests/support/PostgresCluster; skipped with a message when PostgreSQL is not installed).
//  BM_TeamEditVisibleOnOtherClient: client A stores and pushes an edit; client B, connected
//    and LISTENing, hears the NOTIFY and pulls it. Median and 90th percentile of 50 edits;
//    target < 1 s.
//  BM_TeamFirstPull10000: a new member's first pull of 10,000 annotations; target < 2 s.
//  BM_TeamTwentyClientsConverge: 20 members, each in its own thread with its own store and
//    role, make 100 edits each (50 new notes, 50 changes of them) syncing every 10 edits;
//    then every store must hold exactly the server's 1,000 notes as last written: lost and
//    doubled are counted and must be 0.

#include "PostgresCluster.h"

#include "annotations/AnnotationEdits.h"
#include "annotations/SqliteAnnotationStore.h"
#include "annotations/WebAnnotationJson.h"
#include "team/PostgresConnection.h"
#include "team/TeamAdministration.h"
#include "team/TeamSync.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace diptych;

namespace {

const QString kTeam = QStringLiteral("directie");
constexpr int kClients = 20;
constexpr int kEditsEach = 100;

// One cluster for the whole process, with alice, bob and members m0..m19 in the team.
struct TeamServerFixture {
    QTemporaryDir dir;
    test::PostgresCluster cluster;
    bool ready = false;

    TeamServerFixture()
    {
        if (!test::PostgresCluster::available() || !cluster.setUp())
            return;
        QStringList roles{QStringLiteral("alice"), QStringLiteral("bob")};
        for (int i = 0; i < kClients; ++i)
            roles << QStringLiteral("m%1").arg(i);
        for (const QString &role : roles) {
            if (!cluster.createRole(role))
                return;
        }
        PostgresConnection admin(cluster.url(cluster.superuser()));
        QString error;
        ready = admin.open() && TeamAdministration::init(admin, kTeam, &error)
                && TeamAdministration::addMembers(admin, kTeam, roles, &error);
    }
    QString store(const QString &name) const { return dir.filePath(name + QStringLiteral(".db")); }
};

TeamServerFixture &fixture()
{
    static TeamServerFixture f;
    return f;
}

bool skipWithoutServer(benchmark::State &state)
{
    if (fixture().ready)
        return false;
    state.SkipWithError("no PostgreSQL cluster (is postgresql 15 installed? DIPTYCH_TEST_PG_BIN)");
    return true;
}

Annotation noteNumber(int i, const QString &who)
{
    Annotation a = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("bench-letter"));
    a.note = QStringLiteral("%1: aantekening %2").arg(who).arg(i);
    a.quote.exact = QStringLiteral("passage %1").arg(i);
    a.position = TextPositionSelector{i, i + 8};
    return a;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

void BM_TeamEditVisibleOnOtherClient(benchmark::State &state)
{
    if (skipWithoutServer(state))
        return;
    SqliteAnnotationStore aliceStore(fixture().store(QStringLiteral("alice-latency")));
    SqliteAnnotationStore bobStore(fixture().store(QStringLiteral("bob-latency")));
    PostgresConnection aliceServer(fixture().cluster.url(QStringLiteral("alice")));
    PostgresConnection bobServer(fixture().cluster.url(QStringLiteral("bob")));
    aliceStore.open();
    bobStore.open();
    TeamSync alice(aliceStore, aliceServer, kTeam);
    TeamSync bob(bobStore, bobServer, kTeam);
    bob.run();
    QEventLoop loop;
    bob.watch([&] { loop.quit(); });
    Annotation a = noteNumber(0, QStringLiteral("alice"));
    std::vector<double> ms;
    for (auto _ : state) {
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer timer;
            timer.start();
            a = AnnotationEdits::withNote(a, QStringLiteral("versie %1").arg(i));
            aliceStore.put(a);
            alice.run();
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
            bob.run();
            const std::optional<Annotation> seen = bobStore.byId(a.id);
            if (!seen || seen->note != a.note) {
                state.SkipWithError("the edit did not arrive");
                return;
            }
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    state.counters["median_ms"] = percentile(ms, 0.5);
    state.counters["p90_ms"] = percentile(ms, 0.9);
}
BENCHMARK(BM_TeamEditVisibleOnOtherClient)->Iterations(1)->Unit(benchmark::kMillisecond);

// 10,000 of alice's notes put on the server by SQL as alice (pushing them one by one would
// measure the push, not the pull).
bool serverHoldsTenThousand()
{
    PostgresConnection alice(fixture().cluster.url(QStringLiteral("alice")));
    const QString body =
        QString::fromUtf8(QJsonDocument(WebAnnotationJson::toJson(noteNumber(1, QStringLiteral("alice"))))
                              .toJson(QJsonDocument::Compact));
    return alice.open()
           && alice.exec(QStringLiteral("INSERT INTO diptych.annotations (id, team, document, body)"
                                        " SELECT 'bulk-' || n, 'directie', 'bench-letter', ?::jsonb"
                                        " FROM generate_series(1, 10000) AS n"),
                         {body});
}

void BM_TeamFirstPull10000(benchmark::State &state)
{
    if (skipWithoutServer(state) || !serverHoldsTenThousand()) {
        state.SkipWithError("cannot fill the server");
        return;
    }
    int pulled = 0;
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        SqliteAnnotationStore store(fixture().store(QStringLiteral("first-pull-%1").arg(run++)));
        PostgresConnection server(fixture().cluster.url(QStringLiteral("bob")));
        store.open();
        TeamSync sync(store, server, kTeam);
        state.ResumeTiming();
        pulled = sync.run().pulled;
    }
    state.counters["pulled"] = pulled;
}
BENCHMARK(BM_TeamFirstPull10000)->Iterations(3)->Unit(benchmark::kMillisecond);

// One member's 100 edits: 50 new notes, each changed once, a sync after every 10.
void memberWorks(int member, std::atomic<int> &failures)
{
    const QString role = QStringLiteral("m%1").arg(member);
    SqliteAnnotationStore store(fixture().store(QStringLiteral("converge-") + role));
    PostgresConnection server(fixture().cluster.url(role));
    if (!store.open()) {
        ++failures;
        return;
    }
    TeamSync sync(store, server, kTeam);
    QVector<Annotation> mine;
    for (int edit = 0; edit < kEditsEach; ++edit) {
        if (edit % 2 == 0) {
            mine.append(noteNumber(edit / 2, role));
            store.put(mine.last());
        } else {
            mine.last() = AnnotationEdits::withNote(mine.last(), mine.last().note + QStringLiteral(" (bewerkt)"));
            store.put(mine.last());
        }
        if (edit % 10 == 9 && !sync.run().completed)
            ++failures;
    }
}

// After everyone is done: one more round each, then every store against the server.
void countDifferences(int &lost, int &doubled)
{
    PostgresConnection admin(fixture().cluster.url(fixture().cluster.superuser()));
    admin.open();
    auto rows = admin.run(QStringLiteral("SELECT id FROM diptych.annotations WHERE author_role LIKE 'm%'"));
    QSet<QString> onServer;
    while (rows && rows->next())
        onServer.insert(rows->value(0).toString());
    // An edit applied twice would show as a note too many, or as a stale edit against itself.
    auto kept = admin.run(QStringLiteral("SELECT count(*) FROM diptych.kept_revisions"));
    doubled += int(onServer.size()) - kClients * kEditsEach / 2 + (kept && kept->next() ? kept->value(0).toInt() : 1);
    for (int member = 0; member < kClients; ++member) {
        const QString role = QStringLiteral("m%1").arg(member);
        SqliteAnnotationStore store(fixture().store(QStringLiteral("converge-") + role));
        PostgresConnection server(fixture().cluster.url(role));
        store.open();
        TeamSync(store, server, kTeam).run();
        int seen = 0;
        for (const Annotation &a : store.all()) {
            if (!onServer.contains(a.id))
                continue;
            ++seen;
            lost += a.note.endsWith(QStringLiteral("(bewerkt)")) ? 0 : 1;
        }
        lost += int(onServer.size()) - seen;
    }
}

void BM_TeamTwentyClientsConverge(benchmark::State &state)
{
    if (skipWithoutServer(state))
        return;
    std::atomic<int> failures{0};
    int lost = 0;
    int doubled = 0;
    for (auto _ : state) {
        std::vector<std::thread> members;
        for (int member = 0; member < kClients; ++member)
            members.emplace_back(memberWorks, member, std::ref(failures));
        for (std::thread &t : members)
            t.join();
        state.PauseTiming();
        countDifferences(lost, doubled);
        state.ResumeTiming();
    }
    state.counters["edits"] = kClients * kEditsEach;
    state.counters["failed_rounds"] = failures.load();
    state.counters["lost"] = lost;
    state.counters["doubled"] = doubled;
}
BENCHMARK(BM_TeamTwentyClientsConverge)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
