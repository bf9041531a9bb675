// companion-server's webhook receiver over real HTTP, on SQLite and PostgreSQL:
// signed events are stored before the 200, duplicates are acknowledged without
// effect, bad signatures get 400 and are kept as rejected, and stripe-sandbox's own
// deliveries turn a learner Premium after a checkout.
#include "BillingStack.h"
#include "RunningProgram.h"
#include "SandboxClient.h"
#include "ScriptedHttpServer.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "billing/PayoutLedger.h"
#include "billing/WebhookSignature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QtTest>

using namespace companion;

namespace {
const QByteArray kSecret = "whsec_test_server_webhooks_0123456789";

} // namespace

class TestServerWebhooks : public QObject
{
    Q_OBJECT
private:
    static void addUser(const QSqlDatabase &db, const QString &id)
    {
        QString error;
        QVERIFY2(test::TestDatabase::addLearner(db, id, &error), qPrintable(error));
    }

    static QProcessEnvironment serverEnvironment()
    {
        return test::serverEnvironment({{QStringLiteral("STRIPE_WEBHOOK_SECRET"), QString::fromLatin1(kSecret)}});
    }

    // The server on the test database, asking the scripted `stripe` when in doubt, and `user` in it.
    static bool startAskingScriptedStripe(const test::TestDatabase &testDb, const QString &user, test::ScriptedHttpServer &stripe,
                                          test::RunningProgram &server, QSqlDatabase *db)
    {
        QString error;
        *db = testDb.openMigrated(&error);
        if (!db->isOpen() || !stripe.listen()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        addUser(*db, user);
        QProcessEnvironment env = serverEnvironment();
        env.insert(QStringLiteral("STRIPE_API_BASE"), stripe.baseUrl().toString());
        if (!server.start({QStringLiteral("--database"), testDb.url()}, env, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void signedEventsAreStoredBeforeTheAnswer()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        addUser(db, QStringLiteral("usr_w1"));
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, serverEnvironment(), &error), qPrintable(error));

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray body = test::subscriptionEvent(QStringLiteral("evt_w1"), QStringLiteral("usr_w1"), QStringLiteral("active"), now);
        const auto first = test::deliverWebhook(server.baseUrl(), body, billing::WebhookVerifier::signatureHeader(kSecret, now, body));
        QCOMPARE(first.status, 200);
        QCOMPARE(QJsonDocument::fromJson(first.body).object().value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
        QCOMPARE(QJsonDocument::fromJson(first.body).object().value(QStringLiteral("status")).toString(), QStringLiteral("success")); // the guide's answer
        QVERIFY(test::isPremium(db, QStringLiteral("usr_w1"))); // durable before the 200

        const auto again = test::deliverWebhook(server.baseUrl(), body, billing::WebhookVerifier::signatureHeader(kSecret, now + 5, body));
        QCOMPARE(again.status, 200);
        QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QStringLiteral("outcome")).toString(), QStringLiteral("duplicate"));

        // Refusals: tampered body, missing header, stale timestamp, another secret.
        QByteArray nulText = body;
        nulText.replace("evt_w1", "evt_w1nul").replace("\"usr_w1\"", "\"usr_w1\\u0000\"");
        QVERIFY(nulText.contains("\\u0000"));
        QByteArray tampered = body;
        tampered.replace("active", "paused");
        const QList<std::pair<test::HttpReply, QString>> refusals{
            {test::deliverWebhook(server.baseUrl(), tampered, billing::WebhookVerifier::signatureHeader(kSecret, now, body)), QStringLiteral("signature_mismatch")},
            {test::deliverWebhook(server.baseUrl(), body, {}), QStringLiteral("missing_header")},
            {test::deliverWebhook(server.baseUrl(), body, billing::WebhookVerifier::signatureHeader(kSecret, now - 301, body)), QStringLiteral("too_old")},
            {test::deliverWebhook(server.baseUrl(), body, billing::WebhookVerifier::signatureHeader("whsec_other_secret_0000000000", now, body)),
             QStringLiteral("signature_mismatch")},
            // Signed, but no Stripe event: refused as the official libraries' construct_event does.
            {test::deliverWebhook(server.baseUrl(), "not json", billing::WebhookVerifier::signatureHeader(kSecret, now, "not json")),
             QStringLiteral("invalid_payload")},
            {test::deliverWebhook(server.baseUrl(), R"({"object":"event"})", billing::WebhookVerifier::signatureHeader(kSecret, now, R"({"object":"event"})")),
             QStringLiteral("invalid_payload")},
            // An event whose text no database keeps (a NUL in its learner's id).
            {test::deliverWebhook(server.baseUrl(), nulText, billing::WebhookVerifier::signatureHeader(kSecret, now, nulText)),
             QStringLiteral("invalid_payload")},
        };
        for (const auto &[reply, code] : refusals) {
            QCOMPARE(reply.status, 400);
            const QJsonObject refusal = QJsonDocument::fromJson(reply.body).object();
            QCOMPARE(refusal.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), code);
            // FastAPI's {"detail": …}, which a client of the original guide reads.
            QCOMPARE(refusal.value(QStringLiteral("detail")).toString(), refusal.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString());
            QVERIFY(!refusal.value(QStringLiteral("detail")).toString().isEmpty());
        }
        QSqlQuery q(db);
        QTRY_VERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE outcome = 'rejected'")) && q.next() && q.value(0).toInt() == 7);
        QVERIFY(q.exec(QStringLiteral("SELECT delivery_count FROM webhook_events WHERE event_id = 'evt_w1'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(test::isPremium(db, QStringLiteral("usr_w1")));

        const auto huge = test::deliverWebhook(server.baseUrl(), QByteArray(600 * 1024, 'x'), "t=1,v1=00");
        QCOMPARE(huge.status, 413);
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    // Several instances behind one load balancer, one database: Stripe's retry of a
    // delivery may reach another instance while the first is still storing it.
    void twoServersOnOneDatabaseApplyEachEventOnce()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        constexpr int kEvents = 40;
        for (int i = 0; i < kEvents; ++i)
            addUser(db, QStringLiteral("usr_twin_%1").arg(i));
        test::RunningProgram first(QStringLiteral(COMPANION_SERVER_BIN));
        test::RunningProgram second(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(first.start({QStringLiteral("--database"), testDb.url()}, serverEnvironment(), &error), qPrintable(error));
        QVERIFY2(second.start({QStringLiteral("--database"), testDb.url()}, serverEnvironment(), &error), qPrintable(error));

        QNetworkAccessManager network;
        QHash<QString, QStringList> outcomes; // event id -> the two answers
        int pending = 0, failures = 0;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < kEvents; ++i) {
            const QString eventId = QStringLiteral("evt_twin_%1").arg(i);
            const QByteArray body = test::subscriptionEvent(eventId, QStringLiteral("usr_twin_%1").arg(i), QStringLiteral("active"), now - 10);
            for (const test::RunningProgram *server : {&first, &second}) {
                QNetworkRequest request(server->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/payments/webhook"))));
                request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
                request.setRawHeader("Stripe-Signature", billing::WebhookVerifier::signatureHeader(kSecret, now, body));
                QNetworkReply *reply = network.post(request, body);
                ++pending;
                connect(reply, &QNetworkReply::finished, this, [&, reply, eventId] {
                    --pending;
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                        ++failures;
                    outcomes[eventId] << QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("outcome")).toString();
                    reply->deleteLater();
                });
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 30000);
        QCOMPARE(failures, 0);
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
            QStringList answers = it.value();
            answers.sort();
            QCOMPARE(answers, (QStringList{QStringLiteral("applied"), QStringLiteral("duplicate")}));
        }
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(delivery_count) FROM webhook_events WHERE event_id LIKE 'evt_twin_%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), kEvents);
        QCOMPARE(q.value(1).toInt(), 2 * kEvents);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id LIKE 'usr_twin_%' AND is_premium")), kEvents);
        QVERIFY2(first.terminate(&error), qPrintable(error));
        QVERIFY2(second.terminate(&error), qPrintable(error));
    }

    // Two events of the same second cannot be ordered: Stripe is asked for the truth,
    // without making the delivery (or the ones behind it) wait for its answer.
    void sameSecondEventsFetchStripesTruthInTheBackground()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        QSqlDatabase db;
        test::ScriptedHttpServer stripe;
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startAskingScriptedStripe(testDb, QStringLiteral("usr_ria"), stripe, server, &db));

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QUrl url = server.baseUrl();
        QCOMPARE(test::deliverSignedWebhook(url, test::subscriptionEvent(QStringLiteral("evt_new"), QStringLiteral("usr_ria"), QStringLiteral("active"), now - 10), kSecret).status, 200);
        // Stripe's truth: canceled since. It answers slowly.
        const QJsonObject truth = test::subscriptionObject(QStringLiteral("usr_ria"), QStringLiteral("canceled"), now);
        test::ScriptedHttpServer::Answer slow;
        slow.body = QJsonDocument(truth).toJson(QJsonDocument::Compact);
        slow.delayMs = 1500;
        stripe.enqueue(slow);
        QElapsedTimer clock;
        clock.start();
        const auto tie = test::deliverSignedWebhook(url, test::subscriptionEvent(QStringLiteral("evt_tie"), QStringLiteral("usr_ria"), QStringLiteral("past_due"), now - 10), kSecret);
        QCOMPARE(tie.status, 200);
        QVERIFY2(clock.elapsed() < 1400, "the delivery was answered without waiting for Stripe");
        QVERIFY(test::isPremium(db, QStringLiteral("usr_ria"))); // past_due, as the event said, until Stripe answers
        // An older event changes nothing and asks nothing: what we hold is newer.
        const auto stale = test::deliverSignedWebhook(url, test::subscriptionEvent(QStringLiteral("evt_old"), QStringLiteral("usr_ria"), QStringLiteral("incomplete"), now - 60), kSecret);
        QCOMPARE(QJsonDocument::fromJson(stale.body).object().value(QStringLiteral("outcome")).toString(), QStringLiteral("stale"));
        QTRY_VERIFY_WITH_TIMEOUT(!test::isPremium(db, QStringLiteral("usr_ria")), 10000); // Stripe's answer did
        QCOMPARE(stripe.requests().size(), 1);
        QCOMPARE(stripe.requests().at(0).target, QByteArray("/v1/subscriptions/sub_usr_ria"));
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    // Stripe cannot answer the question about a tie (503 on every try of one call):
    // it is asked again after a pause, and its answer still wins. Giving up here
    // would leave the tie's payload in place: a learner whose retried payment went
    // through would stay without Premium.
    void aQuestionStripeCouldNotAnswerIsAskedAgain()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        QSqlDatabase db;
        test::ScriptedHttpServer stripe;
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY(startAskingScriptedStripe(testDb, QStringLiteral("usr_rex"), stripe, server, &db));

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QUrl url = server.baseUrl();
        test::ScriptedHttpServer::Answer unavailable;
        unavailable.status = 503;
        unavailable.body = R"({"error":{"type":"api_error","message":"unavailable"}})";
        for (int i = 0; i < 3; ++i) // the call and both its retries
            stripe.enqueue(unavailable);
        test::ScriptedHttpServer::Answer truth;
        truth.body = QJsonDocument(test::subscriptionObject(QStringLiteral("usr_rex"), QStringLiteral("active"), now)).toJson(QJsonDocument::Compact);
        stripe.enqueue(truth);
        // A failed renewal (past_due), then "unpaid" of the same second: the lifecycle
        // allows either order, so only Stripe can say which is current (active: paid since).
        QCOMPARE(test::deliverSignedWebhook(url, test::subscriptionEvent(QStringLiteral("evt_due"), QStringLiteral("usr_rex"), QStringLiteral("past_due"), now - 10), kSecret).status, 200);
        QCOMPARE(test::deliverSignedWebhook(url, test::subscriptionEvent(QStringLiteral("evt_unpaid"), QStringLiteral("usr_rex"), QStringLiteral("unpaid"), now - 10), kSecret).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(stripe.requests().size(), 3, 10000);
        QVERIFY(!test::isPremium(db, QStringLiteral("usr_rex"))); // the tie's payload, for now
        QTRY_VERIFY_WITH_TIMEOUT(test::isPremium(db, QStringLiteral("usr_rex")), 15000); // asked again: Stripe says active
        QCOMPARE(stripe.requests().size(), 4);
        for (const auto &request : stripe.requests())
            QCOMPARE(request.target, QByteArray("/v1/subscriptions/sub_usr_rex"));
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void sandboxCheckoutTurnsTheLearnerPremium()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        addUser(db, QStringLiteral("usr_buyer"));
        // The sandbox forwards to the server, and the server asks the sandbox for current
        // state when events arrive out of order.
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(kSecret), &error), qPrintable(error));
        test::SandboxClient &sandbox = stack.sandbox();
        const QString price = stack.premiumPrice();
        const auto session = sandbox.subscribe(price, QStringLiteral("buyer@example.com"), QStringLiteral("4242424242424242"),
                                               {{QStringLiteral("metadata[user_id]"), QStringLiteral("usr_buyer")},
                                                {QStringLiteral("client_reference_id"), QStringLiteral("usr_buyer")},
                                                {QStringLiteral("subscription_data[metadata][user_id]"), QStringLiteral("usr_buyer")}});
        QCOMPARE(session.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(test::isPremium(db, QStringLiteral("usr_buyer")), 15000);

        // A declined card changes nothing for another learner.
        addUser(db, QStringLiteral("usr_declined"));
        const auto declined = sandbox.subscribe(price, QStringLiteral("declined@example.com"), QStringLiteral("4000000000000002"),
                                                {{QStringLiteral("subscription_data[metadata][user_id]"), QStringLiteral("usr_declined")}});
        QCOMPARE(declined.status, 402);
        QTest::qWait(500);
        QVERIFY(!test::isPremium(db, QStringLiteral("usr_declined")));

        // Cancel at period end keeps Premium; the period's end takes it away.
        const QString sub = session.body.value(QStringLiteral("subscription")).toString();
        QCOMPARE(sandbox.post(QStringLiteral("/v1/subscriptions/") + sub, {{QStringLiteral("cancel_at_period_end"), QStringLiteral("true")}}).status, 200);
        QTest::qWait(500);
        QVERIFY(test::isPremium(db, QStringLiteral("usr_buyer")));
        QCOMPARE(sandbox.advanceDays(32).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!test::isPremium(db, QStringLiteral("usr_buyer")), 15000);
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }

    // A payout that reached the bank brings what it carried at once, with no
    // sync-stripe: the payout.paid event makes the server read its transactions, so
    // finance's cash reconciliation is complete from the webhooks alone.
    void aPaidPayoutBringsWhatItCarried()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        addUser(db, QStringLiteral("usr_payer"));
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(kSecret), &error), qPrintable(error));
        const auto session = stack.sandbox().subscribe(stack.premiumPrice(), QStringLiteral("payer@example.com"), QStringLiteral("4242424242424242"),
                                                       {{QStringLiteral("subscription_data[metadata][user_id]"), QStringLiteral("usr_payer")}});
        QCOMPARE(session.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(test::isPremium(db, QStringLiteral("usr_payer")), 15000);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM balance_transactions")), 0);

        // The funds settle, a payout takes them the next payout day and arrives the next business day.
        QCOMPARE(stack.sandbox().advanceDays(7).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM payouts WHERE status = 'paid' AND transactions_read = ?"),
                                                 {true}) == 1,
                                 15000);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM balance_transactions b JOIN payouts p ON p.id = b.payout_id "
                                                    "WHERE b.reporting_category = 'charge' AND b.amount = 999 AND p.status = 'paid'")),
                 1);
        QList<billing::PayoutRow> payouts;
        QVERIFY2(billing::PayoutLedger(db, testDb.config().dialect).payouts(QString(), &payouts, &error), qPrintable(error));
        QCOMPARE(payouts.size(), 1);
        QVERIFY(payouts.constFirst().transactionsRead);
        QCOMPARE(payouts.constFirst().transactionsNet, payouts.constFirst().amount); // it adds up
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerWebhooks)
#include "tst_server_webhooks.moc"
