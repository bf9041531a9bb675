#pragma once

#include "Database.h"
#include "DatabaseConfig.h"
#include "Migration.h"
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace companion::db {

struct MigrationReport {
    bool ok = false;
    int versionBefore = 0;
    int versionAfter = 0;
    QStringList applied;     // names of the migrations this run applied
    QString error;           // what failed, naming the migration, statement and line
    int failedVersion = 0;
    int failedStatement = 0; // 1-based index within the migration
    int failedLine = 0;
};

// Applies pending migrations at start-up. All pending migrations run in ONE
// transaction: if any statement fails, the database is left exactly as it was.
// On PostgreSQL an advisory lock lets several server instances start at once.
class Migrator
{
public:
    Migrator(QSqlDatabase db, Dialect dialect);

    MigrationReport migrate(const MigrationSet &set);

    // The highest applied version; 0 for a database we have never touched.
    std::optional<int> currentVersion(QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

// What every program does at start: the calling thread's connection, with the
// built-in migrations applied. On failure `report->error` says why.
Connection openMigrated(const DatabaseConfig &config, MigrationReport *report);

} // namespace companion::db
