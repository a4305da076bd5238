#include "stagechangecommand.h"

#include "contacts/contactservice.h"
#include "nurture/stageservice.h"
#include "stagepalette.h"

namespace kizuna {

StageChangeCommand::StageChangeCommand(ContactService &service, QWidget *window, qint64 contactId,
                                       const QString &name, Stage from, Stage to)
    : StorageCommand(window, tr("move of %1 to %2").arg(name, StagePalette::label(to)), false)
    , m_service(service)
    , m_contactId(contactId)
    , m_from(from)
    , m_to(to)
{}

void StageChangeCommand::apply()
{
    StageService(m_service.database(), m_service.today()).set({m_contactId}, m_to, {});
}

void StageChangeCommand::revert()
{
    StageService(m_service.database(), m_service.today()).undoChange(m_contactId, m_from, m_to);
}

} // namespace kizuna
