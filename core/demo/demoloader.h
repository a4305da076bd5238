#pragma once

#include <QDate>

namespace kizuna {

class ContactService;
class Database;

/// Fills an empty database with the demo: lead sources, business cards, and each lead's
/// past (stage steps, touches, deals) and follow-ups ahead, with scores computed. The same
/// seed and day give the same demo.
class DemoLoader final
{
public:
    DemoLoader(Database &db, ContactService &contacts, quint32 seed, const QDate &today);

    struct Result
    {
        int contacts = 0;
        int sources = 0;
    };
    Result load(int count);

private:
    Database &m_db;
    ContactService &m_contacts;
    quint32 m_seed;
    QDate m_today;
};

} // namespace kizuna
