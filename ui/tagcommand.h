#pragma once

#include "domain/tagchange.h"
#include "storagecommand.h"

#include <QList>

namespace kizuna {

class ContactService;

/// Puts a tag on contacts or takes it off them (ContactService::addTag, removeTag: all of
/// them in one transaction). Undo takes back exactly what the last redo changed
/// (ContactService::undoTagChange): a contact that carried the tag before an add keeps it.
class TagCommand final : public StorageCommand
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::TagCommand)

public:
    enum class Change
    {
        Add,
        Remove,
    };

    /// `name` is how the step names the contacts: the one contact's name as shown, or empty
    /// for "N contacts". `service` must outlive the command.
    TagCommand(ContactService &service, QWidget *window, const QList<qint64> &contactIds,
               const QString &name, const QString &tag, Change change);

    /// How many contacts the last redo changed (those it would not change do not count).
    qsizetype changed() const { return m_done.contactIds.size(); }

private:
    void apply() override;
    void revert() override;

    ContactService &m_service;
    QList<qint64> m_contactIds;
    QString m_tag;
    Change m_change;
    TagChange m_done; ///< what the last redo changed: what undo takes back
};

} // namespace kizuna
