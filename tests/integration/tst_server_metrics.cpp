// GET /metrics over real HTTP, as Prometheus scrapes it: off without METRICS_TOKEN,
// 401 without the token, and with it the counters of what just happened: an event
// applied, a duplicate, a failed one (its learner unknown, with a warning line in
// the journal saying what to do), a refused signature, a renewal payment that
// failed (a warning line too), every request by route and status with its
// latency, how old events were when they arrived, and the schema version; the
// database's state (learners with Premium and at risk, failed events open, the newest
// delivery); every request to Stripe by endpoint and status, and the subscription
// refresher giving up loudly when Stripe refuses.
#include "BillingStack.h"
#include "LearnerApi.h"
#include "RunningProgram.h"
#include "ServerEnvironment.h"
#include "StripeEventFactory.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "billing/WebhookSignature.h"
#include "db/Migrator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace companion;
using bench::StripeEventFactory::Shape;

namespace {
const QByteArray kSecret = "whsec_test_server_metrics_0123456789";
const QByteArray kMetricsToken = "metrics-token-for-the-test-0123456789";

double sample(const QByteArray &scrape, const QString &series)
{
    return test::metricSample(scrape, series);
}
} // namespace

class TestServerMetrics : public QObject
{
    Q_OBJECT
private:
    static test::HttpReply scrape(const QUrl &base, const QByteArray &token) { return test::scrapeMetrics(base, token); }

    static QString outcomeOf(const test::HttpReply &reply)
    {
        return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("outcome")).toString();
    }

private Q_SLOTS:
    void offWithoutAToken()
    {
        COMPANION_TEST_DATABASE(testDb);
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QString error;
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));
        const auto reply = scrape(server.baseUrl(), "anything");
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.body.contains("metrics_disabled"));
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void countsWhatHappened()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        const QString learner = bench::StripeEventFactory::userId(1);
        QVERIFY2(test::TestDatabase::addLearner(db, learner, &error), qPrintable(error));
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        const QProcessEnvironment env = test::serverEnvironment(
            {{QStringLiteral("STRIPE_WEBHOOK_SECRET"), QString::fromLatin1(kSecret)},
             {QStringLiteral("METRICS_TOKEN"), QString::fromLatin1(kMetricsToken)},
             {QStringLiteral("METRICS_PROBE_SECONDS"), QStringLiteral("1")}});
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, env, &error), qPrintable(error));
        const QUrl base = server.baseUrl();

        QCOMPARE(scrape(base, {}).status, 401);
        const auto wrong = scrape(base, "metrics-token-for-the-test-0123456788");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.header("WWW-Authenticate"), QByteArray("Bearer realm=\"metrics\""));

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        namespace f = bench::StripeEventFactory;
        // Created 2 minutes ago, applied; the same again, a duplicate.
        const QByteArray created = f::event(QStringLiteral("evt_m1"), QStringLiteral("customer.subscription.created"), now - 120,
                                            f::subscription(1, QStringLiteral("active"), now - 120, QStringLiteral("in_m0")));
        QCOMPARE(outcomeOf(test::deliverSignedWebhook(base, created, kSecret)), QStringLiteral("applied"));
        QCOMPARE(outcomeOf(test::deliverSignedWebhook(base, created, kSecret)), QStringLiteral("duplicate"));
        // The renewal's payment declined.
        const QByteArray declined = f::event(QStringLiteral("evt_m2"), QStringLiteral("invoice.payment_failed"), now - 60,
                                             f::failedInvoice(1, QStringLiteral("in_m1"), now - 60));
        QCOMPARE(outcomeOf(test::deliverSignedWebhook(base, declined, kSecret)), QStringLiteral("applied"));
        // Someone the server does not know: stored as failed.
        const QByteArray stranger = test::subscriptionEvent(QStringLiteral("evt_m3"), QStringLiteral("usr_nobody"), QStringLiteral("active"), now);
        QCOMPARE(outcomeOf(test::deliverSignedWebhook(base, stranger, kSecret)), QStringLiteral("failed"));
        // Signed with another secret.
        QCOMPARE(test::deliverWebhook(base, created, billing::WebhookVerifier::signatureHeader("whsec_another_secret_000000000", now, created)).status, 400);

        const auto reply = scrape(base, kMetricsToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const QByteArray metrics = reply.body;
        const auto deliveries = [&metrics](const char *type, const char *outcome) {
            return sample(metrics, QStringLiteral("companion_webhook_deliveries_total{type=\"%1\",outcome=\"%2\"}")
                                       .arg(QLatin1String(type), QLatin1String(outcome)));
        };
        QCOMPARE(deliveries("customer.subscription.created", "applied"), 1.0);
        QCOMPARE(deliveries("customer.subscription.created", "duplicate"), 1.0);
        QCOMPARE(deliveries("customer.subscription.created", "failed"), 1.0);
        QCOMPARE(deliveries("invoice.payment_failed", "applied"), 1.0);
        QCOMPARE(deliveries("other", "unstored"), 0.0); // there before the first, for rate()
        QCOMPARE(sample(metrics, QStringLiteral("companion_webhook_signature_refusals_total{reason=\"signature_mismatch\"}")), 1.0);
        // Five deliveries answered: four 200s and the 400.
        QCOMPARE(sample(metrics, QStringLiteral("companion_http_requests_total{route=\"/api/v1/payments/webhook\",method=\"POST\",code=\"200\"}")), 4.0);
        QCOMPARE(sample(metrics, QStringLiteral("companion_http_requests_total{route=\"/api/v1/payments/webhook\",method=\"POST\",code=\"400\"}")), 1.0);
        QCOMPARE(sample(metrics, QStringLiteral("companion_http_requests_total{route=\"/metrics\",method=\"GET\",code=\"401\"}")), 2.0);
        QCOMPARE(sample(metrics, QStringLiteral("companion_http_request_duration_seconds_count{route=\"/api/v1/payments/webhook\",method=\"POST\"}")), 5.0);
        QVERIFY(sample(metrics, QStringLiteral("companion_http_request_duration_seconds_sum{route=\"/api/v1/payments/webhook\",method=\"POST\"}")) > 0);
        // Four events read: the first two 2 minutes old (in the ≤ 300 s bucket, not ≤ 60 s), the decline 1 minute, the stranger fresh.
        QCOMPARE(sample(metrics, QStringLiteral("companion_webhook_event_age_seconds_count")), 4.0);
        QCOMPARE(sample(metrics, QStringLiteral("companion_webhook_event_age_seconds_bucket{le=\"30\"}")), 1.0);
        QCOMPARE(sample(metrics, QStringLiteral("companion_webhook_event_age_seconds_bucket{le=\"300\"}")), 4.0);
        QCOMPARE(sample(metrics, QStringLiteral("companion_database_schema_version")),
                 double(db::MigrationSet::builtin(testDb.config().dialect).latestVersion()));
        QVERIFY(QRegularExpression(QStringLiteral("\ncompanion_build_info\\{version=\"[0-9.]+\",qt_version=\"6\\.[0-9.]+\"\\} 1\n"))
                    .match(QString::fromUtf8(metrics)).hasMatch());
        // Every family says what it is, and no secret is in it.
        QVERIFY(metrics.contains("# TYPE companion_webhook_deliveries_total counter\n"));
        QVERIFY(metrics.contains("# TYPE companion_http_request_duration_seconds histogram\n"));
        QVERIFY(!metrics.contains(kSecret) && !metrics.contains(kMetricsToken));
        // Each delivery went through an ingest lane's transaction.
        QVERIFY(sample(metrics, QStringLiteral("companion_webhook_ingest_batch_events_count")) >= 1);
        QCOMPARE(sample(metrics, QStringLiteral("companion_webhook_ingest_batch_events_sum")), 4.0);
        QVERIFY(sample(metrics, QStringLiteral("companion_webhook_ingest_commit_seconds_sum")) > 0);
        QCOMPARE(sample(metrics, QStringLiteral("companion_database_workers")), 2.0);
        QVERIFY(sample(metrics, QStringLiteral("companion_database_jobs_pending")) >= 0);
        QCOMPARE(sample(metrics, QStringLiteral("companion_database_job_failures_total")), 0.0);

        // Stripe says the renewal is past due: the learner keeps Premium, at risk.
        const QByteArray pastDue = f::event(QStringLiteral("evt_m4"), QStringLiteral("customer.subscription.updated"), now - 30,
                                            f::subscription(1, QStringLiteral("past_due"), now - 120, QStringLiteral("in_m1")));
        QCOMPARE(outcomeOf(test::deliverSignedWebhook(base, pastDue, kSecret)), QStringLiteral("applied"));
        // The database's state, read every METRICS_PROBE_SECONDS: the learner has Premium and a
        // failing renewal; the stranger's event is open; the newest delivery is this minute's.
        QTRY_COMPARE_WITH_TIMEOUT(sample(scrape(base, kMetricsToken).body, QStringLiteral("companion_learners_payment_at_risk")), 1.0, 10000);
        const QByteArray state = scrape(base, kMetricsToken).body;
        QCOMPARE(sample(state, QStringLiteral("companion_database_up")), 1.0);
        QCOMPARE(sample(state, QStringLiteral("companion_learners_premium")), 1.0);
        QCOMPARE(sample(state, QStringLiteral("companion_webhook_events_failed_open")), 1.0);
        QVERIFY(qAbs(sample(state, QStringLiteral("companion_webhook_last_received_timestamp_seconds")) - double(now)) < 60);

        // The journal says what to do about each failure, once.
        QVERIFY2(server.terminate(&error), qPrintable(error));
        const QString log = QString::fromUtf8(server.output());
        QCOMPARE(log.count(QStringLiteral("event evt_m3 (customer.subscription.created) was stored as failed")), 1);
        QVERIFY2(log.contains(QStringLiteral("then reprocess it from the desk's webhook log or POST /api/v1/admin/webhook-events/evt_m3/reprocess")),
                 qPrintable(log));
        QCOMPARE(log.count(QStringLiteral("event evt_m2: a renewal payment failed for learner %1").arg(learner)), 1);
        QVERIFY(log.contains(QStringLiteral("send them a card update link from the desk")));
        QVERIFY(!log.contains(QString::fromLatin1(kMetricsToken)));
    }

    void countsStripeAndGivesUpLoudly()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        const QString learner = bench::StripeEventFactory::userId(1);
        QVERIFY2(test::TestDatabase::addLearner(db, learner, &error), qPrintable(error));
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(kSecret), &error,
                             {{QStringLiteral("METRICS_TOKEN"), QString::fromLatin1(kMetricsToken)},
                              {QStringLiteral("MISSED_EVENT_RECOVERY_SECONDS"), QStringLiteral("0")}}),
                 qPrintable(error));
        const QUrl base = stack.server().baseUrl();
        test::LearnerApi api(base, learner, learner + QStringLiteral("@example.com"));
        QCOMPARE(api.post(QStringLiteral("/api/v1/payments/create-checkout-session"), {}).status, 200);

        // A paid invoice of a subscription Stripe does not know: the server asks, Stripe
        // answers 404, and the refresher stops asking at once, saying so.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        namespace f = bench::StripeEventFactory;
        const QByteArray paid = f::event(QStringLiteral("evt_s1"), QStringLiteral("invoice.paid"), now, f::paidInvoice(1, QStringLiteral("in_s1"), now));
        QCOMPARE(test::deliverSignedWebhook(base, paid, kSecret).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(sample(scrape(base, kMetricsToken).body, QStringLiteral("companion_subscription_refresh_give_ups_total")), 1.0, 10000);
        QByteArray metrics = scrape(base, kMetricsToken).body;
        QCOMPARE(sample(metrics, QStringLiteral("companion_stripe_requests_total{endpoint=\"/v1/subscriptions/{id}\",method=\"GET\",status=\"404\"}")), 1.0);
        QCOMPARE(sample(metrics, QStringLiteral("companion_stripe_requests_total{endpoint=\"/v1/checkout/sessions\",method=\"POST\",status=\"200\"}")), 1.0);
        QVERIFY(sample(metrics, QStringLiteral("companion_stripe_request_duration_seconds_count{endpoint=\"/v1/checkout/sessions\",method=\"POST\"}")) == 1.0);
        QCOMPARE(sample(metrics, QStringLiteral("companion_subscription_refresh_pending")), 0.0);

        // Stripe down: every attempt of the learner's checkout is counted as a network error.
        QVERIFY2(stack.stopSandbox(&error), qPrintable(error));
        QCOMPARE(api.post(QStringLiteral("/api/v1/payments/create-checkout-session"), {}).status, 503);
        metrics = scrape(base, kMetricsToken).body;
        QCOMPARE(sample(metrics, QStringLiteral("companion_stripe_requests_total{endpoint=\"/v1/checkout/sessions\",method=\"POST\",status=\"network_error\"}")), 3.0);

        QVERIFY2(stack.server().terminate(&error), qPrintable(error));
        const QString log = QString::fromUtf8(stack.server().output());
        QCOMPARE(log.count(QStringLiteral("gave up asking Stripe for subscription %1").arg(f::subscriptionId(1, 0))), 1);
        QVERIFY2(log.contains(QStringLiteral("Next: the scheduled missed-event recovery or the desk's Reconciliation")), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestServerMetrics)
#include "tst_server_metrics.moc"
