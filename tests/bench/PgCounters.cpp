#include "PgCounters.h"

#include <QSqlQuery>
#include <QVariant>

namespace companion::bench {

PgCounters PgCounters::read(const QSqlDatabase &db)
{
    PgCounters c;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT xact_commit, xact_rollback FROM pg_stat_database WHERE datname = current_database()")) && q.next()) {
        c.commits = q.value(0).toLongLong();
        c.rollbacks = q.value(1).toLongLong();
    }
    if (q.exec(QStringLiteral("SELECT wal_bytes, wal_sync, wal_records FROM pg_stat_wal")) && q.next()) {
        c.walBytes = q.value(0).toLongLong();
        c.walSyncs = q.value(1).toLongLong();
        c.walRecords = q.value(2).toLongLong();
    }
    if (q.exec(QStringLiteral("SELECT COALESCE(sum(calls), 0), COALESCE(sum(total_exec_time), 0) FROM pg_stat_statements "
                              "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")) && q.next()) {
        c.statements = q.value(0).toLongLong();
        c.statementMs = q.value(1).toDouble();
    }
    return c;
}

} // namespace companion::bench
