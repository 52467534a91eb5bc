#pragma once

#include "links/LinkSnapshot.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QModelIndex;
class QTreeView;

namespace diptych {

class DocumentLinksModel;
class DocumentPane;
class LibraryLinks;

// The "Verwijzingen" dock: how the active document is linked to the rest of the library,
// grouped by kind. Activating a letter asks to open it at the place of the link; a
// Kamerstuk outside the library offers its page on officielebekendmakingen.nl, and its
// context menu Download and open.
class LinksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LinksPanel(LibraryLinks &links, QWidget *parent = nullptr);

    void setPane(DocumentPane *pane);
    QTreeView *view() const { return m_view; }
    DocumentLinksModel *model() const { return m_model; }
    void activate(const QModelIndex &index);

Q_SIGNALS:
    void openRequested(const QString &path, int textOffset);
    // The user asked for a Kamerstuk outside the library to be fetched and opened.
    void downloadRequested(const QString &officialId);

private:
    void rebuild();
    void updateStatus();
    void showContextMenu(const QPoint &at);

    LibraryLinks &m_links;
    QPointer<DocumentPane> m_pane;
    DocumentLinksModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
};

} // namespace diptych
