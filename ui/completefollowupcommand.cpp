#include "completefollowupcommand.h"

namespace kizuna {

CompleteFollowUpCommand::CompleteFollowUpCommand(Database &db, QWidget *window,
                                                 const FollowUpDone &done)
    : StorageCommand(window, tr("follow-up with %1 done").arg(done.contactName), true)
    , m_db(db)
    , m_done(done)
{}

void CompleteFollowUpCommand::apply()
{
    // Done again: new ids for the touch and the next follow-up, which the next undo takes.
    m_done.completion = FollowUpService(m_db, m_done.today)
                            .complete(m_done.completion.followUpId, m_done.summary, m_done.outcome,
                                      m_done.next, m_done.channel);
}

void CompleteFollowUpCommand::revert()
{
    FollowUpService(m_db, m_done.today).undoCompletion(m_done.completion);
}

} // namespace kizuna
