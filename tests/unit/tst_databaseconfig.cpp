// DATABASE_URL parsing: what an operator writes in a service file must either work
// or be refused with a message that says what is wrong — and never echo the password.
#include "db/DatabaseConfig.h"

#include <QtTest>

using companion::db::DatabaseConfig;
using companion::db::Dialect;

class TestDatabaseConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postgresUrl()
    {
        QString error;
        const auto c = DatabaseConfig::fromUrl(
            QStringLiteral("postgresql://billing:s3cr%40t@db.internal:6543/companion?sslmode=require"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->dialect, Dialect::PostgreSQL);
        QCOMPARE(c->host, QStringLiteral("db.internal"));
        QCOMPARE(c->port, 6543);
        QCOMPARE(c->user, QStringLiteral("billing"));
        QCOMPARE(c->password, QStringLiteral("s3cr@t"));
        QCOMPARE(c->databaseName, QStringLiteral("companion"));
        QCOMPARE(c->options, QStringLiteral("sslmode=require"));
    }

    // libpq's multi-host URL, for a primary and its replicas: libpq tries the hosts in
    // order and target_session_attrs=read-write keeps only the one that takes writes.
    void postgresHostListForFailover()
    {
        QString error;
        const auto c = DatabaseConfig::fromUrl(
            QStringLiteral("postgresql://companion_api:pw%2C1@db1.internal:5432,db2.internal:5433,[fd00::3]/companion"
                           "?target_session_attrs=read-write"),
            &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->host, QStringLiteral("db1.internal,db2.internal,fd00::3"));
        QCOMPARE(c->port, -1);
        QCOMPARE(c->user, QStringLiteral("companion_api"));
        QCOMPARE(c->password, QStringLiteral("pw,1"));
        QCOMPARE(c->databaseName, QStringLiteral("companion"));
        QCOMPARE(c->options, QStringLiteral("port=5432,5433,;target_session_attrs=read-write"));
        QVERIFY(!c->displayName().contains(QStringLiteral("pw")));
        QVERIFY2(c->displayName().contains(QStringLiteral("db1.internal,db2.internal")), qPrintable(c->displayName()));

        const auto samePort = DatabaseConfig::fromUrl(QStringLiteral("postgresql://a,b/companion"), &error);
        QVERIFY2(samePort, qPrintable(error));
        QCOMPARE(samePort->host, QStringLiteral("a,b"));
        QVERIFY(samePort->options.isEmpty()); // libpq's default port on both

        QVERIFY(!DatabaseConfig::fromUrl(QStringLiteral("postgresql://a,:5432/companion"), &error));
        QVERIFY2(error.contains(QStringLiteral("host list")), qPrintable(error));
        QVERIFY(!DatabaseConfig::fromUrl(QStringLiteral("postgresql://a,b:x/companion"), &error));
    }

    void postgresShortSchemeAndLibpqDefaults()
    {
        QString error;
        const auto c = DatabaseConfig::fromUrl(QStringLiteral("postgres:///companion"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->dialect, Dialect::PostgreSQL);
        QVERIFY(c->host.isEmpty()); // libpq's PGHOST decides
        QCOMPARE(c->port, -1);
        QCOMPARE(c->databaseName, QStringLiteral("companion"));
    }

    void sqliteUrl()
    {
        QString error;
        const auto c = DatabaseConfig::fromUrl(QStringLiteral("sqlite:///var/lib/companion/../companion/db.sqlite"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->dialect, Dialect::SQLite);
        QCOMPARE(c->databaseName, QStringLiteral("/var/lib/companion/db.sqlite"));
    }

    void sqliteMemory()
    {
        QString error;
        const auto c = DatabaseConfig::fromUrl(QStringLiteral("sqlite::memory:"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->databaseName, QStringLiteral(":memory:"));
    }

    void rejectsUnusableUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("relative sqlite path") << QStringLiteral("sqlite://relative.db") << QStringLiteral("absolute path");
        QTest::newRow("no path") << QStringLiteral("sqlite://") << QStringLiteral("absolute path");
        QTest::newRow("mysql") << QStringLiteral("mysql://u@h/db") << QStringLiteral("unsupported database scheme");
        QTest::newRow("no scheme") << QStringLiteral("just-text") << QStringLiteral("not a valid URL");
        QTest::newRow("nested path") << QStringLiteral("postgresql://h/a/b") << QStringLiteral("database name");
    }
    void rejectsUnusableUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!DatabaseConfig::fromUrl(url, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void environmentChoosesBackend()
    {
        QString error;
        QProcessEnvironment env;
        auto c = DatabaseConfig::fromEnvironment(env, QStringLiteral("/tmp/default.db"), &error);
        QVERIFY(c);
        QCOMPARE(c->dialect, Dialect::SQLite);
        QCOMPARE(c->databaseName, QStringLiteral("/tmp/default.db"));

        env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("x"));
        c = DatabaseConfig::fromEnvironment(env, QStringLiteral("/tmp/default.db"), &error);
        QVERIFY(c);
        QCOMPARE(c->dialect, Dialect::PostgreSQL);

        env.insert(QStringLiteral("DATABASE_URL"), QStringLiteral("sqlite:///srv/x.db"));
        c = DatabaseConfig::fromEnvironment(env, QStringLiteral("/tmp/default.db"), &error);
        QVERIFY(c);
        QCOMPARE(c->databaseName, QStringLiteral("/srv/x.db"));
    }

    void displayNameNeverShowsThePassword()
    {
        QString error;
        const auto c = DatabaseConfig::fromUrl(QStringLiteral("postgresql://billing:hunter2-very-secret@db:5432/companion"), &error);
        QVERIFY(c);
        const QString shown = c->displayName();
        QVERIFY2(!shown.contains(QStringLiteral("hunter2")), qPrintable(shown));
        QCOMPARE(shown, QStringLiteral("PostgreSQL billing@db:5432/companion"));
    }

    void identityTellsDatabasesApart()
    {
        QCOMPARE(DatabaseConfig::sqlite(QStringLiteral("/a.db")).identity(), DatabaseConfig::sqlite(QStringLiteral("/a.db")).identity());
        QVERIFY(DatabaseConfig::sqlite(QStringLiteral("/a.db")).identity() != DatabaseConfig::sqlite(QStringLiteral("/b.db")).identity());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseConfig)
#include "tst_databaseconfig.moc"
