#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLayout;
class QPushButton;

namespace kizuna {

class ConnectionRetry;
class Database;

/// A dialog that names what is wrong with its input under the fields as it is typed and
/// keeps OK disabled until nothing is. A rule only the database can check (a name taken
/// meanwhile) keeps the dialog open with its reason, and nothing is stored. A save that loses
/// a server's connection keeps the dialog open with the input too, and Retry reconnects and
/// saves again.
class CheckedDialog : public QDialog
{
    Q_OBJECT

public:
    QPushButton *okButton() const;
    /// The problem shown under the fields; empty when there is none.
    QString errorText() const;
    /// Shown after a save lost the connection to the server; null when the dialog offers no
    /// retry.
    QPushButton *retryButton() const;

    void accept() override;

protected:
    explicit CheckedDialog(QWidget *parent = nullptr);

    /// Lays out the fields above the problem line and the buttons, and checks once.
    void setFields(QLayout *fields);
    /// Checks the input again: connect each field's change to it.
    void check();
    /// Shows a problem found on saving (after accept() kept the dialog open) in the words
    /// of the dialog rather than the storage's.
    void showProblem(const QString &text);
    /// What is wrong with the input, in a sentence; empty when it can be saved.
    virtual QString problem() const = 0;
    /// Stores the input; throws ValidationError or StorageError.
    virtual void save() = 0;
    /// Offers Retry when a save fails because the connection to `db`'s server was lost;
    /// `db` must outlive the dialog.
    void retryLostConnectionOn(Database &db);

private:
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ConnectionRetry *m_retry = nullptr;
};

} // namespace kizuna
