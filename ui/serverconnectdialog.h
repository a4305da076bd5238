#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kizuna {

/// File › Connect to Team Server: the parts of a server's address (host, port, database,
/// user, and how TLS is used) put together through ServerAddress, which has the last word:
/// what it refuses is shown under the fields and keeps OK disabled. There is no password
/// field: the password comes from PGPASSWORD or ~/.pgpass, or is asked for when the server
/// wants one, and is never part of an address.
class ServerConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    /// How the connection is secured; the order of the choices in the dialog.
    enum class Tls
    {
        None,       ///< sslmode=disable
        Require,    ///< sslmode=require: encrypted, the server's certificate unchecked
        VerifyFull, ///< sslmode=verify-full: encrypted to the server the certificate names
    };

    explicit ServerConnectDialog(QWidget *parent = nullptr);

    /// Fills the fields from a server's address (the one open now, say); other text leaves
    /// them as they are.
    void setAddress(const QString &location);
    /// The address the fields make; empty while they make none.
    QString address() const { return m_address; }
    /// What keeps the fields from making an address; empty when they make one.
    QString problem() const { return m_problem; }

    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *userField() const { return m_user; }
    QComboBox *tlsField() const { return m_tls; }
    QLineEdit *certificateField() const { return m_certificate; }
    QPushButton *okButton() const;

private:
    void update();
    void chooseCertificate();
    /// The address of the fields, or the reason there is none.
    QString build(QString *problem) const;

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_certificate = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_shown = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_address;
    QString m_problem;
};

} // namespace kizuna
