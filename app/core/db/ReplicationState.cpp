#include "ReplicationState.h"

#include "Database.h"

#include <QSqlQuery>

namespace companion::db {

std::optional<ReplicationState> ReplicationState::read(const QSqlDatabase &db, QString *error)
{
    // pg_stat_wal_receiver shows a row to anyone while a receiver runs (its details
    // need pg_read_all_stats, which an API role should not have). A standby whose
    // receiver stopped replayed all it received, yet may be far behind: the caller
    // treats "not receiving" as unknown lag. A standby with nothing left to replay
    // is current; one with WAL waiting is as far behind as its last replayed commit.
    QSqlQuery query(db);
    if (!Database::exec(query,
                        QStringLiteral("SELECT pg_is_in_recovery(), EXISTS (SELECT 1 FROM pg_stat_wal_receiver), "
                                       "CASE WHEN NOT pg_is_in_recovery() THEN 0 "
                                       "WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0 "
                                       "ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()), 1e9)::float8 END"),
                        {}, error)
        || !query.next()) {
        if (error && error->isEmpty())
            *error = QStringLiteral("no answer to the replication query");
        return std::nullopt;
    }
    ReplicationState state;
    state.standby = query.value(0).toBool();
    state.receiving = query.value(1).toBool();
    state.lagSeconds = qMax(0.0, query.value(2).toDouble());
    return state;
}

} // namespace companion::db
