#include "annotations/AnnotationModel.h"

#include "annotations/AnnotationStore.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace diptych {

AnnotationModel::AnnotationModel(AnnotationStore *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kDeferredWriteMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &AnnotationModel::flush);
    setStore(store);
}

AnnotationModel::~AnnotationModel() { flush(); }

void AnnotationModel::setStore(AnnotationStore *store)
{
    flush();
    m_store = store;
    beginResetModel();
    m_rows = m_store ? m_store->all() : QVector<Annotation>();
    m_replies.clear();
    for (const AnnotationReply &r : m_store ? m_store->allReplies() : QVector<AnnotationReply>())
        m_replies[r.annotation].append(r);
    endResetModel();
}

void AnnotationModel::reload()
{
    flush();
    if (!m_store)
        return;
    takeIn(m_store->all());
    takeIn(m_store->allReplies());
}

// The store's annotations into the rows without a reset: one dataChanged over the rows that
// differ, new ones appended, gone ones removed.
void AnnotationModel::takeIn(const QVector<Annotation> &annotations)
{
    QHash<QString, const Annotation *> fresh;
    for (const Annotation &a : annotations)
        fresh.insert(a.id, &a);
    for (int row = m_rows.size() - 1; row >= 0; --row) {
        if (!fresh.contains(m_rows[row].id)) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    int first = -1, last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Annotation *now = fresh.take(m_rows[row].id);
        if (!now || *now == m_rows[row])
            continue;
        m_rows[row] = *now;
        first = first < 0 ? row : first;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last));
    QVector<Annotation> added; // in the store's order, oldest first
    for (const Annotation &a : annotations) {
        if (fresh.contains(a.id))
            added.append(a);
    }
    if (added.isEmpty())
        return;
    beginInsertRows(QModelIndex(), m_rows.size(), m_rows.size() + added.size() - 1);
    m_rows += added;
    endInsertRows();
}

void AnnotationModel::takeIn(const QVector<AnnotationReply> &replies)
{
    QHash<QString, QVector<AnnotationReply>> fresh;
    for (const AnnotationReply &r : replies)
        fresh[r.annotation].append(r);
    QStringList changed;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        if (m_replies.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it) {
        if (!fresh.contains(it.key()))
            changed.append(it.key());
    }
    m_replies = fresh;
    for (const QString &id : std::as_const(changed))
        Q_EMIT repliesChanged(id);
}

int AnnotationModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rows.size(); }

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Annotation &a = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return a.quote.exact.isEmpty() ? a.note : a.quote.exact;
    case Qt::ToolTipRole: return a.note;
    case Qt::DecorationRole:
    case ColorRole: return a.color;
    case IdRole: return a.id;
    case KindRole: return int(a.kind);
    case AuthorRole: return a.author;
    case NoteRole: return a.note;
    case TagsRole: return a.tags;
    case QuoteRole: return a.quote.exact;
    case DocumentHashRole: return a.documentHash;
    case ModifiedRole: return a.modified;
    default: return QVariant();
    }
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(ColorRole, "color");
    names.insert(AuthorRole, "author");
    names.insert(NoteRole, "note");
    names.insert(TagsRole, "tags");
    names.insert(QuoteRole, "quote");
    names.insert(DocumentHashRole, "documentHash");
    names.insert(ModifiedRole, "modified");
    return names;
}

int AnnotationModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

std::optional<Annotation> AnnotationModel::byId(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<Annotation>(m_rows[row]);
}

QVector<Annotation> AnnotationModel::byDocuments(const QStringList &hashes) const
{
    QVector<Annotation> out;
    for (const Annotation &a : m_rows) {
        if (hashes.contains(a.documentHash))
            out.append(a);
    }
    return out;
}

bool AnnotationModel::defer(const QString &id)
{
    m_unwritten.insert(id);
    if (!m_flushTimer.isActive())
        m_flushTimer.start(); // not restarted by later keys: steady typing is written too
    return true;
}

bool AnnotationModel::write(const Annotation &annotation)
{
    m_unwritten.remove(annotation.id); // this write carries any edit that was waiting
    if (!m_store) {
        Q_EMIT storeFailed(tr("The annotation database is not open: this change is kept only until "
                              "Diptych closes."));
        return false;
    }
    if (m_store->put(annotation))
        return true;
    Q_EMIT storeFailed(tr("The annotation could not be stored: %1").arg(m_store->error()));
    return false;
}

bool AnnotationModel::flush()
{
    m_flushTimer.stop();
    bool stored = true;
    const QSet<QString> ids = std::exchange(m_unwritten, {});
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            stored = write(m_rows[row]) && stored;
    }
    return stored;
}

bool AnnotationModel::add(const Annotation &annotation)
{
    if (rowOf(annotation.id) >= 0)
        return update(annotation);
    const bool stored = write(annotation);
    beginInsertRows(QModelIndex(), m_rows.size(), m_rows.size());
    m_rows.append(annotation);
    endInsertRows();
    return stored;
}

bool AnnotationModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return true;
    m_unwritten.remove(id); // gone: nothing left to write
    bool stored = m_store && m_store->remove(id);
    if (!stored)
        Q_EMIT storeFailed(m_store ? tr("The annotation could not be deleted: %1").arg(m_store->error())
                                   : tr("The annotation database is not open."));
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return stored;
}

bool AnnotationModel::update(const Annotation &annotation)
{
    const int row = rowOf(annotation.id);
    if (row < 0)
        return add(annotation);
    const bool stored = m_writesDeferred && m_store ? defer(annotation.id) : write(annotation);
    m_rows[row] = annotation;
    Q_EMIT dataChanged(index(row), index(row));
    return stored;
}

std::optional<AnnotationReply> AnnotationModel::replyById(const QString &replyId) const
{
    for (const QVector<AnnotationReply> &thread : m_replies) {
        for (const AnnotationReply &r : thread) {
            if (r.id == replyId)
                return r;
        }
    }
    return std::nullopt;
}

bool AnnotationModel::addReply(const AnnotationReply &reply)
{
    const bool stored = m_store && m_store->putReply(reply);
    if (!stored)
        Q_EMIT storeFailed(m_store ? tr("The reply could not be stored: %1").arg(m_store->error())
                                   : tr("The annotation database is not open: this reply is kept only until "
                                        "Diptych closes."));
    QVector<AnnotationReply> &thread = m_replies[reply.annotation];
    thread.removeIf([&](const AnnotationReply &r) { return r.id == reply.id; });
    const auto at = std::find_if(thread.begin(), thread.end(), [&](const AnnotationReply &r) {
        return std::make_pair(r.created, r.id) > std::make_pair(reply.created, reply.id);
    });
    thread.insert(at, reply);
    Q_EMIT repliesChanged(reply.annotation);
    return stored;
}

bool AnnotationModel::removeReply(const QString &replyId)
{
    const std::optional<AnnotationReply> reply = replyById(replyId);
    if (!reply)
        return true;
    const bool stored = m_store && m_store->remove(replyId);
    if (!stored)
        Q_EMIT storeFailed(m_store ? tr("The reply could not be deleted: %1").arg(m_store->error())
                                   : tr("The annotation database is not open."));
    QVector<AnnotationReply> &thread = m_replies[reply->annotation];
    thread.removeIf([&](const AnnotationReply &r) { return r.id == replyId; });
    if (thread.isEmpty())
        m_replies.remove(reply->annotation);
    Q_EMIT repliesChanged(reply->annotation);
    return stored;
}

bool AnnotationModel::isOwn(const QString &itemId) const { return !m_store || !m_store->isSomeoneElses(itemId); }

QString AnnotationModel::kindLabel(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Highlight: return tr("Highlight");
    case AnnotationKind::Underline: return tr("Underline");
    case AnnotationKind::StrikeOut: return tr("Strike-out");
    case AnnotationKind::HighlightNote: return tr("Note on a passage");
    case AnnotationKind::PageNote: return tr("Note on a page");
    }
    return QString();
}

} // namespace diptych
