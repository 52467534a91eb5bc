// Exporting notes: annotations in a store on a sample letter (text) and on a generated
// Kamerstuk PDF of the same meeting, written as Markdown and as ODF, through the core and
// through diptych-cli export-notes.
#include "AnalysisFixture.h"
#include "CliRun.h"
#include "GuiApp.h"
#include "KamerstukPdfWriter.h"

#include "annotations/AnnotationAnchorer.h"
#include "annotations/SqliteAnnotationStore.h"
#include "export/NotesExporter.h"
#include "export/NotesMarkdownWriter.h"
#include "library/LibraryIndex.h"
#include "library/LibraryStore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace diptych;
using test::runCli;

namespace {

const QString kOslo = QStringLiteral("002_e47a5db50cc64457.txt"); // verslag iFMM Oslo 2023

// The agenda of the same meeting: a footnote citation on page 1, one in the text on page 2.
const QString kAgendaMarkup = QStringLiteral(
    "Geannoteerde agenda informele NAVO Foreign Ministers Meeting 31 mei en 1 juni 2023\n\n"
    "Op 31 mei en 1 juni a.s. vindt in Oslo een informele bijeenkomst plaats van de NAVO-ministers van "
    "Buitenlandse Zaken. De minister zal naar verwachting deelnemen aan de bijeenkomst, die in het teken "
    "zal staan van de voorbereiding van de NAVO-top in Vilnius.\n\n"
    "# Werksessie 1: Steun aan Oekraïne\n\n"
    "De ministers zullen spreken over de langetermijnsteun aan Oekraïne en de levering van munitie door "
    "bondgenoten^1. Nederland zal pleiten voor een meerjarig steunpakket van de NAVO.\n\n"
    "---\n\n"
    "# Werksessie 2: Afschrikking en verdediging\n\n"
    "Het kabinet zal wijzen op de afspraken over defensie-uitgaven zoals eerder gemeld in Kamerstuk 28 676, "
    "nr. 434 en zal steun uitspreken voor de nieuwe regionale verdedigingsplannen.\n\n"
    "[^1]: Kamerstukken 22 054 en 36 045, nr. 390");

const QStringList kSpecialNoteLines = {
    QStringLiteral("Navragen bij DVB ë/ï: <b>niet</b> vet & *geen* nadruk, 3 < 4 & R&amp;D [zie] `code`"),
    QStringLiteral("# geen kop"),
    QStringLiteral("1. geen lijst"),
};

Annotation on(const Analysis &a, const QString &hash, AnnotationKind kind, int start, int end, const QString &note)
{
    Annotation x = Annotation::create(kind, hash);
    x.author = QStringLiteral("Anne de Vries");
    x.note = note;
    AnnotationAnchorer(a).anchor(x, start, end);
    return x;
}

// The passage of about length characters that ends at offset, starting on a word.
int wordStartBefore(const QString &text, int offset, int length)
{
    return int(text.lastIndexOf(QLatin1Char(' '), std::max(0, offset - length))) + 1;
}

int wordEndAfter(const QString &text, int offset)
{
    const int space = int(text.indexOf(QLatin1Char(' '), offset));
    return space < 0 ? int(text.size()) : space;
}

// Two letters of one meeting with annotations in one store, made out of reading order.
struct Letters {
    QTemporaryDir dir;
    QString db;
    QString oslo;
    QString agenda;
    Analysis osloAnalysis;
    Analysis agendaAnalysis;
    // Oslo: in reading order (what the export must give), and what the store got first.
    QVector<Annotation> osloReading;
    QVector<Annotation> agendaReading;
    QString error;
};

Analysis analyzed(const QString &path, QString &error)
{
    Analysis a;
    Analyzer(Speller::shared()).analyzeFile(path, a, error);
    return a;
}

void annotateOslo(Letters &l)
{
    const Analysis &a = l.osloAnalysis;
    const QString hash = LibraryStore::hashFile(l.oslo);
    const int call = a.footnotes.at(0).calls.at(0).at.start; // "… Oekraïne geleverd.¹" (Kamerstuk 22054-390)
    const int first = wordStartBefore(a.text, 150, 0); // page 2: page 1 is the head block
    Annotation special = on(a, hash, AnnotationKind::HighlightNote, first, wordEndAfter(a.text, first + 40),
                            kSpecialNoteLines.join(QLatin1Char('\n')));
    special.tags = {QStringLiteral("oekraïne"), QStringLiteral("navragen")};
    Annotation pageNote = Annotation::create(AnnotationKind::PageNote, hash);
    pageNote.note = QStringLiteral("Algemene opmerking bij de derde bladzijde");
    pageNote.areas = {PageArea{2, {}}};
    const Annotation cited = on(a, hash, AnnotationKind::HighlightNote, wordStartBefore(a.text, call, 80), call,
                                QStringLiteral("Welke leveringen precies?"));
    const int late = int(a.text.size()) - 300;
    const Annotation plain = on(a, hash, AnnotationKind::Highlight, wordStartBefore(a.text, late, 0),
                                wordEndAfter(a.text, late + 40), QString());
    Annotation lost = Annotation::create(AnnotationKind::HighlightNote, hash);
    lost.quote = {QStringLiteral("Deze zin staat niet in de brief"), QString(), QString()};
    lost.areas = {PageArea{0, {}}};
    lost.note = QStringLiteral("Uit een eerdere versie");
    l.osloReading = {special, cited, pageNote, plain, lost};
}

void annotateAgenda(Letters &l)
{
    const Analysis &a = l.agendaAnalysis;
    const QString hash = LibraryStore::hashFile(l.agenda);
    const int cite = int(a.text.indexOf(QStringLiteral("zoals eerder gemeld")));
    const int call = a.footnotes.isEmpty() || a.footnotes[0].calls.isEmpty() ? 0 : a.footnotes[0].calls[0].at.start;
    l.agendaReading = {
        on(a, hash, AnnotationKind::HighlightNote, wordStartBefore(a.text, call, 50), call,
           QStringLiteral("Munitie: stand van zaken?")),
        on(a, hash, AnnotationKind::HighlightNote, cite, wordEndAfter(a.text, cite + 80),
           QStringLiteral("Cijfers 2% opvragen")),
    };
}

const Letters &letters()
{
    static Letters *l = [] {
        auto *out = new Letters;
        test::ensureGuiApp();
        out->db = out->dir.filePath(QStringLiteral("diptych.sqlite"));
        out->oslo = out->dir.filePath(QStringLiteral("verslag-oslo.txt"));
        out->agenda = out->dir.filePath(QStringLiteral("agenda-oslo.pdf"));
        test::KamerstukSpec spec = test::KamerstukSpec::fromMarkup(kAgendaMarkup);
        spec.header[1] = QStringLiteral("Vergaderjaar 2022–2023");
        spec.header[5] = QStringLiteral("Nr. 423\tBRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN");
        spec.header[9] = QStringLiteral("Den Haag, 12 mei 2023");
        spec.footer = QStringLiteral("Tweede Kamer, vergaderjaar 2022–2023, 28 676, nr. 423");
        if (!QFile::copy(test::dataFile(kOslo), out->oslo)
            || !test::KamerstukPdfWriter::write(spec, out->agenda, &out->error))
            return out;
        out->osloAnalysis = analyzed(out->oslo, out->error);
        out->agendaAnalysis = analyzed(out->agenda, out->error);
        annotateOslo(*out);
        annotateAgenda(*out);
        SqliteAnnotationStore store(out->db);
        QVector<Annotation> shuffled = {out->osloReading[3], out->osloReading[2], out->osloReading[4],
                                        out->osloReading[0], out->osloReading[1]};
        shuffled += {out->agendaReading[1], out->agendaReading[0]};
        if (!store.open() || !store.putAll(shuffled))
            out->error = store.error();
        LibraryIndex library(out->db); // the one writer of a letter's facts
        if (library.open()) {
            library.indexDocument(out->oslo, LibraryStore::hashFile(out->oslo), out->osloAnalysis);
            library.indexDocument(out->agenda, LibraryStore::hashFile(out->agenda), out->agendaAnalysis);
        }
        return out;
    }();
    return *l;
}

NotesReport reportFor(const QStringList &files, QString *markdown = nullptr)
{
    SqliteAnnotationStore store(letters().db);
    EXPECT_TRUE(store.open());
    NotesExporter exporter(store);
    for (const QString &f : files)
        EXPECT_TRUE(exporter.addFile(f));
    if (markdown)
        *markdown = exporter.markdown();
    return exporter.report();
}

// Where each needle first occurs in haystack, in the order given; -1 for a missing one.
QVector<int> positions(const QString &haystack, const QStringList &needles)
{
    QVector<int> out;
    for (const QString &n : needles)
        out << int(haystack.indexOf(n));
    return out;
}

bool strictlyIncreasing(const QVector<int> &v)
{
    for (int i = 0; i < v.size(); ++i) {
        if (v[i] < 0 || (i > 0 && v[i] <= v[i - 1]))
            return false;
    }
    return true;
}

QString quoteOf(const Annotation &a) { return a.quote.exact.simplified(); }

// The text of an ODF file's content.xml: paragraphs and headings on lines of their own.
QString odfText(const QString &odt, QString *mimetype = nullptr, QByteArray *xml = nullptr)
{
    auto member = [&](const QString &name) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, name});
        unzip.waitForFinished(20000);
        return unzip.readAllStandardOutput();
    };
    if (mimetype)
        *mimetype = QString::fromUtf8(member(QStringLiteral("mimetype")));
    const QByteArray content = member(QStringLiteral("content.xml"));
    if (xml)
        *xml = content;
    QString text;
    QXmlStreamReader reader(content);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters() && !reader.isWhitespace()) // not the writer's indentation
            text += reader.text();
        else if (reader.isStartElement() && reader.name() == QLatin1String("line-break"))
            text += QLatin1Char('\n');
        else if (reader.isStartElement() && reader.name() == QLatin1String("s"))
            text += QLatin1Char(' ');
        else if (reader.isEndElement() && (reader.name() == QLatin1String("p") || reader.name() == QLatin1String("h")))
            text += QLatin1Char('\n');
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return text;
}

const QString kCitedUrl = QStringLiteral("https://zoek.officielebekendmakingen.nl/kst-22054-390.html");

} // namespace

TEST(NotesExport, fixtureLettersShareOneMeetingAndCarryTheirCitations)
{
    const Letters &l = letters();
    ASSERT_TRUE(l.error.isEmpty()) << l.error.toStdString();
    EXPECT_EQ(l.agendaAnalysis.kind, DocumentKind::Agenda);
    EXPECT_EQ(l.agendaAnalysis.meeting.start, l.osloAnalysis.meeting.start);
    EXPECT_EQ(l.agendaAnalysis.meeting.type, l.osloAnalysis.meeting.type);
    EXPECT_TRUE(test::referenceIds(l.agendaAnalysis).contains(QStringLiteral("kst-28676-434")));
    EXPECT_TRUE(test::referenceIds(l.agendaAnalysis).contains(QStringLiteral("kst-22054-390")));
    EXPECT_EQ(l.osloAnalysis.footnotes.at(0).calls.at(0).at.page, 1);
}

TEST(NotesExport, notesComeInReadingOrderWithPagesAndTheUnplacedLast)
{
    const Letters &l = letters();
    const NotesReport report = reportFor({l.oslo});
    ASSERT_EQ(report.documents.size(), 1);
    const QVector<NoteItem> &notes = report.documents.first().notes;
    ASSERT_EQ(notes.size(), l.osloReading.size());
    for (int i = 0; i < notes.size(); ++i)
        EXPECT_EQ(notes[i].annotation.id, l.osloReading[i].id) << "note " << i;
    EXPECT_EQ(notes[0].page, 1);
    EXPECT_EQ(notes[1].page, 1);
    EXPECT_EQ(notes[2].page, 2); // the page note opens its page
    EXPECT_EQ(notes[3].page, 2);
    EXPECT_TRUE(notes[3].placed);
    EXPECT_FALSE(notes[4].placed);
    EXPECT_EQ(report.notPlacedCount(), 1);
}

TEST(NotesExport, markdownHoldsEveryNoteInReadingOrderWithPageQuoteAndCitation)
{
    const Letters &l = letters();
    QString md;
    reportFor({l.oslo}, &md);
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Aantekeningen bij VERSLAG INFORMELE MINISTERIËLE BIJEENKOMST")));
    EXPECT_TRUE(strictlyIncreasing(
        positions(md, {QStringLiteral("## 1. p. 2"), QStringLiteral("## 2. p. 2"), QStringLiteral("## 3. p. 3"),
                       QStringLiteral("## 4. p. 3"), QStringLiteral("## 5. niet geplaatst (was p. 1)")})))
        << md.toStdString();
    // Quotes as block quotes, and notes, in the order of the text.
    EXPECT_TRUE(strictlyIncreasing(positions(
        md, {QStringLiteral("> ") + NotesMarkdownWriter::escapeLine(quoteOf(l.osloReading[0])),
             QStringLiteral("> ") + NotesMarkdownWriter::escapeLine(quoteOf(l.osloReading[1])), l.osloReading[2].note,
             QStringLiteral("> ") + NotesMarkdownWriter::escapeLine(quoteOf(l.osloReading[3])),
             QStringLiteral("> Deze zin staat niet in de brief")})))
        << md.toStdString();
    // The passage that calls footnote 1 links the Kamerstuk that footnote cites; the unplaced one none.
    const int second = int(md.indexOf(QStringLiteral("## 2.")));
    const int link =
        int(md.indexOf(QStringLiteral("- Kamerstukken: [Kamerstukken 22 054 en 36 045, nr. 390 (kst-22054-390)](")
                       + kCitedUrl + QLatin1Char(')')));
    EXPECT_GT(link, second);
    EXPECT_LT(link, md.indexOf(QStringLiteral("## 3.")));
    EXPECT_EQ(md.mid(md.indexOf(QStringLiteral("## 5."))).indexOf(QStringLiteral("Kamerstukken:")), -1);
    EXPECT_TRUE(md.contains(QStringLiteral("- Tags: oekraïne, navragen")));
    EXPECT_TRUE(md.contains(QStringLiteral("- Anne de Vries, ")));
}

TEST(NotesExport, markdownEscapesSoTheTextReadsAsWritten)
{
    const Letters &l = letters();
    QString md;
    reportFor({l.oslo}, &md);
    EXPECT_TRUE(md.contains(QStringLiteral("\\<b\\>niet\\</b\\> vet & \\*geen\\* nadruk, 3 \\< 4 & R\\&amp;D")));
    EXPECT_TRUE(md.contains(QStringLiteral("\\# geen kop")));
    EXPECT_TRUE(md.contains(QStringLiteral("1\\. geen lijst")));
    // Read back by a CommonMark parser (Qt's md4c), the note and the quotes come out as written.
    QTextDocument doc;
    doc.setMarkdown(md);
    const QString plain = doc.toPlainText();
    for (const QString &line : kSpecialNoteLines)
        EXPECT_TRUE(plain.contains(line)) << line.toStdString() << "\n---\n" << plain.toStdString();
    for (const Annotation &a : l.osloReading)
        EXPECT_TRUE(plain.contains(quoteOf(a))) << quoteOf(a).toStdString();
    EXPECT_EQ(NotesMarkdownWriter::escapeLine(QStringLiteral("- 12) > x_y")), QStringLiteral("\\- 12) \\> x\\_y"));
    EXPECT_EQ(NotesMarkdownWriter::escapeLine(QStringLiteral("12) punt")), QStringLiteral("12\\) punt"));
}

TEST(NotesExport, pdfNotesCarryTheirPageAndTheCitationInTheirParagraph)
{
    const Letters &l = letters();
    const NotesReport report = reportFor({l.agenda});
    ASSERT_EQ(report.documents.size(), 1);
    const QVector<NoteItem> &notes = report.documents.first().notes;
    ASSERT_EQ(notes.size(), 2);
    EXPECT_EQ(notes[0].annotation.id, l.agendaReading[0].id);
    EXPECT_EQ(notes[0].page, 0);
    EXPECT_EQ(notes[1].page, 1);
    EXPECT_TRUE(notes[1].section.contains(QStringLiteral("Afschrikking en verdediging")))
        << notes[1].section.toStdString();
    ASSERT_EQ(notes[0].references.size(), 1); // the footnote the passage calls
    EXPECT_EQ(notes[0].references[0].id, QStringLiteral("kst-22054-390"));
    ASSERT_FALSE(notes[1].references.isEmpty()); // written in the passage
    EXPECT_EQ(notes[1].references[0].id, QStringLiteral("kst-28676-434"));
    EXPECT_EQ(report.documents.first().selfId, QStringLiteral("kst-28676-423"));
}

TEST(NotesExport, odfIsAZipWhoseContentHoldsTheNotesWithSpecialCharacters)
{
    const Letters &l = letters();
    SqliteAnnotationStore store(l.db);
    ASSERT_TRUE(store.open());
    NotesExporter exporter(store);
    ASSERT_TRUE(exporter.addFile(l.oslo));
    const QString odt = l.dir.filePath(QStringLiteral("core.odt"));
    QString error;
    ASSERT_TRUE(exporter.write(odt, NotesExporter::Format::Odf, &error)) << error.toStdString();
    QString mimetype;
    QByteArray xml;
    const QString text = odfText(odt, &mimetype, &xml);
    EXPECT_EQ(mimetype, QStringLiteral("application/vnd.oasis.opendocument.text"));
    EXPECT_TRUE(text.contains(kSpecialNoteLines.join(QLatin1Char('\n')))) << text.toStdString();
    EXPECT_TRUE(
        strictlyIncreasing(positions(text, {quoteOf(l.osloReading[0]), quoteOf(l.osloReading[1]), l.osloReading[2].note,
                                            quoteOf(l.osloReading[3]), QStringLiteral("niet geplaatst")})))
        << text.toStdString();
    EXPECT_TRUE(xml.contains(QStringLiteral("xlink:href=\"%1\"").arg(kCitedUrl).toUtf8()));
    EXPECT_TRUE(text.contains(QStringLiteral("Tags: oekraïne, navragen")));
}

TEST(NotesExportCli, writesMarkdownAndOdfForOneDocument)
{
    const Letters &l = letters();
    const QString md = l.dir.filePath(QStringLiteral("cli.md"));
    const auto run = runCli({QStringLiteral("export-notes"), QStringLiteral("--store"), l.db,
                             QStringLiteral("--format"), QStringLiteral("md"), l.oslo, md});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(run.out), QStringLiteral("wrote 5 notes of 1 document to %1 (1 not placed)\n").arg(md));
    QFile file(md);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QString direct;
    reportFor({l.oslo}, &direct);
    EXPECT_EQ(QString::fromUtf8(file.readAll()), direct);

    const auto toStdout =
        runCli({QStringLiteral("export-notes"), QStringLiteral("--store"), l.db, l.oslo, QStringLiteral("-")});
    EXPECT_EQ(toStdout.exitCode, 0);
    EXPECT_EQ(QString::fromUtf8(toStdout.out), direct);

    const QString odt = l.dir.filePath(QStringLiteral("cli.odt")); // format from the suffix
    EXPECT_EQ(runCli({QStringLiteral("export-notes"), QStringLiteral("--store"), l.db, l.oslo, odt}).exitCode, 0);
    EXPECT_TRUE(odfText(odt).contains(l.osloReading[2].note));
}

TEST(NotesExportCli, aMeetingIsGroupedPerDocumentUnderTheMeetingHeading)
{
    const Letters &l = letters();
    const QString odt = l.dir.filePath(QStringLiteral("meeting.odt"));
    const auto run =
        runCli({QStringLiteral("export-notes"), QStringLiteral("--store"), l.db, QStringLiteral("--format"),
                QStringLiteral("odt"), QStringLiteral("--meeting"), QStringLiteral("2023-05-31"), odt});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("wrote 7 notes of 2 documents")) << run.out.toStdString();
    const QString text = odfText(odt);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Aantekeningen iFMM Oslo 31 mei - 1 juni 2023\n")))
        << text.toStdString();
    // Agenda first, then the verslag, each with its own notes under it.
    EXPECT_TRUE(strictlyIncreasing(positions(
        text, {l.agendaAnalysis.title, l.agendaReading[1].note, l.osloAnalysis.title, l.osloReading[1].note})))
        << text.toStdString();

    // The same two documents named on the command line get the same heading.
    const auto named = runCli(
        {QStringLiteral("export-notes"), QStringLiteral("--store"), l.db, l.agenda, l.oslo, QStringLiteral("-")});
    EXPECT_EQ(named.exitCode, 0);
    EXPECT_TRUE(named.out.startsWith("# Aantekeningen iFMM Oslo 31 mei - 1 juni 2023\n\n## Geannoteerde agenda"))
        << named.out.toStdString();
}

TEST(NotesExportCli, badInputGivesAClearMessageAndWritesNothing)
{
    const Letters &l = letters();
    const QString out = l.dir.filePath(QStringLiteral("never.md"));
    const QString missing = l.dir.filePath(QStringLiteral("missing.pdf"));
    const QString store = l.db;
    auto cli = [&](QStringList args) {
        args.prepend(QStringLiteral("export-notes"));
        return runCli(args);
    };
    const auto unreadable = cli({QStringLiteral("--store"), store, l.oslo, missing, out});
    EXPECT_EQ(unreadable.exitCode, 1);
    EXPECT_TRUE(unreadable.err.startsWith(QByteArray(missing.toUtf8() + ": "))) << unreadable.err.toStdString();
    EXPECT_TRUE(unreadable.err.contains("nothing written"));
    EXPECT_EQ(cli({QStringLiteral("--store"), store, l.dir.path(), out}).exitCode, 1); // a directory
    EXPECT_FALSE(QFileInfo::exists(out));

    const auto noWrite =
        cli({QStringLiteral("--store"), store, l.oslo, l.dir.filePath(QStringLiteral("no/such/dir/x.md"))});
    EXPECT_EQ(noWrite.exitCode, 1);
    EXPECT_TRUE(noWrite.err.contains("cannot write")) << noWrite.err.toStdString();

    const auto format =
        cli({QStringLiteral("--store"), store, QStringLiteral("--format"), QStringLiteral("docx"), l.oslo, out});
    EXPECT_EQ(format.exitCode, 2);
    EXPECT_TRUE(format.err.contains("--format odt")) << format.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("--store"), store, l.oslo, l.dir.filePath(QStringLiteral("notes.txt"))}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("--store"), store, QStringLiteral("--format"), QStringLiteral("odt"), l.oslo,
                   QStringLiteral("-")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("--store"), store, QStringLiteral("--meeting"), QStringLiteral("31-05-2023"), out})
                  .exitCode,
              2);
    const auto noMeeting =
        cli({QStringLiteral("--store"), store, QStringLiteral("--meeting"), QStringLiteral("2020-01-01"), out});
    EXPECT_EQ(noMeeting.exitCode, 1);
    EXPECT_TRUE(noMeeting.err.contains("no document in the library")) << noMeeting.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("--store"), store, l.oslo}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("--bogus"), l.oslo, out}).exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(NotesExport, repliesFollowTheirNoteUnderItsByline)
{
    const Letters &l = letters();
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("replies.db"));
    ASSERT_TRUE(QFile::copy(l.db, db));
    SqliteAnnotationStore store(db);
    ASSERT_TRUE(store.open());
    AnnotationReply reply = AnnotationReply::create(l.osloReading[2].id, QStringLiteral("Akkoord, ik vraag het na"));
    reply.author = QStringLiteral("Bob Jansen");
    ASSERT_TRUE(store.putReply(reply));
    NotesExporter exporter(store);
    ASSERT_TRUE(exporter.addFile(l.oslo));
    const QString md = exporter.markdown();
    const int answer = int(md.indexOf(QStringLiteral("- Antwoord van Bob Jansen, ")));
    EXPECT_GT(answer, md.indexOf(l.osloReading[2].note)) << md.toStdString();
    EXPECT_LT(answer, md.indexOf(QStringLiteral("## 4.")));
    EXPECT_TRUE(md.contains(QStringLiteral(": Akkoord, ik vraag het na")));
}
