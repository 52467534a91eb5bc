#include "LetterCorpus.h"

#include "CorpusLetterBuilder.h"
#include "CorpusPhrases.h"
#include "GuiApp.h"
#include "KamerstukFlow.h"
#include "KamerstukPdfWriter.h"
#include "KamerstukTypesetter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QPdfWriter>

namespace diptych::test {

namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2025;
constexpr int kFirstNumber = 100;

// A day in [from, from + spread) moved forward to a weekday ministers meet on (Tue–Thu).
QDate meetingDay(QRandomGenerator &rng, const QDate &from, int spread)
{
    QDate d = from.addDays(rng.bounded(spread));
    while (d.dayOfWeek() < 2 || d.dayOfWeek() > 4)
        d = d.addDays(1);
    return d;
}

CorpusMeeting springMeeting(QRandomGenerator &rng, int year)
{
    CorpusMeeting m;
    m.informal = rng.generateDouble() < 0.5;
    if (m.informal) {
        const QStringList &cities = CorpusPhrases::hostCities();
        m.place = cities.at(int(rng.bounded(quint32(cities.size()))));
        m.start = meetingDay(rng, QDate(year, 5, 10), 30); // mid-May to mid-June: crosses months
    } else {
        m.place = QStringLiteral("Brussel");
        m.start = meetingDay(rng, QDate(year, 4, 1), 25);
    }
    m.end = m.start.addDays(rng.generateDouble() < 0.8 ? 1 : 0);
    return m;
}

CorpusMeeting decemberMeeting(QRandomGenerator &rng, int year)
{
    CorpusMeeting m;
    m.place = QStringLiteral("Brussel");
    m.start = meetingDay(rng, QDate(year, 11, 27), 12);
    m.end = m.start.addDays(rng.generateDouble() < 0.7 ? 1 : 0);
    return m;
}

// Two meetings a year, in order; the letter numbers are filled in by LetterCorpus::letter.
QVector<CorpusMeeting> schedule(quint32 seed)
{
    QRandomGenerator rng(seed);
    QVector<CorpusMeeting> meetings;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        meetings.append(springMeeting(rng, year));
        meetings.append(decemberMeeting(rng, year));
    }
    return meetings;
}

QString lineText(const TypeLine &line)
{
    QString out = line.hanging.isEmpty() ? QString() : line.hanging + QLatin1Char(' ');
    for (int i = 0; i < line.words.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        for (const TypeRun &run : line.words[i].runs)
            out += run.text;
    }
    return out;
}

QJsonValue isoDate(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

} // namespace

QJsonObject LetterTruth::toJson() const
{
    QJsonArray sectionArray;
    for (const Heading &h : sections) {
        sectionArray.append(QJsonObject{{QStringLiteral("level"), h.level},
                                        {QStringLiteral("number"), h.number ? QJsonValue(h.number) : QJsonValue()},
                                        {QStringLiteral("title"), h.title}});
    }
    return QJsonObject{
        {QStringLiteral("self"), selfId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("title"), title},
        {QStringLiteral("meeting"), QJsonObject{{QStringLiteral("type"), meetingType},
                                                {QStringLiteral("start"), isoDate(start)},
                                                {QStringLiteral("end"), isoDate(end)},
                                                {QStringLiteral("place"), place}}},
        {QStringLiteral("cover_letter"),
         QJsonObject{{QStringLiteral("present"), coverLetter}, {QStringLiteral("signatory"), signatory}}},
        {QStringLiteral("sections"), sectionArray},
        {QStringLiteral("footnotes"), footnotes},
        {QStringLiteral("references"), QJsonArray::fromStringList(references)},
        {QStringLiteral("pages"), pages},
    };
}

LetterCorpus::LetterCorpus(quint32 seed) : m_seed(seed) {}

QVector<CorpusLetter> LetterCorpus::generate(int count) const
{
    QVector<CorpusLetter> letters;
    for (int i = 0; i < count; ++i)
        letters.append(letter(i, count));
    return letters;
}

// Letter 2k is the agenda and 2k+1 the verslag of a meeting; consecutive pairs step through
// the years so that a small corpus still spans 2000–2025. A corpus larger than two letters
// per meeting writes further rounds about the same meetings, with their own numbers.
CorpusLetter LetterCorpus::letter(int index, int count) const
{
    QVector<CorpusMeeting> meetings = schedule(m_seed);
    const int m = int(meetings.size());
    const int pairs = (count + 1) / 2;
    const int rounds = (pairs + m - 1) / m;
    const int pair = index / 2;
    const int round = pair / m;
    const int which = (pair % m) * 7 % m; // 7 and 52 are coprime: every meeting once per round
    const auto numberOf = [&](int meeting, int verslag) {
        return kFirstNumber + (meeting * rounds + round) * 2 + verslag;
    };
    CorpusMeeting meeting = meetings[which];
    meeting.agendaNumber = numberOf(which, 0);
    meeting.verslagNumber = numberOf(which, 1);
    meeting.previousVerslag = which > 0 ? numberOf(which - 1, 1) : 0;

    CorpusLetterBuilder builder(meeting, index % 2 == 1, m_seed * 7919u + quint32(index) * 104729u + 1u);
    CorpusLetter letter = builder.build();
    letter.text = plainText(letter.spec, &letter.truth.pages);
    letter.name = QStringLiteral("%1_%2").arg(index, 3, 10, QLatin1Char('0')).arg(letter.truth.selfId);
    return letter;
}

QString LetterCorpus::plainText(const KamerstukSpec &spec, int *pageCount)
{
    ensureGuiApp();
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter writer(&scratch);
    writer.setResolution(72);
    const KamerstukTypesetter type(&writer, KamerstukPdfWriter::kBodySize);
    const QVector<TypePage> pages = KamerstukFlow::pages(spec, type);
    if (pageCount)
        *pageCount = int(pages.size());

    QString out;
    for (int p = 0; p < pages.size(); ++p) {
        const TypePage &page = pages[p];
        // The sample exports start every page after the first with one space.
        bool pageStart = p > 0;
        const auto put = [&](const QString &text) {
            out += (pageStart ? QStringLiteral(" ") : QString()) + text + QLatin1Char('\n');
            pageStart = false;
        };
        for (int i = 0; i < page.body.size(); ++i) {
            if (page.body[i].spaceBefore > 0 && i > 0)
                out += QLatin1Char('\n');
            put(lineText(page.body[i]));
        }
        if (!page.notes.isEmpty()) {
            if (!pageStart)
                out += QLatin1Char('\n');
            for (const TypeLine &line : page.notes)
                put(lineText(line));
        }
        out += QLatin1Char('\n') + page.footerLeft + QLatin1Char(' ') + page.footerRight + QStringLiteral("\n\n");
    }
    return out;
}

} // namespace diptych::test
