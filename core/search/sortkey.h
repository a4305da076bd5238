#pragma once

#include <QString>

#include <optional>

namespace kizuna {

struct Contact;

/// The order of contact lists: 50音順 by reading (family, then given), falling back to the
/// name itself where there is no reading.
///
/// The key is a string compared by code point (SQLite's BINARY collation): first the primary
/// level of the reading (voicing and small kana folded, so が sorts with か), then the exact
/// reading, then the name. Lists order by (sort key, id).
///
/// The search index stores its documents under a rowid that starts with a coarse, monotone
/// digest of the key's first characters and ends with the contact id. Matches then come out
/// of the index roughly in reading order, so a query can stop after one screenful instead of
/// sorting every match; only ties on the digest need sorting by the exact key.
class SortKey final
{
public:
    static QString forContact(const Contact &contact);

    /// Bits of a search rowid that hold the contact id: up to 8,388,607 contacts, far
    /// beyond a small firm's drawer; the other 40 bits order the rowids by reading.
    static constexpr int kIdBits = 23;
    static constexpr qint64 kIdMask = (qint64(1) << kIdBits) - 1;
    static constexpr qint64 kMaxId = kIdMask;

    /// The digest of the first five characters and a coarse sixth: comparing digests never
    /// contradicts comparing the keys themselves.
    static qint64 digest(const QString &sortKey);
    /// The sort keys of one digest: `from` <= key, and key < `before` where it is set
    /// (compared by code point, as SQLite compares them). A digest group's people can then
    /// be read along the reading index instead of one by one.
    struct KeyRange
    {
        QString from;
        std::optional<QString> before;
    };
    static KeyRange keysOf(qint64 digest);
    /// digest << kIdBits | id.
    static qint64 searchRowid(const QString &sortKey, qint64 contactId);
    static qint64 contactIdOf(qint64 searchRowid) { return searchRowid & kIdMask; }
    static qint64 digestOf(qint64 searchRowid) { return searchRowid >> kIdBits; }
};

} // namespace kizuna
