#pragma once

#include <QSqlDatabase>

namespace companion::bench {

// PostgreSQL's cumulative counters for the current database and its WAL; subtract
// a reading before a run from one after it.
struct PgCounters {
    qint64 commits = 0, rollbacks = 0, walBytes = 0, walSyncs = 0, walRecords = 0;
    // From pg_stat_statements when the cluster preloads it (see with-test-env), else -1.
    qint64 statements = -1;
    double statementMs = 0;

    static PgCounters read(const QSqlDatabase &db);
};

} // namespace companion::bench
