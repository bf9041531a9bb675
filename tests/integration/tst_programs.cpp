// The three programs as an operator meets them: --help and --version answer, the
// services listen, /healthz tells version and schema, errors are JSON, and SIGTERM
// ends them cleanly with exit code 0.
#include "RunningProgram.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Migration.h"
#include "db/UserDirectory.h"
#include "stripe/ApiVersion.h"

#include <QtTest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>

using namespace companion;

namespace {
QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString runToEnd(const QString &program, const QStringList &args, int *exitCode,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(30000);
    *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAll());
}

const QByteArray kSandboxKey = "sk_test_sandbox_0000000000000000";
} // namespace

class TestPrograms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("helpMentions");
        QTest::newRow("server") << QStringLiteral(COMPANION_SERVER_BIN) << QStringLiteral("--port");
        QTest::newRow("sandbox") << QStringLiteral(STRIPE_SANDBOX_BIN) << QStringLiteral("--api-key");
        QTest::newRow("admin") << QStringLiteral(COMPANION_ADMIN_BIN) << QStringLiteral("--database");
    }
    void helpAndVersion()
    {
        QFETCH(QString, program);
        QFETCH(QString, helpMentions);
        int code = -1;
        const QString version = runToEnd(program, {QStringLiteral("--version")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(version.contains(QStringLiteral(COMPANION_VERSION)), qPrintable(version));
        const QString help = runToEnd(program, {QStringLiteral("--help")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(help.contains(helpMentions), qPrintable(help));
    }

    void serverAnswersHealthAndStopsOnSigterm()
    {
        COMPANION_TEST_DATABASE(testDb);
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QString error;
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error),
                 qPrintable(error));

        const auto health = test::httpRequest("GET", server.baseUrl().resolved(QUrl(QStringLiteral("/healthz"))));
        QCOMPARE(health.status, 200);
        const QJsonObject body = json(health.body);
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(body.value(QStringLiteral("service")).toString(), QStringLiteral("companion-server"));
        QCOMPARE(body.value(QStringLiteral("version")).toString(), QStringLiteral(COMPANION_VERSION));
        QCOMPARE(body.value(QStringLiteral("schema_version")).toInt(),
                 db::MigrationSet::builtin(testDb.config().dialect).latestVersion());
        QCOMPARE(body.value(QStringLiteral("database")).toString(), db::dialectName(testDb.config().dialect));

        const auto ready = test::httpRequest("GET", server.baseUrl().resolved(QUrl(QStringLiteral("/readyz"))));
        QCOMPARE(ready.status, 200);
        QCOMPARE(json(ready.body).value(QStringLiteral("status")).toString(), QStringLiteral("ready"));

        const auto missing = test::httpRequest("GET", server.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/nope"))));
        QCOMPARE(missing.status, 404);
        QCOMPARE(json(missing.body).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_found"));

        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void serverRefusesBadConfiguration()
    {
        int code = -1;
        const QString out = runToEnd(QStringLiteral(COMPANION_SERVER_BIN),
                                     {QStringLiteral("--database"), QStringLiteral("mysql://x/y")}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(out.contains(QStringLiteral("unsupported database scheme")), qPrintable(out));
        const QString port = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("--port"), QStringLiteral("99999")}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(port.contains(QStringLiteral("invalid port")), qPrintable(port));
    }

    void serverRefusesToServeWithoutItsSettings()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"JWT_SECRET", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_PREMIUM_PRICE_ID"})
            env.remove(QString::fromLatin1(name));
        int code = -1;
        const QString out = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("--port"), QStringLiteral("0")}, &code, env);
        QCOMPARE(code, 2);
        for (const char *name : {"JWT_SECRET", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_PREMIUM_PRICE_ID"})
            QVERIFY2(out.contains(QString::fromLatin1(name)), qPrintable(out)); // all named at once

        // Secrets may come from files; an unreadable one is named, its content never shown.
        QTemporaryDir dir;
        QFile jwt(dir.filePath(QStringLiteral("jwt")));
        QVERIFY(jwt.open(QIODevice::WriteOnly));
        jwt.write("short-secret-xyz\n");
        jwt.close();
        env = test::serverEnvironment();
        env.remove(QStringLiteral("JWT_SECRET"));
        env.insert(QStringLiteral("JWT_SECRET_FILE"), jwt.fileName());
        const QString shortSecret = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("--port"), QStringLiteral("0")}, &code, env);
        QCOMPARE(code, 2);
        QVERIFY2(shortSecret.contains(QStringLiteral("JWT_SECRET is too short")), qPrintable(shortSecret));
        QVERIFY(!shortSecret.contains(QStringLiteral("short-secret-xyz")));
        env.insert(QStringLiteral("STRIPE_SECRET_KEY_FILE"), dir.filePath(QStringLiteral("missing")));
        const QString missing = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("--port"), QStringLiteral("0")}, &code, env);
        QCOMPARE(code, 2);
        QVERIFY2(missing.contains(QStringLiteral("STRIPE_SECRET_KEY_FILE names")), qPrintable(missing));
        env = test::serverEnvironment({{QStringLiteral("STRIPE_SECRET_KEY"), QStringLiteral("pk_test_this_is_the_wrong_kind_0000")}});
        const QString wrongKind = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("--port"), QStringLiteral("0")}, &code, env);
        QCOMPARE(code, 2);
        QVERIFY2(wrongKind.contains(QStringLiteral("STRIPE_SECRET_KEY must be")), qPrintable(wrongKind));
        QVERIFY(!wrongKind.contains(QStringLiteral("wrong_kind")));
        env = test::serverEnvironment({{QStringLiteral("TRUSTED_PROXIES"), QStringLiteral("10.0.0.0/8, proxy.example")}});
        const QString proxies = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("--port"), QStringLiteral("0")}, &code, env);
        QCOMPARE(code, 2);
        QVERIFY2(proxies.contains(QStringLiteral("TRUSTED_PROXIES: \"proxy.example\"")), qPrintable(proxies));
    }

    void serverReportsUnreachableDatabase()
    {
        int code = -1;
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        const QString out = runToEnd(QStringLiteral(COMPANION_SERVER_BIN),
                                     {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                                      QStringLiteral("postgresql://nobody:pw-not-shown@127.0.0.1:1/none")}, &code, test::serverEnvironment());
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral("cannot open PostgreSQL nobody@127.0.0.1:1/none")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("pw-not-shown")), "the password must never be printed");
    }

    void seedDemoFillsAnEmptyDatabaseOnce()
    {
        COMPANION_TEST_DATABASE(testDb);
        int code = -1;
        const QStringList args{QStringLiteral("seed-demo"), QStringLiteral("--users"), QStringLiteral("40"),
                               QStringLiteral("--database"), testDb.url()};
        QString out = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), args, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("added 40 demo users")), qPrintable(out));
        out = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), args, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("nothing seeded")), qPrintable(out));

        const auto c = db::Database::connection(testDb.config());
        QVERIFY2(c.ok(), qPrintable(c.error));
        const auto page = db::UserDirectory(c.db, testDb.config().dialect).page({QString(), 100});
        QCOMPARE(page.rows.size(), 40);
        for (const auto &user : page.rows) {
            QVERIFY2(user.email.contains(u'@') && !user.name.isEmpty(), qPrintable(user.email));
            QVERIFY(!user.isPremium);
        }
    }

    // migrate: what systemd's ExecStartPre runs before every start.
    void migrateAppliesPendingMigrationsOnce()
    {
        COMPANION_TEST_DATABASE(testDb);
        int code = -1;
        const QStringList args{QStringLiteral("migrate"), QStringLiteral("--database"), testDb.url()};
        QString out = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), args, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("to %1").arg(db::MigrationSet::builtin(testDb.config().dialect).latestVersion())) || out.contains(QStringLiteral("nothing to migrate")),
                 qPrintable(out));
        out = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), args, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("is at schema %1; nothing to migrate").arg(db::MigrationSet::builtin(testDb.config().dialect).latestVersion())), qPrintable(out));

        out = runToEnd(QStringLiteral(COMPANION_SERVER_BIN),
                       {QStringLiteral("migrate"), QStringLiteral("--database"), QStringLiteral("postgresql://nobody:pw-not-shown@127.0.0.1:1/none")},
                       &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral("cannot open PostgreSQL")) && !out.contains(QStringLiteral("pw-not-shown")), qPrintable(out));
    }

    // Under systemd (JOURNAL_STREAM names stderr) each line carries its syslog
    // priority for journald; anywhere else the lines stay plain.
    void logLinesCarryJournalPrioritiesUnderSystemd()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("journal.db"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES")); // the migration's info line is the one looked for
        int code = -1;
        // As systemd does: the variable holds stderr's device and inode.
        const QString out = runToEnd(QStringLiteral("/bin/sh"),
                                     {QStringLiteral("-c"),
                                      QStringLiteral("JOURNAL_STREAM=$(stat -L -c %d:%i /proc/self/fd/2) exec \"$0\" \"$@\""),
                                      QStringLiteral(COMPANION_SERVER_BIN), QStringLiteral("migrate"), QStringLiteral("--database"), url},
                                     &code, env);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("<6>companion.migrations: schema at version")), qPrintable(out));

        QProcessEnvironment elsewhere = env;
        elsewhere.insert(QStringLiteral("JOURNAL_STREAM"), QStringLiteral("1:1")); // inherited, but stderr is not the journal
        const QString plain = runToEnd(QStringLiteral(COMPANION_SERVER_BIN),
                                       {QStringLiteral("migrate"), QStringLiteral("--database"),
                                        QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("plain.db"))},
                                       &code, elsewhere);
        QCOMPARE(code, 0);
        QVERIFY2(plain.contains(QStringLiteral("companion.migrations: schema at version")) && !plain.contains(QStringLiteral("<6>")),
                 qPrintable(plain));
    }

    void unknownCommandIsRefused()
    {
        int code = -1;
        const QString out = runToEnd(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("frobnicate")}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(out.contains(QStringLiteral("unknown command")), qPrintable(out));
    }

    void sandboxSpeaksStripeAndStopsOnSigterm()
    {
        test::RunningProgram sandbox(QStringLiteral(STRIPE_SANDBOX_BIN));
        QString error;
        QVERIFY2(sandbox.start({QStringLiteral("--ephemeral")}, QProcessEnvironment::systemEnvironment(), &error), qPrintable(error));

        const auto health = test::httpRequest("GET", sandbox.baseUrl().resolved(QUrl(QStringLiteral("/healthz"))));
        QCOMPARE(health.status, 200);
        QCOMPARE(json(health.body).value(QStringLiteral("service")).toString(), QStringLiteral("stripe-sandbox"));
        QCOMPARE(json(health.body).value(QStringLiteral("api_version")).toString(), QString::fromLatin1(stripe::kApiVersion));

        const QUrl customers = sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v1/customers")));
        const auto noKey = test::httpRequest("GET", customers);
        QCOMPARE(noKey.status, 401);
        QCOMPARE(json(noKey.body).value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("invalid_request_error"));
        QVERIFY(noKey.header("Request-Id").startsWith("req_"));

        const auto wrongKey = test::httpRequest("GET", customers, {{"Authorization", "Bearer sk_test_wrongwrongwrong1234"}});
        QCOMPARE(wrongKey.status, 401);
        const QString wrongMessage = json(wrongKey.body).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(wrongMessage.contains(QStringLiteral("1234")) && !wrongMessage.contains(QStringLiteral("wrongwrongwrong")),
                 qPrintable(wrongMessage));

        const auto live = test::httpRequest("GET", customers, {{"Authorization", "Bearer sk_live_fake-abcd-efgh-ijkl"}});
        QCOMPARE(live.status, 401);
        QVERIFY(json(live.body).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("test mode only")));

        const QByteArray basic = "Basic " + QByteArray(kSandboxKey + ":").toBase64();
        const auto unknown = test::httpRequest("GET", sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v1/nothing_here"))),
                                               {{"Authorization", basic}, {"Stripe-Version", "2025-03-31.basil"}});
        QCOMPARE(unknown.status, 404);
        QVERIFY(json(unknown.body).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()
                    .startsWith(QStringLiteral("Unrecognized request URL (GET: /v1/nothing_here).")));
        QCOMPARE(unknown.header("Stripe-Version"), QByteArray("2025-03-31.basil"));

        QVERIFY2(sandbox.terminate(&error), qPrintable(error));
    }

    void sandboxRefusesLiveKeysAtStart()
    {
        int code = -1;
        const QString out = runToEnd(QStringLiteral(STRIPE_SANDBOX_BIN),
                                     {QStringLiteral("--api-key"), QStringLiteral("sk_live_fake-not-a-key")}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(out.contains(QStringLiteral("test mode only")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
