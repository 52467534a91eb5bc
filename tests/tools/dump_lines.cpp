// dump_lines FILE [--analysed]: the lines a source delivers (page, font size, box, gap, text),
// and with --analysed the role each analysis step gave them. A tool for reading what the
// analysis sees when a detection goes wrong; no test runs it.
#include "analysis/FootnoteDetector.h"
#include "analysis/FurnitureDetector.h"
#include "source/DocumentLoader.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace diptych;

namespace {

const char *roleName(LineRole role)
{
    switch (role) {
    case LineRole::Body: return "body";
    case LineRole::Furniture: return "furn";
    case LineRole::Footnote: return "note";
    case LineRole::Cover: return "cover";
    }
    return "?";
}

QString wordsWithRaised(const Line &line)
{
    QStringList parts;
    for (const Word &w : line.words)
        parts << (w.raised ? QStringLiteral("^") + w.text : w.text);
    return parts.join(QLatin1Char(' '));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        QTextStream(stderr) << "usage: dump_lines FILE [--analysed]\n";
        return 2;
    }
    LoadResult loaded = DocumentLoader::load(args.first());
    if (!loaded.ok()) {
        QTextStream(stderr) << loaded.error << '\n';
        return 1;
    }
    SourceDocument &doc = loaded.document;
    if (args.contains(QStringLiteral("--analysed"))) {
        FurnitureDetector::run(doc);
        FootnoteDetector::run(doc);
    }
    QTextStream out(stdout);
    for (const Page &page : doc.pages) {
        for (const Line &line : page.lines) {
            out << QStringLiteral("p%1 %2 %3 y%4 x%5 %6| %7\n")
                       .arg(page.index + 1)
                       .arg(QLatin1String(roleName(line.role)), -5)
                       .arg(line.fontSize, 4, 'f', 1)
                       .arg(line.box.top(), 5, 'f', 1)
                       .arg(line.box.left(), 5, 'f', 1)
                       .arg(line.gapBefore ? QStringLiteral("gap ") : QStringLiteral("    "))
                       .arg(wordsWithRaised(line));
        }
    }
    return 0;
}
