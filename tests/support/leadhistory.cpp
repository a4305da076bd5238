#include "leadhistory.h"

#include "contacts/contactservice.h"
#include "nurture/stageservice.h"

namespace kizuna::test {

qint64 addLead(Database &db, const QDate &entered, const QList<std::pair<QDate, Stage>> &steps,
               ContactBuilder card)
{
    ContactService contacts(db, nullptr);
    contacts.setToday(entered);
    Contact c = card;
    c.cardExchangedOn = entered;
    const qint64 id = contacts.add(c);
    for (const auto &[on, stage] : steps)
        StageService(db, on).set({id}, stage, {});
    return id;
}

Deal openDeal(qint64 contactId, const QString &title, qint64 amount)
{
    Deal d;
    d.contactId = contactId;
    d.title = title;
    d.amount = amount;
    return d;
}

} // namespace kizuna::test
