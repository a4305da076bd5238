#pragma once

#include "storagecommand.h"

#include <QList>

namespace kizuna {

class ContactService;

/// Moves contacts to the trash (ContactService::moveToTrash); undo restores them.
class TrashContactsCommand final : public StorageCommand
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::TrashContactsCommand)

public:
    /// `name` is the contact's name as shown when there is one contact. `service` must
    /// outlive the command.
    TrashContactsCommand(ContactService &service, QWidget *window, const QList<qint64> &ids,
                         const QString &name);

private:
    void apply() override;
    void revert() override;

    ContactService &m_service;
    QList<qint64> m_ids;
};

} // namespace kizuna
