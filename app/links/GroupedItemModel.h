#pragma once

#include <QAbstractItemModel>

namespace diptych {

// A tree of two levels, groups and their items, in one column: the index arithmetic the
// links and search result models share. Subclasses say how many there are and what each shows.
class GroupedItemModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    using QAbstractItemModel::QAbstractItemModel;

    static bool isGroup(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    virtual int groupCount() const = 0;
    virtual int itemCount(int group) const = 0;
    virtual QVariant groupData(int group, int role) const = 0;
    virtual QVariant childData(int group, int item, int role) const = 0;
};

} // namespace diptych
