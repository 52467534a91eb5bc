#pragma once

class QMainWindow;
class QMenu;

namespace diptych {

// The window's Library menu, shared by the actions that fill it (LibraryIndexActions,
// FollowDossierActions): the one the window has, or a new one before Help.
class LibraryMenu
{
public:
    static QMenu *of(QMainWindow *window);
};

} // namespace diptych
