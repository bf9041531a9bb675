#pragma once

#include "SqlDialect.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace companion::db {

// Where the database is. Parsed from DATABASE_URL:
//   postgresql://user:pass@host:port/db   (postgres:// too; empty parts fall back to libpq's PG* variables)
//   sqlite:///absolute/path.db            (sqlite::memory: for a private in-memory database)
struct DatabaseConfig {
    Dialect dialect = Dialect::SQLite;
    QString host;
    int port = -1;
    QString user;
    QString password;   // never logged: see displayName()
    QString databaseName; // PostgreSQL database, or the SQLite file path
    QString options;    // QPSQL connect options from the URL query (sslmode=require;…)

    // Returns nullopt and a message naming the problem for anything we cannot use.
    static std::optional<DatabaseConfig> fromUrl(const QString &url, QString *error);

    // DATABASE_URL when set; otherwise PostgreSQL when PGDATABASE/PGHOST is set,
    // otherwise SQLite at defaultSqlitePath.
    static std::optional<DatabaseConfig> fromEnvironment(const QProcessEnvironment &env,
                                                         const QString &defaultSqlitePath,
                                                         QString *error);

    static DatabaseConfig sqlite(const QString &path);

    // For logs, the status bar and /healthz: no password, ever.
    QString displayName() const;
    // Distinguishes configurations in per-thread connection names.
    QString identity() const;
};

} // namespace companion::db
