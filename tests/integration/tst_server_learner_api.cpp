// companion-server's learner API over real HTTP on SQLite and PostgreSQL: who may
// call it (JWTs), what each learner sees (only their own account), chapter gating,
// refusals of bad input, rate limits, Stripe outages, and the original guide's
// whole flow against stripe-sandbox with real webhooks.
#include "FreePort.h"
#include "LearnerApi.h"
#include "auth/Jwt.h"
#include "RunningProgram.h"
#include "SandboxClient.h"
#include "ScriptedHttpServer.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "billing/BillingStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace companion;
using test::LearnerApi;

namespace {
test::ScriptedHttpServer::Answer answer(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    test::ScriptedHttpServer::Answer a;
    a.status = status;
    a.body = body;
    a.headers = headers;
    return a;
}

const QByteArray kSlowSession = R"({"id":"cs_test_slow","url":"https://checkout.stripe.com/x","expires_at":1900000000})";
const QString kStatus = QStringLiteral("/api/v1/payments/subscription-status");
const QString kCheckout = QStringLiteral("/api/v1/payments/create-checkout-session");
const QString kCancel = QStringLiteral("/api/v1/payments/cancel-subscription");
const QString kResume = QStringLiteral("/api/v1/payments/resume-subscription");

// Checkout bodies a client might send by mistake, with the answer each must get.
QList<std::tuple<QByteArray, int, QString>> badCheckoutBodies()
{
    return {
        {"{not json", 400, QStringLiteral("invalid_json")},
        {"[1, 2]", 400, QStringLiteral("invalid_json")},
        {QByteArray(20 * 1024, ' ') + "{}", 413, QStringLiteral("payload_too_large")},
        {R"({"plan": "weekly"})", 400, QStringLiteral("invalid_parameter")},
        {R"({"plan": 12})", 400, QStringLiteral("invalid_parameter")},
        {R"({"plan": "yearly"})", 400, QStringLiteral("plan_unavailable")},
        {R"({"success_url": "http://evil.example/pay"})", 400, QStringLiteral("invalid_redirect_url")},
        {"{\"success_url\": \"javascript:alert(1)\"}", 400, QStringLiteral("invalid_redirect_url")},
        {R"({"cancel_url": "https://user:pw@chat.example/"})", 400, QStringLiteral("invalid_redirect_url")},
        {R"({"cancel_url": "/relative"})", 400, QStringLiteral("invalid_redirect_url")},
    };
}

} // namespace

class TestServerLearnerApi : public QObject
{
    Q_OBJECT
private:
    // The test database's server, started with the test settings plus `overrides`.
    static bool startServer(test::RunningProgram &server, const test::TestDatabase &db,
                            const QList<QPair<QString, QString>> &overrides = {}, const QStringList &extraArgs = {})
    {
        QString error;
        const bool ok = server.start(QStringList{QStringLiteral("--database"), db.url()} + extraArgs,
                                     test::serverEnvironment(overrides), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    static void addUser(const QSqlDatabase &db, const QString &id, const QString &email)
    {
        QString error;
        QVERIFY2(test::TestDatabase::addLearner(db, id, &error, email), qPrintable(error));
    }

private Q_SLOTS:
    void onlyValidTokensGetIn()
    {
        COMPANION_TEST_DATABASE(testDb);
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startServer(server, testDb));
        LearnerApi ann(server.baseUrl(), QStringLiteral("usr_ann"), QStringLiteral("ann@example.com"));

        const auto none = test::httpRequest("GET", server.baseUrl().resolved(QUrl(kStatus)));
        QCOMPARE(none.status, 401);
        QCOMPARE(LearnerApi::errorCode(none), QStringLiteral("missing_token"));
        QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(none.header("Request-Id").startsWith("req_"));

        const QByteArray header = QByteArray(R"({"alg":"none","typ":"JWT"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray claims = ann.token().split('.').at(1);
        const QList<QPair<QByteArray, QString>> refused{
            {ann.token(-120), QStringLiteral("token_expired")},
            {ann.token(3600, "another-secret-of-someone-else-0123456789"), QStringLiteral("invalid_signature")},
            {header + '.' + claims + ".c2ln", QStringLiteral("unsupported_algorithm")},
            {"not-a-token", QStringLiteral("malformed_token")},
            // Signed, but with times no clock has (found by fuzz_jwt: a cast that was undefined).
            {server::JwtVerifier::sign({{QStringLiteral("sub"), QStringLiteral("usr_ann")}, {QStringLiteral("exp"), 1e300}},
                                       QByteArray(test::kJwtSecret)),
             QStringLiteral("invalid_claims")},
            {server::JwtVerifier::sign({{QStringLiteral("sub"), QStringLiteral("usr_ann")},
                                        {QStringLiteral("exp"), double(QDateTime::currentSecsSinceEpoch() + 600)},
                                        {QStringLiteral("nbf"), -1e300}},
                                       QByteArray(test::kJwtSecret)),
             QStringLiteral("invalid_claims")},
        };
        for (const auto &[token, code] : refused) {
            LearnerApi caller = ann;
            caller.useToken(token);
            const auto reply = caller.get(kStatus);
            QCOMPARE(reply.status, 401);
            QCOMPARE(LearnerApi::errorCode(reply), code);
        }

        // A valid token for someone new creates the learner, once.
        QString dbError;
        const QSqlDatabase db = testDb.openMigrated(&dbError);
        QVERIFY2(db.isOpen(), qPrintable(dbError));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 'usr_ann'")), 0);
        const auto first = ann.get(kStatus);
        QCOMPARE(first.status, 200);
        QCOMPARE(LearnerApi::json(first).value(QStringLiteral("is_premium")).toBool(), false);
        QCOMPARE(LearnerApi::json(first).value(QStringLiteral("premium_source")).type(), QJsonValue::Null);
        QCOMPARE(ann.get(kStatus).status, 200);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 'usr_ann' AND email = 'ann@example.com'")), 1);

        // First sight needs an e-mail, and one nobody else has.
        LearnerApi anonymous(server.baseUrl(), QStringLiteral("usr_nomail"), QString());
        QCOMPARE(LearnerApi::errorCode(anonymous.get(kStatus)), QStringLiteral("invalid_claims"));
        LearnerApi impostor(server.baseUrl(), QStringLiteral("usr_other"), QStringLiteral("ANN@example.com"));
        const auto conflict = impostor.get(kStatus);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(LearnerApi::errorCode(conflict), QStringLiteral("account_conflict"));
        QString error;
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void eachLearnerSeesOnlyTheirOwnAccount()
    {
        COMPANION_TEST_DATABASE(testDb);
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startServer(server, testDb));
        QString dbError;
        const QSqlDatabase db = testDb.openMigrated(&dbError);
        QVERIFY2(db.isOpen(), qPrintable(dbError));
        addUser(db, QStringLiteral("usr_bea"), QStringLiteral("bea@example.com"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(test::deliverSignedWebhook(server.baseUrl(), test::subscriptionEvent(QStringLiteral("evt_bea_1"), QStringLiteral("usr_bea"),
                                                                                     QStringLiteral("active"), now - 10),
                                            test::kServerWebhookSecret).status, 200);

        LearnerApi ann(server.baseUrl(), QStringLiteral("usr_ann"), QStringLiteral("ann@example.com"));
        LearnerApi bea(server.baseUrl(), QStringLiteral("usr_bea"), QStringLiteral("bea@example.com"));
        const QJsonObject beaStatus = LearnerApi::json(bea.get(kStatus));
        QCOMPARE(beaStatus.value(QStringLiteral("is_premium")).toBool(), true);
        QCOMPARE(beaStatus.value(QStringLiteral("premium_source")).toString(), QStringLiteral("subscription"));
        QCOMPARE(beaStatus.value(QStringLiteral("subscription_id")).toString(), QStringLiteral("sub_usr_bea"));
        QCOMPARE(beaStatus.value(QStringLiteral("subscription_status")).toString(), QStringLiteral("active"));
        QCOMPARE(beaStatus.value(QStringLiteral("plan")).toString(), QStringLiteral("monthly"));
        // The guide's SubscriptionResponse: an ISO-8601 string in UTC; the number beside it.
        const QString periodEnd = beaStatus.value(QStringLiteral("current_period_end")).toString();
        QVERIFY2(periodEnd.endsWith(QLatin1String("+00:00")), qPrintable(periodEnd));
        QCOMPARE(QDateTime::fromString(periodEnd, Qt::ISODate).toSecsSinceEpoch(), now - 10 + 30 * 86400);
        QCOMPARE(beaStatus.value(QStringLiteral("current_period_end_unix")).toInteger(), now - 10 + 30 * 86400);

        const QJsonObject annStatus = LearnerApi::json(ann.get(kStatus));
        QCOMPARE(annStatus.value(QStringLiteral("is_premium")).toBool(), false);
        QCOMPARE(annStatus.value(QStringLiteral("subscription_id")).type(), QJsonValue::Null);
        // Ann cannot cancel anything, and Bea's subscription is untouched by her trying.
        const auto cancel = ann.post(kCancel);
        QCOMPARE(cancel.status, 404);
        QCOMPARE(LearnerApi::errorCode(cancel), QStringLiteral("no_subscription"));
        QCOMPARE(LearnerApi::errorCode(ann.post(kResume)), QStringLiteral("no_subscription"));
        // Naming Bea's ids changes nothing: who is asking comes from the token alone.
        const QJsonObject beasIds{{QStringLiteral("subscription_id"), QStringLiteral("sub_usr_bea")}, {QStringLiteral("user_id"), QStringLiteral("usr_bea")}};
        QCOMPARE(ann.post(kCancel, beasIds).status, 404);
        QCOMPARE(ann.post(kResume, beasIds).status, 404);
        const QJsonObject asked = LearnerApi::json(ann.get(kStatus + QStringLiteral("?user_id=usr_bea&subscription_id=sub_usr_bea")));
        QCOMPARE(asked.value(QStringLiteral("is_premium")).toBool(), false);
        QCOMPARE(asked.value(QStringLiteral("subscription_id")).type(), QJsonValue::Null);
        QCOMPARE(ann.get(QStringLiteral("/api/v1/chapters/chapter-4?user_id=usr_bea")).status, 403);
        QCOMPARE(LearnerApi::json(bea.get(kStatus)).value(QStringLiteral("cancel_at_period_end")).toBool(), false);
        QString error;
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void chaptersFollowEntitlement()
    {
        COMPANION_TEST_DATABASE(testDb);
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startServer(server, testDb));
        LearnerApi cat(server.baseUrl(), QStringLiteral("usr_cat"), QStringLiteral("cat@example.com"));

        const auto list = cat.get(QStringLiteral("/api/v1/chapters"));
        QCOMPARE(list.status, 200);
        const QJsonArray chapters = LearnerApi::json(list).value(QStringLiteral("chapters")).toArray();
        QCOMPARE(chapters.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const QJsonObject chapter = chapters.at(i).toObject();
            QCOMPARE(chapter.value(QStringLiteral("id")).toString(), QStringLiteral("chapter-%1").arg(i + 1));
            QCOMPARE(chapter.value(QStringLiteral("requires_premium")).toBool(), i >= 3);
            QCOMPARE(chapter.value(QStringLiteral("accessible")).toBool(), i < 3);
        }
        QCOMPARE(chapters.at(3).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Advanced Prompting Techniques"));
        QCOMPARE(chapters.at(4).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("AI Safety and Ethics"));
        QCOMPARE(chapters.at(5).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Real-World AI Applications"));

        const auto free = cat.get(QStringLiteral("/api/v1/chapters/chapter-1"));
        QCOMPARE(free.status, 200);
        QVERIFY(LearnerApi::json(free).value(QStringLiteral("content_markdown")).toString().startsWith(QStringLiteral("# Introduction to AI")));
        const auto locked = cat.get(QStringLiteral("/api/v1/chapters/chapter-4"));
        QCOMPARE(locked.status, 403);
        QCOMPARE(LearnerApi::errorCode(locked), QStringLiteral("premium_required"));
        const QJsonObject upgrade = LearnerApi::json(locked).value(QStringLiteral("error")).toObject().value(QStringLiteral("upgrade")).toObject();
        QCOMPARE(upgrade.value(QStringLiteral("checkout_endpoint")).toString(), kCheckout);
        QVERIFY(!locked.body.contains("Advanced prompting"));
        QCOMPARE(LearnerApi::errorCode(cat.get(QStringLiteral("/api/v1/chapters/chapter-9"))), QStringLiteral("chapter_not_found"));

        // Support grants Premium by hand (through core's entitlement rules): readable at once.
        QString dbError;
        const QSqlDatabase db = testDb.openMigrated(&dbError);
        QVERIFY2(db.isOpen(), qPrintable(dbError));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery grant(db);
        grant.prepare(QStringLiteral("INSERT INTO entitlement_grants (user_id, granted_by, reason, starts_at, expires_at, created_at) "
                                     "VALUES ('usr_cat', 'support:tess', 'course author review', ?, ?, ?)"));
        grant.addBindValue(now - 1);
        grant.addBindValue(now + 86400);
        grant.addBindValue(now);
        QVERIFY(grant.exec());
        billing::BillingStore(db, testDb.config().dialect).recomputeEntitlement(QStringLiteral("usr_cat"), now);
        const auto open = cat.get(QStringLiteral("/api/v1/chapters/chapter-4"));
        QCOMPARE(open.status, 200);
        QVERIFY(LearnerApi::json(open).value(QStringLiteral("content_markdown")).toString().contains(QStringLiteral("Advanced Prompting")));
        QCOMPARE(LearnerApi::json(cat.get(kStatus)).value(QStringLiteral("premium_source")).toString(), QStringLiteral("grant"));
        // …and there is nothing to buy while the grant lasts.
        QCOMPARE(LearnerApi::errorCode(cat.post(kCheckout)), QStringLiteral("already_premium"));
        QString error;
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void badRequestsAreRefusedClearly()
    {
        COMPANION_TEST_DATABASE(testDb);
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startServer(server, testDb));
        LearnerApi dan(server.baseUrl(), QStringLiteral("usr_dan"), QStringLiteral("dan@example.com"));
        const auto cases = badCheckoutBodies();
        for (const auto &[body, status, code] : cases) {
            const auto reply = dan.postRaw(kCheckout, body);
            QVERIFY2(reply.status == status && LearnerApi::errorCode(reply) == code,
                     qPrintable(QStringLiteral("%1 → %2 %3").arg(QString::fromUtf8(body.left(60)), QString::number(reply.status),
                                                                  QString::fromUtf8(reply.body))));
        }
        QString error;
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void paymentEndpointsAreRateLimited()
    {
        COMPANION_TEST_DATABASE(testDb);
        {
            test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
            // 8 a minute, 2 at once, per learner.
            QVERIFY(startServer(server, testDb, {{QStringLiteral("RATE_LIMIT_PER_USER"), QStringLiteral("8")}}));
            LearnerApi eve(server.baseUrl(), QStringLiteral("usr_eve"), QStringLiteral("eve@example.com"));
            LearnerApi fay(server.baseUrl(), QStringLiteral("usr_fay"), QStringLiteral("fay@example.com"));
            QCOMPARE(eve.get(kStatus).status, 200);
            QCOMPARE(eve.get(kStatus).status, 200);
            const auto limited = eve.get(kStatus);
            QCOMPARE(limited.status, 429);
            QCOMPARE(LearnerApi::errorCode(limited), QStringLiteral("rate_limited"));
            const int retryAfter = limited.header("Retry-After").toInt();
            QVERIFY2(retryAfter >= 1 && retryAfter <= 8, limited.header("Retry-After").constData());
            QCOMPARE(fay.get(kStatus).status, 200);                           // others are not affected
            QCOMPARE(eve.get(QStringLiteral("/api/v1/chapters")).status, 200); // reading is not a payment call
            QString error;
            QVERIFY2(server.terminate(&error), qPrintable(error));
        }
        {
            test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
            QVERIFY(startServer(server, testDb, {{QStringLiteral("RATE_LIMIT_PER_USER"), QStringLiteral("0")},
                                                 {QStringLiteral("RATE_LIMIT_PER_IP"), QStringLiteral("8")}}));
            LearnerApi eve(server.baseUrl(), QStringLiteral("usr_eve"), QStringLiteral("eve@example.com"));
            LearnerApi fay(server.baseUrl(), QStringLiteral("usr_fay"), QStringLiteral("fay@example.com"));
            QCOMPARE(eve.get(kStatus).status, 200);
            QCOMPARE(fay.get(kStatus).status, 200);
            // The same address, whoever signs in (or tries to, without a token).
            QCOMPARE(fay.get(kStatus).status, 429);
            QCOMPARE(test::httpRequest("GET", server.baseUrl().resolved(QUrl(kStatus))).status, 429);
            // X-Forwarded-For from a client that is not a trusted proxy changes nothing.
            QCOMPARE(test::httpRequest("GET", server.baseUrl().resolved(QUrl(kStatus)),
                                       {{"Authorization", "Bearer " + eve.token()}, {"X-Forwarded-For", "198.51.100.7"}}).status, 429);
            QString error;
            QVERIFY2(server.terminate(&error), qPrintable(error));
        }
        {
            // Behind a trusted reverse proxy, each learner's own address is limited.
            test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
            QVERIFY(startServer(server, testDb, {{QStringLiteral("RATE_LIMIT_PER_USER"), QStringLiteral("0")},
                                                 {QStringLiteral("RATE_LIMIT_PER_IP"), QStringLiteral("8")},
                                                 {QStringLiteral("TRUSTED_PROXIES"), QStringLiteral("127.0.0.0/8, ::1")}}));
            LearnerApi eve(server.baseUrl(), QStringLiteral("usr_eve"), QStringLiteral("eve@example.com"));
            auto from = [&](const QByteArray &forwardedFor) {
                return test::httpRequest("GET", server.baseUrl().resolved(QUrl(kStatus)),
                                         {{"Authorization", "Bearer " + eve.token()}, {"X-Forwarded-For", forwardedFor}}).status;
            };
            QCOMPARE(from("203.0.113.5"), 200);
            QCOMPARE(from("10.9.9.9, 203.0.113.5"), 200); // what the client claims before the proxy is not believed
            QCOMPARE(from("203.0.113.5"), 429);
            QCOMPARE(from("203.0.113.6"), 200);           // another learner behind the same proxy
            QString error;
            QVERIFY2(server.terminate(&error), qPrintable(error));
        }
    }

    void stripeTroubleIsAnsweredInWords()
    {
        COMPANION_TEST_DATABASE(testDb);
        test::ScriptedHttpServer stripe;
        QVERIFY(stripe.listen());
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startServer(server, testDb, {{QStringLiteral("STRIPE_API_BASE"), stripe.baseUrl().toString()}}));
        LearnerApi gus(server.baseUrl(), QStringLiteral("usr_gus"), QStringLiteral("gus@example.com"));

        // Two 500s, then success: the retries carry the first attempt's Idempotency-Key.
        const QByteArray session = R"({"id":"cs_test_1","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_test_1","expires_at":1900000000})";
        stripe.enqueue(answer(500, R"({"error":{"type":"api_error","message":"boom"}})"));
        stripe.enqueue(answer(500, R"({"error":{"type":"api_error","message":"boom"}})"));
        stripe.enqueue(answer(200, session));
        const auto ok = gus.post(kCheckout, {{QStringLiteral("plan"), QStringLiteral("monthly")}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(LearnerApi::json(ok).value(QStringLiteral("session_id")).toString(), QStringLiteral("cs_test_1"));
        QCOMPARE(LearnerApi::json(ok).value(QStringLiteral("checkout_url")).toString(), QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_1"));
        QCOMPARE(LearnerApi::json(ok).value(QStringLiteral("expires_at")).toString(), QStringLiteral("2030-03-17T17:46:40+00:00"));
        QCOMPARE(LearnerApi::json(ok).value(QStringLiteral("expires_at_unix")).toInteger(), 1900000000);
        QCOMPARE(stripe.requests().size(), 3);
        const QByteArray key = stripe.requests().at(0).headers.value("idempotency-key");
        QVERIFY(!key.isEmpty());
        for (const auto &request : stripe.requests())
            QCOMPARE(request.headers.value("idempotency-key"), key);
        // What Stripe was asked for: the guide's session, tied to this learner.
        const QUrlQuery form(QString::fromUtf8(stripe.requests().at(0).body));
        QCOMPARE(form.queryItemValue(QStringLiteral("mode")), QStringLiteral("subscription"));
        QCOMPARE(form.queryItemValue(QStringLiteral("line_items[0][price]"), QUrl::FullyDecoded), QString::fromLatin1(test::kPremiumPrice));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_reference_id")), QStringLiteral("usr_gus"));
        QCOMPARE(form.queryItemValue(QStringLiteral("metadata[user_id]"), QUrl::FullyDecoded), QStringLiteral("usr_gus"));
        QCOMPARE(form.queryItemValue(QStringLiteral("subscription_data[metadata][user_id]"), QUrl::FullyDecoded), QStringLiteral("usr_gus"));
        QCOMPARE(form.queryItemValue(QStringLiteral("customer_email"), QUrl::FullyDecoded), QStringLiteral("gus@example.com"));
        QCOMPARE(form.queryItemValue(QStringLiteral("success_url"), QUrl::FullyDecoded), QStringLiteral("https://chat.openai.com/?payment=success"));

        // Stripe refusing our request (a wrong price id, say) is our problem: 502, not the learner's.
        stripe.enqueue(answer(400, R"({"error":{"type":"invalid_request_error","code":"resource_missing","message":"No such price"}})",
                              {{"Request-Id", "req_stripe_1"}}));
        const auto refused = gus.post(kCheckout);
        QCOMPARE(refused.status, 502);
        QCOMPARE(LearnerApi::errorCode(refused), QStringLiteral("payment_provider_error"));
        QVERIFY(!refused.body.contains("No such price"));
        QString error;
        QVERIFY2(server.terminate(&error), qPrintable(error));

        // Stripe unreachable: try again later.
        test::RunningProgram offline(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startServer(offline, testDb));
        LearnerApi gus2(offline.baseUrl(), QStringLiteral("usr_gus"), QStringLiteral("gus@example.com"));
        const auto down = gus2.post(kCheckout);
        QCOMPARE(down.status, 503);
        QCOMPARE(LearnerApi::errorCode(down), QStringLiteral("payment_provider_unavailable"));
        QVERIFY(!down.header("Retry-After").isEmpty());
        QVERIFY2(offline.terminate(&error), qPrintable(error));
    }

    void shutdownWaitsForRequestsInFlight()
    {
        COMPANION_TEST_DATABASE(testDb);
        test::ScriptedHttpServer stripe;
        QVERIFY(stripe.listen());
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startServer(server, testDb, {{QStringLiteral("STRIPE_API_BASE"), stripe.baseUrl().toString()}}));
        LearnerApi hal(server.baseUrl(), QStringLiteral("usr_hal"), QStringLiteral("hal@example.com"));
        QCOMPARE(hal.get(kStatus).status, 200); // the learner exists before the slow call
        auto slow = answer(200, kSlowSession);
        slow.delayMs = 1500;
        stripe.enqueue(slow);
        QTimer::singleShot(500, [&server] { server.requestStop(); }); // SIGTERM while Stripe is slow
        const auto reply = hal.post(kCheckout);
        QCOMPARE(reply.status, 200);
        QCOMPARE(LearnerApi::json(reply).value(QStringLiteral("session_id")).toString(), QStringLiteral("cs_test_slow"));
        QString error;
        // Answered although SIGTERM came a second before Stripe did; then a clean exit.
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void aSecondSigtermDoesNotWait()
    {
        COMPANION_TEST_DATABASE(testDb);
        test::ScriptedHttpServer stripe;
        QVERIFY(stripe.listen());
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startServer(server, testDb, {{QStringLiteral("STRIPE_API_BASE"), stripe.baseUrl().toString()}}));
        LearnerApi ivy(server.baseUrl(), QStringLiteral("usr_ivy"), QStringLiteral("ivy@example.com"));
        QCOMPARE(ivy.get(kStatus).status, 200);
        auto never = answer(200, kSlowSession);
        never.hang = true; // Stripe never answers
        stripe.enqueue(never);
        QElapsedTimer clock;
        clock.start();
        QTimer::singleShot(300, [&server] { server.requestStop(); });
        QTimer::singleShot(600, [&server] { server.requestStop(); }); // the operator insists
        const auto reply = ivy.post(kCheckout);
        QCOMPARE(reply.status, 0); // cut off
        QTRY_VERIFY_WITH_TIMEOUT(!server.isRunning(), 5000);
        QVERIFY2(clock.elapsed() < 5000, "stopped well before the 10 s drain time");
        QString error;
        QVERIFY2(server.terminate(&error), qPrintable(error)); // exited normally, status 0
    }

    // The original guide, end to end: checkout → pay in the sandbox → webhook →
    // premium → chapter 4; a declined card; cancel keeps Premium until the period
    // ends; then free again.
    void theGuidesWholeFlowAgainstTheSandbox()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const quint16 serverPort = test::freeLocalPort();
        test::SandboxClient sandbox;
        QVERIFY2(sandbox.start(&error, {QStringLiteral("--forward-to"), QStringLiteral("http://127.0.0.1:%1/api/v1/payments/webhook").arg(serverPort),
                                        QStringLiteral("--webhook-secret"), QString::fromLatin1(test::kServerWebhookSecret)}),
                 qPrintable(error));
        const QString price = sandbox.createPremiumPrice();
        const QList<QPair<QString, QString>> env{{QStringLiteral("STRIPE_API_BASE"), sandbox.baseUrl().toString()},
                                                 {QStringLiteral("STRIPE_PREMIUM_PRICE_ID"), price},
                                                 {QStringLiteral("RATE_LIMIT_PER_USER"), QStringLiteral("0")}, // the test polls
                                                 {QStringLiteral("RATE_LIMIT_PER_IP"), QStringLiteral("0")}};
        // The operator's commands make the learner and their token.
        QProcess cli;
        cli.setProcessEnvironment(test::serverEnvironment(env));
        cli.start(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ida@example.com"),
                                                         QStringLiteral("--name"), QStringLiteral("Ida"), QStringLiteral("--database"), testDb.url()});
        QVERIFY(cli.waitForFinished(30000) && cli.exitCode() == 0);
        const QString userId = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
        QVERIFY2(userId.startsWith(QStringLiteral("usr_")), qPrintable(userId));
        cli.start(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("token"), QStringLiteral("ida@example.com"), QStringLiteral("--ttl"),
                                                         QStringLiteral("10m"), QStringLiteral("--database"), testDb.url()});
        QVERIFY(cli.waitForFinished(30000) && cli.exitCode() == 0);

        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startServer(server, testDb, env, {QStringLiteral("--port"), QString::number(serverPort)}));
        LearnerApi ida(server.baseUrl(), userId, QStringLiteral("ida@example.com"));
        ida.useToken(cli.readAllStandardOutput().trimmed());
        auto status = [&] { return LearnerApi::json(ida.get(kStatus)); };
        QCOMPARE(status().value(QStringLiteral("is_premium")).toBool(), false);

        // A declined card: still free.
        auto checkout = [&] {
            const auto reply = ida.post(kCheckout, {{QStringLiteral("success_url"), QStringLiteral("https://course.example/done?session={CHECKOUT_SESSION_ID}")}});
            return std::pair{reply.status, LearnerApi::json(reply)};
        };
        const auto [declinedStatus, declinedSession] = checkout();
        QCOMPARE(declinedStatus, 200);
        QVERIFY(declinedSession.value(QStringLiteral("checkout_url")).toString().startsWith(sandbox.baseUrl().toString()));
        QVERIFY(declinedSession.value(QStringLiteral("expires_at_unix")).toInteger() > QDateTime::currentSecsSinceEpoch());
        const QString declinedId = declinedSession.value(QStringLiteral("session_id")).toString();
        QCOMPARE(sandbox.post(QStringLiteral("/v1/test_helpers/checkout/sessions/%1/complete").arg(declinedId),
                              {{QStringLiteral("card"), QStringLiteral("4000000000000002")}}).status, 402);
        QTest::qWait(500);
        QCOMPARE(status().value(QStringLiteral("is_premium")).toBool(), false);
        QCOMPARE(ida.get(QStringLiteral("/api/v1/chapters/chapter-4")).status, 403);

        // 4242: the webhook makes Ida Premium and chapter 4 opens.
        const auto [paidStatus, paidSession] = checkout();
        QCOMPARE(paidStatus, 200);
        const QString sessionId = paidSession.value(QStringLiteral("session_id")).toString();
        const auto stored = sandbox.get(QStringLiteral("/v1/checkout/sessions/") + sessionId);
        QCOMPARE(stored.body.value(QStringLiteral("client_reference_id")).toString(), userId);
        QCOMPARE(stored.body.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString(), userId);
        QCOMPARE(sandbox.post(QStringLiteral("/v1/test_helpers/checkout/sessions/%1/complete").arg(sessionId),
                              {{QStringLiteral("card"), QStringLiteral("4242424242424242")}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("is_premium")).toBool(), 15000);
        QCOMPARE(status().value(QStringLiteral("subscription_status")).toString(), QStringLiteral("active"));
        QCOMPARE(ida.get(QStringLiteral("/api/v1/chapters/chapter-4")).status, 200);
        const auto again = checkout();
        QCOMPARE(again.first, 409);
        const QString subscription = status().value(QStringLiteral("subscription_id")).toString();
        QCOMPARE(sandbox.get(QStringLiteral("/v1/subscriptions/") + subscription)
                     .body.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString(), userId);

        // Cancel: Premium stays until the period ends (the guide downgraded at once).
        const auto cancel = ida.post(kCancel);
        QCOMPARE(cancel.status, 200);
        QCOMPARE(LearnerApi::json(cancel).value(QStringLiteral("cancel_at_period_end")).toBool(), true);
        QCOMPARE(LearnerApi::json(cancel).value(QStringLiteral("is_premium")).toBool(), true);
        QCOMPARE(sandbox.get(QStringLiteral("/v1/subscriptions/") + subscription).body.value(QStringLiteral("cancel_at_period_end")).toBool(), true);
        QString dbError;
        const QSqlDatabase db = testDb.openMigrated(&dbError);
        QVERIFY2(db.isOpen(), qPrintable(dbError));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'subscription.cancel_at_period_end' "
                                              "AND user_id = ? AND stripe_request_id LIKE 'req_%'"), {userId}), 1);
        // Resume undoes it; cancelling twice changes nothing more.
        QCOMPARE(LearnerApi::json(ida.post(kResume)).value(QStringLiteral("cancel_at_period_end")).toBool(), false);
        QCOMPARE(LearnerApi::json(ida.post(kCancel)).value(QStringLiteral("cancel_at_period_end")).toBool(), true);
        QCOMPARE(ida.post(kCancel).status, 200);
        QTest::qWait(500); // the webhooks of these changes arrive and change nothing
        QCOMPARE(status().value(QStringLiteral("cancel_at_period_end")).toBool(), true);
        QCOMPARE(status().value(QStringLiteral("is_premium")).toBool(), true);
        QCOMPARE(ida.get(QStringLiteral("/api/v1/chapters/chapter-5")).status, 200);

        // The period ends: free again, and there is nothing left to cancel.
        QCOMPARE(sandbox.advanceDays(32).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!status().value(QStringLiteral("is_premium")).toBool(), 15000);
        QCOMPARE(status().value(QStringLiteral("subscription_status")).toString(), QStringLiteral("canceled"));
        QCOMPARE(ida.get(QStringLiteral("/api/v1/chapters/chapter-4")).status, 403);
        const auto late = ida.post(kCancel);
        QCOMPARE(late.status, 400);
        QCOMPARE(LearnerApi::errorCode(late), QStringLiteral("subscription_not_active"));
        QVERIFY(sandbox.stop(&error));
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerLearnerApi)
#include "tst_server_learner_api.moc"
