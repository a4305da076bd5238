#pragma once

#include <QObject>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace kizuna {

class Database;
class StorageError;

/// What a dialog that saves does when the connection to the server drops under it: it stays
/// open with the user's input, says so on its error line, and offers Retry, which
/// reconnects and saves again. The server rolled back the half-done save, so saving again
/// stores it once.
class ConnectionRetry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionRetry)

public:
    /// Adds a hidden Retry button to `buttons` and tells on `error`; `save` is what OK does
    /// (it closes the dialog when it succeeds). `db` must outlive the dialog.
    ConnectionRetry(Database &db, QDialogButtonBox *buttons, QLabel *error,
                    std::function<void()> save);

    /// After a save failed with `error`: true when it was the connection, which was told and
    /// Retry offered; false for any other failure, which is the caller's to tell.
    bool offer(const StorageError &error);
    /// The save went through: nothing to retry any more.
    void clear();
    /// Reconnects and, when that worked, saves again.
    void retry();

    QPushButton *button() const { return m_button; }

private:
    Database &m_db;
    QLabel *m_error;
    QPushButton *m_button;
    std::function<void()> m_save;
};

} // namespace kizuna
