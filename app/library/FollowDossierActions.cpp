#include "library/FollowDossierActions.h"

#include "library/FetchService.h"
#include "library/Library.h"
#include "library/LibraryMenu.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

namespace diptych {

namespace {

const QString kDossiersKey = QStringLiteral("official/dossiers");
const QString kCheckAtStartKey = QStringLiteral("official/checkAtStart");

// "28676", "28 676", "21501-02", "36200-V": digits, then parts joined by hyphens.
QString normalisedDossier(const QString &typed)
{
    static const QRegularExpression kDossier(QStringLiteral("^\\d+(-[0-9A-Za-z]+)*$"));
    QString dossier = typed.simplified().remove(QLatin1Char(' '));
    return kDossier.match(dossier).hasMatch() ? dossier : QString();
}

} // namespace

FollowDossierActions::FollowDossierActions(QMainWindow *window, FetchService &service, Library &library,
                                           QSettings &settings)
    : QObject(window), m_window(window), m_service(service), m_library(library), m_settings(settings),
      m_follow(new QAction(tr("&Follow dossier…"), this)),
      m_checkNow(new QAction(tr("&Check followed dossiers now"), this)),
      m_checkAtStart(new QAction(tr("Check followed dossiers at &start"), this))
{
    m_follow->setObjectName(QStringLiteral("followDossierAction"));
    m_follow->setStatusTip(tr("Download a dossier's Kamerstukken from officielebekendmakingen.nl into the library"));
    m_checkNow->setObjectName(QStringLiteral("checkFollowedDossiersAction"));
    m_checkAtStart->setObjectName(QStringLiteral("checkDossiersAtStartAction"));
    m_checkAtStart->setCheckable(true);
    m_checkAtStart->setChecked(m_settings.value(kCheckAtStartKey, false).toBool());
    connect(m_follow, &QAction::triggered, this, &FollowDossierActions::followDossier);
    connect(m_checkNow, &QAction::triggered, this, &FollowDossierActions::checkNow);
    connect(m_checkAtStart, &QAction::toggled, this, [this](bool on) { m_settings.setValue(kCheckAtStartKey, on); });
    connect(&service, &FetchService::progress, this, &FollowDossierActions::showProgress);
    connect(&service, &FetchService::documentAdded, this, [this](const QString &path) { m_library.add(path); });
    connect(&service, &FetchService::finished, this, &FollowDossierActions::showFinished);
    addMenu();
}

void FollowDossierActions::addMenu()
{
    QMenu *menu = LibraryMenu::of(m_window);
    menu->addSeparator();
    menu->addAction(m_follow);
    menu->addAction(m_checkNow);
    menu->addAction(m_checkAtStart);
}

QStringList FollowDossierActions::followedDossiers() const { return m_settings.value(kDossiersKey).toStringList(); }

void FollowDossierActions::checkAtStartIfWanted()
{
    if (m_checkAtStart->isChecked() && !followedDossiers().isEmpty())
        run(followedDossiers(), false);
}

void FollowDossierActions::followDossier()
{
    bool ok = false;
    const QString typed =
        QInputDialog::getText(m_window, tr("Follow dossier"), tr("Dossier number (for example 28676 or 21501-02):"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString dossier = normalisedDossier(typed);
    if (dossier.isEmpty()) {
        QMessageBox::warning(m_window, tr("Follow dossier"), tr("“%1” is not a dossier number.").arg(typed));
        return;
    }
    QStringList followed = followedDossiers();
    if (!followed.contains(dossier))
        m_settings.setValue(kDossiersKey, followed << dossier);
    run({dossier}, true);
}

void FollowDossierActions::checkNow()
{
    if (!followedDossiers().isEmpty())
        run(followedDossiers(), true);
}

void FollowDossierActions::run(const QStringList &dossiers, bool withDialog)
{
    if (!m_service.fetchDossiers(dossiers)) {
        m_window->statusBar()->showMessage(tr("Already fetching letters"), 5000);
        return;
    }
    m_running = true;
    m_follow->setEnabled(false);
    m_checkNow->setEnabled(false);
    m_window->statusBar()->showMessage(tr("Searching the official publications…"));
    if (!withDialog)
        return;
    m_dialog = new QProgressDialog(tr("Searching the official publications…"), tr("Cancel"), 0, 0, m_window);
    m_dialog->setWindowTitle(tr("Follow dossier"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setMinimumDuration(0);
    connect(m_dialog, &QProgressDialog::canceled, &m_service, &FetchService::cancel);
    m_dialog->show();
}

void FollowDossierActions::showProgress(int done, int total, const QString &officialId)
{
    if (!m_running)
        return;
    const QString text = tr("%1 of %2: %3").arg(done).arg(total).arg(officialId);
    m_window->statusBar()->showMessage(tr("Fetching letters: %1").arg(text));
    if (m_dialog) {
        m_dialog->setMaximum(total);
        m_dialog->setValue(done);
        m_dialog->setLabelText(text);
    }
}

void FollowDossierActions::showFinished(int added, int known, const QStringList &failures, bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    m_follow->setEnabled(true);
    m_checkNow->setEnabled(true);
    if (m_dialog)
        m_dialog->close();
    QString text = cancelled ? tr("Fetching cancelled: %n new letter(s)", nullptr, added)
                             : tr("Fetching done: %n new letter(s)", nullptr, added);
    text += tr(", %n already in the library", nullptr, known);
    if (!failures.isEmpty())
        text += tr(", %n failed", nullptr, int(failures.size()));
    m_window->statusBar()->showMessage(text, 10000);
    if (!failures.isEmpty() && !cancelled)
        QMessageBox::warning(m_window, tr("Follow dossier"),
                             text + QStringLiteral("\n\n") + failures.join(QLatin1Char('\n')));
}

} // namespace diptych
