// The Stripe client as our programs use it: against stripe-sandbox for real calls
// and typed errors, and against a scripted server for the exact retry rules —
// every retry of a write reuses its Idempotency-Key, 429 waits for Retry-After,
// Stripe-Should-Retry: false is obeyed, hangs time out. No line logged during the
// whole test may contain the API key.
#include "SandboxClient.h"
#include "ScriptedHttpServer.h"
#include "StripeWait.h"
#include "stripe/ApiVersion.h"
#include "stripe/StripeClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace companion;
using companion::test::ScriptedHttpServer;

namespace {
QStringList g_logLines;
QMutex g_logMutex;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logLines << message;
    }
    g_previous(type, context, message);
}

const QString kSecretKey = QStringLiteral("sk_test_51HClientTestKeyThatMustNeverBeLogged00");

stripe::StripeResult wait(stripe::StripeCall *call)
{
    return test::waitForResult(call);
}

ScriptedHttpServer::Answer error(int status, const QByteArray &type, const QByteArray &code = {},
                                 QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return {status, "{\"error\":{\"type\":\"" + type + "\",\"code\":\"" + code + "\",\"message\":\"scripted\"}}", std::move(headers), false};
}
} // namespace

class TestStripeClient : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;
    stripe::StripeClient::Settings fast() const
    {
        stripe::StripeClient::Settings s;
        s.initialBackoffMs = 20;
        s.maxBackoffMs = 50;
        s.rateLimitBackoffMs = 20;
        s.timeoutMs = 3000;
        return s;
    }

private Q_SLOTS:
    void initTestCase() { g_previous = qInstallMessageHandler(captureLog); }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QVERIFY(!g_logLines.isEmpty());
        for (const QString &line : std::as_const(g_logLines))
            QVERIFY2(!line.contains(QStringLiteral("ClientTestKeyThatMustNever")), qPrintable(line));
    }

    void realCallsAgainstTheSandbox()
    {
        test::SandboxClient sandbox;
        QString startError;
        QVERIFY2(sandbox.start(&startError), qPrintable(startError));
        stripe::StripeClient client(&m_network, sandbox.baseUrl(), QString::fromLatin1(test::SandboxClient::kKey));

        const auto created = wait(client.post(QStringLiteral("/v1/customers"),
                                              {{QStringLiteral("email"), QStringLiteral("client@example.com")},
                                               {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), QStringLiteral("usr_9")}}}}));
        QVERIFY2(created.ok(), qPrintable(created.error ? created.error->logText() : QString()));
        QVERIFY(created.requestId.startsWith(QLatin1String("req_")));
        const QString id = created.body.value(QStringLiteral("id")).toString();

        const auto fetched = wait(client.get(QStringLiteral("/v1/customers/") + id));
        QCOMPARE(fetched.body.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString(), QStringLiteral("usr_9"));

        const auto listed = wait(client.get(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("client@example.com")}}));
        QCOMPARE(listed.body.value(QStringLiteral("data")).toArray().size(), 1);

        const auto missing = wait(client.get(QStringLiteral("/v1/customers/cus_missing")));
        QVERIFY(missing.error);
        QVERIFY(missing.error->isNotFound());
        QCOMPARE(missing.error->code, QStringLiteral("resource_missing"));
        QCOMPARE(missing.error->param, QStringLiteral("id"));
        QCOMPARE(missing.error->attempts, 1); // a 404 is final

        // A declined card comes back typed, with the issuer's reason in words.
        const QString price = sandbox.createPremiumPrice();
        const auto session = wait(client.post(QStringLiteral("/v1/checkout/sessions"),
                                              {{QStringLiteral("mode"), QStringLiteral("subscription")},
                                               {QStringLiteral("line_items"), QJsonArray{QJsonObject{{QStringLiteral("price"), price}, {QStringLiteral("quantity"), 1}}}},
                                               {QStringLiteral("customer"), id},
                                               {QStringLiteral("success_url"), QStringLiteral("https://chat.example/ok")}}));
        QVERIFY(session.ok());
        const auto declined = wait(client.post(QStringLiteral("/v1/test_helpers/checkout/sessions/%1/complete").arg(session.body.value(QStringLiteral("id")).toString()),
                                               {{QStringLiteral("card"), QStringLiteral("4000000000009995")}}));
        QVERIFY(declined.error && declined.error->isCardError());
        QCOMPARE(declined.error->declineCode, QStringLiteral("insufficient_funds"));
        QCOMPARE(declined.error->userMessage(), QStringLiteral("The card was declined: insufficient funds."));
        QString stopError;
        QVERIFY(sandbox.stop(&stopError));
    }

    void wrongKeyIsAnAuthenticationErrorWithoutTheKey()
    {
        test::SandboxClient sandbox;
        QString startError;
        QVERIFY2(sandbox.start(&startError), qPrintable(startError));
        stripe::StripeClient client(&m_network, sandbox.baseUrl(), kSecretKey);
        const auto result = wait(client.get(QStringLiteral("/v1/customers")));
        QVERIFY(result.error && result.error->isAuthentication());
        QVERIFY2(!result.error->message.contains(QStringLiteral("ClientTestKeyThatMustNever")), qPrintable(result.error->message));
        QVERIFY(result.error->userMessage().contains(QStringLiteral("API key")));
        QCOMPARE(client.redactedKey(), QStringLiteral("sk_test_…ed00"));
        QString stopError;
        QVERIFY(sandbox.stop(&stopError));
    }

    void chaosRetriesNeverDuplicateWrites()
    {
        test::SandboxClient sandbox;
        QString startError;
        QVERIFY2(sandbox.start(&startError, {QStringLiteral("--chaos"), QStringLiteral("0.4"), QStringLiteral("--seed"), QStringLiteral("11")}),
                 qPrintable(startError));
        stripe::StripeClient client(&m_network, sandbox.baseUrl(), QString::fromLatin1(test::SandboxClient::kKey));
        auto settings = fast();
        settings.maxRetries = 8;
        client.setSettings(settings);
        int retried = 0;
        for (int i = 0; i < 25; ++i) {
            stripe::RequestOptions options;
            options.retryRateLimits = true;
            const auto result = wait(client.post(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("chaos%1@example.com").arg(i)}}, options));
            QVERIFY2(result.ok(), qPrintable(result.error ? result.error->logText() : QString()));
            retried += result.attempts > 1;
        }
        QVERIFY2(retried > 0, "chaos 0.4 should have forced some retries");
        stripe::RequestOptions bulk;
        bulk.retryRateLimits = true;
        const auto listed = wait(client.get(QStringLiteral("/v1/customers"), {{QStringLiteral("limit"), 100}}, bulk));
        QVERIFY(listed.ok());
        QCOMPARE(listed.body.value(QStringLiteral("data")).toArray().size(), 25);
        QString stopError;
        QVERIFY(sandbox.stop(&stopError));
    }

    void serverErrorsAreRetriedWithTheSameKey()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(error(500, "api_error"));
        server.enqueue(error(409, "invalid_request_error", "lock_timeout"));
        server.enqueue({200, "{\"id\":\"cus_ok\"}", {}, false});
        stripe::StripeClient client(&m_network, server.baseUrl(), kSecretKey);
        client.setSettings(fast());
        const auto result = wait(client.post(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("x@y.z")}}));
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
        const QByteArray key = server.requests().first().headers.value("idempotency-key");
        QVERIFY(!key.isEmpty());
        for (const auto &request : server.requests()) {
            QCOMPARE(request.headers.value("idempotency-key"), key);
            QCOMPARE(request.headers.value("stripe-version"), QByteArray(stripe::kApiVersion));
            QCOMPARE(request.body, QByteArray("email=x%40y.z"));
        }
    }

    void shouldRetryFalseWinsAndRetriesAreBounded()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(error(500, "api_error", {}, {{"Stripe-Should-Retry", "false"}}));
        stripe::StripeClient client(&m_network, server.baseUrl(), kSecretKey);
        client.setSettings(fast());
        auto result = wait(client.post(QStringLiteral("/v1/customers")));
        QVERIFY(result.error);
        QCOMPARE(server.requests().size(), 1);

        for (int i = 0; i < 5; ++i)
            server.enqueue(error(503, "api_error"));
        result = wait(client.get(QStringLiteral("/v1/customers")));
        QVERIFY(result.error);
        QCOMPARE(result.error->httpStatus, 503);
        QCOMPARE(result.error->attempts, 3); // default: 2 retries, as the official libraries
        QCOMPARE(server.requests().size(), 4);
        QVERIFY(server.requests().last().headers.value("idempotency-key").isEmpty()); // GETs carry none
    }

    void rateLimitsWaitForRetryAfterOnlyInBulk()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        stripe::StripeClient client(&m_network, server.baseUrl(), kSecretKey);
        client.setSettings(fast());

        server.enqueue(error(429, "invalid_request_error", "rate_limit", {{"Retry-After", "1"}}));
        auto interactive = wait(client.get(QStringLiteral("/v1/customers")));
        QVERIFY(interactive.error && interactive.error->isRateLimit()); // a person waiting gets the answer now
        QCOMPARE(server.requests().size(), 1);

        server.enqueue(error(429, "invalid_request_error", "rate_limit", {{"Retry-After", "1"}}));
        server.enqueue({200, "{\"object\":\"list\",\"data\":[]}", {}, false});
        stripe::RequestOptions bulk;
        bulk.retryRateLimits = true;
        const auto result = wait(client.get(QStringLiteral("/v1/customers"), {}, bulk));
        QVERIFY(result.ok());
        QCOMPARE(server.requests().size(), 3);
        const qint64 waited = server.requests().at(2).atMs - server.requests().at(1).atMs;
        QVERIFY2(waited >= 950, qPrintable(QStringLiteral("retried after %1 ms despite Retry-After: 1").arg(waited)));
    }

    void hangingServerTimesOutAndRetriesWithTheSameKey()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue({0, {}, {}, true});
        server.enqueue({0, {}, {}, true});
        stripe::StripeClient client(&m_network, server.baseUrl(), kSecretKey);
        auto settings = fast();
        settings.timeoutMs = 300;
        settings.maxRetries = 1;
        client.setSettings(settings);
        const auto result = wait(client.post(QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), QStringLiteral("ch_1")}}));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, stripe::StripeError::Kind::Timeout);
        QCOMPARE(result.error->attempts, 2);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(0).headers.value("idempotency-key"), server.requests().at(1).headers.value("idempotency-key"));
        QVERIFY(result.error->userMessage().contains(QStringLiteral("safe to retry")));
    }

    void slowStripeTimesOutThenAnswers()
    {
        test::SandboxClient sandbox;
        QString startError;
        QVERIFY2(sandbox.start(&startError, {QStringLiteral("--latency"), QStringLiteral("400")}), qPrintable(startError));
        stripe::StripeClient client(&m_network, sandbox.baseUrl(), QString::fromLatin1(test::SandboxClient::kKey));
        auto settings = fast();
        settings.timeoutMs = 150;
        settings.maxRetries = 0;
        client.setSettings(settings);
        const auto key = QStringLiteral("slow-create-1");
        stripe::RequestOptions options;
        options.idempotencyKey = key;
        const auto tooSlow = wait(client.post(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("slow@example.com")}}, options));
        QVERIFY(tooSlow.error && tooSlow.error->kind == stripe::StripeError::Kind::Timeout);
        // The sandbox did the work; retrying with the same key returns it instead of creating another.
        settings.timeoutMs = 5000;
        client.setSettings(settings);
        const auto retried = wait(client.post(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("slow@example.com")}}, options));
        QVERIFY(retried.ok());
        QVERIFY(retried.idempotentReplayed);
        const auto list = wait(client.get(QStringLiteral("/v1/customers")));
        QCOMPARE(list.body.value(QStringLiteral("data")).toArray().size(), 1);
        QString stopError;
        QVERIFY(sandbox.stop(&stopError));
    }

    void refusedConnectionIsANetworkError()
    {
        stripe::StripeClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:1")), kSecretKey);
        client.setSettings(fast());
        const auto result = wait(client.get(QStringLiteral("/v1/customers")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, stripe::StripeError::Kind::Network);
        QCOMPARE(result.error->attempts, 3);
    }

    // The observer (the server's metrics) hears every attempt, with the endpoint's ids
    // folded so a label set stays small.
    void observerHearsEveryAttemptWithoutIds()
    {
        stripe::StripeClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:1")), kSecretKey);
        client.setSettings(fast());
        QStringList heard;
        client.setObserver([&heard](const QString &method, const QString &endpoint, const QString &status, double seconds) {
            QVERIFY(seconds >= 0);
            heard << method + u' ' + endpoint + u' ' + status;
        });
        QVERIFY(wait(client.get(QStringLiteral("/v1/subscriptions/sub_1QxYzAbCdEfGh"))).error);
        QCOMPARE(heard, QStringList(3, QStringLiteral("GET /v1/subscriptions/{id} network_error")));

        QCOMPARE(stripe::StripeClient::endpointOf(QStringLiteral("/v1/customers/cus_R4nd0mL3tt3rs/balance_transactions")),
                 QStringLiteral("/v1/customers/{id}/balance_transactions"));
        QCOMPARE(stripe::StripeClient::endpointOf(QStringLiteral("/v1/checkout/sessions/cs_test_a1B2c3D4e5F6g7H8")), QStringLiteral("/v1/checkout/sessions/{id}"));
        QCOMPARE(stripe::StripeClient::endpointOf(QStringLiteral("/v1/invoices/create_preview")), QStringLiteral("/v1/invoices/create_preview"));
        QCOMPARE(stripe::StripeClient::endpointOf(QStringLiteral("/v1/subscriptions/sub_abcdefghijklmnop")), QStringLiteral("/v1/subscriptions/{id}"));
        QCOMPARE(stripe::StripeClient::endpointOf(QStringLiteral("/v1/test_helpers/test_clocks/clock_9z/advance")),
                 QStringLiteral("/v1/test_helpers/test_clocks/{id}/advance"));
        QCOMPARE(stripe::StripeClient::endpointOf(QStringLiteral("/v1/balance_transactions")), QStringLiteral("/v1/balance_transactions"));
        // A copy for another network manager reports too.
        QScopedPointer<stripe::StripeClient> copy(client.withNetwork(&m_network, nullptr));
        heard.clear();
        QVERIFY(wait(copy->del(QStringLiteral("/v1/subscriptions/sub_1QxYzAbCdEfGh"))).error);
        QCOMPARE(heard.size(), 3);
    }

    void cancelStopsRetries()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue({0, {}, {}, true});
        stripe::StripeClient client(&m_network, server.baseUrl(), kSecretKey);
        client.setSettings(fast());
        auto *call = client.get(QStringLiteral("/v1/customers"));
        stripe::StripeResult result;
        bool done = false;
        connect(call, &stripe::StripeCall::finished, this, [&](const stripe::StripeResult &r) { result = r; done = true; });
        QTRY_COMPARE(server.requests().size(), 1);
        call->cancel();
        QTRY_VERIFY(done);
        QCOMPARE(result.error->kind, stripe::StripeError::Kind::Canceled);
        QTest::qWait(200);
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStripeClient)
#include "tst_stripe_client.moc"
