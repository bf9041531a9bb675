// Past one machine: three companion-server instances behind a real HAProxy running the
// shipped configuration (packaging/haproxy), on a PostgreSQL primary with a streaming
// replica made with pg_basebackup, as docs/deployment.md sets them up. Stripe's traffic
// (genuine events, redeliveries, out of order, forged signatures) goes through HAProxy
// while one instance is killed and started again, and the primary is lost and the
// replica promoted. Afterwards: every genuine event stored once and applied once, each
// learner in the newest state Stripe sent, nothing forged stored, every request
// answered (503s retried, as Stripe does), and the admin API's reads, served by the
// replica, never older than the bound. Runs its own clusters; alone (CPU-heavy).
#include "FreePort.h"
#include "HaproxyProcess.h"
#include "HttpLoadGenerator.h"
#include "PostgresReplicaSet.h"
#include "RunningProgram.h"
#include "ServerEnvironment.h"
#include "StripeEventFactory.h"
#include "StripeEvents.h"
#include "WebhookTraffic.h"
#include "billing/WebhookSignature.h"
#include "db/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>
#include <numeric>
#include <random>

using namespace companion;

namespace {
constexpr int kInstances = 3;
constexpr int kMaxLagMs = 2000;
constexpr char kForgedPrefix[] = "evt_forged_";

// The webhook events of the log, read through HAProxy with an admin token.
test::HttpReply adminGet(const QUrl &base, const QString &token, const QString &path)
{
    return test::httpRequest("GET", base.resolved(QUrl(path)), {{QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()}});
}
} // namespace

class TestFailover : public QObject
{
    Q_OBJECT

    test::PostgresReplicaSet m_pg;
    std::unique_ptr<test::RunningProgram> m_servers[kInstances];
    int m_ports[kInstances] = {};
    test::HaproxyProcess m_proxy;
    QString m_adminToken;

    QProcessEnvironment environment() const
    {
        return test::serverEnvironment({{QStringLiteral("DATABASE_READ_URL"), m_pg.url(test::PostgresReplicaSet::Replica)},
                                        {QStringLiteral("DATABASE_READ_MAX_LAG_MS"), QString::number(kMaxLagMs)},
                                        {QStringLiteral("TRUSTED_PROXIES"), QStringLiteral("127.0.0.1")}});
    }

    bool startInstance(int i, QString *error)
    {
        m_servers[i] = std::make_unique<test::RunningProgram>(QStringLiteral(COMPANION_SERVER_BIN));
        return m_servers[i]->start({QStringLiteral("--database"), m_pg.failoverUrl(), QStringLiteral("--port"), QString::number(m_ports[i])},
                                   environment(), error);
    }

    void waitUntilAllUp()
    {
        for (int i = 0; i < kInstances; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(m_proxy.serverStatus(QStringLiteral("instance%1").arg(i + 1)) == QLatin1String("UP"), 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("COMPANION_TEST_DB") != QLatin1String("postgresql"))
            QSKIP("a PostgreSQL primary and replica of its own: the PostgreSQL pass only");
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        // Schema and learners on the primary; the replica follows. usr_bench200 is the
        // bound test's, the others the traffic's.
        QCOMPARE(test::serverCommand(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("migrate")}, m_pg.failoverUrl()).isEmpty(), false);
        {
            const auto config = db::DatabaseConfig::fromUrl(m_pg.url(test::PostgresReplicaSet::Primary), &error);
            QVERIFY2(config, qPrintable(error));
            db::Connection c = db::Database::open(*config, QStringLiteral("seed"));
            QVERIFY2(c.ok(), qPrintable(c.error));
            QVERIFY2(test::WebhookTraffic::seedUsers(c.db, db::Dialect::PostgreSQL, 201, &error), qPrintable(error));
            c.db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
        m_adminToken = test::createAdminToken(QStringLiteral(COMPANION_SERVER_BIN), m_pg.failoverUrl(), QStringLiteral("failover test"));
        QVERIFY(m_adminToken.startsWith(QStringLiteral("cat_")));
        QList<QUrl> instances;
        for (int i = 0; i < kInstances; ++i) {
            m_ports[i] = test::freeLocalPort();
            instances << QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_ports[i]));
        }
        // HAProxy first: with no instance ready it answers for them, as during a
        // failover — 503, Retry-After, the server's error shape.
        QVERIFY2(m_proxy.start(QStringLiteral(COMPANION_HAPROXY_CONFIG), instances, &error), qPrintable(error));
        const test::HttpReply none = test::httpRequest("GET", m_proxy.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/payments/subscription-status"))));
        QCOMPARE(none.status, 503);
        QCOMPARE(none.header("Retry-After"), QByteArrayLiteral("5"));
        QCOMPARE(QJsonDocument::fromJson(none.body).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("service_unavailable"));
        for (int i = 0; i < kInstances; ++i)
            QVERIFY2(startInstance(i, &error), qPrintable(error));
        waitUntilAllUp();
    }

    // The bound on the replica's lag, with the replica made to lag for real: its replay
    // paused while WAL keeps arriving. Past the bound the desk's reads go to the primary
    // (and say why); within it, to the replica (and say how far behind it is).
    void readsFromTheReplicaRespectTheBound()
    {
        QString error, output;
        const QUrl proxy = m_proxy.baseUrl();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray first = test::subscriptionEvent(QStringLiteral("evt_lag_first"), QStringLiteral("usr_bench200"), QStringLiteral("active"), now - 60);
        QCOMPARE(test::deliverSignedWebhook(proxy, first, test::kServerWebhookSecret).status, 200);
        test::HttpReply read;
        QTRY_VERIFY_WITH_TIMEOUT((read = adminGet(proxy, m_adminToken, QStringLiteral("/api/v1/admin/webhook-events/evt_lag_first"))).status == 200
                                     && read.header("Companion-Read-Source") == "replica",
                                 10000);
        QVERIFY(read.header("Companion-Replica-Lag").toDouble() * 1000 <= kMaxLagMs);

        QVERIFY2(m_pg.pauseReplay(&error), qPrintable(error));
        const QByteArray second = test::subscriptionEvent(QStringLiteral("evt_lag_second"), QStringLiteral("usr_bench200"), QStringLiteral("past_due"), now - 30);
        QCOMPARE(test::deliverSignedWebhook(proxy, second, test::kServerWebhookSecret).status, 200);
        QTest::qWait(kMaxLagMs + 500);
        // The replica really is behind: it has not got the event…
        QVERIFY2(m_pg.sql(test::PostgresReplicaSet::Replica, QStringLiteral("SELECT count(*) FROM webhook_events WHERE event_id = 'evt_lag_second'"),
                          &output, &error),
                 qPrintable(error));
        QCOMPARE(output, QStringLiteral("0"));
        // …yet the desk sees it, read from the primary, told why.
        read = adminGet(proxy, m_adminToken, QStringLiteral("/api/v1/admin/webhook-events/evt_lag_second"));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.header("Companion-Read-Source"), QByteArrayLiteral("primary"));
        QCOMPARE(read.header("Companion-Replica-Skipped"), QByteArrayLiteral("lagging"));
        QVERIFY(read.header("Companion-Replica-Lag").toDouble() * 1000 > kMaxLagMs);
        const test::HttpReply health = adminGet(proxy, m_adminToken, QStringLiteral("/api/v1/admin/health"));
        QCOMPARE(health.status, 200);
        const QJsonObject replica = QJsonDocument::fromJson(health.body).object().value(QStringLiteral("read_replica")).toObject();
        QCOMPARE(replica.value(QStringLiteral("configured")).toBool(), true);
        QCOMPARE(replica.value(QStringLiteral("max_lag_seconds")).toDouble(), kMaxLagMs / 1000.0);

        QVERIFY2(m_pg.resumeReplay(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT((read = adminGet(proxy, m_adminToken, QStringLiteral("/api/v1/admin/webhook-events/evt_lag_second"))).status == 200
                                     && read.header("Companion-Read-Source") == "replica",
                                 10000);
    }

    void stripeTrafficSurvivesAnInstanceAndThePrimaryLost()
    {
        constexpr int kUsers = 200, kPerUser = 12;
        const QUrl proxy = m_proxy.baseUrl();
        QRandomGenerator rng(2512);
        const QList<test::GenuineEvent> events = test::WebhookTraffic::subscriptionHistories(
            kUsers, kPerUser, QDateTime::currentSecsSinceEpoch() - 3600, QByteArrayLiteral("evt_fo_"), rng);

        // The mix: every genuine event, a fifth of them again (Stripe redelivers), all in
        // random order, and forged deliveries (a signature made with another secret).
        struct Item {
            int event = -1; // index in events; -1: forged
            QByteArray body;
            QByteArray id;
        };
        QList<Item> items;
        for (int i = 0; i < events.size(); ++i) {
            items.append({i, events.at(i).body, events.at(i).id});
            if (rng.bounded(5) == 0)
                items.append({i, events.at(i).body, events.at(i).id});
        }
        for (int f = 0; f < events.size() / 10; ++f) {
            const QByteArray id = kForgedPrefix + QByteArray::number(f);
            items.append({-1, test::subscriptionEvent(QString::fromLatin1(id), QStringLiteral("usr_bench%1").arg(f % kUsers), QStringLiteral("active"),
                                                      QDateTime::currentSecsSinceEpoch()),
                          id});
        }
        std::shuffle(items.begin(), items.end(), std::mt19937(25));

        // The admin API's reads, from a thread of their own while the traffic runs: an
        // event answered 200 longer than the bound ago must be found.
        QMutex ackMutex;
        QList<QPair<qint64, QByteArray>> acks; // when answered 200, which event
        std::atomic<bool> stopReading{false};
        std::atomic<int> readsFound{0}, readsFromReplica{0}, readsUnavailable{0}, readsStale{0}, readsOther{0};
        QStringList staleReads;
        QThread *reader = QThread::create([&] {
            while (!stopReading.load()) {
                QThread::msleep(100);
                const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - kMaxLagMs - 200;
                QByteArray id;
                {
                    const QMutexLocker lock(&ackMutex);
                    for (auto it = acks.crbegin(); it != acks.crend(); ++it) {
                        if (it->first <= cutoff) {
                            id = it->second;
                            break;
                        }
                    }
                }
                if (id.isEmpty())
                    continue;
                const test::HttpReply read = adminGet(proxy, m_adminToken, QStringLiteral("/api/v1/admin/webhook-events/") + QString::fromLatin1(id));
                if (read.status == 200) {
                    ++readsFound;
                    if (read.header("Companion-Read-Source") == "replica")
                        ++readsFromReplica;
                } else if (read.status == 503) {
                    ++readsUnavailable;
                } else if (read.status == 404) {
                    ++readsStale;
                    const QMutexLocker lock(&ackMutex);
                    staleReads << QStringLiteral("%1 (%2, lag %3)").arg(QString::fromLatin1(id), QString::fromLatin1(read.header("Companion-Read-Source")),
                                                                    QString::fromLatin1(read.header("Companion-Replica-Lag")));
                } else {
                    ++readsOther;
                }
            }
        });
        reader->start();

        // What goes wrong meanwhile, at set points of the first round's answers:
        // instance 2 killed (SIGKILL: no draining) and started again on its port; then
        // the primary lost and, a moment later, the replica promoted.
        QString chaosError;
        bool killed = false, restarted = false, primaryLost = false, promoted = false;
        qint64 answeredInRound1 = 0;
        qint64 instanceBackMs = -1, proxyBackMs = -1; // after the promotion: /readyz of an instance, then through HAProxy
        const QUrl instanceReady = QUrl(QStringLiteral("http://127.0.0.1:%1/readyz").arg(m_ports[0]));
        QThread *failover = QThread::create([&] {
            QString error;
            primaryLost = m_pg.stopPrimary(&error);
            QThread::msleep(2000); // the time an operator (or a tool) takes to decide
            promoted = primaryLost && m_pg.promoteReplica(&error);
            if (!error.isEmpty())
                chaosError += error;
            QElapsedTimer since;
            since.start();
            while (promoted && since.elapsed() < 60000 && (instanceBackMs < 0 || proxyBackMs < 0)) {
                if (instanceBackMs < 0 && test::httpRequest("GET", instanceReady).status == 200)
                    instanceBackMs = since.elapsed();
                if (proxyBackMs < 0 && test::httpRequest("GET", proxy.resolved(QUrl(QStringLiteral("/readyz")))).status == 200)
                    proxyBackMs = since.elapsed();
                QThread::msleep(20);
            }
        });
        const auto chaos = [&] {
            ++answeredInRound1;
            if (answeredInRound1 == items.size() / 8)
                killed = ::kill(pid_t(m_servers[1]->pid()), SIGKILL) == 0;
            else if (answeredInRound1 == items.size() / 4)
                restarted = startInstance(1, &chaosError);
            else if (answeredInRound1 == items.size() * 2 / 5)
                failover->start();
        };

        QHash<QByteArray, int> okDeliveries, notDuplicate;
        QHash<int, int> statuses;
        qint64 sent = 0, unanswered = 0, forgedAccepted = 0, forgedRefused = 0, genuineRefusedOtherwise = 0;
        QList<int> pending(items.size());
        std::iota(pending.begin(), pending.end(), 0);
        int rounds = 0;
        while (!pending.isEmpty() && rounds < 10) {
            if (rounds > 0) // Stripe retries later
                QTest::qWait(1000);
            ++rounds;
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QList<bench::LoadRequest> pool;
            for (int k : std::as_const(pending)) {
                const Item &item = items.at(k);
                const QByteArray secret = item.event < 0 ? QByteArrayLiteral("whsec_not_the_servers_secret") : QByteArray(test::kServerWebhookSecret);
                pool.append({test::WebhookTraffic::request(billing::WebhookVerifier::signatureHeader(secret, now, item.body), item.body),
                             item.event < 0 ? QByteArray() : item.id});
            }
            bench::HttpLoadGenerator load(QHostAddress::LocalHost, quint16(proxy.port()), &pool, 12);
            load.setRequestTimeoutMs(60000);
            load.setAnswerHook([&](qsizetype index, const bench::LoadAnswer &answer) {
                if (rounds == 1)
                    chaos();
                if (answer.status == 200 && items.at(pending.at(index)).event >= 0) {
                    const QMutexLocker lock(&ackMutex);
                    acks.append({QDateTime::currentMSecsSinceEpoch(), items.at(pending.at(index)).id});
                }
            });
            QVERIFY(load.run(0, 600000).poolExhausted);
            QList<int> next;
            for (qsizetype i = 0; i < pool.size(); ++i) {
                const bench::LoadAnswer &answer = load.answers().at(size_t(i));
                const Item &item = items.at(pending.at(i));
                ++sent;
                ++statuses[answer.status];
                if (answer.status == 0)
                    ++unanswered;
                if (item.event < 0) {
                    if (answer.status == 200)
                        ++forgedAccepted;
                    else if (answer.status == 400)
                        ++forgedRefused;
                    else
                        next << pending.at(i); // not an answer about the signature yet
                } else if (answer.status == 200) {
                    ++okDeliveries[item.id];
                    if (answer.outcome != "duplicate")
                        ++notDuplicate[item.id];
                } else {
                    if (answer.status != 503)
                        ++genuineRefusedOtherwise;
                    next << pending.at(i);
                }
            }
            pending = next;
            if (rounds == 1) { // the failover is over before Stripe's retries
                QVERIFY(failover->wait(120000));
                waitUntilAllUp();
            }
        }
        stopReading.store(true);
        QVERIFY(reader->wait(30000));
        delete reader;
        delete failover;
        QVERIFY2(chaosError.isEmpty(), qPrintable(chaosError));

        QString error;
        const auto config = db::DatabaseConfig::fromUrl(m_pg.url(test::PostgresReplicaSet::Replica), &error); // the primary now
        QVERIFY2(config, qPrintable(error));
        db::Connection c = db::Database::open(*config, QStringLiteral("check"));
        QVERIFY2(c.ok(), qPrintable(c.error));
        const test::WebhookTraffic::Check stored = test::WebhookTraffic::check(c.db, events, okDeliveries, QStringLiteral("evt_fo_%"));
        qint64 appliedTwice = 0, storedDeliveriesShort = 0, storedForged = 0, storedRows = 0;
        for (const test::GenuineEvent &e : events)
            appliedTwice += notDuplicate.value(e.id) > 1 ? 1 : 0;
        {
            QSqlQuery q(c.db);
            QVERIFY(q.exec(QStringLiteral("SELECT event_id, delivery_count FROM webhook_events WHERE event_id LIKE 'evt_fo_%'")));
            while (q.next()) {
                ++storedRows;
                // A 200 whose delivery is not counted would be a commit the failover lost.
                if (q.value(1).toInt() < okDeliveries.value(q.value(0).toString().toLatin1()))
                    ++storedDeliveriesShort;
            }
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM webhook_events WHERE event_id LIKE 'evt_forged_%'")) && q.next());
            storedForged = q.value(0).toLongLong();
            // A learner not in the newest state Stripe sent: what each of their events became.
            QHash<int, const test::GenuineEvent *> newest;
            for (const test::GenuineEvent &e : events) {
                if (okDeliveries.contains(e.id) && (!newest.contains(e.user) || newest.value(e.user)->created < e.created))
                    newest.insert(e.user, &e);
            }
            for (auto it = newest.constBegin(); it != newest.constEnd(); ++it) {
                q.prepare(QStringLiteral("SELECT status, cancel_at_period_end FROM subscriptions WHERE id = ?"));
                q.addBindValue(bench::StripeEventFactory::subscriptionId(it.key()));
                if (!q.exec() || !q.next() || (q.value(0).toString() == it.value()->status && q.value(1).toBool() == it.value()->cancelAtPeriodEnd))
                    continue;
                QString story = QStringLiteral("learner %1 is %2/%3, newest event %4 says %5/%6:").arg(it.key()).arg(q.value(0).toString())
                                    .arg(q.value(1).toBool()).arg(QString::fromLatin1(it.value()->id), it.value()->status).arg(it.value()->cancelAtPeriodEnd);
                q.prepare(QStringLiteral("SELECT event_id, created, outcome, delivery_count, processed_at FROM webhook_events WHERE object_id = ? ORDER BY created"));
                q.addBindValue(bench::StripeEventFactory::subscriptionId(it.key()));
                q.exec();
                while (q.next())
                    story += QStringLiteral(" %1@%2 %3×%4 at %5;").arg(q.value(0).toString()).arg(q.value(1).toLongLong()).arg(q.value(2).toString())
                                 .arg(q.value(3).toInt()).arg(q.value(4).toLongLong());
                qWarning().noquote() << story;
            }
        }
        c.db.close();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        QStringList statusText;
        for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
            statusText << QStringLiteral("%1×%2").arg(it.key()).arg(it.value());
        std::printf("failover: %lld deliveries (%lld genuine events, %lld forged) in %d rounds through HAProxy to %d instances; "
                    "instance killed %d, restarted %d; primary lost %d, replica promoted %d, ready again after %lld ms (instance) / %lld ms (through HAProxy); "
                    "answers %s; HAProxy retries %lld; "
                    "stored %lld, lost %lld, applied twice %lld, commits missing %lld, wrong final states %d of %d, forged stored %lld; "
                    "admin reads: %d found (%d from the replica), %d unavailable, %d older than the bound, %d other\n",
                    static_cast<long long>(sent), static_cast<long long>(events.size()), static_cast<long long>(events.size() / 10), rounds, kInstances,
                    int(killed), int(restarted), int(primaryLost), int(promoted), static_cast<long long>(instanceBackMs),
                    static_cast<long long>(proxyBackMs), qPrintable(statusText.join(u' ')),
                    static_cast<long long>(m_proxy.retries()), static_cast<long long>(storedRows), static_cast<long long>(stored.lost),
                    static_cast<long long>(appliedTwice), static_cast<long long>(storedDeliveriesShort), stored.wrongFinalStates, stored.users,
                    static_cast<long long>(storedForged), readsFound.load(), readsFromReplica.load(), readsUnavailable.load(), readsStale.load(),
                    readsOther.load());
        std::fflush(stdout);

        QVERIFY(killed && restarted && primaryLost && promoted);
        QVERIFY(instanceBackMs >= 0 && proxyBackMs >= 0);
        QVERIFY2(pending.isEmpty(), "some deliveries never got their answer");
        QCOMPARE(unanswered, 0);
        QCOMPARE(genuineRefusedOtherwise, 0);
        QVERIFY2(statuses.value(503) > 0, "no delivery met the failover: it missed the traffic");
        QCOMPARE(forgedAccepted, 0);
        QCOMPARE(forgedRefused, qint64(events.size() / 10));
        QCOMPARE(storedForged, 0);
        QCOMPARE(storedRows, qint64(events.size()));
        QCOMPARE(stored.lost, 0);
        QCOMPARE(appliedTwice, 0);
        QCOMPARE(storedDeliveriesShort, 0);
        QCOMPARE(stored.wrongFinalStates, 0);
        QCOMPARE(stored.users, kUsers);
        QVERIFY2(readsStale.load() == 0, qPrintable(staleReads.join(QStringLiteral(", "))));
        QCOMPARE(readsOther.load(), 0);
        QVERIFY(readsFromReplica.load() > 0);
        for (int i = 0; i < kInstances; ++i) {
            QString stopError;
            QVERIFY2(m_servers[i]->terminate(&stopError), qPrintable(stopError));
        }
    }
};

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
