#include "Transaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace companion::db {

Transaction::Transaction(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
{
    m_active = exec(dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = Database::errorText(query.lastError());
    return false;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (exec(QStringLiteral("COMMIT")))
        return true;
    exec(QStringLiteral("ROLLBACK"));
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    const QString keep = m_error; // the reason we roll back matters more than ROLLBACK's own error
    exec(QStringLiteral("ROLLBACK"));
    if (!keep.isEmpty())
        m_error = keep;
}

} // namespace companion::db
