#include "links/GroupedItemModel.h"

namespace diptych {

namespace {

// Group rows carry this id; an item row carries its group's row.
constexpr quintptr kGroupId = quintptr(-1);

} // namespace

bool GroupedItemModel::isGroup(const QModelIndex &index) { return index.isValid() && index.internalId() == kGroupId; }

QModelIndex GroupedItemModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < groupCount() ? createIndex(row, 0, kGroupId) : QModelIndex();
    if (!isGroup(parent) || row >= itemCount(parent.row()))
        return {};
    return createIndex(row, 0, quintptr(parent.row()));
}

QModelIndex GroupedItemModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isGroup(child))
        return {};
    return createIndex(int(child.internalId()), 0, kGroupId);
}

int GroupedItemModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount();
    return isGroup(parent) ? itemCount(parent.row()) : 0;
}

int GroupedItemModel::columnCount(const QModelIndex &) const { return 1; }

QVariant GroupedItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isGroup(index))
        return groupData(index.row(), role);
    return childData(int(index.internalId()), index.row(), role);
}

} // namespace diptych
