#pragma once

#include <QList>
#include <QString>

namespace kizuna {
class ContactService;
}

namespace kizuna::test {

/// The ids of the contacts a search for this text finds, in the list's order.
QList<qint64> idsFound(ContactService &service, const QString &text);

} // namespace kizuna::test
