#include "contactrepository.h"

#include "contactrows.h"
#include "database.h"
#include "rowversion.h"
#include "search/searchquery.h"
#include "search/sortkey.h"
#include "searchcondition.h"
#include "searchpagereader.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QVariant>

namespace kizuna {

namespace {

StorageError notFound(const Database &db, qint64 id)
{
    return StorageError(StorageError::Kind::NotFound, db.path(),
                        QCoreApplication::translate("Contacts", "no contact with id %1").arg(id));
}

} // namespace

ContactRepository::IndexBatch::IndexBatch(ContactRepository &contacts)
    : m_index(contacts.m_index)
{
    m_index.beginBatch();
}

ContactRepository::IndexBatch::~IndexBatch()
{
    if (!m_flushed)
        m_index.endBatch(true);
}

void ContactRepository::IndexBatch::flush()
{
    m_flushed = true;
    m_index.endBatch();
}

ContactRepository::ContactRepository(const Database &db)
    : m_db(db)
    , m_companies(db)
    , m_sources(db)
    , m_tags(db)
    , m_stages(db)
    , m_index(db)
{}

qint64 ContactRepository::bindFields(QSqlQuery &q, const Contact &c, const QString &sortKey,
                                     bool withStage)
{
    q.addBindValue(sql::text(c.familyName));
    q.addBindValue(sql::text(c.givenName));
    q.addBindValue(sql::text(c.familyKana));
    q.addBindValue(sql::text(c.givenKana));
    q.addBindValue(c.readingGuessed ? 1 : 0);
    const qint64 companyId = m_companies.findOrCreate(c.company);
    q.addBindValue(companyId ? QVariant(companyId) : QVariant());
    q.addBindValue(sql::text(c.department));
    q.addBindValue(sql::text(c.title));
    q.addBindValue(sql::text(c.email));
    q.addBindValue(sql::text(c.email2));
    q.addBindValue(sql::text(c.phoneWork));
    q.addBindValue(sql::text(c.phoneDirect));
    q.addBindValue(sql::text(c.phoneMobile));
    q.addBindValue(sql::text(c.fax));
    q.addBindValue(sql::text(c.postalCode));
    q.addBindValue(sql::text(c.address));
    q.addBindValue(sql::text(c.url));
    q.addBindValue(sql::text(c.notes));
    const qint64 sourceId = m_sources.findOrCreate(c.source);
    q.addBindValue(sourceId ? QVariant(sourceId) : QVariant());
    if (withStage)
        q.addBindValue(stageKey(c.stage));
    q.addBindValue(sql::fromDate(c.cardExchangedOn));
    q.addBindValue(sql::fromLocalDateTime(c.detailsConfirmedAt));
    q.addBindValue(sortKey);
    q.addBindValue(sql::text(c.owner.trimmed()));
    return companyId;
}

qint64 ContactRepository::insert(const Contact &contact)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "INSERT INTO contacts (family_name, given_name, family_kana, given_kana, "
        "reading_guessed, company_id, department, title, email, email2, phone_work, "
        "phone_direct, phone_mobile, fax, postal_code, address, url, notes, source_id, stage, "
        "card_exchanged_on, details_confirmed_at, sort_key, owner, created_at, updated_at, "
        "created_by, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString sortKey = SortKey::forContact(contact);
    const qint64 companyId = bindFields(q, contact, sortKey, true);
    const QString now = sql::now();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(m_db.userName());
    q.addBindValue(m_db.userName());
    m_db.exec(q);
    const qint64 id = q.lastInsertId().toLongLong();
    // Everyone enters the funnel on the day the card was exchanged, or else the day the
    // details were taken down.
    const QDate entered = contact.cardExchangedOn.isValid()      ? contact.cardExchangedOn
                          : contact.detailsConfirmedAt.isValid() ? contact.detailsConfirmedAt.date()
                                                                 : QDate::currentDate();
    m_stages.recordEntry(id, contact.stage, entered);
    m_tags.setTags(id, contact.tags);
    Contact stored = contact;
    stored.id = id;
    writeMatchKeys(stored, false);
    indexNew(stored, sortKey, companyId);
    return id;
}

void ContactRepository::update(const Contact &contact)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "UPDATE contacts SET family_name = ?, given_name = ?, family_kana = ?, given_kana = ?, "
        "reading_guessed = ?, company_id = ?, department = ?, title = ?, email = ?, email2 = ?, "
        "phone_work = ?, phone_direct = ?, phone_mobile = ?, fax = ?, postal_code = ?, "
        "address = ?, url = ?, notes = ?, source_id = ?, card_exchanged_on = ?, "
        "details_confirmed_at = ?, sort_key = ?, owner = ?, updated_at = ?, changed_by = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    bindFields(q, contact, SortKey::forContact(contact), false);
    q.addBindValue(sql::now());
    q.addBindValue(m_db.userName());
    q.addBindValue(contact.id);
    q.addBindValue(contact.authorship.version);
    m_db.exec(q);
    if (q.numRowsAffected() == 0)
        rowversion::failSave(m_db, QStringLiteral("contacts"), contact.id,
                             QCoreApplication::translate("Contacts", "contact %1").arg(contact.id));
    m_tags.setTags(contact.id, contact.tags);
    writeMatchKeys(contact, true);
    indexIfLive(contact.id);
}

void ContactRepository::setInTrash(qint64 id, bool inTrash)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE contacts SET deleted_at = ?, updated_at = ?, changed_by = ?, "
                       "row_version = row_version + 1 WHERE id = ?"));
    const QString now = sql::now();
    q.addBindValue(inTrash ? QVariant(now) : QVariant());
    q.addBindValue(now);
    q.addBindValue(m_db.userName());
    q.addBindValue(id);
    m_db.exec(q);
    if (q.numRowsAffected() == 0)
        throw notFound(m_db, id);
    if (inTrash)
        m_index.remove(id);
    else
        indexIfLive(id);
}

void ContactRepository::erase(qint64 id)
{
    m_index.remove(id);
    // An import's undo data holds the values of the people it touched: it goes with them.
    QSqlQuery forget = m_db.prepare(
        QStringLiteral("UPDATE import_batches SET changeset = NULL WHERE id IN "
                       "(SELECT batch_id FROM import_batch_contacts WHERE contact_id = ?)"));
    forget.addBindValue(id);
    m_db.exec(forget);
    // Every table that refers to a contact does so ON DELETE CASCADE.
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    if (q.numRowsAffected() == 0)
        throw notFound(m_db, id);
}

void ContactRepository::reindex(qint64 id)
{
    indexIfLive(id);
}

void ContactRepository::refreshDerived(qint64 id)
{
    const auto contact = find(id);
    if (!contact)
        throw notFound(m_db, id);
    writeMatchKeys(*contact, true);
    m_index.remove(id);
    if (!contact->deletedAt.isValid())
        indexIfLive(id);
}

qint64 ContactRepository::searchRowidOf(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT search_rowid FROM contacts WHERE id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void ContactRepository::dropSearchRow(qint64 searchRowid)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM contact_search WHERE rowid = ?"));
    q.addBindValue(searchRowid);
    m_db.exec(q);
}

void ContactRepository::writeMatchKeys(const Contact &contact, bool replace)
{
    // A new contact has no keys yet: the DELETE is only for rewriting a stored one.
    if (replace) {
        QSqlQuery &clear =
            m_db.statement(QStringLiteral("DELETE FROM contact_match_keys WHERE contact_id = ?"));
        clear.addBindValue(contact.id);
        m_db.exec(clear);
    }
    const QList<MatchKey> keys = MatchKeys::of(contact);
    if (keys.isEmpty())
        return;
    QSqlQuery &insert = m_db.statement(
        QStringLiteral("INSERT INTO contact_match_keys (contact_id, kind, key) VALUES (?, ?, ?) "
                       "ON CONFLICT DO NOTHING"));
    for (const MatchKey &key : keys) {
        insert.bindValue(0, contact.id);
        insert.bindValue(1, MatchKey::kindKey(key.kind));
        insert.bindValue(2, key.key);
        m_db.exec(insert);
    }
}

QList<qint64> ContactRepository::findByMatchKey(const MatchKey &key) const
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "SELECT k.contact_id FROM contact_match_keys k JOIN contacts c ON c.id = k.contact_id "
        "WHERE k.kind = ? AND k.key = ? AND c.deleted_at IS NULL ORDER BY k.contact_id"));
    q.addBindValue(MatchKey::kindKey(key.kind));
    q.addBindValue(key.key);
    m_db.exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

QList<std::pair<MatchKey, QList<qint64>>> ContactRepository::sharedMatchKeys() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT k.kind, k.key, k.contact_id FROM contact_match_keys k "
        "JOIN contacts c ON c.id = k.contact_id AND c.deleted_at IS NULL "
        "WHERE (k.kind, k.key) IN (SELECT m.kind, m.key FROM contact_match_keys m "
        "  JOIN contacts d ON d.id = m.contact_id AND d.deleted_at IS NULL "
        "  GROUP BY m.kind, m.key HAVING count(*) > 1) "
        "ORDER BY CASE k.kind WHEN 'email' THEN 0 WHEN 'phone' THEN 1 ELSE 2 END, k.key, "
        "k.contact_id"));
    m_db.exec(q);
    QList<std::pair<MatchKey, QList<qint64>>> groups;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString key = q.value(1).toString();
        const MatchKey::Kind k = kind == QLatin1String("email")   ? MatchKey::Kind::Email
                                 : kind == QLatin1String("phone") ? MatchKey::Kind::Phone
                                                                  : MatchKey::Kind::Name;
        if (groups.isEmpty() || groups.last().first.kind != k || groups.last().first.key != key)
            groups.append({MatchKey{k, key}, {}});
        groups.last().second.append(q.value(2).toLongLong());
    }
    return groups;
}

void ContactRepository::optimizeSearchIndex()
{
    m_index.optimize();
}

void ContactRepository::indexIfLive(qint64 id)
{
    const auto contact = find(id);
    if (!contact)
        throw notFound(m_db, id);
    if (contact->deletedAt.isValid()) {
        m_index.remove(id);
        return;
    }
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT co.name_kana, c.sort_key FROM contacts c "
                       "LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    q.next();
    const QString companyKana = q.value(0).toString();
    const QString sortKey = q.value(1).toString();
    q.finish();
    m_index.index(*contact, sortKey, companyKana);
}

void ContactRepository::indexNew(Contact contact, const QString &sortKey, qint64 companyId)
{
    // The card in hand is what was stored, but for the names the company and tags were
    // stored under (an existing company or tag keeps its spelling): reading those back costs
    // a fraction of reading the whole contact.
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT co.name, co.name_kana, (SELECT ") +
        sqldialect::joined(m_db, QStringLiteral("t.name"), sqldialect::unitSeparator(m_db)) +
        QStringLiteral(
            " FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE "
            "ct.contact_id = ?) FROM (SELECT 1) one LEFT JOIN companies co ON co.id = ?"));
    q.addBindValue(contact.id);
    q.addBindValue(companyId ? QVariant(companyId) : QVariant());
    m_db.exec(q);
    q.next();
    contact.company = q.value(0).toString();
    const QString companyKana = q.value(1).toString();
    const QString tags = q.value(2).toString();
    q.finish();
    contact.tags = tags.isEmpty() ? QStringList() : tags.split(QChar(31));
    contact.tags.sort();
    m_index.index(contact, sortKey, companyKana, true);
}

std::optional<Contact> ContactRepository::find(qint64 id) const
{
    QSqlQuery &q = m_db.statement(contactrows::selectSql(m_db) + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    std::optional<Contact> contact;
    if (q.next())
        contact = contactrows::contactFrom(q);
    q.finish();
    return contact;
}

ContactPage ContactRepository::page(const ContactListQuery &query) const
{
    // The digest windows of SearchPageReader walk forwards from the start of the reading
    // order; a read backwards, or one that skips rows, goes through the reading index instead.
    const bool forwardSearch = !SearchQuery(query.search).isEmpty() && !query.descending &&
                               !query.backwards && query.offset == 0;
    return forwardSearch ? SearchPageReader(m_db).read(query) : listPage(query);
}

namespace {

// A read of `select` (ending in "FROM contacts c ...") in reading order: the search and
// filters, after the cursor, in the read's direction, bound but for its LIMIT and OFFSET.
QSqlQuery readingOrderQuery(const Database &db, const QString &select,
                            const ContactListQuery &query)
{
    const contactrows::Filter filter = contactrows::filterOf(db, query);
    const SearchCondition search(db, SearchQuery(query.search));
    // Reading order walks contacts_by_reading one way or the other: descending, or
    // ascending read backwards from the end, walks it from its end.
    const bool down = query.descending != query.backwards;
    QString sql = select + search.contactsWhere() + filter.sql;
    if (query.after)
        sql += down ? QStringLiteral(" AND (c.sort_key, c.id) < (?, ?)")
                    : QStringLiteral(" AND (c.sort_key, c.id) > (?, ?)");
    sql += down ? QStringLiteral(" ORDER BY c.sort_key DESC, c.id DESC LIMIT ? OFFSET ?")
                : QStringLiteral(" ORDER BY c.sort_key, c.id LIMIT ? OFFSET ?");
    QSqlQuery q = db.prepare(sql);
    q.setForwardOnly(true);
    search.bindContactsWhere(q);
    contactrows::bindAll(q, filter.values);
    if (query.after) {
        // A null QString binds as SQL NULL, and every comparison with NULL is false.
        q.addBindValue(query.after->sortKey.isNull() ? QStringLiteral("") : query.after->sortKey);
        q.addBindValue(query.after->id);
    }
    return q;
}

} // namespace

ContactPage ContactRepository::listPage(const ContactListQuery &query) const
{
    if (query.offset > 0) {
        // Skipping rows of the full select builds every skipped row (its company, source and
        // tags): a jump to the middle of a million took seconds. The row before the page is
        // found along the reading index alone, and the page read after it by keyset.
        const std::optional<ContactCursor> before = cursorAt(query, query.offset - 1);
        if (!before)
            return {};
        ContactListQuery next = query;
        next.offset = 0;
        next.after = before;
        return listPage(next);
    }
    QSqlQuery q = readingOrderQuery(m_db, contactrows::selectSql(m_db), query);
    q.addBindValue(query.limit + 1);
    q.addBindValue(query.offset);
    m_db.exec(q);
    QList<Contact> rows;
    QList<QString> keys;
    while (q.next()) {
        rows.append(contactrows::contactFrom(q));
        keys.append(q.value(contactrows::kSortKeyColumn).toString());
    }
    return contactrows::pageOf(std::move(rows), std::move(keys), query.limit);
}

std::optional<ContactCursor> ContactRepository::cursorAt(const ContactListQuery &query,
                                                         qint64 position) const
{
    QSqlQuery q =
        readingOrderQuery(m_db, QStringLiteral("SELECT c.sort_key, c.id FROM contacts c "), query);
    q.addBindValue(1);
    q.addBindValue(position);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return ContactCursor{q.value(0).toString(), q.value(1).toLongLong()};
}

qint64 ContactRepository::count(const ContactListQuery &query) const
{
    const contactrows::Filter filter = contactrows::filterOf(m_db, query);
    const SearchCondition search(m_db, SearchQuery(query.search));
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM contacts c ") +
                               search.contactsWhere() + filter.sql);
    search.bindContactsWhere(q);
    contactrows::bindAll(q, filter.values);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ContactRepository::countUpTo(const ContactListQuery &query, qint64 atMost) const
{
    const contactrows::Filter filter = contactrows::filterOf(m_db, query);
    const SearchCondition search(m_db, SearchQuery(query.search));
    // The search index drives a search here: "c.id IN (matches)" would gather every match
    // before the first one counts.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") +
        (search.isEmpty() ? QStringLiteral("contacts c WHERE true")
                          : search.sourceJoined(QStringLiteral(" JOIN contacts c ON ") +
                                                search.rowid() + QStringLiteral(" & ? = c.id"))) +
        filter.sql + QStringLiteral(" LIMIT ?) matches"));
    // The join takes the same values in the same order as contactsWhere().
    search.bindContactsWhere(q);
    contactrows::bindAll(q, filter.values);
    q.addBindValue(atMost);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Every row is stepped once, along the reading index; only one in `stride` is kept.
QList<ContactCursor> ContactRepository::readingAnchors(const ContactListQuery &query,
                                                       int stride) const
{
    const contactrows::Filter filter = contactrows::filterOf(m_db, query);
    const SearchCondition search(m_db, SearchQuery(query.search));
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT c.sort_key, c.id FROM contacts c ") +
                               search.contactsWhere() + filter.sql +
                               QStringLiteral(" ORDER BY c.sort_key, c.id"));
    q.setForwardOnly(true);
    search.bindContactsWhere(q);
    contactrows::bindAll(q, filter.values);
    m_db.exec(q);
    QList<ContactCursor> anchors;
    for (qint64 row = 1; q.next(); ++row) {
        if (row % stride == 0)
            anchors.append(ContactCursor{q.value(0).toString(), q.value(1).toLongLong()});
    }
    return anchors;
}

} // namespace kizuna
