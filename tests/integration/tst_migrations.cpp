// Migrations on a real PostgreSQL and SQLite: they build every table, running them
// again changes nothing, and a failing one leaves the database exactly as it was.
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QtTest>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace companion;

namespace {
QStringList userTables(const QSqlDatabase &db)
{
    QStringList tables = db.tables();
    tables.removeIf([](const QString &t) { return t.startsWith(QLatin1String("sqlite_")); });
    tables.sort();
    return tables;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// Applies the migrations found in `dir` (a test's own set).
db::MigrationReport migrateFolder(const QSqlDatabase &database, db::Dialect dialect, const QTemporaryDir &dir)
{
    QString error;
    const auto set = db::MigrationSet::fromDirectory(dir.path(), &error);
    if (!set) {
        db::MigrationReport report;
        report.error = error;
        return report;
    }
    return db::Migrator(database, dialect).migrate(*set);
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesOnEmptyDatabase()
    {
        COMPANION_TEST_DATABASE(testDb);
        const auto c = db::Database::connection(testDb.config());
        QVERIFY2(c.ok(), qPrintable(c.error));
        const auto set = db::MigrationSet::builtin(testDb.config().dialect);
        QVERIFY(set.latestVersion() >= 1);

        const auto report = db::Migrator(c.db, testDb.config().dialect).migrate(set);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.versionBefore, 0);
        QCOMPARE(report.versionAfter, set.latestVersion());
        QCOMPARE(report.applied.size(), set.migrations().size());

        QStringList expected{QStringLiteral("admin_tokens"), QStringLiteral("audit_log"), QStringLiteral("balance_transactions"),
                             QStringLiteral("coupons"), QStringLiteral("entitlement_grants"), QStringLiteral("invoices"),
                             QStringLiteral("mrr_segments"), QStringLiteral("payouts"), QStringLiteral("promotion_codes"),
                             QStringLiteral("revenue_closes"), QStringLiteral("schema_migrations"), QStringLiteral("subscription_discounts"),
                             QStringLiteral("subscriptions"), QStringLiteral("users"), QStringLiteral("webhook_events")};
        if (testDb.config().dialect == db::Dialect::SQLite) {
            // The users search (008): a folded copy of users and its FTS5 trigram index with FTS5's own tables.
            expected << QStringLiteral("users_search") << QStringLiteral("users_search_fts") << QStringLiteral("users_search_fts_config")
                     << QStringLiteral("users_search_fts_data") << QStringLiteral("users_search_fts_docsize") << QStringLiteral("users_search_fts_idx");
            expected.sort();
        } else {
            // The users search (008): a narrow folded copy of users, kept by a trigger.
            expected << QStringLiteral("user_search");
            expected.sort();
        }
        QCOMPARE(userTables(c.db), expected);
        QCOMPARE(db::Migrator(c.db, testDb.config().dialect).currentVersion(), set.latestVersion());
    }

    void secondRunIsNoOp()
    {
        COMPANION_TEST_DATABASE(testDb);
        const auto c = db::Database::connection(testDb.config());
        QVERIFY2(c.ok(), qPrintable(c.error));
        const auto set = db::MigrationSet::builtin(testDb.config().dialect);
        db::Migrator migrator(c.db, testDb.config().dialect);
        QVERIFY(migrator.migrate(set).ok);

        QSqlQuery q(c.db);
        QVERIFY(q.exec(QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1")) && q.next());
        const qint64 appliedAt = q.value(0).toLongLong();

        const auto again = migrator.migrate(set);
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(again.applied.isEmpty());
        QCOMPARE(again.versionBefore, set.latestVersion());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(applied_at) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), set.migrations().size());
        QCOMPARE(q.value(1).toLongLong(), appliedAt);
    }

    void failingMigrationRollsBackEverything()
    {
        COMPANION_TEST_DATABASE(testDb);
        const auto c = db::Database::connection(testDb.config());
        QVERIFY2(c.ok(), qPrintable(c.error));
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("001_first.sql")),
                  "CREATE TABLE kept_only_if_all_succeed (id INTEGER PRIMARY KEY);\n");
        writeFile(dir.filePath(QStringLiteral("002_second.sql")),
                  "CREATE TABLE second_table (id INTEGER PRIMARY KEY);\n"
                  "INSERT INTO second_table (id) VALUES (1);\n"
                  "\n"
                  "INSERT INTO no_such_table (id) VALUES (2);\n");
        const auto report = migrateFolder(c.db, testDb.config().dialect, dir);
        QVERIFY(!report.ok);
        QCOMPARE(report.failedVersion, 2);
        QCOMPARE(report.failedStatement, 3);
        QCOMPARE(report.failedLine, 4);
        QVERIFY2(report.error.contains(QStringLiteral("002_second")), qPrintable(report.error));
        QVERIFY2(report.error.contains(QStringLiteral("line 4")), qPrintable(report.error));
        QVERIFY2(report.error.contains(QStringLiteral("no_such_table")), qPrintable(report.error));

        // Nothing of either migration survived, not even the bookkeeping table.
        QCOMPARE(userTables(c.db), QStringList());
        QCOMPARE(db::Migrator(c.db, testDb.config().dialect).currentVersion(), 0);
    }

    void failureAfterEarlierVersionKeepsThatVersion()
    {
        COMPANION_TEST_DATABASE(testDb);
        const auto c = db::Database::connection(testDb.config());
        QVERIFY2(c.ok(), qPrintable(c.error));
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("001_first.sql")), "CREATE TABLE first_table (id INTEGER PRIMARY KEY);\n");
        QVERIFY(migrateFolder(c.db, testDb.config().dialect, dir).ok);

        writeFile(dir.filePath(QStringLiteral("002_broken.sql")), "ALTER TABLE first_table ADD COLUMN x INTEGER;\nTHIS IS NOT SQL;\n");
        const auto report = migrateFolder(c.db, testDb.config().dialect, dir);
        QVERIFY(!report.ok);
        QCOMPARE(report.failedStatement, 2);
        QCOMPARE(db::Migrator(c.db, testDb.config().dialect).currentVersion(), 1);
        QSqlQuery q(c.db);
        QVERIFY2(!q.exec(QStringLiteral("SELECT x FROM first_table")), "the column of the failed migration must not exist");
    }

    void editedMigrationIsRefused()
    {
        COMPANION_TEST_DATABASE(testDb);
        const auto c = db::Database::connection(testDb.config());
        QVERIFY2(c.ok(), qPrintable(c.error));
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("001_first.sql")), "CREATE TABLE t (id INTEGER PRIMARY KEY);\n");
        QVERIFY(migrateFolder(c.db, testDb.config().dialect, dir).ok);
        writeFile(dir.filePath(QStringLiteral("001_first.sql")), "CREATE TABLE t (id INTEGER PRIMARY KEY, extra TEXT);\n");
        const auto report = migrateFolder(c.db, testDb.config().dialect, dir);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("changed after it was applied")), qPrintable(report.error));
    }

    void newerDatabaseIsRefused()
    {
        COMPANION_TEST_DATABASE(testDb);
        const auto c = db::Database::connection(testDb.config());
        QVERIFY2(c.ok(), qPrintable(c.error));
        const auto set = db::MigrationSet::builtin(testDb.config().dialect);
        QVERIFY(db::Migrator(c.db, testDb.config().dialect).migrate(set).ok);
        QSqlQuery q(c.db);
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, 'future', 'x', 0)"));
        q.addBindValue(set.latestVersion() + 1);
        QVERIFY(q.exec());
        const auto report = db::Migrator(c.db, testDb.config().dialect).migrate(set);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("upgrade the program")), qPrintable(report.error));
    }

    void badFileNamesAreReported()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("1-initial.sql")), "SELECT 1;");
        QString error;
        QVERIFY(!db::MigrationSet::fromDirectory(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("NNN_name.sql")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
