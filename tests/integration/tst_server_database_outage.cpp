// companion-server while its PostgreSQL restarts (a failover, an upgrade): webhook
// deliveries get 503 so Stripe retries them, learners get 503 "try again", /readyz
// says not ready, /healthz stays alive; once the database is back, the retried
// delivery is applied exactly once and everything answers again, without
// restarting the server. Stops the shared test cluster, so CTest runs it alone.
#include "LearnerApi.h"
#include "RunningProgram.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "db/UserDirectory.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace companion;

namespace {
// pg_ctlcluster on the pg_virtualenv cluster the test runs against.
bool cluster(const QString &action, QString *error)
{
    QStringList args{qEnvironmentVariable("PGVERSION"), QStringLiteral("regress"), action};
    if (action == QLatin1String("stop"))
        args << QStringLiteral("-m") << QStringLiteral("fast"); // like a crash or failover: connections are cut
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("pg_ctlcluster"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("pg_ctlcluster %1: %2").arg(action, QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}
} // namespace

class TestServerDatabaseOutage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        if (test::TestDatabase::dialectUnderTest() != db::Dialect::PostgreSQL)
            QSKIP("a database server to stop and restart: PostgreSQL only");
        if (qEnvironmentVariableIsEmpty("PGVERSION"))
            QSKIP("needs the pg_virtualenv cluster of scripts/test");
    }

    void restartOfTheDatabaseIsSurvived()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        {
            const QSqlDatabase db = testDb.openMigrated(&error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            db::UserRecord user;
            user.id = QStringLiteral("usr_ola");
            user.email = QStringLiteral("ola@example.com");
            QVERIFY(db::UserDirectory(db, testDb.config().dialect).insert(user));
        }
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));
        const QUrl url = server.baseUrl();
        test::LearnerApi ola(url, QStringLiteral("usr_ola"), QStringLiteral("ola@example.com"));
        const QString status = QStringLiteral("/api/v1/payments/subscription-status");
        QCOMPARE(ola.get(status).status, 200); // every worker has its connection now
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(test::deliverSignedWebhook(url, test::subscriptionEvent(QStringLiteral("evt_before"), QStringLiteral("usr_ola"),
                                                                        QStringLiteral("active"), now - 100), test::kServerWebhookSecret).status, 200);

        testDb.closeConnections();
        QVERIFY2(cluster(QStringLiteral("stop"), &error), qPrintable(error));
        const QByteArray during = test::subscriptionEvent(QStringLiteral("evt_during"), QStringLiteral("usr_ola"), QStringLiteral("past_due"), now - 50);
        const auto refused = test::deliverSignedWebhook(url, during, test::kServerWebhookSecret);
        const bool started = cluster(QStringLiteral("start"), &error); // whatever happens next, bring it back
        QCOMPARE(refused.status, 503);
        QVERIFY2(started, qPrintable(error));
        QCOMPARE(test::LearnerApi::errorCode(refused), QStringLiteral("storage_unavailable"));

        // Back: the next attempts reconnect by themselves.
        QTRY_COMPARE_WITH_TIMEOUT(test::httpRequest("GET", url.resolved(QUrl(QStringLiteral("/readyz")))).status, 200, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(ola.get(status).status, 200, 20000);
        const auto retried = test::deliverSignedWebhook(url, during, test::kServerWebhookSecret);
        QCOMPARE(retried.status, 200);
        QCOMPARE(test::LearnerApi::json(retried).value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
        QCOMPARE(test::LearnerApi::json(ola.get(status)).value(QStringLiteral("payment_at_risk")).toBool(), true);
        const QSqlDatabase db = testDb.openMigrated(&error);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(delivery_count) FROM webhook_events WHERE event_id = 'evt_during'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // stored once, on the retry
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void whileTheDatabaseIsDownEveryoneHearsWhy()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));
        const QUrl url = server.baseUrl();
        test::LearnerApi pia(url, QStringLiteral("usr_pia"), QStringLiteral("pia@example.com"));
        QCOMPARE(pia.get(QStringLiteral("/api/v1/chapters")).status, 200);

        testDb.closeConnections();
        QVERIFY2(cluster(QStringLiteral("stop"), &error), qPrintable(error));
        const auto chapters = pia.get(QStringLiteral("/api/v1/chapters"));
        const auto ready = test::httpRequest("GET", url.resolved(QUrl(QStringLiteral("/readyz"))));
        const auto health = test::httpRequest("GET", url.resolved(QUrl(QStringLiteral("/healthz"))));
        const bool started = cluster(QStringLiteral("start"), &error);
        QVERIFY2(started, qPrintable(error));
        QCOMPARE(chapters.status, 503);
        QCOMPARE(test::LearnerApi::errorCode(chapters), QStringLiteral("database_unavailable"));
        QVERIFY(!chapters.header("Retry-After").isEmpty());
        QVERIFY2(!chapters.body.contains("connection") && !chapters.body.contains("5432"), chapters.body.constData()); // no internals
        QCOMPARE(ready.status, 503);
        QCOMPARE(health.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(pia.get(QStringLiteral("/api/v1/chapters")).status, 200, 20000);
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerDatabaseOutage)
#include "tst_server_database_outage.moc"
