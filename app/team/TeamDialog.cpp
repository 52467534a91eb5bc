#include "team/TeamDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace diptych {

TeamDialog::TeamDialog(const TeamSettings &current, QWidget *parent)
    : QDialog(parent), m_server(new QLineEdit(current.server, this)), m_team(new QLineEdit(current.team, this)),
      m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Team"));
    m_server->setPlaceholderText(QStringLiteral("postgresql://anne@server.example/diptych?sslmode=verify-full"));
    m_server->setMinimumWidth(fontMetrics().horizontalAdvance(m_server->placeholderText()) + 24);
    m_team->setPlaceholderText(tr("for example: directie"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(current.isSet() ? tr("unchanged") : tr("if the server asks for one"));
    auto *intro =
        new QLabel(tr("Share annotations with a team through its PostgreSQL server. Your annotations stay on this "
                      "machine too; edits made without a connection wait and go out later. The password goes to "
                      "the desktop keyring, never into Diptych's settings; ~/.pgpass and PGPASSWORD work too."),
                   this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *stop = buttons->addButton(tr("&Stop sharing"), QDialogButtonBox::ResetRole);
    stop->setObjectName(QStringLiteral("stopSharing"));
    connect(stop, &QPushButton::clicked, this, [this] {
        m_server->clear();
        m_team->clear();
        m_password->clear();
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

TeamSettings TeamDialog::settings() const { return {m_server->text().trimmed(), m_team->text().trimmed()}; }

QString TeamDialog::password() const { return m_password->text(); }

} // namespace diptych
