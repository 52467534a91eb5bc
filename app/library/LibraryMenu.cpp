#include "library/LibraryMenu.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace diptych {

QMenu *LibraryMenu::of(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    QMenu *menu = bar->findChild<QMenu *>(QStringLiteral("libraryMenu"));
    if (!menu) {
        // Translated where LibraryIndexActions first made it (its context in translations/).
        menu = new QMenu(QCoreApplication::translate("diptych::LibraryIndexActions", "L&ibrary"), bar);
        menu->setObjectName(QStringLiteral("libraryMenu"));
        const QList<QAction *> menus = bar->actions();
        bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    }
    return menu;
}

} // namespace diptych
