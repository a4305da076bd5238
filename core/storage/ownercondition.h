#pragma once

#include "domain/ownerfilter.h"

#include <QString>
#include <QVariantList>

namespace kizuna {

/// An OwnerFilter as a condition on an owner column, to AND into a WHERE clause: empty for
/// everyone, else "column IN (?, ?)" (the user and '' for mine, the user twice for one user),
/// so an index that leads with the column serves both.
struct OwnerCondition
{
    OwnerCondition(const OwnerFilter &filter, const QString &column);

    bool isEmpty() const { return sql.isEmpty(); }
    /// " AND column IN (?, ?)", or nothing.
    QString andClause() const;

    QString sql;
    QVariantList values;
};

} // namespace kizuna
