#include "tagrepository.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "text/textnormalizer.h"

#include <QCoreApplication>
#include <QVariant>

namespace kizuna {

TagRepository::TagRepository(const Database &db)
    : m_db(db)
{}

qint64 TagRepository::findOrCreate(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw ValidationError(QStringLiteral("tag"),
                              QCoreApplication::translate("Tags", "a tag needs a name"));
    if (const qint64 found = idOf(trimmed))
        return found;
    QSqlQuery &insert =
        m_db.statement(QStringLiteral("INSERT INTO tags (name, match_key) VALUES (?, ?)"));
    insert.addBindValue(trimmed);
    insert.addBindValue(TextNormalizer::fold(trimmed));
    m_db.exec(insert);
    return insert.lastInsertId().toLongLong();
}

qint64 TagRepository::idOf(const QString &name) const
{
    // Runs for every imported card: look up the id alone, without the contact count.
    QSqlQuery &lookup = m_db.statement(QStringLiteral("SELECT id FROM tags WHERE match_key = ?"));
    lookup.addBindValue(TextNormalizer::fold(name.trimmed()));
    m_db.exec(lookup);
    const qint64 found = lookup.next() ? lookup.value(0).toLongLong() : 0;
    lookup.finish();
    return found;
}

std::optional<Tag> TagRepository::findByName(const QString &name) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT t.id, t.name, (SELECT count(*) FROM contact_tags ct JOIN contacts c ON c.id = "
        "ct.contact_id WHERE ct.tag_id = t.id AND c.deleted_at IS NULL) FROM tags t "
        "WHERE t.match_key = ?"));
    query.addBindValue(TextNormalizer::fold(name));
    m_db.exec(query);
    if (!query.next())
        return std::nullopt;
    return Tag{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()};
}

QStringList TagRepository::names() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT name FROM tags ORDER BY match_key"));
    m_db.exec(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QList<Tag> TagRepository::list() const
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT t.id, t.name, count(c.id) FROM tags t "
                       "LEFT JOIN contact_tags ct ON ct.tag_id = t.id "
                       "LEFT JOIN contacts c ON c.id = ct.contact_id AND c.deleted_at IS NULL "
                       "GROUP BY t.id ORDER BY t.match_key"));
    m_db.exec(query);
    QList<Tag> tags;
    while (query.next())
        tags.append(
            Tag{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    return tags;
}

void TagRepository::rename(qint64 id, const QString &newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        throw ValidationError(QStringLiteral("tag"),
                              QCoreApplication::translate("Tags", "a tag needs a name"));
    const auto other = findByName(trimmed);
    if (other && other->id != id) {
        QSqlQuery move =
            m_db.prepare(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) "
                                        "SELECT contact_id, ? FROM contact_tags WHERE tag_id = ? "
                                        "ON CONFLICT DO NOTHING"));
        move.addBindValue(other->id);
        move.addBindValue(id);
        m_db.exec(move);
        remove(id);
        return;
    }
    QSqlQuery query =
        m_db.prepare(QStringLiteral("UPDATE tags SET name = ?, match_key = ? WHERE id = ?"));
    query.addBindValue(trimmed);
    query.addBindValue(TextNormalizer::fold(trimmed));
    query.addBindValue(id);
    m_db.exec(query);
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, m_db.path(),
                           QCoreApplication::translate("Tags", "no tag with id %1").arg(id));
}

void TagRepository::remove(qint64 id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    query.addBindValue(id);
    m_db.exec(query);
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, m_db.path(),
                           QCoreApplication::translate("Tags", "no tag with id %1").arg(id));
}

void TagRepository::removeIfUnused(qint64 id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM contact_tags WHERE "
        "tag_id = ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    m_db.exec(query);
}

void TagRepository::setTags(qint64 contactId, const QStringList &names)
{
    QSqlQuery &clear =
        m_db.statement(QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ?"));
    clear.addBindValue(contactId);
    m_db.exec(clear);
    for (const QString &name : names) {
        if (!name.trimmed().isEmpty())
            addTag(contactId, findOrCreate(name));
    }
}

bool TagRepository::addTag(qint64 contactId, qint64 tagId)
{
    QSqlQuery &query =
        m_db.statement(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?) "
                                      "ON CONFLICT DO NOTHING"));
    query.addBindValue(contactId);
    query.addBindValue(tagId);
    m_db.exec(query);
    return query.numRowsAffected() > 0;
}

bool TagRepository::removeTag(qint64 contactId, qint64 tagId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ? AND tag_id = ?"));
    query.addBindValue(contactId);
    query.addBindValue(tagId);
    m_db.exec(query);
    return query.numRowsAffected() > 0;
}

QStringList TagRepository::tagsOf(qint64 contactId) const
{
    return tagsOf(QList<qint64>{contactId});
}

QStringList TagRepository::tagsOf(const QList<qint64> &contactIds) const
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM contact_tags ct "
                       "WHERE ct.tag_id = t.id AND ct.contact_id IN ") +
        sqldialect::idsIn(m_db) + QStringLiteral(") ORDER BY t.match_key"));
    query.addBindValue(sql::idArray(contactIds));
    m_db.exec(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QList<qint64> TagRepository::contactIds(qint64 tagId) const
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT contact_id FROM contact_tags WHERE tag_id = ?"));
    query.addBindValue(tagId);
    m_db.exec(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace kizuna
