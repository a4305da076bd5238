#pragma once

#include "domain/tag.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace kizuna {

class Database;

/// Tags and which contacts carry them. Tag names match case- and width-insensitively
/// ("VIP", "ｖｉｐ"), keeping the spelling first used.
class TagRepository final
{
public:
    explicit TagRepository(const Database &db);

    /// The id of the named tag, created if new. Throws ValidationError for an empty name.
    qint64 findOrCreate(const QString &name);
    /// The id of the named tag; 0 when there is none.
    qint64 idOf(const QString &name) const;
    std::optional<Tag> findByName(const QString &name) const;
    /// Every tag with its number of contacts (not counting the trash), by name.
    QList<Tag> list() const;
    /// Every tag's name in reading order, without counting its contacts (cheap at any size).
    QStringList names() const;
    /// Renames a tag; if the new name is another tag's, the two merge.
    void rename(qint64 id, const QString &newName);
    /// Removes a tag from every contact and deletes it.
    void remove(qint64 id);
    /// Deletes the tag when no contact (live or in the trash) carries it; no error when it
    /// is gone already.
    void removeIfUnused(qint64 id);

    /// Replaces a contact's tags by these names.
    void setTags(qint64 contactId, const QStringList &names);
    /// True when the contact did not carry the tag before.
    bool addTag(qint64 contactId, qint64 tagId);
    /// True when the contact carried the tag.
    bool removeTag(qint64 contactId, qint64 tagId);
    /// A contact's tag names, sorted.
    QStringList tagsOf(qint64 contactId) const;
    /// The names of the tags any of these contacts carry, sorted, each once.
    QStringList tagsOf(const QList<qint64> &contactIds) const;
    /// Contacts carrying a tag, including those in the trash.
    QList<qint64> contactIds(qint64 tagId) const;

private:
    const Database &m_db;
};

} // namespace kizuna
