#include "ownercondition.h"

#include "sqlvalues.h"

namespace kizuna {

OwnerCondition::OwnerCondition(const OwnerFilter &filter, const QString &column)
{
    if (filter.kind == OwnerFilter::Kind::Everyone)
        return;
    sql = column + QStringLiteral(" IN (?, ?)");
    // '' is bound as text: a null QString would bind NULL, which IN never matches.
    values = {sql::text(filter.user),
              sql::text(filter.kind == OwnerFilter::Kind::Mine ? QString() : filter.user)};
}

QString OwnerCondition::andClause() const
{
    return isEmpty() ? QString() : QStringLiteral(" AND ") + sql;
}

} // namespace kizuna
