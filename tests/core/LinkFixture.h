#pragma once

#include "AnalysisFixture.h"

#include "links/LinkGraph.h"

#include <QFileInfo>

namespace diptych::test {

// A letter made by hand, for the cases the five samples do not have (they hold no agenda
// and verslag of the same meeting).
inline Analysis letter(const QString &file, DocumentKind kind, const QString &title, const QString &type,
                       const QDate &start, const QDate &end, const QString &place = QString())
{
    Analysis a;
    a.file = file;
    a.kind = kind;
    a.title = title;
    a.meeting = Meeting{meetingTypeFromName(type), start, end, place};
    return a;
}

inline Reference citation(const QString &id, const QString &dossier)
{
    Reference r;
    r.id = id;
    r.dossiers = QStringList{dossier};
    r.kind = ReferenceKind::Kamerstuk;
    return r;
}

inline Mention mention(const QString &what, const QString &name, const QString &place, const QDate &start, int year = 0,
                       int month = 0)
{
    Mention m;
    for (MentionKind kind : {MentionKind::Summit, MentionKind::Council, MentionKind::Fmm, MentionKind::Meeting}) {
        if (mentionKindName(kind) == what)
            m.what = kind;
    }
    m.name = name;
    m.place = place;
    m.start = start;
    m.end = start;
    m.year = start.isValid() ? start.year() : year;
    m.month = month;
    return m;
}

// The five samples, analysed once for all link tests.
inline const QVector<Analysis> &fiveSamples()
{
    static const QVector<Analysis> samples = [] {
        QVector<Analysis> out;
        for (const char *name : {"000_a60e29c67b147090.txt", "001_76cb035f3064fde5.txt", "002_e47a5db50cc64457.txt",
                                 "003_eafaf4e2d27f033a.txt", "004_cd1c5c75dbeda8f3.txt"})
            out << analyzeSample(QString::fromLatin1(name));
        return out;
    }();
    return samples;
}

// "001" for tests/data/001_76cb035f3064fde5.txt; the file name itself for other files.
inline QString shortName(const Analysis &a)
{
    const QString name = QFileInfo(a.file).fileName();
    return a.file.startsWith(QStringLiteral(DIPTYCH_TEST_DATA)) ? name.left(3) : name;
}

inline QStringList names(const QVector<Analysis> &docs, const QVector<int> &indices)
{
    QStringList out;
    for (int i : indices)
        out << shortName(docs.at(i));
    return out;
}

inline QStringList linkTargets(const LinkGraph &graph, const QVector<Analysis> &docs, int from, LinkKind kind)
{
    QStringList out;
    for (const DocumentLink &link : graph.linksFrom(from)) {
        if (link.kind == kind)
            out << shortName(docs.at(link.to));
    }
    return out;
}

} // namespace diptych::test
