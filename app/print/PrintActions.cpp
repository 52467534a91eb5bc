#include "print/PrintActions.h"

#include <QAction>
#include <QMenu>

namespace diptych {

PrintActions::PrintActions(QWidget *window, const AnalysisService *analyses, const QString &databasePath,
                           CurrentDocument document, CurrentComparison comparison)
    : QObject(window), m_window(window), m_dialogs(analyses, databasePath), m_document(std::move(document)),
      m_comparison(std::move(comparison)), m_print(new QAction(tr("&Print…"), this)),
      m_preview(new QAction(tr("Print pre&view…"), this)), m_export(new QAction(tr("Export annotated &PDF…"), this)),
      m_handout(new QAction(tr("Print &handout…"), this))
{
    m_print->setShortcut(QKeySequence::Print);
    m_handout->setToolTip(tr("The aligned sections of the agenda and the report side by side"));
    connect(m_print, &QAction::triggered, this, [this] {
        if (!m_document().isEmpty())
            m_dialogs.print(m_window, m_document());
    });
    connect(m_preview, &QAction::triggered, this, [this] {
        if (!m_document().isEmpty())
            m_dialogs.preview(m_window, m_document());
    });
    connect(m_export, &QAction::triggered, this, [this] {
        if (!m_document().isEmpty())
            m_dialogs.exportPdf(m_window, m_document());
    });
    connect(m_handout, &QAction::triggered, this, [this] {
        const auto [agenda, verslag] = m_comparison();
        if (!agenda.isEmpty())
            m_dialogs.printHandout(m_window, agenda, verslag);
    });
}

void PrintActions::addTo(QMenu *menu)
{
    menu->addSeparator();
    menu->addActions({m_print, m_preview, m_export, m_handout});
    connect(menu, &QMenu::aboutToShow, this, &PrintActions::updateEnabled);
    // Shortcuts work while the menu is closed: enabled, and the handlers check.
    connect(menu, &QMenu::aboutToHide, this, [this] {
        for (QAction *a : {m_print, m_preview, m_export, m_handout})
            a->setEnabled(true);
    });
}

void PrintActions::updateEnabled()
{
    const bool document = !m_document().isEmpty();
    m_print->setEnabled(document);
    m_preview->setEnabled(document);
    m_export->setEnabled(document);
    m_handout->setEnabled(!m_comparison().first.isEmpty());
}

} // namespace diptych
