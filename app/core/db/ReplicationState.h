#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace companion::db {

// Where a PostgreSQL server stands in streaming replication, as far as an
// unprivileged role can see: a primary, or a standby and how far its data is behind.
struct ReplicationState {
    bool standby = false;   // in recovery: read-only
    bool receiving = false; // a standby whose WAL receiver is running (it has a primary to follow)
    // How old the newest data a reader sees may be: 0 on a primary, and on a standby
    // that replayed everything it received; otherwise the time since the last
    // transaction it replayed was committed on the primary.
    double lagSeconds = 0;

    // Reads it in one statement on `db` (PostgreSQL only); nullopt and *error on failure.
    static std::optional<ReplicationState> read(const QSqlDatabase &db, QString *error);
};

} // namespace companion::db
