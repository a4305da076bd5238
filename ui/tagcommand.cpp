#include "tagcommand.h"

#include "contacts/contactservice.h"

namespace kizuna {

namespace {

QString textOf(const QList<qint64> &contactIds, const QString &name, const QString &tag,
               TagCommand::Change change)
{
    const auto count = static_cast<int>(contactIds.size());
    if (change == TagCommand::Change::Add)
        return name.isEmpty()
                   ? TagCommand::tr("tag \"%1\" on %n contact(s)", nullptr, count).arg(tag)
                   : TagCommand::tr("tag \"%1\" on %2").arg(tag, name);
    return name.isEmpty()
               ? TagCommand::tr("removal of tag \"%1\" from %n contact(s)", nullptr, count).arg(tag)
               : TagCommand::tr("removal of tag \"%1\" from %2").arg(tag, name);
}

} // namespace

TagCommand::TagCommand(ContactService &service, QWidget *window, const QList<qint64> &contactIds,
                       const QString &name, const QString &tag, Change change)
    : StorageCommand(window, textOf(contactIds, name, tag, change), false)
    , m_service(service)
    , m_contactIds(contactIds)
    , m_tag(tag)
    , m_change(change)
{}

void TagCommand::apply()
{
    m_done = m_change == Change::Add ? m_service.addTag(m_contactIds, m_tag)
                                     : m_service.removeTag(m_contactIds, m_tag);
    // Every contact had the tag already (or none had it): a step that changed nothing has
    // no place on the stack, which drops an obsolete command once redo() returns.
    if (m_done.isEmpty())
        setObsolete(true);
}

void TagCommand::revert()
{
    m_service.undoTagChange(m_done);
}

} // namespace kizuna
