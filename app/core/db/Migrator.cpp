#include "Migrator.h"

#include "Database.h"
#include "SqlScript.h"
#include "Transaction.h"
#include "util/Log.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace companion::db {

namespace {

// Arbitrary but fixed: the key of the PostgreSQL advisory lock that serialises migrators.
constexpr qint64 kMigrationLockKey = 0x436f6d70616e; // "Compan"

const QString kCreateTable = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " checksum TEXT NOT NULL,"
    " applied_at BIGINT NOT NULL)");

} // namespace

Migrator::Migrator(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<int> Migrator::currentVersion(QString *error) const
{
    if (!m_db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next()) {
        if (error)
            *error = Database::errorText(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

MigrationReport Migrator::migrate(const MigrationSet &set)
{
    MigrationReport report;
    auto failWith = [&report](const QString &message) {
        report.error = message;
        qCCritical(lcMigrations).noquote() << message;
        return report;
    };

    Transaction tx(m_db, m_dialect);
    if (!tx.isActive())
        return failWith(QStringLiteral("cannot start the migration transaction: %1").arg(tx.error()));

    QSqlQuery query(m_db);
    if (m_dialect == Dialect::PostgreSQL) {
        query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        query.addBindValue(kMigrationLockKey);
        if (!query.exec())
            return failWith(QStringLiteral("cannot take the migration lock: %1").arg(Database::errorText(query.lastError())));
    }
    // Created only when missing: a role without DDL rights (companion_server, an
    // operator) may open a migrated database, and PostgreSQL checks the right to
    // create before IF NOT EXISTS.
    bool tableExists = false;
    if (m_dialect == Dialect::PostgreSQL) {
        if (!query.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) || !query.next())
            return failWith(QStringLiteral("cannot look for schema_migrations: %1").arg(Database::errorText(query.lastError())));
        tableExists = query.value(0).toBool();
    }
    if (!tableExists && !query.exec(kCreateTable))
        return failWith(QStringLiteral("cannot create schema_migrations: %1").arg(Database::errorText(query.lastError())));

    QHash<int, QString> applied; // version -> checksum
    if (!query.exec(QStringLiteral("SELECT version, checksum FROM schema_migrations")))
        return failWith(QStringLiteral("cannot read schema_migrations: %1").arg(Database::errorText(query.lastError())));
    while (query.next()) {
        const int version = query.value(0).toInt();
        applied.insert(version, query.value(1).toString());
        report.versionBefore = std::max(report.versionBefore, version);
    }
    report.versionAfter = report.versionBefore;

    if (report.versionBefore > set.latestVersion()) {
        return failWith(QStringLiteral("the database schema is at version %1 but this program knows only up to %2: "
                                       "upgrade the program")
                            .arg(report.versionBefore)
                            .arg(set.latestVersion()));
    }

    for (const Migration &migration : set.migrations()) {
        if (applied.contains(migration.version)) {
            if (applied.value(migration.version) != migration.checksum)
                return failWith(QStringLiteral("migration %1 was changed after it was applied; "
                                               "add a new migration instead").arg(migration.name));
            continue;
        }
        const auto statements = splitSqlScript(migration.sql);
        for (int i = 0; i < statements.size(); ++i) {
            if (query.exec(statements.at(i).sql))
                continue;
            report.failedVersion = migration.version;
            report.failedStatement = i + 1;
            report.failedLine = statements.at(i).line;
            const QString why = Database::errorText(query.lastError());
            tx.rollback();
            return failWith(QStringLiteral("migration %1 failed at statement %2 (line %3): %4; "
                                           "nothing was changed")
                                .arg(migration.name)
                                .arg(i + 1)
                                .arg(statements.at(i).line)
                                .arg(why));
        }
        QSqlQuery record(m_db);
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) "
                                      "VALUES (?, ?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(migration.checksum);
        record.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!record.exec())
            return failWith(QStringLiteral("cannot record migration %1: %2")
                                .arg(migration.name, Database::errorText(record.lastError())));
        report.applied << migration.name;
        report.versionAfter = migration.version;
    }

    if (!tx.commit())
        return failWith(QStringLiteral("cannot commit the migrations: %1").arg(tx.error()));
    if (!report.applied.isEmpty())
        qCInfo(lcMigrations).noquote() << "schema at version" << report.versionAfter << "after applying"
                                       << report.applied.join(QStringLiteral(", "));
    report.ok = true;
    return report;
}

Connection openMigrated(const DatabaseConfig &config, MigrationReport *report)
{
    Connection connection = Database::connection(config);
    if (!connection.ok()) {
        report->ok = false;
        report->error = connection.error;
        return connection;
    }
    *report = Migrator(connection.db, config.dialect).migrate(MigrationSet::builtin(config.dialect));
    return connection;
}

} // namespace companion::db
