#pragma once

#include "db/SqlDialect.h"

#include <QSqlDatabase>

namespace companion::db {

// A report's statements all read one snapshot of the database (a webhook landing
// between two of them must not unbalance what they add up), read-only, rolled back
// when it goes out of scope. PostgreSQL's JIT compiler costs these short analytic
// queries more than it saves (≈ 400 ms to 1 s each at a million invoices): off for
// this transaction only.
class ReadSnapshot
{
public:
    ReadSnapshot(QSqlDatabase db, Dialect dialect);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace companion::db
