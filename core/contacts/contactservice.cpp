#include "contactservice.h"

#include "contacteditmerger.h"
#include "contactnormalizer.h"
#include "contactvalidator.h"
#include "domain/personname.h"
#include "nurture/cadencekeeper.h"
#include "nurture/nurturesettings.h"
#include "nurture/scorekeeper.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "text/readingguesser.h"

#include <QCoreApplication>

namespace kizuna {

ContactService::ContactService(Database &db, const ReadingGuesser *guesser)
    : m_db(db)
    , m_guesser(guesser)
    , m_repository(db)
    , m_list(db)
{}

QString ContactService::currentUser() const
{
    return m_db.userName();
}

QStringList ContactService::knownUsers() const
{
    return UserRepository(m_db).known();
}

void ContactService::guessReadings(Contact &c) const
{
    if (!m_guesser)
        return;
    if (c.familyKana.isEmpty() && !c.familyName.isEmpty()) {
        c.familyKana = m_guesser->guess(c.familyName);
        c.readingGuessed = c.readingGuessed || !c.familyKana.isEmpty();
    }
    if (c.givenKana.isEmpty() && !c.givenName.isEmpty()) {
        c.givenKana = m_guesser->guess(c.givenName);
        c.readingGuessed = c.readingGuessed || !c.givenKana.isEmpty();
    }
}

Contact ContactService::prepared(Contact contact, const Contact *previous) const
{
    Contact c = ContactNormalizer::normalized(std::move(contact));
    if (previous) {
        const bool nameChanged =
            c.familyName != previous->familyName || c.givenName != previous->givenName;
        const bool readingUntouched =
            c.familyKana == previous->familyKana && c.givenKana == previous->givenKana;
        if (previous->readingGuessed && readingUntouched && nameChanged) {
            c.familyKana.clear();
            c.givenKana.clear();
            c.readingGuessed = false;
        } else if (!readingUntouched) {
            c.readingGuessed = false; // typed by the user
        } else {
            c.readingGuessed = previous->readingGuessed;
        }
    } else if (c.owner.isEmpty()) {
        c.owner = m_db.userName(); // whoever enters a lead looks after it until it is handed on
    }
    guessReadings(c);
    ContactValidator::validate(c);
    return c;
}

qint64 ContactService::add(const Contact &contact)
{
    Contact c = prepared(contact, nullptr);
    if (!c.detailsConfirmedAt.isValid())
        c.detailsConfirmedAt = now();
    Transaction transaction(m_db);
    const qint64 id = m_repository.insert(c);
    ScoreKeeper(m_db).recompute(id, today());
    transaction.commit();
    return id;
}

QList<qint64> ContactService::addAll(const QList<Contact> &contacts)
{
    QList<Contact> ready;
    ready.reserve(contacts.size());
    for (const Contact &contact : contacts) {
        ready.append(prepared(contact, nullptr));
        if (!ready.last().detailsConfirmedAt.isValid())
            ready.last().detailsConfirmedAt = now();
    }
    QList<qint64> ids;
    Transaction transaction(m_db);
    ContactRepository::IndexBatch searchDocuments(m_repository);
    for (const Contact &c : std::as_const(ready))
        ids.append(m_repository.insert(c));
    searchDocuments.flush();
    ScoreKeeper(m_db).recompute(ids, today());
    transaction.commit();
    return ids;
}

void ContactService::update(const Contact &contact)
{
    Transaction transaction(m_db);
    // Read inside the write transaction: nobody can change the contact between the read
    // and the write.
    save(contact, get(contact.id));
    transaction.commit();
}

void ContactService::update(const Contact &base, const Contact &edited)
{
    Transaction transaction(m_db);
    const Contact stored = get(base.id);
    const EditMerge merged = ContactEditMerger::merge(base, edited, stored);
    if (!merged.conflicts.isEmpty())
        throw StorageError(StorageError::Kind::Conflict, m_db.path(),
                           QCoreApplication::translate(
                               "Contacts", "%1 was changed in another window or program since "
                                           "it was opened (%2); nothing was saved: open it "
                                           "again to see that change")
                               .arg(displayName(stored, nameOrderFor(QLocale())),
                                    merged.conflicts.join(QStringLiteral(", "))));
    save(merged.contact, stored);
    transaction.commit();
}

void ContactService::save(const Contact &contact, const Contact &previous)
{
    Contact c = prepared(contact, &previous);
    c.id = previous.id;
    c.detailsConfirmedAt = now(); // editing counts as checking
    m_repository.update(c);
    if (c.stage != previous.stage && m_repository.stages().change(c.id, c.stage, today(), {}))
        CadenceKeeper(m_db, NurtureSettings::load(SettingsRepository(m_db)), today())
            .afterStageChange(c.id, c.stage);
    ScoreKeeper(m_db).recompute(c.id, today());
}

void ContactService::confirmDetails(qint64 id)
{
    Transaction transaction(m_db);
    Contact c = get(id);
    c.detailsConfirmedAt = now();
    m_repository.update(c);
    ScoreKeeper(m_db).recompute(id, today());
    transaction.commit();
}

void ContactService::confirmReading(qint64 id)
{
    Transaction transaction(m_db);
    Contact c = get(id);
    c.readingGuessed = false;
    m_repository.update(c);
    transaction.commit();
}

Contact ContactService::get(qint64 id) const
{
    const auto contact = m_repository.find(id);
    if (!contact)
        throw StorageError(
            StorageError::Kind::NotFound, m_db.path(),
            QCoreApplication::translate("Contacts", "no contact with id %1").arg(id));
    return *contact;
}

void ContactService::moveToTrash(qint64 id)
{
    Transaction transaction(m_db);
    m_repository.setInTrash(id, true);
    transaction.commit();
}

void ContactService::restore(qint64 id)
{
    Transaction transaction(m_db);
    m_repository.setInTrash(id, false);
    transaction.commit();
}

void ContactService::moveToTrash(const QList<qint64> &ids)
{
    Transaction transaction(m_db);
    for (qint64 id : ids)
        m_repository.setInTrash(id, true);
    transaction.commit();
}

void ContactService::restore(const QList<qint64> &ids)
{
    Transaction transaction(m_db);
    for (qint64 id : ids)
        m_repository.setInTrash(id, false);
    transaction.commit();
}

void ContactService::erase(qint64 id)
{
    Transaction transaction(m_db);
    m_repository.erase(id);
    transaction.commit();
    m_db.checkpoint();
}

ContactPage ContactService::page(const ContactListQuery &query) const
{
    return m_repository.page(query);
}

qint64 ContactService::count(const ContactListQuery &query) const
{
    return m_repository.count(query);
}

qint64 ContactService::countUpTo(const ContactListQuery &query, qint64 atMost) const
{
    return m_repository.countUpTo(query, atMost);
}

QList<ContactCursor> ContactService::readingAnchors(const ContactListQuery &query, int stride) const
{
    return m_repository.readingAnchors(query, stride);
}

QList<qint64> ContactService::orderedIds(const ContactListQuery &query) const
{
    return m_list.orderedIds(query);
}

std::optional<qint64> ContactService::positionInReadingOrder(const ContactListQuery &query,
                                                             qint64 contactId) const
{
    return m_list.positionInReadingOrder(query, contactId);
}

QList<Contact> ContactService::findMany(const QList<qint64> &ids) const
{
    return m_list.findMany(ids);
}

QHash<qint64, ContactListDates> ContactService::listDates(const QList<qint64> &ids) const
{
    return m_list.dates(ids);
}

namespace {
Tag requireTag(TagRepository &tags, const Database &db, const QString &name)
{
    const auto tag = tags.findByName(name);
    if (!tag)
        throw StorageError(
            StorageError::Kind::NotFound, db.path(),
            QCoreApplication::translate("Contacts", "no tag named \"%1\"").arg(name));
    return *tag;
}
} // namespace

void ContactService::renameTag(const QString &from, const QString &to)
{
    Transaction transaction(m_db);
    const Tag tag = requireTag(m_repository.tags(), m_db, from);
    const QList<qint64> ids = m_repository.tags().contactIds(tag.id);
    m_repository.tags().rename(tag.id, to);
    for (qint64 id : ids)
        m_repository.reindex(id);
    transaction.commit();
}

void ContactService::deleteTag(const QString &name)
{
    Transaction transaction(m_db);
    const Tag tag = requireTag(m_repository.tags(), m_db, name);
    const QList<qint64> ids = m_repository.tags().contactIds(tag.id);
    m_repository.tags().remove(tag.id);
    for (qint64 id : ids)
        m_repository.reindex(id);
    transaction.commit();
}

void ContactService::addTag(qint64 contactId, const QString &tag)
{
    addTag(QList<qint64>{contactId}, tag);
}

void ContactService::removeTag(qint64 contactId, const QString &tag)
{
    removeTag(QList<qint64>{contactId}, tag);
}

TagChange ContactService::addTag(const QList<qint64> &contactIds, const QString &tag)
{
    TagRepository &tags = m_repository.tags();
    Transaction transaction(m_db);
    TagChange change;
    change.kind = TagChange::Kind::Added;
    change.tagCreated = tags.idOf(tag) == 0;
    change.tagId = tags.findOrCreate(tag);
    change.tag = tag.trimmed();
    for (qint64 id : contactIds) {
        get(id); // an unknown id ends the whole change before the commit
        if (tags.addTag(id, change.tagId)) {
            m_repository.reindex(id);
            change.contactIds.append(id);
        }
    }
    transaction.commit();
    return change;
}

TagChange ContactService::removeTag(const QList<qint64> &contactIds, const QString &tag)
{
    TagRepository &tags = m_repository.tags();
    Transaction transaction(m_db);
    const Tag found = requireTag(tags, m_db, tag);
    TagChange change;
    change.kind = TagChange::Kind::Removed;
    change.tagId = found.id;
    change.tag = found.name;
    for (qint64 id : contactIds) {
        get(id);
        if (tags.removeTag(id, found.id)) {
            m_repository.reindex(id);
            change.contactIds.append(id);
        }
    }
    transaction.commit();
    return change;
}

void ContactService::undoTagChange(const TagChange &change)
{
    TagRepository &tags = m_repository.tags();
    Transaction transaction(m_db);
    if (change.kind == TagChange::Kind::Added) {
        // By id: the tag may have been renamed since. A contact erased since has no row.
        for (qint64 id : change.contactIds) {
            if (tags.removeTag(id, change.tagId))
                m_repository.reindex(id);
        }
        if (change.tagCreated)
            tags.removeIfUnused(change.tagId);
    } else {
        // By name: a tag deleted since comes back, as the user is asking for it again.
        const qint64 tagId = tags.findOrCreate(change.tag);
        for (qint64 id : change.contactIds) {
            get(id);
            if (tags.addTag(id, tagId))
                m_repository.reindex(id);
        }
    }
    transaction.commit();
}

QStringList ContactService::tagsOf(const QList<qint64> &contactIds) const
{
    return m_repository.tags().tagsOf(contactIds);
}

} // namespace kizuna
