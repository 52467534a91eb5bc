#pragma once

#include <QWidget>

class QTreeView;
class QToolButton;

namespace diptych {

class Library;
class LibraryModel;

// The library dock: meetings and their letters. Emits what the user wants to open; the
// main window decides how.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(Library &library, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    LibraryModel *model() const { return m_model; }
    // The pair "Compare" would open for the current selection; empty when none.
    QPair<QString, QString> comparisonForSelection() const;

Q_SIGNALS:
    void openRequested(const QString &path);
    void compareRequested(const QString &left, const QString &right);
    void addRequested();
    // The notes of one document, or (meeting true) of every document of a meeting.
    void exportNotesRequested(const QStringList &paths, bool meeting);

private:
    void reload();
    void activate(const QModelIndex &index);
    void compareSelection();
    void removeSelection();
    void updateButtons();
    void showContextMenu(const QPoint &pos);
    QStringList documentsOf(const QModelIndex &meeting) const;

    Library &m_library;
    LibraryModel *m_model;
    QTreeView *m_view;
    QToolButton *m_compareButton;
    QToolButton *m_removeButton;
};

} // namespace diptych
