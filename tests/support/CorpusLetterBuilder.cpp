#include "CorpusLetterBuilder.h"

#include "CorpusPhrases.h"

#include <QSet>

#include <cmath>

namespace diptych::test {

namespace {

using Block = KamerstukSpec::Block;

const QChar kSoftHyphen(0x00AD);
const QString kDossier = QStringLiteral("28 676");

QString month(const QDate &d) { return CorpusPhrases::monthNames().at(d.month() - 1); }
QString weekday(const QDate &d) { return CorpusPhrases::dayNames().at(d.dayOfWeek() - 1); }

QString longDate(const QDate &d)
{
    return QString::number(d.day()) + QLatin1Char(' ') + month(d) + QLatin1Char(' ') + QString::number(d.year());
}

QString vergaderjaar(const QDate &letterDate)
{
    const int first = letterDate.month() >= 9 ? letterDate.year() : letterDate.year() - 1;
    return QString::number(first) + QStringLiteral("–") + QString::number(first + 1);
}

QString selfId(int number) { return QStringLiteral("kst-28676-") + QString::number(number); }

bool isVowel(QChar c) { return QStringLiteral("aeiouyäëïöüéèáóú").contains(c.toLower()); }

// Break points a Dutch typesetter would allow, roughly: V-CV, VC-CV, and a consonant plus
// r or l kept together as the next syllable's onset ("Oe-kraïne"). Good enough: every
// break joins back into the word, which is all the dehyphenator may assume.
QString softHyphenate(const QString &word)
{
    if (word.size() < 9)
        return word;
    for (int i = 1; i < word.size(); ++i) {
        if (!word[i].isLower() || word[i] == QLatin1Char('^'))
            return word;
    }
    QString out;
    for (int i = 0; i < word.size(); ++i) {
        bool breakHere = false;
        if (i >= 3 && i <= word.size() - 3 && !isVowel(word[i]) && isVowel(word[i + 1])) {
            if (isVowel(word[i - 1]))
                breakHere = !(word[i] == QLatin1Char('j') && word[i - 1] == QLatin1Char('i'));
            else if (i >= 3 && isVowel(word[i - 2])
                     && !(word[i - 1] == QLatin1Char('c') && word[i] == QLatin1Char('h')))
                breakHere = !((word[i] == QLatin1Char('r') || word[i] == QLatin1Char('l'))
                              && QStringLiteral("bcdfgkptv").contains(word[i - 1]));
        }
        if (breakHere)
            out += kSoftHyphen;
        out += word[i];
    }
    return out;
}

QString hyphenateText(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '));
    for (QString &w : words) {
        int end = w.size();
        while (end > 0 && !w[end - 1].isLetter())
            --end;
        w = softHyphenate(w.left(end)) + w.mid(end);
    }
    return words.join(QLatin1Char(' '));
}

QString romanNumeral(int n)
{
    static const char *const numerals[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
    return QString::fromLatin1(numerals[qBound(0, n, 8)]);
}

QString numberWord(int n)
{
    static const char *const words[] = {"nul", "een", "twee", "drie", "vier", "vijf", "zes"};
    return QString::fromLatin1(words[qBound(0, n, 6)]);
}

QString capitalised(const QString &s) { return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1); }

} // namespace

CorpusLetterBuilder::CorpusLetterBuilder(const CorpusMeeting &meeting, bool verslag, quint32 seed)
    : m_meeting(meeting), m_verslag(verslag), m_rng(seed)
{
}

QDate CorpusLetterBuilder::letterDate() const
{
    // Agendas go out a week or two before the meeting, reports a few weeks after it.
    const int offset = int(m_meeting.start.toJulianDay() % 9);
    return m_verslag ? m_meeting.end.addDays(8 + offset * 2) : m_meeting.start.addDays(-6 - offset);
}

QString CorpusLetterBuilder::dates(bool withYear, bool weekdays) const
{
    const QDate s = m_meeting.start, e = m_meeting.end;
    const QString year = withYear ? QLatin1Char(' ') + QString::number(e.year()) : QString();
    const QString day1 = weekdays ? weekday(s) + QLatin1Char(' ') : QString();
    const QString day2 = weekdays ? weekday(e) + QLatin1Char(' ') : QString();
    if (s == e)
        return day1 + QString::number(s.day()) + QLatin1Char(' ') + month(s) + year;
    if (s.month() != e.month())
        return day1 + QString::number(s.day()) + QLatin1Char(' ') + month(s) + QStringLiteral(" en ") + day2
               + QString::number(e.day()) + QLatin1Char(' ') + month(e) + year;
    if (weekdays)
        return day1 + QString::number(s.day()) + QStringLiteral(" en ") + day2 + QString::number(e.day())
               + QLatin1Char(' ') + month(e) + year;
    // The day range as letters write it: "3-4 april", "28–29 november", "3 en 4 april".
    const QString joins[] = {QStringLiteral("-"), QStringLiteral("–"), QStringLiteral(" en ")};
    const QString join = joins[(s.day() + s.year()) % 3];
    return QString::number(s.day()) + join + QString::number(e.day()) + QLatin1Char(' ') + month(e) + year;
}

QString CorpusLetterBuilder::meetingWords(bool capitals) const
{
    if (capitals)
        return m_meeting.informal ? QStringLiteral("INFORMELE MINISTERIËLE BIJEENKOMST VAN DE NAVO")
                                  : QStringLiteral("MINISTERIËLE BIJEENKOMST VAN DE NAVO");
    return m_meeting.informal ? QStringLiteral("informele NAVO Foreign Ministers Meeting")
                              : QStringLiteral("NAVO Foreign Ministers Meeting");
}

QString CorpusLetterBuilder::title()
{
    const bool informal = m_meeting.informal;
    const QString informele = informal ? QStringLiteral("informele ") : QString();
    if (!m_verslag) {
        switch (below(4)) {
        case 0: m_yearless = true; return capitalised(meetingWords(false)) + QLatin1Char(' ') + dates(false, false);
        case 1:
            return QStringLiteral("Geannoteerde agenda voor de ") + informele
                   + QStringLiteral("bijeenkomst van NAVO-ministers van Buitenlandse Zaken op ") + dates(true, false);
        default:
            return QStringLiteral("Geannoteerde agenda ") + meetingWords(false) + QLatin1Char(' ') + dates(true, false);
        }
    }
    switch (below(4)) {
    case 0:
        return QStringLiteral("VERSLAG ") + meetingWords(true) + QStringLiteral(" VAN ") + dates(true, false).toUpper();
    case 1:
        return QStringLiteral("Verslag ") + informele
               + QStringLiteral("bijeenkomst NAVO-ministers van Buitenlandse Zaken in ") + m_meeting.place
               + QStringLiteral(", ") + dates(true, false);
    default: {
        // Letters do call an informal meeting "(FMM)" now and then.
        const QString abbreviation = informal && chance(0.7) ? QStringLiteral("iFMM") : QStringLiteral("FMM");
        return QStringLiteral("Verslag van de ") + meetingWords(false) + QStringLiteral(" (") + abbreviation
               + QStringLiteral(") van ") + dates(true, false);
    }
    }
}

void CorpusLetterBuilder::addCover()
{
    LetterTruth &truth = m_letter.truth;
    truth.coverLetter = true;
    truth.signatory = CorpusPhrases::ministerOn(letterDate());
    const QString where = QStringLiteral(" in ") + m_meeting.place;
    const QString mede = chance(0.5) ? QStringLiteral(", mede namens de minister van Defensie,") : QString();
    const QString offer =
        m_verslag
            ? QString(QStringLiteral("Hierbij bied ik u") + mede + QStringLiteral(" het verslag aan van de ")
                      + meetingWords(false) + where + QStringLiteral(" van ") + dates(true, false) + QLatin1Char('.'))
            : QStringLiteral("Hierbij bied ik u") + mede + QStringLiteral(" de geannoteerde agenda aan voor de ")
                  + meetingWords(false) + QStringLiteral(" die op ") + dates(true, false)
                  + QStringLiteral(" plaatsvindt") + where + QLatin1Char('.');
    paragraphBlock(QStringLiteral("Geachte voorzitter,"));
    paragraphBlock(offer);
    paragraphBlock(QStringLiteral("De minister van Buitenlandse Zaken,"));
    paragraphBlock(truth.signatory);
    m_letter.spec.blocks.append({Block::Kind::PageBreak, QString()});
}

void CorpusLetterBuilder::addOpening()
{
    const bool brussel = m_meeting.place == QStringLiteral("Brussel");
    const QString where =
        brussel ? (chance(0.5) ? QStringLiteral("op het NAVO-hoofdkwartier in Brussel") : QStringLiteral("in Brussel"))
                : QStringLiteral("in ") + m_meeting.place;
    const bool weekdays = chance(0.3);
    QString text;
    if (m_verslag) {
        text = QStringLiteral("Op ") + dates(true, weekdays)
               + QStringLiteral(" kwamen de NAVO-ministers van Buitenlandse Zaken bijeen ") + where
               + QStringLiteral(". ");
        if (m_meeting.informal)
            text += QStringLiteral("Omdat het een informele bijeenkomst betrof, vond er geen besluitvorming plaats. ");
        text += QStringLiteral("De minister van Buitenlandse Zaken nam deel aan het volledige programma.");
    } else {
        const QString when = m_yearless ? dates(false, weekdays) + QStringLiteral(" a.s.") : dates(true, weekdays);
        text = QStringLiteral("Op ") + when + QStringLiteral(" vindt ") + where
               + (m_meeting.informal
                      ? QStringLiteral(" de informele bijeenkomst van de NAVO-ministers van Buitenlandse Zaken "
                                       "(Informal Foreign Ministers Meeting, iFMM) plaats. ")
                      : QStringLiteral(" de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken (FMM) plaats. "))
               + QStringLiteral("De minister van Buitenlandse Zaken zal deelnemen aan deze bijeenkomst.");
    }
    for (const CorpusSummit &summit : CorpusPhrases::summits()) {
        const qint64 until = m_meeting.end.daysTo(summit.start);
        const QString summitDates = summit.start == summit.end
                                        ? longDate(summit.start)
                                        : QString::number(summit.start.day()) + QLatin1Char('-') + longDate(summit.end);
        if (until > 0 && until < 300) {
            text +=
                m_verslag
                    ? QStringLiteral(" De bijeenkomst stond in het teken van de voorbereiding van de NAVO-top in ")
                    : QStringLiteral(
                        " Het is een van de laatste bijeenkomsten van de ministers voorafgaand aan de NAVO-top in ");
            text += summit.place + QStringLiteral(" op ") + summitDates + QLatin1Char('.');
        } else if (until < 0 && until > -250) {
            text += QStringLiteral(" De bijeenkomst vindt een klein halfjaar na de Top in ") + summit.place
                    + QStringLiteral(" plaats en biedt een gelegenheid de sindsdien geboekte voortgang te bespreken.");
        }
    }
    paragraphBlock(text);
}

QVector<int> CorpusLetterBuilder::chooseTopics(int count)
{
    QVector<int> fitting;
    const int year = m_meeting.start.year();
    const QVector<CorpusTopic> &topics = CorpusPhrases::topics();
    for (int i = 0; i < topics.size(); ++i) {
        if (topics[i].fromYear <= year && year <= topics[i].toYear)
            fitting.append(i);
    }
    QVector<int> chosen;
    while (!fitting.isEmpty() && chosen.size() < count)
        chosen.append(fitting.takeAt(below(fitting.size())));
    return chosen;
}

QString CorpusLetterBuilder::sentence(const CorpusTopic &topic)
{
    const QStringList &tense = m_verslag ? CorpusPhrases::pastSentences() : CorpusPhrases::futureSentences();
    const double roll = m_rng.generateDouble();
    if (roll < 0.12)
        return pick(m_verslag ? CorpusPhrases::pastRemarks() : CorpusPhrases::futureRemarks());
    if (roll < 0.18 && !m_summitSentence.isEmpty())
        return m_summitSentence;
    QString s = roll < 0.8 ? pick(tense) : pick(CorpusPhrases::neutralSentences());
    s.replace(QStringLiteral("{s}"), pick(topic.subjects));
    s.replace(QStringLiteral("{c}"), pick(topic.claims));
    s.replace(QStringLiteral("{a}"), pick(topic.actions));
    return s;
}

QString CorpusLetterBuilder::paragraph(const CorpusTopic &topic, int sentences)
{
    QStringList out;
    while (out.size() < sentences) {
        const QString s = sentence(topic);
        if (!out.contains(s))
            out << s;
    }
    return withFootnote(hyphenateText(out.join(QLatin1Char(' '))));
}

// Sometimes puts a footnote call at the end of a sentence: before the full stop ("gedaan1.")
// or after it ("geleverd.1").
QString CorpusLetterBuilder::withFootnote(const QString &text)
{
    if (!chance(m_footnoteRate))
        return text;
    const int n = m_nextFootnote++;
    m_letter.spec.footnotes.insert(n, footnoteText());
    ++m_letter.truth.footnotes;
    const int dot = text.indexOf(QLatin1Char('.'), below(qMax(1, text.size() - 1)));
    const int at = dot < 0 ? text.size() - 1 : dot;
    const QString mark = QStringLiteral("^") + QString::number(n);
    return chance(0.5) ? text.left(at) + mark + text.mid(at) : text.left(at + 1) + mark + text.mid(at + 1);
}

QString CorpusLetterBuilder::footnoteText()
{
    QStringList &refs = m_letter.truth.references;
    const int own = m_verslag ? m_meeting.agendaNumber : m_meeting.previousVerslag;
    if (own > 0 && chance(0.35)) {
        refs << selfId(own);
        return (chance(0.5) ? QStringLiteral("Kamerstuk 28 676, nr. ") : QStringLiteral("Kamerstuk 28676, nr. "))
               + QString::number(own);
    }
    switch (below(5)) {
    case 0:
        refs << QStringLiteral("kst-30821-175");
        return QStringLiteral(
            "Het kabinet definieert hybride dreigingen als dreigingen voor de nationale veiligheid, die zich "
            "grotendeels manifesteren onder het niveau van een openlijk gewapend conflict, waarbij sprake is "
            "van een meervoudig gebruik van middelen door statelijke en niet-statelijke actoren (zie ook "
            "Kamerstuk 30 821, nr. 175).");
    case 1: refs << QStringLiteral("kst-22054-390"); return QStringLiteral("Kamerstukken 22 054 en 36 045, nr. 390");
    case 2: {
        const int nr = 1500 + below(1500);
        refs << QStringLiteral("kst-21501-02-") + QString::number(nr);
        return QStringLiteral("Motie van de leden ") + pick(CorpusPhrases::memberNames())
               + QStringLiteral(" over de inzet van Nederland in NAVO-verband, Kamerstuk 21 501-02, nr. ")
               + QString::number(nr);
    }
    case 3: {
        const int nr = 100 + below(80);
        refs << QStringLiteral("kst-31125-") + QString::number(nr);
        return QStringLiteral("Kamerstuk 31 125, nr. ") + QString::number(nr);
    }
    default: return QStringLiteral("Zie voor de tekst van de verklaring de website van de NAVO, www.nato.int.");
    }
}

void CorpusLetterBuilder::heading(const QString &text, int level, int number, const QString &title)
{
    m_letter.spec.blocks.append({Block::Kind::Heading, text});
    m_letter.truth.sections.append({level, number, title});
}

void CorpusLetterBuilder::paragraphBlock(const QString &text)
{
    m_letter.spec.blocks.append({Block::Kind::Paragraph, text});
}

void CorpusLetterBuilder::addBody(int targetPages)
{
    const QVector<CorpusTopic> &topics = CorpusPhrases::topics();
    // About seven paragraphs of four to six sentences fill a page.
    int paragraphs = qMax(4, targetPages * 7 - 3);
    const int topicCount = qBound(2, paragraphs / 5, 9);
    const QVector<int> chosen = chooseTopics(topicCount);
    const int sessions = chance(0.35) ? 0 : 2 + below(3);
    const int style = below(4); // Werksessie 1, Sessie 1, Werksessie I, Sessie II
    if (sessions > 0) {
        paragraphBlock(withFootnote(
            (m_verslag ? QStringLiteral("De bijeenkomst bestond uit ") : QStringLiteral("De bijeenkomst bestaat uit "))
            + numberWord(sessions) + QStringLiteral(" werksessies.")));
    }
    QString summitPlace = QStringLiteral("Washington");
    for (const CorpusSummit &summit : CorpusPhrases::summits()) {
        if (summit.start > m_meeting.end) {
            summitPlace = summit.place;
            break;
        }
    }
    for (const CorpusSummit &summit : CorpusPhrases::summits()) {
        if (summit.start > m_meeting.end) {
            const QString when = QString::number(summit.start.day()) + QLatin1Char('-') + longDate(summit.end);
            m_summitSentence =
                (m_verslag ? QStringLiteral("Bondgenoten blikten ook vooruit op de NAVO-top in ")
                           : QStringLiteral("Dit onderwerp zal ook aan bod komen tijdens de NAVO-top in "))
                + summit.place + QStringLiteral(" op ") + when + QLatin1Char('.');
            break;
        }
    }
    QStringList sessionTitles = CorpusPhrases::sessionTitles();
    int t = 0;
    const auto addTopics = [&](int share) {
        for (int k = 0; k < share && t < chosen.size(); ++k, ++t) {
            const CorpusTopic &topic = topics[chosen[t]];
            const QString h = pick(topic.headings);
            heading(h, 2, 0, h);
            const int count = qMax(1, paragraphs / qMax(1, int(chosen.size()) - t));
            for (int p = 0; p < count; ++p)
                paragraphBlock(paragraph(topic, 3 + below(4)));
            paragraphs -= count;
        }
    };
    if (sessions == 0)
        addTopics(chosen.size());
    for (int s = 1; s <= sessions; ++s) {
        const QString sessionTitle =
            sessionTitles.takeAt(below(sessionTitles.size())).replace(QStringLiteral("%1"), summitPlace);
        const QString word = style % 2 == 0 ? QStringLiteral("Werksessie ") : QStringLiteral("Sessie ");
        const QString label = style >= 2 ? romanNumeral(s) : QString::number(s);
        heading(word + label + QStringLiteral(": ") + sessionTitle, 1, s, sessionTitle);
        paragraphBlock(paragraph(topics[chosen.value(t, chosen.value(0))], 2 + below(3)));
        --paragraphs;
        // A session may have no topic headings of its own (a NATO-Ukraine Council).
        addTopics((int(chosen.size()) - t) / (sessions - s + 1));
    }
}

CorpusLetter CorpusLetterBuilder::build()
{
    LetterTruth &truth = m_letter.truth;
    const int number = m_verslag ? m_meeting.verslagNumber : m_meeting.agendaNumber;
    truth.selfId = selfId(number);
    truth.kind = m_verslag ? QStringLiteral("verslag") : QStringLiteral("agenda");
    truth.meetingType = m_meeting.informal ? QStringLiteral("iFMM") : QStringLiteral("FMM");
    truth.start = m_meeting.start;
    truth.end = m_meeting.end;
    truth.place = m_meeting.place;
    m_footnoteRate = 0.05 + 0.1 * below(3);

    const QDate date = letterDate();
    const QString nr = QString::number(number);
    m_letter.spec.header = {QStringLiteral("Tweede Kamer der Staten-Generaal"),
                            QStringLiteral("Vergaderjaar ") + vergaderjaar(date),
                            QString(),
                            kDossier + QStringLiteral("\tNAVO"),
                            QString(),
                            QStringLiteral("Nr. ") + nr
                                + QStringLiteral("\tBRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN"),
                            QString(),
                            QStringLiteral("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
                            QString(),
                            QStringLiteral("Den Haag, ") + longDate(date)};
    m_letter.spec.footer = QStringLiteral("Tweede Kamer, vergaderjaar ") + vergaderjaar(date) + QStringLiteral(", ")
                           + kDossier + QStringLiteral(", nr. ") + nr;

    // Mostly short letters, now and then a long one (2 to 20 pages).
    const int targetPages = 2 + int(18 * std::pow(m_rng.generateDouble(), 2.5));
    if (chance(0.4))
        addCover();
    const QString titleText = title();
    m_letter.spec.blocks.append({Block::Kind::Heading, titleText});
    truth.title = titleText;
    addOpening();
    addBody(targetPages);
    return m_letter;
}

} // namespace diptych::test
