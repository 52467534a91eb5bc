#include "shell/Session.h"

#include "compare/CompareView.h"
#include "document/DocumentPane.h"
#include "shell/DockLayout.h"
#include "shell/MainWindow.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>
#include <QVector>

namespace diptych {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kTabs = QStringLiteral("session/tabs");
const QString kCurrent = QStringLiteral("session/current");
const QString kType = QStringLiteral("type");
const QString kLeft = QStringLiteral("left");
const QString kRight = QStringLiteral("right");
const QString kLeftPosition = QStringLiteral("leftPosition");
const QString kRightPosition = QStringLiteral("rightPosition");
const QString kLinked = QStringLiteral("linked");

// One settings group per file, named by a hash of its path (paths make poor keys).
QString fileGroup(const QString &path)
{
    return QStringLiteral("files/")
           + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

void Session::rememberFile(const DocumentPane &pane, QSettings &settings)
{
    if (!pane.hasPages())
        return;
    const DocumentPane::PageState state = pane.pageState();
    settings.beginGroup(fileGroup(pane.path()));
    settings.setValue(QStringLiteral("path"), pane.path());
    settings.setValue(QStringLiteral("pages"), state.pages);
    settings.setValue(QStringLiteral("zoomMode"), state.zoomMode);
    settings.setValue(QStringLiteral("zoom"), state.zoom);
    settings.setValue(QStringLiteral("page"), state.page);
    settings.setValue(QStringLiteral("y"), state.y);
    settings.endGroup();
}

void Session::recallFile(DocumentPane &pane, QSettings &settings)
{
    settings.beginGroup(fileGroup(pane.path()));
    if (settings.value(QStringLiteral("path")).toString() == pane.path()) {
        DocumentPane::PageState state;
        state.pages = settings.value(QStringLiteral("pages"), true).toBool();
        state.zoomMode = settings.value(QStringLiteral("zoomMode"), 0).toInt();
        state.zoom = settings.value(QStringLiteral("zoom"), 1.0).toDouble();
        state.page = settings.value(QStringLiteral("page"), -1).toInt();
        state.y = settings.value(QStringLiteral("y"), 0.0).toDouble();
        pane.setPageState(state);
    }
    settings.endGroup();
}

void Session::save(const MainWindow &window, QSettings &settings)
{
    settings.setValue(kGeometry, window.saveGeometry());
    settings.setValue(kState, window.saveState(DockLayout::kVersion));
    QTabWidget *tabs = window.tabs();
    settings.beginWriteArray(kTabs, tabs->count());
    for (int i = 0; i < tabs->count(); ++i) {
        settings.setArrayIndex(i);
        if (auto *compare = qobject_cast<CompareView *>(tabs->widget(i))) {
            settings.setValue(kType, QStringLiteral("compare"));
            settings.setValue(kLeft, compare->left()->path());
            settings.setValue(kRight, compare->right()->path());
            settings.setValue(kLeftPosition, compare->left()->position());
            settings.setValue(kRightPosition, compare->right()->position());
            settings.setValue(kLinked, compare->linkedScrolling());
        } else if (auto *pane = qobject_cast<DocumentPane *>(tabs->widget(i))) {
            settings.setValue(kType, QStringLiteral("document"));
            settings.setValue(kLeft, pane->path());
            settings.setValue(kLeftPosition, pane->position());
        }
    }
    settings.endArray();
    for (const DocumentPane *pane : tabs->findChildren<DocumentPane *>())
        rememberFile(*pane, settings);
    settings.setValue(kCurrent, tabs->currentIndex());
    settings.sync();
}

void Session::restoreLayout(MainWindow &window, QSettings &settings)
{
    window.restoreGeometry(settings.value(kGeometry).toByteArray());
    // A state saved by an older arrangement is refused (version) and the default stays.
    window.restoreState(settings.value(kState).toByteArray(), DockLayout::kVersion);
}

// Files that disappeared since are skipped quietly: the session is a convenience. The list
// is read first: opening a file reads its own settings group (recallFile).
void Session::restoreTabs(MainWindow &window, QSettings &settings)
{
    struct Tab {
        QString type, left, right;
        int leftPosition = -1, rightPosition = -1;
        bool linked = true;
    };
    QVector<Tab> tabs;
    const int count = settings.beginReadArray(kTabs);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        tabs.append(Tab{settings.value(kType).toString(), settings.value(kLeft).toString(),
                        settings.value(kRight).toString(), settings.value(kLeftPosition, -1).toInt(),
                        settings.value(kRightPosition, -1).toInt(), settings.value(kLinked, true).toBool()});
    }
    settings.endArray();
    for (const Tab &tab : tabs) {
        if (!QFileInfo::exists(tab.left))
            continue;
        if (tab.type == QLatin1String("compare")) {
            if (!QFileInfo::exists(tab.right))
                continue;
            if (CompareView *compare = window.openComparison(tab.left, tab.right)) {
                compare->setLinkedScrolling(tab.linked);
                compare->left()->setPosition(tab.leftPosition);
                compare->right()->setPosition(tab.rightPosition);
            }
        } else if (DocumentPane *pane = window.openDocument(tab.left)) {
            pane->setPosition(tab.leftPosition);
        }
    }
    const int current = settings.value(kCurrent, -1).toInt();
    if (current >= 0 && current < window.tabs()->count())
        window.tabs()->setCurrentIndex(current);
}

} // namespace diptych
