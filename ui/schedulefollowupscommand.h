#pragma once

#include "domain/followup.h"
#include "storagecommand.h"

#include <QList>

namespace kizuna {

class ContactService;

/// Schedules one follow-up like a pattern for each of the selected contacts, all in one
/// transaction (FollowUpService::addForContacts); undo deletes them again
/// (FollowUpService::removeOpen), refused when one of them was done or skipped since.
class ScheduleFollowUpsCommand final : public StorageCommand
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::ScheduleFollowUpsCommand)

public:
    /// `pattern` is the follow-up without its contact. `service` must outlive the command.
    ScheduleFollowUpsCommand(ContactService &service, QWidget *window,
                             const QList<qint64> &contactIds, const FollowUp &pattern);

private:
    void apply() override;
    void revert() override;

    ContactService &m_service;
    QList<qint64> m_contactIds;
    FollowUp m_pattern;
    QList<qint64> m_made; ///< the follow-ups the last redo scheduled: what undo deletes
};

} // namespace kizuna
