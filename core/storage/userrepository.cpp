#include "userrepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace kizuna {

UserRepository::UserRepository(const Database &db)
    : m_db(db)
{}

QStringList UserRepository::known() const
{
    // Owners of live leads and assignees of open follow-ups, each read along an index that
    // leads with the name: the ones a list can be filtered by.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT owner FROM contacts WHERE deleted_at IS NULL "
                       "UNION SELECT assigned_to FROM follow_ups WHERE status = 'open'"));
    m_db.exec(q);
    QStringList users;
    while (q.next()) {
        const QString user = q.value(0).toString().trimmed();
        if (!user.isEmpty() && !users.contains(user))
            users.append(user);
    }
    if (!m_db.userName().isEmpty() && !users.contains(m_db.userName()))
        users.append(m_db.userName());
    users.sort();
    return users;
}

} // namespace kizuna
