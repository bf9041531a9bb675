// Least privilege, enforced by the database itself (migration 007): the audit log
// is append-only for everyone, and on PostgreSQL each operator role may do its
// job and nothing more. Operators are real login roles connecting over TCP with
// a password; every forbidden statement is tried and must fail. The server runs
// for real as a member of companion_server.
#include "RunningProgram.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "db/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace companion;

namespace {
struct Attempt {
    const char *sql;
    bool allowed;
};
} // namespace

class TestDatabaseRoles : public QObject
{
    Q_OBJECT
private:
    static QString failing(const QSqlDatabase &db, const QList<Attempt> &attempts)
    {
        QStringList wrong;
        for (const Attempt &attempt : attempts) {
            QSqlQuery q(db);
            const bool ok = q.exec(QString::fromUtf8(attempt.sql));
            if (ok != attempt.allowed)
                wrong << QStringLiteral("%1 %2 (%3)").arg(ok ? QStringLiteral("ALLOWED:") : QStringLiteral("REFUSED:"),
                                                          QString::fromUtf8(attempt.sql), q.lastError().text());
        }
        return wrong.join(u'\n');
    }

private Q_SLOTS:
    void auditLogIsAppendOnly()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, source, action, reason) VALUES (1, 'ann', 'admin-app', 'grant.create', 'goodwill')")),
                 qPrintable(q.lastError().text()));
        for (const char *sql : {"UPDATE audit_log SET reason = 'covered up'", "DELETE FROM audit_log"}) {
            QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
            QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
        }
        if (testDb.config().dialect == db::Dialect::PostgreSQL) {
            QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_log")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
        }
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE reason = 'goodwill'")), 1);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, source, action) VALUES (2, 'bob', 'cli', 'user.add')")));
    }

    void eachRoleMayDoItsJobAndNothingMore()
    {
        if (test::TestDatabase::dialectUnderTest() != db::Dialect::PostgreSQL)
            QSKIP("roles and grants: PostgreSQL only");
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase owner = testDb.openMigrated(&error);
        QVERIFY2(owner.isOpen(), qPrintable(error));
        QCOMPARE(test::countRows(owner, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname IN "
                                                       "('companion_server', 'companion_support', 'companion_finance', 'companion_admin') AND NOT rolcanlogin")),
                 4);
        QSqlQuery seed(owner);
        QVERIFY(seed.exec(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('usr_r', 'r@example.com', 'R', 1, 1)")));
        QVERIFY(seed.exec(QStringLiteral("INSERT INTO audit_log (at, actor, source, action) VALUES (1, 'ann', 'cli', 'user.add')")));

        const QList<Attempt> nobody{
            {"DELETE FROM audit_log", false},
            {"UPDATE audit_log SET actor = 'x'", false},
            {"TRUNCATE audit_log", false},
            {"CREATE TABLE mine (x int)", false},
            {"DROP TABLE users", false},
            {"ALTER TABLE users ADD COLUMN x int", false},
            {"DELETE FROM schema_migrations", false},
            {"ALTER TABLE users OWNER TO CURRENT_USER", false},
            {"CREATE FUNCTION mine() RETURNS int AS 'SELECT 1' LANGUAGE sql", false},
        };
        const QMap<QString, QList<Attempt>> jobs{
            {QStringLiteral("companion_support"),
             {{"SELECT COUNT(*) FROM users", true},
              // The users search (008): folding, the trigram indexes, and a learner
              // added by the desk keeps them up to date.
              {"SELECT COUNT(*) FROM users WHERE companion_fold(name) LIKE companion_fold('%JOSÉ%') OR companion_fold(email) LIKE '%example%'", true},
              {"INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('usr_s', 's@example.com', 'José Núñez', 1, 1)", true},
              {"SELECT COUNT(*) FROM webhook_events", true},
              {"INSERT INTO entitlement_grants (user_id, granted_by, reason, starts_at, created_at) VALUES ('usr_r', 'sue', 'outage', 1, 1)", true},
              {"UPDATE entitlement_grants SET revoked_at = 2, revoked_by = 'sue', revoke_reason = 'done'", true},
              {"UPDATE users SET tier = 'premium', is_premium = true WHERE id = 'usr_r'", true},
              {"INSERT INTO audit_log (at, actor, source, action) VALUES (3, 'sue', 'admin-app', 'grant.create')", true},
              {"DELETE FROM users WHERE id = 'usr_r'", false},
              {"DELETE FROM entitlement_grants", false},
              {"INSERT INTO revenue_closes (period_start, mode, currency, closed_at, closed_by, figures, content_hash) VALUES (1, 'companion', 'usd', 1, 'sue', '{}', 'x')", false},
              {"INSERT INTO admin_tokens (label, token_hash, token_hint, created_at, created_by) VALUES ('x', 'h1', 'cat_…', 1, 'sue')", false}}},
            {QStringLiteral("companion_finance"),
             {{"SELECT COUNT(*) FROM invoices", true},
              {"SELECT COUNT(*) FROM mrr_segments", true},
              {"INSERT INTO revenue_closes (period_start, mode, currency, closed_at, closed_by, figures, content_hash) VALUES (2, 'companion', 'usd', 1, 'fin', '{}', 'x')", true},
              {"INSERT INTO audit_log (at, actor, source, action) VALUES (4, 'fin', 'admin-app', 'revenue.close')", true},
              {"UPDATE revenue_closes SET figures = '{\"mrr\": 1}'", false},
              {"UPDATE users SET is_premium = true", false},
              {"INSERT INTO entitlement_grants (user_id, granted_by, reason, starts_at, created_at) VALUES ('usr_r', 'fin', 'x', 1, 1)", false},
              {"UPDATE invoices SET amount_paid = 0", false}}},
            {QStringLiteral("companion_server"),
             {{"INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('usr_t', 'Zoë@example.com', 'Zoë Ångström', 1, 1)", true},
              {"UPDATE users SET name = 'Renée' WHERE id = 'usr_t'", true},
              {"INSERT INTO webhook_events (event_id, type, received_at, last_received_at, outcome, payload) VALUES ('evt_r', 't', 1, 1, 'applied', '{}')", true},
              {"UPDATE users SET tier = 'free', is_premium = false WHERE id = 'usr_r'", true},
              {"INSERT INTO audit_log (at, actor, source, action) VALUES (5, 'server', 'server', 'subscription.cancel')", true},
              {"SELECT COUNT(*) FROM revenue_closes", true},
              {"DELETE FROM webhook_events WHERE event_id = 'evt_r'", false},
              {"DELETE FROM users WHERE id = 'usr_r'", false},
              {"INSERT INTO revenue_closes (period_start, mode, currency, closed_at, closed_by, figures, content_hash) VALUES (3, 'companion', 'usd', 1, 'srv', '{}', 'x')", false}}},
            {QStringLiteral("companion_admin"),
             {{"SELECT COUNT(*) FROM users", true},
              {"INSERT INTO admin_tokens (label, token_hash, token_hint, created_at, created_by) VALUES ('desk', 'h2', 'cat_…', 1, 'adm')", true},
              {"UPDATE admin_tokens SET revoked_at = 2", true},
              {"INSERT INTO revenue_closes (period_start, mode, currency, closed_at, closed_by, figures, content_hash) VALUES (4, 'companion', 'usd', 1, 'adm', '{}', 'x')", true},
              {"DELETE FROM admin_tokens", false}}},
        };
        for (auto it = jobs.constBegin(); it != jobs.constEnd(); ++it) {
            const auto config = testDb.loginRoleIn(it.key(), &error);
            QVERIFY2(config, qPrintable(error));
            const db::Connection connection = db::Database::connection(*config);
            QVERIFY2(connection.ok(), qPrintable(connection.error));
            const QString wrong = failing(connection.db, it.value() + nobody);
            QVERIFY2(wrong.isEmpty(), qPrintable(it.key() + QStringLiteral(":\n") + wrong));
            QSqlDatabase(connection.db).close();
        }
        QCOMPARE(test::countRows(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 4); // appended, never changed
    }

    // The grants are what the server really needs: it serves, applies a webhook and
    // answers a learner as a member of companion_server (migrated by the owner).
    void serverRunsAsCompanionServer()
    {
        if (test::TestDatabase::dialectUnderTest() != db::Dialect::PostgreSQL)
            QSKIP("roles: PostgreSQL only");
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase owner = testDb.openMigrated(&error);
        QVERIFY2(owner.isOpen(), qPrintable(error));
        const auto config = testDb.loginRoleIn(QStringLiteral("companion_server"), &error);
        QVERIFY2(config, qPrintable(error));
        const QString url = QStringLiteral("postgresql://%1:%2@localhost/%3").arg(config->user, config->password, config->databaseName);
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), url}, test::serverEnvironment(), &error), qPrintable(error));
        QCOMPARE(test::httpRequest("GET", server.baseUrl().resolved(QUrl(QStringLiteral("/readyz")))).status, 200);
        QSqlQuery seed(owner);
        QVERIFY(seed.exec(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('usr_s', 's@example.com', 'S', 1, 1)")));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto reply = test::deliverSignedWebhook(server.baseUrl(),
                                                      test::subscriptionEvent(QStringLiteral("evt_role"), QStringLiteral("usr_s"), QStringLiteral("active"), now),
                                                      test::kServerWebhookSecret);
        QCOMPARE(reply.status, 200);
        QCOMPARE(test::countRows(owner, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 'usr_s' AND is_premium")), 1);
        QVERIFY2(!server.output().contains(config->password.toUtf8()), "the password is never logged");
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRoles)
#include "tst_database_roles.moc"
