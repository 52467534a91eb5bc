#pragma once

#include "analysis/AnalysisService.h"

#include <QList>
#include <QTabWidget>

namespace diptych {

class DocumentPane;

// The tabs in the middle of the window: one per document or comparison. Knows which panes
// they hold, finds a document already open, keeps each tab titled after its documents and
// hands every pane of a file the analysis when it arrives.
class DocumentTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit DocumentTabs(QWidget *parent = nullptr);

    // Every pane, alone in its tab or one side of a comparison.
    QList<DocumentPane *> panes() const;
    // The panes a tab's page holds: itself, or both sides of a comparison.
    static QList<DocumentPane *> panesIn(QWidget *page);
    // The tab of a document open alone; -1 when it is not.
    int indexOfDocument(const QString &absolutePath) const;
    // Adds a page and makes it current; its title follows the titles of the panes in it.
    void addPage(QWidget *page);
    bool allReady() const;

    void setAnalysis(const QString &path, const AnalysisPtr &analysis);
    // Returns whether the file was open.
    bool setFailed(const QString &path, const QString &error);

private:
    void updateTitle(QWidget *page);
    static QString titleOf(QWidget *page);
};

} // namespace diptych
