#include "editcontactcommand.h"

#include "contacts/contactservice.h"
#include "domain/personname.h"

namespace kizuna {

EditContactCommand::EditContactCommand(ContactService &service, QWidget *window,
                                       const Contact &before, const Contact &after)
    : StorageCommand(window, tr("edit of %1").arg(displayName(after, nameOrderFor(QLocale()))),
                     true)
    , m_service(service)
    , m_before(before)
    , m_after(after)
{}

void EditContactCommand::apply()
{
    m_service.update(m_before, m_after);
}

void EditContactCommand::revert()
{
    m_service.update(m_after, m_before);
}

} // namespace kizuna
