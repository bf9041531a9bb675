// stripe-sandbox's transport as clients meet it: idempotency keys (also under
// --chaos, where retries must never create twice), Stripe's headers and errors,
// the hosted Checkout page with its 3-D Secure step, and signed webhook deliveries
// that are retried until the receiver answers 2xx.
#include "SandboxClient.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QtTest>

using companion::test::SandboxClient;

namespace {
const QString kSecret = QStringLiteral("whsec_test_transport_0123456789abcdef");

// Recomputes Stripe's v1 signature independently of the sandbox's code.
bool signatureValid(const QByteArray &header, const QByteArray &body)
{
    QByteArray t, v1;
    for (const QByteArray &part : header.split(',')) {
        if (part.startsWith("t="))
            t = part.mid(2);
        else if (part.startsWith("v1="))
            v1 = part.mid(3);
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(t + '.' + body, kSecret.toUtf8(), QCryptographicHash::Sha256).toHex();
    return !t.isEmpty() && v1 == expected;
}
} // namespace

class TestSandboxTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idempotentReplayAndMismatch()
    {
        SandboxClient sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "order-42"}};
        const auto first = sandbox.post(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("once@example.com")}}, key);
        const auto again = sandbox.post(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("once@example.com")}}, key);
        QCOMPARE(first.status, 200);
        QCOMPARE(again.id(), first.id());
        QCOMPARE(again.raw.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.raw.header("Original-Request"), first.raw.header("Request-Id"));
        const auto other = sandbox.post(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("twice@example.com")}}, key);
        QCOMPARE(other.status, 400);
        QCOMPARE(other.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("idempotency_error"));
        QCOMPARE(sandbox.get(QStringLiteral("/v1/customers")).body.value(QStringLiteral("data")).toArray().size(), 1);
        QVERIFY(sandbox.stop(&error));
    }

    void chaosNeverDoublesARetriedWrite()
    {
        SandboxClient sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error, {QStringLiteral("--chaos"), QStringLiteral("0.6"), QStringLiteral("--seed"), QStringLiteral("7")}), qPrintable(error));
        int failures = 0;
        for (int customer = 0; customer < 20; ++customer) {
            const QByteArray key = "chaos-" + QByteArray::number(customer);
            // Retry like the official clients: same key until a final answer.
            for (int attempt = 0; attempt < 30; ++attempt) {
                const auto reply = sandbox.post(QStringLiteral("/v1/customers"),
                                                {{QStringLiteral("email"), QStringLiteral("c%1@example.com").arg(customer)}},
                                                {{"Idempotency-Key", key}});
                if (reply.status == 200)
                    break;
                QVERIFY2(reply.status == 429 || reply.status >= 500, qPrintable(QString::number(reply.status)));
                ++failures;
            }
        }
        QVERIFY2(failures > 0, "chaos 0.6 should have failed some calls");
        // GETs may fail under chaos too: read until one answers.
        SandboxClient::Reply list;
        for (int i = 0; i < 30 && list.status != 200; ++i)
            list = sandbox.get(QStringLiteral("/v1/customers"), {{QStringLiteral("limit"), QStringLiteral("100")}});
        QCOMPARE(list.status, 200);
        QCOMPARE(list.body.value(QStringLiteral("data")).toArray().size(), 20);
        QVERIFY(sandbox.stop(&error));
    }

    void transportErrorsAreStripeShaped()
    {
        SandboxClient sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const auto json = companion::test::httpRequest("POST", sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v1/customers"))),
                                                       {{"Authorization", QByteArray("Bearer ") + SandboxClient::kKey},
                                                        {"Content-Type", "application/json"}}, "{\"email\":\"x@y.z\"}");
        QCOMPARE(json.status, 400);
        const auto missing = sandbox.get(QStringLiteral("/v1/customers/cus_nope"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("resource_missing"));
        QCOMPARE(missing.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("param")).toString(), QStringLiteral("id"));
        QVERIFY(missing.raw.header("Request-Id").startsWith("req_"));
        const auto badLimit = sandbox.get(QStringLiteral("/v1/customers"), {{QStringLiteral("limit"), QStringLiteral("101")}});
        QCOMPARE(badLimit.status, 400);
        const auto badCursor = sandbox.get(QStringLiteral("/v1/customers"), {{QStringLiteral("starting_after"), QStringLiteral("cus_gone")}});
        QCOMPARE(badCursor.status, 404);
        const auto malformed = sandbox.post(QStringLiteral("/v1/customers"), {{QStringLiteral("metadata[oops"), QStringLiteral("x")}});
        QCOMPARE(malformed.status, 400);
        const auto big = companion::test::httpRequest("POST", sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v1/customers"))),
                                                      {{"Authorization", QByteArray("Bearer ") + SandboxClient::kKey}},
                                                      "description=" + QByteArray(2 * 1024 * 1024, 'x'));
        QVERIFY(big.status == 400 || big.status == 413);
        QVERIFY(sandbox.stop(&error));
    }

    void hostedCheckoutPageWithThreeDSecure()
    {
        SandboxClient sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QString price = sandbox.createPremiumPrice();
        const auto session = sandbox.post(QStringLiteral("/v1/checkout/sessions"),
                                          {{QStringLiteral("mode"), QStringLiteral("subscription")},
                                           {QStringLiteral("line_items[0][price]"), price},
                                           {QStringLiteral("customer_email"), QStringLiteral("browser@example.com")},
                                           {QStringLiteral("success_url"), QStringLiteral("https://chat.example/done?s={CHECKOUT_SESSION_ID}")}});
        const QUrl url(session.body.value(QStringLiteral("url")).toString());
        QCOMPARE(url.host(), sandbox.baseUrl().host());

        const auto page = companion::test::httpRequest("GET", url);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Premium") && page.body.contains("$9.99") && page.body.contains("per month"));

        const QByteArray form = "Content-Type";
        const auto declined = companion::test::httpRequest("POST", url, {{form, "application/x-www-form-urlencoded"}}, "card=4000000000000002");
        QCOMPARE(declined.status, 402);
        QVERIFY(declined.body.contains("Your card was declined."));

        const auto challenge = companion::test::httpRequest("POST", url, {{form, "application/x-www-form-urlencoded"}}, "card=4000002500003155");
        QCOMPARE(challenge.status, 200);
        QVERIFY(challenge.body.contains("Authenticate this payment"));
        const auto failed = companion::test::httpRequest("POST", url, {{form, "application/x-www-form-urlencoded"}},
                                                         "card=4000002500003155&authentication=fail");
        QCOMPARE(failed.status, 402);
        QCOMPARE(sandbox.get(QStringLiteral("/v1/checkout/sessions/") + session.id()).body.value(QStringLiteral("status")).toString(),
                 QStringLiteral("open"));

        const auto approved = companion::test::httpRequest("POST", url, {{form, "application/x-www-form-urlencoded"}},
                                                           "card=4000002500003155&authentication=approve");
        QCOMPARE(approved.status, 303);
        QCOMPARE(approved.header("Location"), QStringLiteral("https://chat.example/done?s=%1").arg(session.id()).toUtf8());
        const auto done = sandbox.get(QStringLiteral("/v1/checkout/sessions/") + session.id());
        QCOMPARE(done.body.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QVERIFY(done.body.value(QStringLiteral("url")).isNull());
        QVERIFY(sandbox.stop(&error));
    }

    void webhooksAreSignedAndRetried()
    {
        // A receiver that fails the first delivery of each event and accepts the rest.
        QHttpServer receiver;
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress::LocalHost));
        receiver.bind(&tcp);
        QHash<QString, int> seen;
        QList<bool> signatures;
        receiver.route(QStringLiteral("/hook"), QHttpServerRequest::Method::Post, [&](const QHttpServerRequest &request) {
            signatures << signatureValid(request.value("Stripe-Signature"), request.body());
            const QString id = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("id")).toString();
            return QHttpServerResponse(++seen[id] == 1 ? QHttpServerResponse::StatusCode::InternalServerError
                                                       : QHttpServerResponse::StatusCode::Ok);
        });
        SandboxClient sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error, {QStringLiteral("--forward-to"), QStringLiteral("http://127.0.0.1:%1/hook").arg(tcp.serverPort()),
                                        QStringLiteral("--webhook-secret"), kSecret}), qPrintable(error));
        const auto customer = sandbox.post(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("hook@example.com")}});
        QCOMPARE(customer.status, 200);
        const QString eventId = sandbox.get(QStringLiteral("/v1/events"), {{QStringLiteral("type"), QStringLiteral("customer.created")}})
                                    .body.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(seen.value(eventId), 2, 15000); // first attempt failed, the retry 2 s later succeeds
        QVERIFY(!signatures.isEmpty() && !signatures.contains(false));

        const auto attempts = sandbox.get(QStringLiteral("/v1/webhook_endpoints/forward/attempts"));
        const QJsonArray data = attempts.body.value(QStringLiteral("data")).toArray();
        QVERIFY(data.size() >= 2);
        QCOMPARE(data.at(0).toObject().value(QStringLiteral("response_status")).toInt(), 200); // newest first
        QCOMPARE(data.at(1).toObject().value(QStringLiteral("response_status")).toInt(), 500);
        QVERIFY(!data.at(1).toObject().value(QStringLiteral("next_retry_at")).isNull());
        QTRY_COMPARE(sandbox.get(QStringLiteral("/v1/events/") + eventId).body.value(QStringLiteral("pending_webhooks")).toInt(), 0);
        QVERIFY(sandbox.stop(&error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxTransport)
#include "tst_sandbox_transport.moc"
