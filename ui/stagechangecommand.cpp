#include "stagechangecommand.h"

#include "contacts/contactservice.h"
#include "nurture/stageservice.h"
#include "stagepalette.h"

namespace kizuna {

StageChangeCommand::StageChangeCommand(ContactService &service, QWidget *window, qint64 contactId,
                                       const QString &name, Stage to)
    : StorageCommand(window, tr("move of %1 to %2").arg(name, StagePalette::label(to)), false)
    , m_service(service)
    , m_contactIds{contactId}
    , m_to(to)
{}

StageChangeCommand::StageChangeCommand(ContactService &service, QWidget *window,
                                       const QList<qint64> &contactIds, Stage to)
    : StorageCommand(
          window,
          tr("change of stage of %n contact(s)", nullptr, static_cast<int>(contactIds.size())),
          false)
    , m_service(service)
    , m_contactIds(contactIds)
    , m_to(to)
{}

void StageChangeCommand::apply()
{
    m_steps = StageService(m_service.database(), m_service.today()).change(m_contactIds, m_to, {});
    // Everyone stood there already: a step that changed nothing has no place on the stack,
    // which drops an obsolete command once redo() returns.
    if (m_steps.isEmpty())
        setObsolete(true);
}

void StageChangeCommand::revert()
{
    StageService(m_service.database(), m_service.today()).undoChanges(m_steps);
}

} // namespace kizuna
