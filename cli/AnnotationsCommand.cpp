#include "CliCommands.h"

#include "AnnotationStoreOpener.h"

#include "analysis/Analyzer.h"
#include "annotations/AnnotationAnchorer.h"
#include "annotations/AnnotationEdits.h"
#include "annotations/PdfAnnotationImporter.h"
#include "annotations/PdfAnnotationWriter.h"
#include "annotations/WebAnnotationJson.h"
#include "library/LibraryStore.h"
#include "spelling/Speller.h"

#include <QFile>
#include <QTextStream>

#include <memory>

namespace diptych::cli {

namespace {

// The files and the --store database of an annotation command; an empty store is the
// user's library database.
struct Options {
    QString store;
    QStringList files;
};

Options optionsOf(const ParsedArguments &parsed) { return Options{parsed.value("--store"), parsed.operands}; }

// A document read for annotating: its analysis and content hash.
struct Document {
    Analysis analysis;
    QString hash;
};

bool loadDocument(const QString &path, Document &doc, QTextStream &err)
{
    QString error;
    doc.hash = LibraryStore::hashFile(path, &error);
    if (doc.hash.isEmpty() || !Analyzer(Speller::shared()).analyzeFile(path, doc.analysis, error)) {
        err << path << ": " << error << '\n';
        return false;
    }
    return true;
}

// Places every annotation in the document; stores them all, placed or not.
int storePlaced(SqliteAnnotationStore &store, const Document &doc, QVector<Annotation> annotations, QTextStream &out,
                QTextStream &err)
{
    const AnnotationAnchorer anchorer(doc.analysis);
    int placed = 0;
    QStringList notPlaced;
    for (Annotation &a : annotations) {
        a.documentHash = doc.hash;
        const AnnotationAnchorer::Placement p = anchorer.place(a);
        if (p.placed()) {
            a = AnnotationAnchorer::placed(a, p);
            ++placed;
        } else {
            notPlaced << a.id + QStringLiteral("  \"") + shortened(a.quote.exact, 60) + QLatin1Char('"');
        }
    }
    if (!store.putAll(annotations)) {
        err << "diptych-cli: cannot store the annotations: " << store.error() << '\n';
        return 1;
    }
    out << "placed " << placed << ", not placed " << notPlaced.size() << '\n';
    for (const QString &line : notPlaced)
        out << "not placed: " << line << '\n';
    return 0;
}

int importJson(const Options &o, QTextStream &out, QTextStream &err)
{
    Document doc;
    if (!loadDocument(o.files[0], doc, err))
        return 1;
    QFile file(o.files[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        err << o.files[1] << ": " << file.errorString() << '\n';
        return 1;
    }
    QString error;
    const QVector<Annotation> annotations = WebAnnotationJson::parse(file.readAll(), &error);
    if (!error.isEmpty())
        err << o.files[1] << ": " << error << '\n';
    if (annotations.isEmpty() && !error.isEmpty())
        return 1;
    auto store = openAnnotationStore(o.store, err);
    return store ? storePlaced(*store, doc, annotations, out, err) : 1;
}

int importPdf(const Options &o, QTextStream &out, QTextStream &err)
{
    Document doc;
    if (!loadDocument(o.files[0], doc, err))
        return 1;
    QString error;
    const QVector<Annotation> annotations = PdfAnnotationImporter::read(o.files[0], doc.analysis, doc.hash, &error);
    if (!error.isEmpty()) {
        err << o.files[0] << ": " << error << '\n';
        return 1;
    }
    auto store = openAnnotationStore(o.store, err);
    return store ? storePlaced(*store, doc, annotations, out, err) : 1;
}

int exportJson(const Options &o, QTextStream &out, QTextStream &err)
{
    const QString hash = LibraryStore::hashFile(o.files[0]);
    if (hash.isEmpty()) {
        err << o.files[0] << ": cannot read\n";
        return 1;
    }
    auto store = openAnnotationStore(o.store, err);
    if (!store)
        return 1;
    // Streamed: the JSON of 61,000 annotations is never held whole.
    WebAnnotationJson::writeCollection(store->byDocument(hash),
                                       [&](const QByteArray &bytes) { out << QString::fromUtf8(bytes); });
    return 0;
}

// Who sees it on a team server: "private", its team, or "team" for the team the user syncs with.
QString teamLabel(const Annotation &a)
{
    if (a.sharing == AnnotationSharing::Private)
        return annotationSharingName(a.sharing);
    return a.team.isEmpty() ? annotationSharingName(a.sharing) : a.team;
}

int list(const Options &o, QTextStream &out, QTextStream &err)
{
    Document doc;
    if (!loadDocument(o.files[0], doc, err))
        return 1;
    auto store = openAnnotationStore(o.store, err);
    if (!store)
        return 1;
    const AnnotationAnchorer anchorer(doc.analysis);
    for (const Annotation &a : store->byDocument(doc.hash)) {
        const AnnotationAnchorer::Placement p = anchorer.place(a);
        const int page = p.placed() && !p.areas.isEmpty() ? p.areas.first().page : a.firstPage();
        out << a.id << '\t' << annotationKindName(a.kind) << '\t' << a.color.name() << '\t'
            << (p.placed() ? QStringLiteral("p. %1").arg(page + 1) : QStringLiteral("not placed")) << '\t' << a.author
            << '\t' << a.modified.toString(Qt::ISODate) << '\t' << a.tags.join(QLatin1Char(',')) << '\t'
            << shortened(a.quote.exact, 50) << '\t' << shortened(a.note, 50) << '\t' << teamLabel(a) << '\n';
        // Replies under their annotation, on lines of their own that start with a tab.
        for (const AnnotationReply &r : store->replies(a.id))
            out << "\treply\t" << r.id << '\t' << r.author << '\t' << r.modified.toString(Qt::ISODate) << '\t'
                << shortened(r.text, 80) << '\n';
    }
    return 0;
}

int reply(const ParsedArguments &parsed, QTextStream &out, QTextStream &err)
{
    auto store = openAnnotationStore(parsed.value("--store"), err);
    if (!store)
        return 1;
    const QString id = parsed.operands[0];
    const std::optional<Annotation> answered = store->byId(id);
    if (!answered) {
        err << "diptych-cli: no annotation with id " << id << " in " << store->databasePath() << '\n';
        return 1;
    }
    // What a reply is (who, when, the text as typed) is AnnotationEdits', as in the program.
    const std::optional<AnnotationReply> r = AnnotationEdits::reply(*answered, parsed.operands[1]);
    if (!r) {
        err << "diptych-cli: a reply needs some text\n";
        return 2;
    }
    if (!store->putReply(*r)) {
        err << "diptych-cli: cannot store the reply: " << store->error() << '\n';
        return 1;
    }
    out << r->id << ": reply to " << id << '\n';
    return 0;
}

} // namespace

QString shortened(QString text, int length)
{
    text = text.simplified();
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

// The form (import, import-pdf, export, list, or an edit) and its number of operands are the
// parser's.
int annotations(const ParsedArguments &parsed)
{
    const QString sub = parsed.sub();
    if (isAnnotationEdit(sub))
        return editAnnotation(parsed);
    if (isRevisionForm(sub))
        return annotationRevisions(parsed);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Options o = optionsOf(parsed);
    if (sub == QLatin1String("import"))
        return importJson(o, out, err);
    if (sub == QLatin1String("import-pdf"))
        return importPdf(o, out, err);
    if (sub == QLatin1String("export"))
        return exportJson(o, out, err);
    if (sub == QLatin1String("reply"))
        return reply(parsed, out, err);
    return list(o, out, err);
}

int exportPdf(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Options o = optionsOf(parsed);
    Document doc;
    if (!loadDocument(o.files[0], doc, err))
        return 1;
    auto store = openAnnotationStore(o.store, err);
    if (!store)
        return 1;
    // Placed afresh: the quads follow the document as it is now read.
    const AnnotationAnchorer anchorer(doc.analysis);
    QVector<Annotation> annotations;
    int notPlaced = 0;
    for (const Annotation &a : store->byDocument(doc.hash)) {
        const AnnotationAnchorer::Placement p = anchorer.place(a);
        notPlaced += p.placed() ? 0 : 1;
        annotations.append(AnnotationAnchorer::placed(a, p));
    }
    const PdfAnnotationWriter::Result result = PdfAnnotationWriter::write(o.files[0], o.files[1], annotations);
    if (!result.ok) {
        err << o.files[1] << ": " << result.error << '\n';
        return 1;
    }
    out << "wrote " << result.written << " annotations to " << o.files[1];
    if (result.skipped)
        out << " (" << result.skipped << " without a place on a page left out, " << notPlaced << " not placed)";
    out << '\n';
    return 0;
}

} // namespace diptych::cli
