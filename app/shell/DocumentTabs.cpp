#include "shell/DocumentTabs.h"

#include "compare/CompareView.h"
#include "document/DocumentPane.h"

namespace diptych {

namespace {

constexpr int kLongestTabText = 48;

} // namespace

DocumentTabs::DocumentTabs(QWidget *parent) : QTabWidget(parent)
{
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setAccessibleName(tr("Documents"));
}

QList<DocumentPane *> DocumentTabs::panes() const { return findChildren<DocumentPane *>(); }

QList<DocumentPane *> DocumentTabs::panesIn(QWidget *page)
{
    if (auto *pane = qobject_cast<DocumentPane *>(page))
        return {pane};
    return page ? page->findChildren<DocumentPane *>() : QList<DocumentPane *>();
}

int DocumentTabs::indexOfDocument(const QString &absolutePath) const
{
    for (int i = 0; i < count(); ++i) {
        auto *pane = qobject_cast<DocumentPane *>(widget(i));
        if (pane && pane->path() == absolutePath)
            return i;
    }
    return -1;
}

void DocumentTabs::addPage(QWidget *page)
{
    setCurrentIndex(addTab(page, titleOf(page)));
    for (DocumentPane *pane : panesIn(page))
        connect(pane, &DocumentPane::titleChanged, this, [this, page] { updateTitle(page); });
}

bool DocumentTabs::allReady() const
{
    for (DocumentPane *pane : panes()) {
        if (!pane->isReady())
            return false;
    }
    return true;
}

void DocumentTabs::setAnalysis(const QString &path, const AnalysisPtr &analysis)
{
    for (DocumentPane *pane : panes()) {
        if (pane->path() == path && !pane->isReady())
            pane->setAnalysis(analysis);
    }
}

bool DocumentTabs::setFailed(const QString &path, const QString &error)
{
    bool open = false;
    for (DocumentPane *pane : panes()) {
        if (pane->path() == path) {
            pane->setFailed(error);
            open = true;
        }
    }
    return open;
}

// The whole title is the tooltip; the tab text is cut so a tab never fills the bar.
void DocumentTabs::updateTitle(QWidget *page)
{
    const int index = indexOf(page);
    if (index < 0)
        return;
    const QString title = titleOf(page);
    setTabToolTip(index, title);
    setTabText(index, title.size() > kLongestTabText ? title.left(kLongestTabText - 2) + QStringLiteral("…") : title);
}

QString DocumentTabs::titleOf(QWidget *page)
{
    if (auto *compare = qobject_cast<CompareView *>(page))
        return compare->title();
    if (auto *pane = qobject_cast<DocumentPane *>(page))
        return pane->title();
    return QString();
}

} // namespace diptych
