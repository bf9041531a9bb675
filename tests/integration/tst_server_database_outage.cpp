// companion-server while its PostgreSQL restarts (a failover, an upgrade): webhook
// deliveries get 503 so Stripe retries them, learners get 503 "try again", /readyz
// says not ready, /healthz stays alive; once the database is back, the retried
// delivery is applied exactly once and everything answers again, without
// restarting the server. Stops the shared test cluster, so CTest runs it alone.
#include "HttpLoadGenerator.h"
#include "LearnerApi.h"
#include "RunningProgram.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "WebhookTraffic.h"
#include "billing/WebhookSignature.h"
#include "db/UserDirectory.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <numeric>
#include <random>

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

    // Faults under load: 20,000 genuine events on 16 connections while PostgreSQL is
    // restarted twice (fast: connections cut). Deliveries during the outages get 503;
    // retried as Stripe does (signed again) until all are answered 200, every event
    // is stored once, none is applied twice, every learner ends in their newest
    // event's state, and the server never needed a restart.
    void webhookLoadSurvivesDatabaseRestarts()
    {
        constexpr int kUsers = 1000, kPerUser = 20, kRestarts = 2;
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        {
            const QSqlDatabase db = testDb.openMigrated(&error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QVERIFY2(test::WebhookTraffic::seedUsers(db, testDb.config().dialect, kUsers, &error), qPrintable(error));
        }
        testDb.closeConnections();
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));
        QRandomGenerator rng(1130);
        const QList<test::GenuineEvent> events = test::WebhookTraffic::subscriptionHistories(
            kUsers, kPerUser, QDateTime::currentSecsSinceEpoch() - 3600, QByteArrayLiteral("evt_load_"), rng);
        QList<int> pending(events.size());
        std::iota(pending.begin(), pending.end(), 0);
        std::shuffle(pending.begin(), pending.end(), std::mt19937(7));

        int restartsDone = 0;
        QStringList restartErrors;
        std::vector<std::unique_ptr<QProcess>> restarts;
        const auto restart = [&] {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::MergedChannels);
            QObject::connect(process.get(), &QProcess::finished, this, [&, p = process.get()](int code) {
                if (code == 0)
                    ++restartsDone;
                else
                    restartErrors << QString::fromUtf8(p->readAll());
            });
            process->start(QStringLiteral("pg_ctlcluster"), {qEnvironmentVariable("PGVERSION"), QStringLiteral("regress"),
                                                            QStringLiteral("restart"), QStringLiteral("-m"), QStringLiteral("fast")});
            restarts.push_back(std::move(process));
        };

        QHash<QByteArray, int> okDeliveries, notDuplicate;
        qint64 sent = 0, refused = 0, otherFailures = 0;
        int rounds = 0;
        while (!pending.isEmpty() && rounds < 8) {
            if (rounds > 0) // Stripe retries later; the server must be ready again by itself
                QTRY_COMPARE_WITH_TIMEOUT(test::httpRequest("GET", server.baseUrl().resolved(QUrl(QStringLiteral("/readyz")))).status, 200, 30000);
            ++rounds;
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QList<bench::LoadRequest> pool;
            for (int i : std::as_const(pending)) {
                const test::GenuineEvent &e = events.at(i);
                pool.append({test::WebhookTraffic::request(billing::WebhookVerifier::signatureHeader(test::kServerWebhookSecret, now, e.body), e.body), e.id});
            }
            bench::HttpLoadGenerator load(QHostAddress::LocalHost, quint16(server.baseUrl().port()), &pool, 16);
            load.setRequestTimeoutMs(60000);
            if (rounds == 1) {
                for (int r = 0; r < kRestarts; ++r)
                    QTimer::singleShot(1000 + r * 5000, this, restart);
            }
            QVERIFY(load.run(0, 600000).poolExhausted);
            if (rounds == 1) // both restarts over before the retries start
                QTRY_COMPARE_WITH_TIMEOUT(restartsDone + int(restartErrors.size()), kRestarts, 120000);
            QList<int> next;
            for (qsizetype i = 0; i < pool.size(); ++i) {
                const bench::LoadAnswer &answer = load.answers().at(size_t(i));
                const QByteArray &id = events.at(pending.at(i)).id;
                ++sent;
                if (answer.status == 200) {
                    ++okDeliveries[id];
                    if (answer.outcome != "duplicate")
                        ++notDuplicate[id];
                } else {
                    ++(answer.status == 503 ? refused : otherFailures);
                    next << pending.at(i);
                }
            }
            pending = next;
        }
        QVERIFY2(restartErrors.isEmpty(), qPrintable(restartErrors.join(u'\n')));

        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        const test::WebhookTraffic::Check stored = test::WebhookTraffic::check(db, events, okDeliveries, QStringLiteral("evt_load_%"));
        qint64 appliedTwice = 0;
        for (const test::GenuineEvent &e : events)
            appliedTwice += notDuplicate.value(e.id) > 1 ? 1 : 0;
        std::printf("faults under load: %lld deliveries of %lld events in %d rounds; PostgreSQL restarted %d times under load; "
                    "%lld answered 503 (retried), %lld other failures; lost %lld, applied twice %lld, delivery counts off %lld, "
                    "wrong final states %d of %d\n",
                    static_cast<long long>(sent), static_cast<long long>(events.size()), rounds, restartsDone, static_cast<long long>(refused),
                    static_cast<long long>(otherFailures), static_cast<long long>(stored.lost), static_cast<long long>(appliedTwice),
                    static_cast<long long>(stored.deliveryCountsOff), stored.wrongFinalStates, stored.users);
        std::fflush(stdout);
        QVERIFY2(pending.isEmpty(), "some deliveries never got a 200");
        QCOMPARE(restartsDone, kRestarts);
        QVERIFY2(refused > 0, "no delivery met an outage: the restarts missed the load");
        QCOMPARE(otherFailures, 0);
        QCOMPARE(stored.lost, 0);
        QCOMPARE(appliedTwice, 0);
        QCOMPARE(stored.deliveryCountsOff, 0);
        QCOMPARE(stored.wrongFinalStates, 0);
        QCOMPARE(stored.users, kUsers);
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
