#pragma once

#include "domain/contact.h"
#include "domain/tagchange.h"
#include "storage/contactlistquery.h"
#include "storage/contactlistrepository.h"
#include "storage/contactrepository.h"

namespace kizuna {

class Database;
class ReadingGuesser;

/// The one way the CLI and the UI change contacts: values are normalised and validated,
/// missing readings guessed, and each change is its own transaction that keeps the search
/// index in step. Throws ValidationError (nothing written) or StorageError.
class ContactService final
{
public:
    /// `guesser` may be null (no reading guesses); it must outlive the service.
    ContactService(Database &db, const ReadingGuesser *guesser);

    /// The connection the service writes through: the windows open the services beside it
    /// (agenda, deals, funnel) over it.
    Database &database() const { return m_db; }
    /// The user working through this database (who new leads belong to by default).
    QString currentUser() const;
    /// Every user who owns a lead or has an open follow-up, and the current one, sorted.
    QStringList knownUsers() const;

    qint64 add(const Contact &contact);
    /// Adds many contacts in one transaction (demo data, benchmarks); all or none.
    QList<qint64> addAll(const QList<Contact> &contacts);
    /// Saves a changed contact; its details count as confirmed today. A guessed reading
    /// follows a changed name; a reading typed by the user is kept and counts as confirmed.
    /// A changed stage is recorded as a step in the stage history. Replaces every field with
    /// the given one: for callers that just read the contact in the same breath (tests);
    /// an editor saves with the overload below.
    void update(const Contact &contact);
    /// Saves a user's edit: `base` is the contact as the editor read it, `edited` what the
    /// user made of it. Only the fields the user changed are written, over the contact as it
    /// is stored at the moment of saving, so another window's or program's change to other
    /// fields in the meantime survives (ContactEditMerger). A field changed meanwhile to
    /// another value than the user's throws StorageError(Conflict) naming the fields; nothing
    /// is written then.
    void update(const Contact &base, const Contact &edited);
    /// Marks the guessed reading as confirmed by the user.
    void confirmReading(qint64 id);
    /// Records that the user checked the details today: the contact leaves the review list.
    void confirmDetails(qint64 id);

    /// The day that counts as today for confirmations and stage changes (tests and the
    /// CLI's --today); the system date when not set.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    /// Today at the current time of day, local.
    QDateTime now() const { return QDateTime(today(), QTime::currentTime()); }

    /// The contact with this id (also in the trash); throws StorageError(NotFound).
    Contact get(qint64 id) const;
    void moveToTrash(qint64 id);
    void restore(qint64 id);
    /// The trash for many contacts in one transaction, all or none: an unknown id throws
    /// StorageError(NotFound) and none of them moves.
    void moveToTrash(const QList<qint64> &ids);
    void restore(const QList<qint64> &ids);
    /// Deletes the person and every trace of them for good (a data-subject erasure request),
    /// then checkpoints the WAL so no copy of their data is left in the -wal file.
    void erase(qint64 id);

    ContactPage page(const ContactListQuery &query) const;
    qint64 count(const ContactListQuery &query) const;
    /// The count, but no further than `atMost` (ContactRepository::countUpTo).
    qint64 countUpTo(const ContactListQuery &query, qint64 atMost) const;
    /// Cursors every `stride` rows of the list in reading order (ContactRepository).
    QList<ContactCursor> readingAnchors(const ContactListQuery &query, int stride) const;
    /// Every match of the query's search and filters, in its sort (ContactListRepository).
    QList<qint64> orderedIds(const ContactListQuery &query) const;
    /// The contact's place in the query's list in reading order; nullopt when left out.
    std::optional<qint64> positionInReadingOrder(const ContactListQuery &query,
                                                 qint64 contactId) const;
    /// The contacts with these ids, in that order; unknown ids are left out.
    QList<Contact> findMany(const QList<qint64> &ids) const;
    /// Next follow-up and last touch of these contacts, for a list's columns.
    QHash<qint64, ContactListDates> listDates(const QList<qint64> &ids) const;

    /// Tag changes rewrite the search documents of the contacts that carry the tag.
    void renameTag(const QString &from, const QString &to);
    void deleteTag(const QString &name);
    void addTag(qint64 contactId, const QString &tag);
    void removeTag(qint64 contactId, const QString &tag);
    /// Puts the tag on every listed contact in one transaction, all or none: an unknown id
    /// throws StorageError(NotFound) and nobody is tagged; an empty name throws
    /// ValidationError. Returns what changed, for undoTagChange().
    TagChange addTag(const QList<qint64> &contactIds, const QString &tag);
    /// Takes the tag off every listed contact in one transaction, all or none; an unknown
    /// tag or contact throws StorageError(NotFound).
    TagChange removeTag(const QList<qint64> &contactIds, const QString &tag);
    /// Takes a change of addTag() or removeTag() back in one transaction: only the contacts
    /// it changed, and a tag it created goes again once nobody carries it. A contact erased
    /// since throws StorageError(NotFound) when it would get the tag back; nothing changes.
    void undoTagChange(const TagChange &change);
    /// The tags any of these contacts carry, sorted: what removing a tag from them offers.
    QStringList tagsOf(const QList<qint64> &contactIds) const;

    /// Normalises, guesses readings and validates without storing: for callers that write
    /// many contacts in their own transaction (imports). Throws ValidationError.
    Contact prepareNew(const Contact &contact) const { return prepared(contact, nullptr); }
    Contact prepareChange(const Contact &changed, const Contact &previous) const
    {
        return prepared(changed, &previous);
    }

    ContactRepository &repository() { return m_repository; }

private:
    Contact prepared(Contact contact, const Contact *previous) const;
    /// Writes `contact` over `previous`, its stored state; within the caller's transaction.
    void save(const Contact &contact, const Contact &previous);
    void guessReadings(Contact &contact) const;

    Database &m_db;
    const ReadingGuesser *m_guesser;
    QDate m_today;
    ContactRepository m_repository;
    ContactListRepository m_list;
};

} // namespace kizuna
