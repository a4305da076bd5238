#pragma once

#include "domain/contact.h"

#include "storagecommand.h"

namespace kizuna {

class ContactService;

/// An edit of a contact, saved by the editor. Both ways go through ContactService::update
/// with the state the step starts from as the base, so only the fields of this edit move
/// and a later change by someone else to another field stays; one to the same field is a
/// conflict, shown, and the step is dropped.
class EditContactCommand final : public StorageCommand
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::EditContactCommand)

public:
    /// `before` and `after`: the stored contact just before and just after the edit was
    /// saved. `service` must outlive the command.
    EditContactCommand(ContactService &service, QWidget *window, const Contact &before,
                       const Contact &after);

private:
    void apply() override;
    void revert() override;

    ContactService &m_service;
    Contact m_before;
    Contact m_after;
};

} // namespace kizuna
