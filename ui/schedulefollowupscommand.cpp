#include "schedulefollowupscommand.h"

#include "contacts/contactservice.h"
#include "nurture/followupservice.h"

namespace kizuna {

ScheduleFollowUpsCommand::ScheduleFollowUpsCommand(ContactService &service, QWidget *window,
                                                   const QList<qint64> &contactIds,
                                                   const FollowUp &pattern)
    : StorageCommand(
          window, tr("follow-ups for %n contact(s)", nullptr, static_cast<int>(contactIds.size())),
          false)
    , m_service(service)
    , m_contactIds(contactIds)
    , m_pattern(pattern)
{}

void ScheduleFollowUpsCommand::apply()
{
    m_made = FollowUpService(m_service.database(), m_service.today())
                 .addForContacts(m_contactIds, m_pattern);
}

void ScheduleFollowUpsCommand::revert()
{
    FollowUpService(m_service.database(), m_service.today()).removeOpen(m_made);
}

} // namespace kizuna
