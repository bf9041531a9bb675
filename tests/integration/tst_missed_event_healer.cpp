// Missed events heal by themselves: Stripe's endpoint forwards none of the events
// that unlock Premium (as when it lacks them, or was disabled for a while), and the
// server's scheduled recovery lists Stripe's events, applies the missing ones from
// Stripe's current objects and says so in its metrics and journal. With PostgreSQL,
// two instances run the recovery on the same database, and the advisory lock makes
// exactly one of them recover each event.
#include "BillingStack.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"

#include <QRegularExpression>
#include <QtTest>

using namespace companion;

namespace {
const QByteArray kSecret = "whsec_test_missed_event_healer_0123456789";
const QByteArray kMetricsToken = "metrics-token-for-the-healer-test-0123";

double sample(const QUrl &server, const QString &series)
{
    return test::metricSample(test::scrapeMetrics(server, kMetricsToken).body, series);
}
} // namespace

class TestMissedEventHealer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missedEventsHealThemselvesOncePerEvent()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        const QStringList learners{QStringLiteral("usr_heal_a"), QStringLiteral("usr_heal_b"), QStringLiteral("usr_heal_c")};
        for (const QString &learner : learners)
            QVERIFY2(test::TestDatabase::addLearner(db, learner, &error), qPrintable(error));

        // The endpoint at Stripe forwards customer.created alone: nothing that unlocks Premium.
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(kSecret), &error,
                             {{QStringLiteral("METRICS_TOKEN"), QString::fromLatin1(kMetricsToken)},
                              {QStringLiteral("MISSED_EVENT_RECOVERY_SECONDS"), QStringLiteral("1")},
                              {QStringLiteral("MISSED_EVENT_GRACE_SECONDS"), QStringLiteral("0")},
                              {QStringLiteral("RENEWAL_CHECK_SECONDS"), QStringLiteral("0")},
                              {QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("companion.stripe.info=true")}},
                             {QStringLiteral("--forward-events"), QStringLiteral("customer.created")}),
                 qPrintable(error));
        // A second instance on the same database (PostgreSQL: several behind a load balancer).
        const bool twoInstances = testDb.config().dialect == db::Dialect::PostgreSQL;
        test::RunningProgram second(QStringLiteral(COMPANION_SERVER_BIN));
        if (twoInstances)
            QVERIFY2(stack.startAnotherServer(second, testDb.url(), &error), qPrintable(error));

        for (const QString &learner : learners) {
            const auto session = stack.sandbox().subscribe(stack.premiumPrice(), learner + QStringLiteral("@example.com"), QStringLiteral("4242424242424242"),
                                                           {{QStringLiteral("client_reference_id"), learner},
                                                            {QStringLiteral("subscription_data[metadata][user_id]"), learner}});
            QCOMPARE(session.status, 200);
        }
        // Nobody delivered a thing that unlocks Premium, and yet:
        for (const QString &learner : learners)
            QTRY_VERIFY2_WITH_TIMEOUT(test::isPremium(db, learner), qPrintable(learner), 30000);

        // Every missed event the server acts on was recovered once, by the server, and audited.
        const QString recovered = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'webhook.recover'");
        QTRY_VERIFY_WITH_TIMEOUT(test::scalar(db, recovered).toInt() >= 3 * 2, 10000); // checkout.session.completed and more, for each
        QTest::qWait(3000); // a few more runs of each instance: none recovers anything again
        const int events = test::scalar(db, recovered).toInt();
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(DISTINCT target_id) FROM audit_log WHERE action = 'webhook.recover'")).toInt(), events);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'webhook.recover' AND source = 'server'")).toInt(), events);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE outcome = 'failed'")).toInt(), 0);

        // The instances' counters add up to the events recovered, none left pending.
        const QList<QUrl> instances = twoInstances ? QList<QUrl>{stack.server().baseUrl(), second.baseUrl()} : QList<QUrl>{stack.server().baseUrl()};
        double found = 0, applied = 0, runs = 0, skipped = 0, lastSuccess = 0;
        for (const QUrl &instance : instances) {
            found += sample(instance, QStringLiteral("companion_missed_events_found_total"));
            applied += sample(instance, QStringLiteral("companion_missed_events_recovered_total"));
            runs += sample(instance, QStringLiteral("companion_missed_event_recovery_runs_total{result=\"ok\"}"));
            skipped += sample(instance, QStringLiteral("companion_missed_event_recovery_runs_total{result=\"skipped\"}"));
            QCOMPARE(sample(instance, QStringLiteral("companion_missed_events_pending")), 0.0);
            QCOMPARE(sample(instance, QStringLiteral("companion_missed_event_recovery_runs_total{result=\"failed\"}")), 0.0);
            lastSuccess = qMax(lastSuccess, sample(instance, QStringLiteral("companion_missed_event_recovery_last_success_timestamp_seconds")));
        }
        QVERIFY(lastSuccess > QDateTime::currentSecsSinceEpoch() - 60);
        QCOMPARE(applied, double(events));
        QCOMPARE(found, double(events));
        QVERIFY(runs >= 2);
        qInfo("%d events recovered in %d runs; %d runs skipped while another instance held the lock", events, int(runs), int(skipped));

        // The journal names each event it recovered.
        QString log;
        if (twoInstances) {
            QVERIFY2(second.terminate(&error), qPrintable(error));
            log += QString::fromUtf8(second.output());
        }
        QVERIFY2(stack.stop(&error), qPrintable(error));
        log += QString::fromUtf8(stack.server().output());
        const auto lines = QRegularExpression(QStringLiteral("missed event (evt_\\w+) \\(([a-z_.]+)\\) recovered")).globalMatch(log);
        QSet<QString> named;
        for (auto it = lines; it.hasNext();)
            named.insert(it.next().captured(1));
        QVERIFY2(named.size() == events, qPrintable(log.right(3000)));
        QVERIFY(log.contains(QStringLiteral("never received; applying it from Stripe's current objects")));
    }

    // Stripe unreachable: the run is counted as failed with a warning saying what
    // happens next, and the next run after Stripe is back succeeds.
    void stripeDownIsCountedThenHealed()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(kSecret), &error,
                             {{QStringLiteral("METRICS_TOKEN"), QString::fromLatin1(kMetricsToken)},
                              {QStringLiteral("MISSED_EVENT_RECOVERY_SECONDS"), QStringLiteral("1")},
                              {QStringLiteral("RENEWAL_CHECK_SECONDS"), QStringLiteral("0")}}),
                 qPrintable(error));
        QVERIFY2(stack.stopSandbox(&error), qPrintable(error));
        const QUrl server = stack.server().baseUrl();
        const QString failed = QStringLiteral("companion_missed_event_recovery_runs_total{result=\"failed\"}");
        QTRY_VERIFY_WITH_TIMEOUT(sample(server, failed) >= 1, 20000);
        const double okBefore = sample(server, QStringLiteral("companion_missed_event_recovery_runs_total{result=\"ok\"}"));
        QVERIFY2(stack.restartSandbox(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(sample(server, QStringLiteral("companion_missed_event_recovery_runs_total{result=\"ok\"}")) > okBefore, 20000);
        QVERIFY2(stack.stop(&error), qPrintable(error));
        const QString log = QString::fromUtf8(stack.server().output());
        QVERIFY2(log.contains(QStringLiteral("the scheduled missed-event recovery could not run: Stripe could not be reached.")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("It tries again in 1 s; sync-stripe --events does the same by hand.")));
    }

    void aScheduleThatIsNotANumberIsRefused()
    {
        COMPANION_TEST_DATABASE(testDb);
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QString error;
        QVERIFY(!server.start({QStringLiteral("--database"), testDb.url()},
                              test::serverEnvironment({{QStringLiteral("MISSED_EVENT_RECOVERY_SECONDS"), QStringLiteral("15m")}}), &error));
        QVERIFY2(error.contains(QStringLiteral("MISSED_EVENT_RECOVERY_SECONDS must be a whole number")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMissedEventHealer)
#include "tst_missed_event_healer.moc"
