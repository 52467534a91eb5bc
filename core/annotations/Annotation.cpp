#include "annotations/Annotation.h"

#include "storage/UserAccount.h"

#include <QSettings>
#include <QUuid>

namespace diptych {

namespace {

struct KindName {
    AnnotationKind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {AnnotationKind::Highlight, "highlight"}, {AnnotationKind::Underline, "underline"},
    {AnnotationKind::StrikeOut, "strikeout"}, {AnnotationKind::HighlightNote, "highlight-note"},
    {AnnotationKind::PageNote, "page-note"},
};

bool sameAreas(const QVector<PageArea> &a, const QVector<PageArea> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].page != b[i].page || a[i].quads != b[i].quads)
            return false;
    }
    return true;
}

} // namespace

Annotation Annotation::create(AnnotationKind kind, const QString &documentHash)
{
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.documentHash = documentHash;
    a.kind = kind;
    a.color = defaultColor(kind);
    a.author = defaultAuthor();
    a.created = a.modified = nowUtc();
    return a;
}

namespace {
QString &configuredAuthor()
{
    static QString name;
    return name;
}
} // namespace

void Annotation::setConfiguredAuthor(const QString &name) { configuredAuthor() = name.trimmed(); }

QString Annotation::defaultAuthor()
{
    if (!configuredAuthor().isEmpty())
        return configuredAuthor();
    const QString configured = QSettings().value(QStringLiteral("annotations/author")).toString();
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    // A person's name reads better on a shared or printed note than a login name.
    const QString fullName = UserAccount::fullName();
    if (!fullName.isEmpty())
        return fullName;
    const QString login = UserAccount::loginName();
    return login.isEmpty() ? QStringLiteral("Diptych") : login;
}

QColor Annotation::defaultColor(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Underline: return QColor(0x1e, 0x6f, 0xd9);
    case AnnotationKind::StrikeOut: return QColor(0xd9, 0x30, 0x25);
    default: return QColor(0xff, 0xe0, 0x3d); // highlighter yellow
    }
}

QDateTime Annotation::nowUtc()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return now;
}

bool operator==(const Annotation &a, const Annotation &b)
{
    return a.id == b.id && a.documentHash == b.documentHash && a.kind == b.kind && a.color == b.color
           && a.author == b.author && a.created == b.created && a.modified == b.modified && a.tags == b.tags
           && a.note == b.note && sameAreas(a.areas, b.areas) && a.quote.exact == b.quote.exact
           && a.quote.prefix == b.quote.prefix && a.quote.suffix == b.quote.suffix
           && a.position.start == b.position.start && a.position.end == b.position.end && a.officialId == b.officialId
           && a.sharing == b.sharing && a.team == b.team;
}

QString annotationSharingName(AnnotationSharing sharing)
{
    return sharing == AnnotationSharing::Private ? QStringLiteral("private") : QStringLiteral("team");
}

std::optional<AnnotationSharing> annotationSharingFromName(const QString &name)
{
    if (name == QLatin1String("team"))
        return AnnotationSharing::Team;
    if (name == QLatin1String("private"))
        return AnnotationSharing::Private;
    return std::nullopt;
}

QString annotationKindName(AnnotationKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return QString();
}

std::optional<AnnotationKind> annotationKindFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

} // namespace diptych
