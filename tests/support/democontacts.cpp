#include "democontacts.h"

#include "contacts/contactservice.h"
#include "demo/demodatagenerator.h"

namespace kizuna::test {

void addDemoContacts(ContactService &service, int count, int seed)
{
    const DemoDataGenerator generator(static_cast<quint32>(seed), QDate(2026, 11, 24));
    QList<Contact> cards;
    for (int i = 0; i < count; ++i)
        cards.append(generator.contact(i));
    service.addAll(cards);
}

} // namespace kizuna::test
