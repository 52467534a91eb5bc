#pragma once

#include "model/Analysis.h"

#include <QPointer>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace diptych {

class DocumentPane;
class Library;

// Every Kamerstuk reference of the active document. Activating one opens the letter when
// the library holds it; otherwise its officielebekendmakingen.nl page is offered and only
// opened in the browser when the user says so. A cited Kamerstuk that is not in the library
// has "Download and open" in its context menu (CitedKamerstukDownload does it).
class ReferencesPanel : public QWidget
{
    Q_OBJECT
public:
    ReferencesPanel(Library &library, QWidget *parent = nullptr);

    void setPane(DocumentPane *pane);
    QTreeWidget *view() const { return m_view; }

Q_SIGNALS:
    void openRequested(const QString &path);
    // The user asked for a cited Kamerstuk ("kst-28676-499") to be fetched and opened.
    void downloadRequested(const QString &officialId);

private:
    void rebuild();
    void activate(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &at);

    Library &m_library;
    QPointer<DocumentPane> m_pane;
    QTreeWidget *m_view;
};

} // namespace diptych
