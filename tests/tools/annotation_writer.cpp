// A second process for the annotation store tests: writes a stream of edits to a database
// and reports each one after it is committed, so a test can kill it midway (SIGKILL) or run
// two at once and check that nothing committed is lost and nothing is corrupt.
//
// usage: annotation_writer DB PREFIX COUNT
// Writes annotations PREFIX-0 .. PREFIX-(COUNT-1), each with two tags, and prints
// "committed N" after the Nth put returned.
#include "annotations/SqliteAnnotationStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace diptych;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: annotation_writer DB PREFIX COUNT\n");
        return 2;
    }
    SqliteAnnotationStore store(args[1]);
    if (!store.open()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.error()));
        return 1;
    }
    const QString prefix = args[2];
    const int count = args[3].toInt();
    for (int i = 0; i < count; ++i) {
        Annotation a = Annotation::create(AnnotationKind::HighlightNote, QStringLiteral("stream-doc"));
        a.id = prefix + QLatin1Char('-') + QString::number(i);
        a.note = QStringLiteral("Aantekening %1 van %2").arg(i).arg(prefix);
        a.quote.exact = QStringLiteral("passage %1").arg(i);
        a.position = TextPositionSelector{i, i + 10};
        a.tags = {prefix, QStringLiteral("nr-%1").arg(i)};
        if (!store.put(a)) {
            std::fprintf(stderr, "put %d: %s\n", i, qPrintable(store.error()));
            return 1;
        }
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
