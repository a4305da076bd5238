#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace kizuna {

class Database;

/// A database's secondary indexes, dropped for a bulk load and built again after it.
///
/// A server maintains a GIN index entry by entry as rows arrive: at 100,000 contacts that was
/// 345 of a 648 s copy, most of it the two search indexes. Built once over the loaded rows,
/// the same index costs a fraction of that. Unique and primary-key indexes stay, since the
/// load's own lookups and its checks rely on them. Use it inside the load's transaction, so
/// a load that fails keeps every index as it was.
class DeferredIndexes final
{
public:
    /// Drops the indexes, remembering how to create each again.
    explicit DeferredIndexes(const Database &db);

    /// Creates every dropped index again, calling `onIndex` with each name before it builds.
    void restore(const std::function<void(const QString &name)> &onIndex = {});
    qsizetype count() const { return m_indexes.size(); }

private:
    const Database &m_db;
    QList<std::pair<QString, QString>> m_indexes; ///< name, CREATE INDEX statement
};

} // namespace kizuna
