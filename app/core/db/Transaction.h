#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace companion::db {

// RAII transaction: begun on construction, rolled back unless commit() succeeded.
// SQLite takes the write lock up front (BEGIN IMMEDIATE) so two writers wait for
// each other instead of failing half-way with SQLITE_BUSY.
class Transaction
{
public:
    Transaction(QSqlDatabase db, Dialect dialect);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }

    bool commit();
    void rollback();

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace companion::db
