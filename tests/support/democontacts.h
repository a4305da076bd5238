#pragma once

namespace kizuna {
class ContactService;
}

namespace kizuna::test {

/// Adds the first `count` contacts of the demo data set (the same people for the same seed),
/// in one transaction.
void addDemoContacts(ContactService &service, int count, int seed = 3);

} // namespace kizuna::test
