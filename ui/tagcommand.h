#pragma once

#include "storagecommand.h"

namespace kizuna {

class ContactService;

/// Puts a tag on a contact or takes it off (ContactService::addTag, removeTag); undo does
/// the other.
class TagCommand final : public StorageCommand
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::TagCommand)

public:
    enum class Change
    {
        Add,
        Remove,
    };

    /// `name` is the contact's name as shown. `service` must outlive the command.
    TagCommand(ContactService &service, QWidget *window, qint64 contactId, const QString &name,
               const QString &tag, Change change);

private:
    void apply() override;
    void revert() override;
    void write(bool add);

    ContactService &m_service;
    qint64 m_contactId;
    QString m_tag;
    Change m_change;
};

} // namespace kizuna
