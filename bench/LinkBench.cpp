// Linking N letters (target: no faster growth than n log n; 10,000 letters in seconds).
// The letters are Analysis objects built directly from the corpus phrase bank, as the
// analyzer would give them: an agenda and a verslag per meeting (some verslagen without a
// year in the title and the year guessed one off, some agendas without place), sections
// with topic headings, paragraphs of a few thousand characters, Kamerstuk references to
// earlier letters and mentions of summits and earlier meetings.

#include "CorpusPhrases.h"

#include "links/LinkBuilder.h"

#include <QRandomGenerator>

#include <benchmark/benchmark.h>

using namespace diptych;
using diptych::test::CorpusPhrases;
using diptych::test::CorpusTopic;

namespace {

class SyntheticLetters
{
public:
    explicit SyntheticLetters(quint32 seed) : m_rng(seed) {}

    QVector<Analysis> make(int count)
    {
        QVector<Analysis> out;
        out.reserve(count);
        QDate day(1900, 1, 10);
        for (int i = 0; i < count; i += 2) {
            day = day.addDays(14 + below(20));
            const bool informal = chance(0.3);
            const Meeting meeting{informal ? MeetingType::InformalFmm : MeetingType::Fmm, day, day.addDays(1),
                                  informal ? pick(CorpusPhrases::hostCities()) : QStringLiteral("Brussel")};
            out << letter(i, DocumentKind::Agenda, meeting);
            if (i + 1 < count)
                out << letter(i + 1, DocumentKind::Verslag, meeting);
        }
        return out;
    }

private:
    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    const QString &pick(const QStringList &list) { return list.at(below(list.size())); }

    Analysis letter(int i, DocumentKind kind, Meeting meeting)
    {
        Analysis a;
        a.file = QStringLiteral("letter-%1.txt").arg(i);
        a.kind = kind;
        a.selfId = QStringLiteral("kst-28676-%1").arg(100 + i);
        a.title = QStringLiteral("NAVO Foreign Ministers Meeting %1")
                      .arg(meeting.start.toString(QStringLiteral("d MMMM yyyy")));
        if (kind == DocumentKind::Agenda && chance(0.3))
            meeting.place.clear();
        if (kind == DocumentKind::Verslag && chance(0.05)) {
            a.title = QStringLiteral("Verslag NAVO Foreign Ministers Meeting");
            meeting.start = meeting.start.addYears(1);
            meeting.end = meeting.end.addYears(1);
        }
        a.meeting = meeting;
        addBody(a);
        for (int r = 0, refs = below(4); r < refs && i > 0; ++r)
            addReference(a, below(i));
        addMentions(a, i);
        return a;
    }

    void addBody(Analysis &a)
    {
        const QVector<CorpusTopic> &topics = CorpusPhrases::topics();
        for (int s = 0, sections = 3 + below(4); s < sections; ++s) {
            const CorpusTopic &topic = topics.at(below(topics.size()));
            Section section;
            section.level = 2;
            section.title = pick(topic.headings);
            section.heading = section.title;
            section.at.start = int(a.text.size());
            a.text += section.title;
            section.at.end = int(a.text.size());
            a.text += QStringLiteral("\n\n");
            a.sections << section;
            for (int p = 0, paragraphs = 2 + below(3); p < paragraphs; ++p)
                a.text += paragraph(topic) + QStringLiteral("\n\n");
        }
    }

    QString paragraph(const CorpusTopic &topic)
    {
        QString text;
        for (int s = 0, sentences = 3 + below(3); s < sentences; ++s) {
            QString sentence = pick(CorpusPhrases::pastSentences());
            sentence.replace(QStringLiteral("{s}"), pick(topic.subjects));
            sentence.replace(QStringLiteral("{c}"), pick(topic.claims));
            sentence.replace(QStringLiteral("{a}"), pick(topic.actions));
            text += sentence + QLatin1Char(' ');
        }
        return text.trimmed();
    }

    void addReference(Analysis &a, int earlier)
    {
        Reference r;
        r.id = QStringLiteral("kst-28676-%1").arg(100 + earlier);
        r.dossiers = QStringList{QStringLiteral("28676")};
        r.kind = ReferenceKind::Kamerstuk;
        a.references << r;
        if (chance(0.3)) {
            Reference other;
            other.id = QStringLiteral("kst-%1-%2").arg(21501 + below(40)).arg(1 + below(400));
            other.dossiers = QStringList{other.id.section(QLatin1Char('-'), 1, 1)};
            other.kind = ReferenceKind::Kamerstuk;
            a.references << other;
        }
    }

    void addMentions(Analysis &a, int i)
    {
        const auto &summits = CorpusPhrases::summits();
        for (int m = 0, mentions = 1 + below(4); m < mentions; ++m) {
            const auto &summit = summits.at(below(summits.size()));
            Mention mention;
            mention.what = MentionKind::Summit;
            mention.name = QStringLiteral("NAVO-top in ") + summit.place;
            mention.place = summit.place;
            if (chance(0.5)) {
                mention.start = summit.start;
                mention.end = summit.end;
                mention.year = summit.start.year();
            }
            a.mentions << mention;
        }
        if (i > 4 && chance(0.5)) {
            Mention fmm;
            fmm.what = MentionKind::Fmm;
            fmm.name = QStringLiteral("FMM");
            fmm.start = a.meeting.start.addDays(-30 - below(60));
            fmm.year = fmm.start.year();
            a.mentions << fmm;
        }
    }

    QRandomGenerator m_rng;
};

void BM_LinkLetters(benchmark::State &state)
{
    const QVector<Analysis> letters = SyntheticLetters(7).make(int(state.range(0)));
    const LinkBuilder builder;
    qint64 links = 0;
    for (auto _ : state) {
        const LinkGraph graph = builder.build(letters);
        links = graph.links.size();
        benchmark::DoNotOptimize(graph);
    }
    state.SetComplexityN(state.range(0));
    state.counters["links"] = double(links);
    state.counters["letters_per_s"] =
        benchmark::Counter(double(state.iterations() * state.range(0)), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_LinkLetters)
    ->Arg(1000)
    ->Arg(5000)
    ->Arg(10000)
    ->Complexity(benchmark::oNLogN)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace
