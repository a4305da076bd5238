#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace kizuna {

/// Asks for a server's password when neither PGPASSWORD nor ~/.pgpass gave one the server
/// took. The field is masked; what is typed goes to the connection and nowhere else.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `server` names the server as the user knows it; `refused` says the last password
    /// typed was wrong (shown above the field), empty the first time.
    PasswordDialog(const QString &server, const QString &refused, QWidget *parent = nullptr);

    QString password() const;
    QLineEdit *passwordField() const { return m_password; }
    /// The line that says the last password was refused; hidden the first time.
    QLabel *refusedLabel() const { return m_refused; }

private:
    QLineEdit *m_password = nullptr;
    QLabel *m_refused = nullptr;
};

} // namespace kizuna
