#include "searchresults.h"

#include "contacts/contactservice.h"

namespace kizuna::test {

QList<qint64> idsFound(ContactService &service, const QString &text)
{
    ContactListQuery query;
    query.search = text;
    QList<qint64> ids;
    for (const Contact &c : service.page(query).contacts)
        ids.append(c.id);
    return ids;
}

} // namespace kizuna::test
