#include "trashcontactscommand.h"

#include "contacts/contactservice.h"

namespace kizuna {

TrashContactsCommand::TrashContactsCommand(ContactService &service, QWidget *window,
                                           const QList<qint64> &ids, const QString &name)
    : StorageCommand(window,
                     ids.size() == 1
                         ? tr("deletion of %1").arg(name)
                         : tr("deletion of %n contact(s)", nullptr, static_cast<int>(ids.size())),
                     false)
    , m_service(service)
    , m_ids(ids)
{}

void TrashContactsCommand::apply()
{
    m_service.moveToTrash(m_ids);
}

void TrashContactsCommand::revert()
{
    m_service.restore(m_ids);
}

} // namespace kizuna
