#include "testdatabase.h"

namespace kizuna::test {

TestDatabase::TestDatabase(int migrateTo)
    : m_path(m_dir.filePath(QStringLiteral("kizuna.sqlite")))
{
    Database::Options options;
    options.migrateTo = migrateTo;
    m_db = std::make_unique<Database>(m_path, options);
}

Database &TestDatabase::reopen()
{
    m_db.reset();
    m_db = std::make_unique<Database>(m_path);
    return *m_db;
}

} // namespace kizuna::test
