#include "ReadSnapshot.h"

#include <QSqlQuery>

namespace companion::db {

ReadSnapshot::ReadSnapshot(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
{
    m_open = m_db.transaction();
    if (m_open && dialect == Dialect::PostgreSQL) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        q.exec(QStringLiteral("SET LOCAL jit = off"));
    }
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        m_db.rollback(); // nothing was written
}

} // namespace companion::db
