// A real Prometheus (Debian's package) scrapes a real companion-server with the
// shipped alert rules (packaging/prometheus) while the server takes a short load
// with failures in it: a delivery for a learner nobody knows, deliveries signed with
// another secret, Stripe failing (stripe-sandbox --chaos 1) under learners'
// checkouts, and no webhook endpoint at Stripe. Prometheus' HTTP API then says the
// counters moved and the matching alerts are pending or firing. Every query of the shipped Grafana dashboard runs,
// and every metric the dashboard and the rules name is one the server exports.
#include "BillingStack.h"
#include "LearnerApi.h"
#include "PrometheusProcess.h"
#include "StripeEventFactory.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "billing/WebhookSignature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace companion;

namespace {
const QByteArray kSecret = "whsec_test_prometheus_0123456789abcdef";
const QByteArray kMetricsToken = "metrics-token-for-prometheus-0123456789";

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alertsFireOnWhatWentWrong()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        namespace f = bench::StripeEventFactory;
        const int learners = 30;
        for (int i = 1; i <= learners + 6; ++i) // the last six do not subscribe: they try to, below
            QVERIFY2(test::TestDatabase::addLearner(db, f::userId(i), &error), qPrintable(error));
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(kSecret), &error,
                             {{QStringLiteral("METRICS_TOKEN"), QString::fromLatin1(kMetricsToken)},
                              {QStringLiteral("METRICS_PROBE_SECONDS"), QStringLiteral("1")},
                              {QStringLiteral("RENEWAL_CHECK_SECONDS"), QStringLiteral("0")},
                              // Checked once, at start: under chaos its requests would draw from the seeded dice too.
                              {QStringLiteral("ENDPOINT_CHECK_SECONDS"), QStringLiteral("3600")},
                              // The database itself as its "replica" (a primary is never behind): the
                              // replica's series exist, as with a real one (tst_failover).
                              {QStringLiteral("DATABASE_READ_URL"), testDb.url()}}),
                 qPrintable(error));
        const QUrl server = stack.server().baseUrl();
        test::PrometheusProcess prometheus;
        QVERIFY2(prometheus.start(server, kMetricsToken, QStringLiteral(COMPANION_ALERT_RULES), &error), qPrintable(error));
        // Two scrapes before the load: every counter the alerts watch is there at 0 first.
        QTRY_VERIFY_WITH_TIMEOUT(
            prometheus.value(QStringLiteral("count_over_time(companion_webhook_signature_refusals_total{reason=\"signature_mismatch\"}[1m])")) >= 2, 30000);
        QCOMPARE(prometheus.value(QStringLiteral("up{job=\"companion-server\"}")), 1.0);

        // The load: every learner subscribes, one delivery is for somebody nobody knows,
        // and a sender without the secret posts twenty times.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 1; i <= learners; ++i) {
            const QByteArray event = f::event(QStringLiteral("evt_p%1").arg(i), QStringLiteral("customer.subscription.created"), now,
                                              f::subscription(i, QStringLiteral("active"), now, QStringLiteral("in_p%1").arg(i)));
            QCOMPARE(test::deliverSignedWebhook(server, event, kSecret).status, 200);
        }
        const QByteArray stranger = test::subscriptionEvent(QStringLiteral("evt_p_stranger"), QStringLiteral("usr_nobody"), QStringLiteral("active"), now);
        QCOMPARE(test::deliverSignedWebhook(server, stranger, kSecret).status, 200);
        for (int i = 0; i < 20; ++i) {
            const QByteArray forged = test::subscriptionEvent(QStringLiteral("evt_forged%1").arg(i), f::userId(1), QStringLiteral("canceled"), now);
            QCOMPARE(test::deliverWebhook(server, forged, billing::WebhookVerifier::signatureHeader("whsec_someone_else_0000000000", now, forged)).status, 400);
        }
        // Stripe fails under learners' checkouts, over a few scrapes.
        QVERIFY2(stack.restartSandbox(&error, {QStringLiteral("--chaos"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("2412")}),
                 qPrintable(error));
        for (int i = learners + 1; i <= learners + 6; ++i) {
            test::LearnerApi api(server, f::userId(i), f::userId(i) + QStringLiteral("@example.com"));
            const int status = api.post(QStringLiteral("/api/v1/payments/create-checkout-session"), {}).status;
            QVERIFY2(status == 503 || status == 429, qPrintable(QString::number(status)));
            QTest::qWait(700);
        }

        // What Prometheus now knows.
        QTRY_COMPARE_WITH_TIMEOUT(prometheus.value(QStringLiteral("sum(companion_webhook_deliveries_total{outcome=\"applied\"})")), double(learners), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(prometheus.value(QStringLiteral("sum(companion_webhook_signature_refusals_total)")), 20.0, 20000);
        QCOMPARE(prometheus.value(QStringLiteral("sum(companion_webhook_deliveries_total{outcome=\"failed\"})")), 1.0);
        QTRY_COMPARE_WITH_TIMEOUT(prometheus.value(QStringLiteral("companion_learners_premium")), double(learners), 20000);
        QVERIFY(prometheus.value(QStringLiteral("sum(companion_stripe_requests_total{endpoint=\"/v1/checkout/sessions\",status=\"503\"})")) >= 2);
        QVERIFY(prometheus.value(QStringLiteral("histogram_quantile(0.99, sum by (le) (rate(companion_http_request_duration_seconds_bucket"
                                                "{route=\"/api/v1/payments/webhook\"}[1m])))")) > 0);
        const auto byOutcome = prometheus.query(QStringLiteral("sum by (outcome) (companion_webhook_deliveries_total)"));
        qInfo("%s", QJsonDocument(prometheus.lastAnswer()).toJson(QJsonDocument::Compact).constData());
        QVERIFY(!byOutcome.isEmpty());

        // And what it says about it.
        const auto active = [](const QString &state) { return state == QLatin1String("pending") || state == QLatin1String("firing"); };
        QTRY_VERIFY_WITH_TIMEOUT(active(prometheus.alertState(QStringLiteral("CompanionWebhookEventsFailed"))), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(active(prometheus.alertState(QStringLiteral("CompanionWebhooksRefused"))), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(active(prometheus.alertState(QStringLiteral("CompanionStripeErrors"))), 20000);
        // The sandbox forwards like `stripe listen`: no webhook endpoint points at the server.
        QTRY_VERIFY_WITH_TIMEOUT(active(prometheus.alertState(QStringLiteral("CompanionWebhookEndpointWrong"))), 20000);
        for (const char *name : {"CompanionWebhookEventsFailed", "CompanionWebhooksRefused", "CompanionStripeErrors", "CompanionLearnerErrors",
                                 "CompanionWebhookEndpointWrong", "CompanionServerDown", "CompanionWebhooksSilent"})
            qInfo("%s: %s", name, qPrintable(prometheus.alertState(QString::fromLatin1(name)).isEmpty() ? QStringLiteral("inactive")
                                                                                                        : prometheus.alertState(QString::fromLatin1(name))));
        // Nothing fires that should not: the server is up and webhooks arrive.
        QVERIFY(!active(prometheus.alertState(QStringLiteral("CompanionServerDown"))));
        QVERIFY(!active(prometheus.alertState(QStringLiteral("CompanionWebhooksSilent"))));

        // The Grafana dashboard's queries run (Grafana's own variables given values), and no
        // metric named there or in the rules is missing from what Prometheus scraped.
        QFile dashboardFile(QStringLiteral(COMPANION_DASHBOARD));
        QVERIFY(dashboardFile.open(QIODevice::ReadOnly));
        const QJsonObject dashboard = QJsonDocument::fromJson(dashboardFile.readAll()).object();
        QString named;
        int queries = 0;
        for (const QJsonValue &panel : dashboard.value(QStringLiteral("panels")).toArray()) {
            for (const QJsonValue &target : panel.toObject().value(QStringLiteral("targets")).toArray()) {
                QString expr = target.toObject().value(QStringLiteral("expr")).toString();
                named += expr + u'\n';
                expr.replace(QStringLiteral("$__rate_interval"), QStringLiteral("1m")).replace(QStringLiteral("$__range"), QStringLiteral("1h"));
                prometheus.query(expr);
                QVERIFY2(prometheus.lastAnswer().value(QStringLiteral("status")).toString() == QLatin1String("success"),
                         qPrintable(expr + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(prometheus.lastAnswer()).toJson())));
                ++queries;
            }
        }
        QVERIFY(queries >= 20);
        QFile rules(QStringLiteral(COMPANION_ALERT_RULES));
        QVERIFY(rules.open(QIODevice::ReadOnly));
        named += QString::fromUtf8(rules.readAll());
        QSet<QString> metrics;
        for (auto it = QRegularExpression(QStringLiteral("\\bcompanion_[a-z_]+")).globalMatch(named); it.hasNext();)
            metrics.insert(it.next().captured(0));
        QVERIFY(metrics.size() >= 20);
        for (const QString &metric : std::as_const(metrics))
            QVERIFY2(prometheus.value(QStringLiteral("count({__name__=\"%1\"})").arg(metric)) > 0, qPrintable(metric + QStringLiteral(" is not exported")));
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
