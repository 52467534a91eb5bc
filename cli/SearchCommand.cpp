#include "CliCommands.h"
#include "IndexOptions.h"

#include "library/LibraryIndex.h"
#include "library/SnippetLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace diptych::cli {

namespace {

// The snippet without its markers, and where the marked terms were: [[start, end], ...].
QJsonObject snippetJson(const QString &snippet)
{
    QString plain;
    QJsonArray highlights;
    int open = -1;
    for (const QChar c : snippet) {
        if (c == SnippetLocator::kOpen) {
            open = int(plain.size());
        } else if (c == SnippetLocator::kClose && open >= 0) {
            highlights.append(QJsonArray{open, int(plain.size())});
            open = -1;
        } else {
            plain += c;
        }
    }
    return QJsonObject{{QStringLiteral("snippet"), plain}, {QStringLiteral("highlights"), highlights}};
}

QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

QJsonObject hitJson(const SearchHit &hit)
{
    QJsonObject o = snippetJson(hit.snippet);
    o.insert(QStringLiteral("file"), hit.path);
    o.insert(QStringLiteral("hash"), hit.documentHash);
    o.insert(QStringLiteral("title"), orNull(hit.title));
    o.insert(QStringLiteral("kind"), hit.kind);
    o.insert(QStringLiteral("meeting"), orNull(hit.meetingLabel));
    o.insert(QStringLiteral("meeting_start"),
             hit.meetingStart.isValid() ? QJsonValue(hit.meetingStart.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("offset"), hit.readingOffset);
    o.insert(QStringLiteral("rank"), hit.rank);
    return o;
}

// Meetings in the order of their best hit; the hits of one meeting together.
void printGrouped(QTextStream &out, const QVector<SearchHit> &hits)
{
    QStringList order;
    for (const SearchHit &hit : hits) {
        if (!order.contains(hit.meetingLabel))
            order << hit.meetingLabel;
    }
    for (const QString &meeting : order) {
        out << (meeting.isEmpty() ? QStringLiteral("(no meeting)") : meeting) << '\n';
        for (const SearchHit &hit : hits) {
            if (hit.meetingLabel != meeting)
                continue;
            QString snippet = hit.snippet;
            snippet.replace(SnippetLocator::kOpen, QStringLiteral("«"))
                .replace(SnippetLocator::kClose, QStringLiteral("»"));
            out << "  " << hit.kind << "  " << hit.path << '\n'
                << "    " << (hit.title.isEmpty() ? QStringLiteral("(untitled)") : hit.title) << '\n'
                << "    " << snippet.simplified() << '\n';
        }
    }
}

// The number --limit asks for, 50 when not given; 0 after a message when it is no positive number.
int hitLimit(const ParsedArguments &parsed, QTextStream &err)
{
    if (!parsed.values.contains(QStringLiteral("--limit")))
        return 50;
    bool ok = false;
    const int limit = parsed.value("--limit").toInt(&ok);
    if (ok && limit > 0)
        return limit;
    err << "diptych-cli: --limit wants a positive number, not " << parsed.value("--limit") << '\n';
    return 0;
}

} // namespace

// search: words AND-ed, "phrases", prefix*.
int search(const ParsedArguments &parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int limit = hitLimit(parsed, err);
    if (limit == 0)
        return 2;
    LibraryIndex libraryIndex(libraryPath(parsed));
    if (!openIndex(libraryIndex, err))
        return 1;
    const QString query = parsed.operands.join(QLatin1Char(' '));
    const QVector<SearchHit> hits = libraryIndex.search(query, limit);
    if (!libraryIndex.error().isEmpty()) {
        err << "diptych-cli: search failed: " << libraryIndex.error() << '\n';
        return 1;
    }
    if (parsed.has("--json")) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(hitJson(hit));
        out << QJsonDocument(QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("hits"), array}})
                   .toJson(QJsonDocument::Indented);
    } else if (hits.isEmpty()) {
        out << "no documents match " << query << '\n';
    } else {
        printGrouped(out, hits);
    }
    return 0;
}

} // namespace diptych::cli
