#include "passworddialog.h"

#include "errorlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kizuna {

PasswordDialog::PasswordDialog(const QString &server, const QString &refused, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Password for %1").arg(server));
    auto *intro = new QLabel(tr("The server %1 asks for a password. Kizuna uses it for this "
                                "session only and never stores it.")
                                 .arg(server),
                             this);
    intro->setWordWrap(true);
    m_refused = new ErrorLabel(this);
    m_refused->setObjectName(QStringLiteral("refused"));
    m_refused->setText(refused);
    m_refused->setVisible(!refused.isEmpty());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_refused);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_password->setFocus();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

} // namespace kizuna
