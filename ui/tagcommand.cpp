#include "tagcommand.h"

#include "contacts/contactservice.h"

namespace kizuna {

TagCommand::TagCommand(ContactService &service, QWidget *window, qint64 contactId,
                       const QString &name, const QString &tag, Change change)
    : StorageCommand(window,
                     change == Change::Add ? tr("tag \"%1\" on %2").arg(tag, name)
                                           : tr("removal of tag \"%1\" from %2").arg(tag, name),
                     false)
    , m_service(service)
    , m_contactId(contactId)
    , m_tag(tag)
    , m_change(change)
{}

void TagCommand::write(bool add)
{
    if (add)
        m_service.addTag(m_contactId, m_tag);
    else
        m_service.removeTag(m_contactId, m_tag);
}

void TagCommand::apply()
{
    write(m_change == Change::Add);
}

void TagCommand::revert()
{
    write(m_change != Change::Add);
}

} // namespace kizuna
