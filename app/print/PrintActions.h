#pragma once

#include "print/PrintDialogs.h"

#include <QObject>

#include <functional>
#include <utility>

class QAction;
class QMenu;

namespace diptych {

// The printing entries of the File menu. The window says which document and which
// comparison are current; the actions are enabled to match when the menu opens.
class PrintActions : public QObject
{
    Q_OBJECT
public:
    using CurrentDocument = std::function<QString()>;
    using CurrentComparison = std::function<std::pair<QString, QString>()>;

    PrintActions(QWidget *window, const AnalysisService *analyses, const QString &databasePath,
                 CurrentDocument document, CurrentComparison comparison);

    // Adds Print…, Print preview…, Export annotated PDF… and Print handout… to menu.
    void addTo(QMenu *menu);
    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportAction() const { return m_export; }
    QAction *handoutAction() const { return m_handout; }

private:
    void updateEnabled();

    QWidget *m_window;
    PrintDialogs m_dialogs;
    CurrentDocument m_document;
    CurrentComparison m_comparison;
    QAction *m_print;
    QAction *m_preview;
    QAction *m_export;
    QAction *m_handout;
};

} // namespace diptych
