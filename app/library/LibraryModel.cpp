#include "library/LibraryModel.h"

#include "library/MeetingLabel.h"

#include <QFileInfo>
#include <QFont>

#include <algorithm>

namespace diptych {

namespace {

bool hasMeeting(const Meeting &m) { return m.start.isValid(); }

QString meetingKey(const Meeting &m)
{
    return meetingTypeName(m.type).toLower() + QLatin1Char('|') + m.start.toString(Qt::ISODate);
}

int kindOrder(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Agenda: return 0;
    case DocumentKind::Verslag: return 1;
    case DocumentKind::Other: break;
    }
    return 2;
}

QString displayTitle(const LibraryEntry &e)
{
    return e.title.isEmpty() ? QFileInfo(e.path).completeBaseName() : e.title;
}

// internalId 0: a meeting row; the low 24 bits group + 1: a letter row of that group; with
// letter + 1 in the bits above: one file of that letter.
constexpr int kLetterShift = 24;
constexpr quintptr kGroupMask = (quintptr(1) << kLetterShift) - 1;
quintptr letterId(int group) { return quintptr(group + 1); }
quintptr fileId(int group, int letter) { return letterId(group) | (quintptr(letter + 1) << kLetterShift); }
int groupOf(quintptr id) { return int(id & kGroupMask) - 1; }
int letterOf(quintptr id) { return int(id >> kLetterShift) - 1; } // -1: a letter row

} // namespace

LibraryModel::LibraryModel(QObject *parent) : QAbstractItemModel(parent) {}

void LibraryModel::setEntries(const QVector<LibraryEntry> &entries)
{
    beginResetModel();
    m_groups.clear();
    QHash<QString, int> byKey;
    Group other;
    for (const LibraryEntry &e : entries) {
        if (!hasMeeting(e.meeting)) {
            other.documents << e;
            continue;
        }
        const QString key = meetingKey(e.meeting);
        if (!byKey.contains(key)) {
            byKey.insert(key, m_groups.size());
            m_groups.append(Group{e.meeting, {}, {}});
        }
        Group &g = m_groups[byKey.value(key)];
        g.documents << e;
        if (g.meeting.place.isEmpty())
            g.meeting.place = e.meeting.place;
    }
    std::sort(m_groups.begin(), m_groups.end(),
              [](const Group &a, const Group &b) { return a.meeting.start > b.meeting.start; });
    if (!other.documents.isEmpty())
        m_groups.append(other);
    for (Group &g : m_groups) {
        g.letters = LetterFiles::group(g.documents);
        std::stable_sort(g.letters.begin(), g.letters.end(), [](const Letter &x, const Letter &y) {
            const LibraryEntry &a = x.lead();
            const LibraryEntry &b = y.lead();
            if (kindOrder(a.kind) != kindOrder(b.kind))
                return kindOrder(a.kind) < kindOrder(b.kind);
            return displayTitle(a).localeAwareCompare(displayTitle(b)) < 0;
        });
    }
    endResetModel();
}

QPair<QString, QString> LibraryModel::agendaAndVerslag(const QModelIndex &meeting) const
{
    QPair<QString, QString> out;
    if (!meeting.isValid() || meeting.internalId() != 0)
        return out;
    for (const Letter &letter : m_groups.at(meeting.row()).letters) {
        const LibraryEntry &e = letter.lead();
        if (e.kind == DocumentKind::Agenda && out.first.isEmpty())
            out.first = e.path;
        else if (e.kind == DocumentKind::Verslag && out.second.isEmpty())
            out.second = e.path;
    }
    return out;
}

QModelIndex LibraryModel::indexForPath(const QString &path) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QVector<Letter> &letters = m_groups[g].letters;
        for (int l = 0; l < letters.size(); ++l) {
            if (letters[l].lead().path == path)
                return createIndex(l, 0, letterId(g));
            for (int f = 1; f < letters[l].files.size(); ++f) {
                if (letters[l].files[f].path == path)
                    return createIndex(f, 0, fileId(g, l));
            }
        }
    }
    return {};
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() == 0)
        return row < m_groups[parent.row()].letters.size() ? createIndex(row, 0, letterId(parent.row()))
                                                           : QModelIndex();
    if (letterOf(parent.internalId()) >= 0 || row >= rowCount(parent))
        return {};
    return createIndex(row, 0, fileId(groupOf(parent.internalId()), parent.row()));
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int group = groupOf(child.internalId());
    const int letter = letterOf(child.internalId());
    return letter < 0 ? createIndex(group, 0, quintptr(0)) : createIndex(letter, 0, letterId(group));
}

// A letter's files are listed under it only when there is more than one.
int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_groups.size();
    if (parent.internalId() == 0)
        return m_groups[parent.row()].letters.size();
    if (letterOf(parent.internalId()) >= 0)
        return 0;
    const int files = m_groups[groupOf(parent.internalId())].letters[parent.row()].files.size();
    return files > 1 ? files : 0;
}

int LibraryModel::columnCount(const QModelIndex &) const { return 1; }

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups[index.row()], role);
    const Group &group = m_groups[groupOf(index.internalId())];
    const int letter = letterOf(index.internalId());
    if (letter < 0)
        return letterData(group.letters[index.row()], role);
    return fileData(group.letters[letter].files[index.row()], role);
}

QVariant LibraryModel::groupData(const Group &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return hasMeeting(group.meeting) ? meetingLabel(group.meeting) : tr("Other documents");
    case Qt::ToolTipRole:
        return hasMeeting(group.meeting) ? tr("NATO foreign ministers meeting") : tr("Meeting not recognised");
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case IsMeetingRole: return true;
    case KindRole: return -1;
    default: return {};
    }
}

QVariant LibraryModel::letterData(const Letter &letter, int role) const
{
    if (role == FilesRole) {
        QStringList paths;
        for (const LibraryEntry &e : letter.files)
            paths << e.path;
        return paths;
    }
    if (role == Qt::ToolTipRole && letter.files.size() > 1)
        return tr("%1 and %n other file(s) of this letter", nullptr, int(letter.files.size() - 1))
            .arg(letter.lead().path);
    return documentData(letter.lead(), role);
}

// One file of a letter held in several: which file it is, not the letter again.
QVariant LibraryModel::fileData(const LibraryEntry &e, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return QFileInfo(e.path).fileName();
    case BadgeRole: return e.format == SourceFormat::Pdf ? tr("PDF") : tr("Text");
    case IsFileRole: return true;
    case Qt::AccessibleTextRole: return QFileInfo(e.path).fileName();
    default: return documentData(e, role);
    }
}

QVariant LibraryModel::documentData(const LibraryEntry &e, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return displayTitle(e);
    case Qt::ToolTipRole: return e.path;
    case Qt::AccessibleTextRole: return QString(badge(e.kind, e.docType) + QLatin1Char(' ') + displayTitle(e));
    case PathRole: return e.path;
    case KindRole: return int(e.kind);
    case IsMeetingRole: return false;
    case MissingRole: return !QFileInfo::exists(e.path);
    case BadgeRole: return badge(e.kind, e.docType);
    default: return {};
    }
}

QString LibraryModel::badge(DocumentKind kind, DocumentType type)
{
    switch (kind) {
    case DocumentKind::Agenda: return tr("Agenda");
    case DocumentKind::Verslag: return tr("Report");
    case DocumentKind::Other: break;
    }
    switch (type) {
    case DocumentType::Motie: return tr("Motion");
    case DocumentType::Aanhangsel: return tr("Questions");
    case DocumentType::VerslagCommissie: return tr("Committee");
    case DocumentType::Brief:
    case DocumentType::Other: break;
    }
    return tr("Letter");
}

} // namespace diptych
