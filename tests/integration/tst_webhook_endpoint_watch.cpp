// The webhook set-up checked against a real (sandbox) Stripe account: the server
// reads its endpoints at start and every ENDPOINT_CHECK_SECONDS and says, in its
// metrics and journal, when none points here, when ours lacks invoice.payment_failed
// and when it is disabled; `companion-server doctor` prints the whole check.
#include "BillingStack.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"
#include "billing/WebhookEndpointCheck.h"

#include <QProcess>
#include <QtTest>

using namespace companion;

namespace {
const QByteArray kSecret = "whsec_test_endpoint_watch_0123456789";
const QByteArray kMetricsToken = "metrics-token-for-the-endpoint-check";

double sample(const QUrl &server, const QString &series)
{
    return test::metricSample(test::scrapeMetrics(server, kMetricsToken).body, series);
}

QString status(const QString &code)
{
    return QStringLiteral("companion_webhook_endpoint_status{status=\"%1\"}").arg(code);
}

QList<QPair<QString, QString>> eventsForm(const QStringList &events)
{
    QList<QPair<QString, QString>> form;
    for (const QString &type : events)
        form.append({QStringLiteral("enabled_events[]"), type});
    return form;
}
} // namespace

class TestWebhookEndpointWatch : public QObject
{
    Q_OBJECT
private:
    // companion-server doctor against the stack's database and Stripe: its output and exit code.
    static QString doctor(const test::BillingStack &stack, const QString &databaseUrl, const QString &price, int *exitCode,
                          const QString &yearlyPrice = {})
    {
        QProcess process;
        process.setProcessEnvironment(test::serverEnvironment({{QStringLiteral("STRIPE_API_BASE"), stack.sandboxBaseUrl().toString()},
                                                               {QStringLiteral("STRIPE_WEBHOOK_SECRET"), QString::fromLatin1(kSecret)},
                                                               {QStringLiteral("STRIPE_PREMIUM_PRICE_ID"), price},
                                                               {QStringLiteral("METRICS_TOKEN"), QString::fromLatin1(kMetricsToken)},
                                                               {QStringLiteral("STRIPE_YEARLY_PRICE_ID"), yearlyPrice}}));
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("doctor"), QStringLiteral("--database"), databaseUrl});
        process.waitForFinished(60000);
        *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAll());
    }

private Q_SLOTS:
    void aMisconfiguredEndpointIsReported()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(kSecret), &error,
                             {{QStringLiteral("METRICS_TOKEN"), QString::fromLatin1(kMetricsToken)},
                              {QStringLiteral("ENDPOINT_CHECK_SECONDS"), QStringLiteral("1")}}),
                 qPrintable(error));
        const QUrl server = stack.server().baseUrl();
        // No endpoint yet (the sandbox forwards like `stripe listen`, which is none).
        QTRY_COMPARE_WITH_TIMEOUT(sample(server, status(QStringLiteral("missing"))), 1.0, 10000);
        QCOMPARE(sample(server, QStringLiteral("companion_webhook_endpoint_ok")), 0.0);

        // An endpoint for our path without invoice.payment_failed: failed renewals would go unheard.
        QStringList events = billing::WebhookEndpointCheck::requiredEvents();
        events.removeAll(QStringLiteral("invoice.payment_failed"));
        const QString url = server.resolved(QUrl(QStringLiteral("/api/v1/payments/webhook"))).toString();
        auto created = stack.sandbox().post(QStringLiteral("/v1/webhook_endpoints"), QList<QPair<QString, QString>>{{QStringLiteral("url"), url}} + eventsForm(events));
        QCOMPARE(created.status, 200);
        const QString id = created.id();
        QTRY_COMPARE_WITH_TIMEOUT(sample(server, status(QStringLiteral("missing_events"))), 1.0, 10000);
        int exitCode = -1;
        QString report = doctor(stack, testDb.url(), stack.premiumPrice(), &exitCode);
        qInfo().noquote() << report;
        QCOMPARE(exitCode, 1);
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("FAIL +webhook endpoint +The webhook endpoint we_\\w+ \\(.*\\) does not send invoice.payment_failed"))),
                 qPrintable(report));
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("ok +stripe key +sk_test_…\\w{4} \\(test mode\\)"))), qPrintable(report));
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("ok +premium price +price_\\w+: 9.99 USD a month, active"))), qPrintable(report));
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("ok +clock +\\d+ s (ahead of|behind) Stripe's"))), qPrintable(report));
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("ok +database +"))), qPrintable(report));
        if (testDb.config().dialect == db::Dialect::PostgreSQL)
            QVERIFY2(report.contains(QRegularExpression(QStringLiteral("ok +database role +\\w+ may write the webhook log"))), qPrintable(report));
        QVERIFY(!report.contains(QString::fromLatin1(test::SandboxClient::kKey)));

        // Every event added: healthy, and the doctor agrees.
        QCOMPARE(stack.sandbox().post(QStringLiteral("/v1/webhook_endpoints/") + id, eventsForm(billing::WebhookEndpointCheck::requiredEvents())).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(sample(server, QStringLiteral("companion_webhook_endpoint_ok")), 1.0, 10000);
        report = doctor(stack, testDb.url(), stack.premiumPrice(), &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("0 failed")), qPrintable(report));

        // Disabled (as Stripe does after days of failed deliveries).
        QCOMPARE(stack.sandbox().post(QStringLiteral("/v1/webhook_endpoints/") + id, {{QStringLiteral("disabled"), QStringLiteral("true")}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(sample(server, status(QStringLiteral("disabled"))), 1.0, 10000);
        // A price that does not exist fails the doctor too; the yearly one is checked when set.
        report = doctor(stack, testDb.url(), QStringLiteral("price_nothing_like_it"), &exitCode, stack.premiumPrice());
        QCOMPARE(exitCode, 1);
        QVERIFY2(report.contains(QStringLiteral("price_nothing_like_it does not exist in this test-mode account")), qPrintable(report));
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("ok +yearly price +price_\\w+: 9.99 USD a month, active"))), qPrintable(report));

        QVERIFY2(stack.stop(&error), qPrintable(error));
        const QString log = QString::fromUtf8(stack.server().output());
        QVERIFY2(log.contains(QStringLiteral("No webhook endpoint at Stripe points at this server")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("does not send invoice.payment_failed")));
        QVERIFY(log.contains(QStringLiteral("is disabled at Stripe")));
    }

    // The endpoint's URL and Prometheus' are web addresses: anything else stops the
    // server at start with the variable named, instead of a check that never matches.
    void anAddressThatIsNotOneIsRefused_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("endpoint without a host") << QStringLiteral("WEBHOOK_ENDPOINT_URL") << QStringLiteral("/api/v1/payments/webhook")
                                                << QStringLiteral("WEBHOOK_ENDPOINT_URL must be the webhook's full URL");
        QTest::newRow("endpoint not on the web") << QStringLiteral("WEBHOOK_ENDPOINT_URL") << QStringLiteral("ftp://billing.example.com/api/v1/payments/webhook")
                                                << QStringLiteral("WEBHOOK_ENDPOINT_URL must be the webhook's full URL");
        QTest::newRow("prometheus, a scheme like http") << QStringLiteral("PROMETHEUS_URL") << QStringLiteral("httpx://prometheus.internal:9090")
                                                       << QStringLiteral("PROMETHEUS_URL must be Prometheus' address");
    }

    void anAddressThatIsNotOneIsRefused()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, says);
        COMPANION_TEST_DATABASE(testDb);
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QString error;
        QVERIFY(!server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment({{variable, value}}), &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWebhookEndpointWatch)
#include "tst_webhook_endpoint_watch.moc"
