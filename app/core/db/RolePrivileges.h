#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace companion::db {

// What the connected database role may do, so the admin app offers only that
// (the database refuses the rest anyway: migration 007's grants). SQLite has no
// roles: everything is allowed there.
struct RolePrivileges {
    QString role;                 // current_user; empty on SQLite
    bool supportActions = true;   // grants, cancel/resume mirrored, audited
    bool closeMonths = true;      // revenue_closes, audited
    bool applyFromStripe = true;  // reconciliation fixes and missed webhooks

    // Asks the database (PostgreSQL's has_table_privilege); on failure, everything
    // allowed and `error` set: the database still decides each statement.
    static RolePrivileges read(const QSqlDatabase &db, Dialect dialect, QString *error = nullptr);
    bool all() const { return supportActions && closeMonths && applyFromStripe; }
};

} // namespace companion::db
