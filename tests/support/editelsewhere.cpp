#include "editelsewhere.h"

#include "contacts/contactservice.h"
#include "storage/database.h"

namespace kizuna::test {

void editElsewhere(const QString &databasePath, qint64 contactId,
                   const std::function<void(Contact &)> &change)
{
    Database other(databasePath);
    ContactService elsewhere(other, nullptr);
    const Contact seen = elsewhere.get(contactId);
    Contact edited = seen;
    change(edited);
    elsewhere.update(seen, edited);
}

} // namespace kizuna::test
