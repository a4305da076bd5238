#include "connectionretry.h"

#include "databaselabel.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace kizuna {

ConnectionRetry::ConnectionRetry(Database &db, QDialogButtonBox *buttons, QLabel *error,
                                 std::function<void()> save)
    : QObject(buttons)
    , m_db(db)
    , m_error(error)
    // An action, not an acceptance: Retry reconnects before it saves.
    , m_button(buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole))
    , m_save(std::move(save))
{
    m_button->setObjectName(QStringLiteral("retry"));
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, &ConnectionRetry::retry);
}

bool ConnectionRetry::offer(const StorageError &error)
{
    if (error.kind() != StorageError::Kind::ConnectionLost &&
        error.kind() != StorageError::Kind::Unreachable)
        return false;
    m_error->setText(tr("The connection to %1 was lost; your changes are kept. Retry to save "
                        "them, or Cancel to leave them.")
                         .arg(databaseLabel(m_db.path())));
    m_error->show();
    m_button->show();
    m_button->setDefault(true);
    return true;
}

void ConnectionRetry::clear()
{
    m_button->hide();
}

void ConnectionRetry::retry()
{
    try {
        m_db.reconnect();
    } catch (const StorageError &error) {
        m_error->setText(tr("%1 still cannot be reached; your changes are kept. Retry when it is "
                            "back, or Cancel to leave them.\n\n%2")
                             .arg(databaseLabel(m_db.path()), error.reason()));
        return;
    }
    m_save();
}

} // namespace kizuna
