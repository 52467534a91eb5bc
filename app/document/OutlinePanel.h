#pragma once

#include <QPointer>
#include <QWidget>

class QStandardItemModel;
class QTreeView;

namespace diptych {

class DocumentPane;

// The outline dock: cover letter, title, sessions and their topics of the active document.
// A click jumps there; the row of the section being read follows the scroll.
class OutlinePanel : public QWidget
{
    Q_OBJECT
public:
    enum Role { OffsetRole = Qt::UserRole + 1, SectionRole };

    explicit OutlinePanel(QWidget *parent = nullptr);

    void setPane(DocumentPane *pane);
    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

private:
    void rebuild();
    void jump(const QModelIndex &index);
    void follow(int section);

    QPointer<DocumentPane> m_pane;
    QStandardItemModel *m_model;
    QTreeView *m_view;
};

} // namespace diptych
