#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLayout;
class QPushButton;

namespace kizuna {

class ConnectionRetry;
class Database;

/// A small dialog of fields over OK and Cancel (mark done, log a touch, schedule a
/// follow-up): the subclass builds the fields, this lays them out with the buttons. The
/// caller may have OK store what was entered before the dialog closes (saveOnAccept), so
/// that a save that fails leaves the input in the dialog, not lost.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    /// Has OK run `save` (it throws StorageError or ValidationError) and close the dialog
    /// only when it succeeded; a failure is named under the fields, and a lost connection to
    /// `db`'s server offers Retry. `db` must outlive the dialog.
    void saveOnAccept(Database &db, std::function<void()> save);
    /// The failure shown under the fields; empty when there is none.
    QString errorText() const;
    /// Shown after a save lost the connection to the server; null without saveOnAccept.
    QPushButton *retryButton() const;

    void accept() override;

protected:
    explicit FormDialog(QWidget *parent = nullptr);

    /// Puts the fields above OK and Cancel; call once.
    void setForm(QLayout *form);

private:
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ConnectionRetry *m_retry = nullptr;
    std::function<void()> m_save;
};

} // namespace kizuna
