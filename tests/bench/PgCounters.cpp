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
    return c;
}

} // namespace companion::bench
