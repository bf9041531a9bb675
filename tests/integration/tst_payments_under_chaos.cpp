// The payment path on Stripe's bad day. Learners buy and cancel Premium through
// companion-server while stripe-sandbox --chaos answers 429/503 before doing the
// work, 500 after doing it, seconds late, and sends webhooks twice and out of
// order. They repeat what failed as the course's assistant does, with the same
// Idempotency-Key. In the end Stripe holds exactly one checkout session, one
// subscription, one invoice and one charge per learner, every learner is Premium
// with a scheduled cancel, and every answer on the way was a 200 or a 503 with
// Retry-After, never a 500.
#include "BillingStack.h"
#include "LearnerApi.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QMap>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <cstdio>

using namespace companion;
using test::LearnerApi;

namespace {
const QString kStatus = QStringLiteral("/api/v1/payments/subscription-status");
const QString kCheckout = QStringLiteral("/api/v1/payments/create-checkout-session");
const QString kCancel = QStringLiteral("/api/v1/payments/cancel-subscription");
constexpr int kLearners = 12;
constexpr int kPatience = 25; // tries per request before the test calls it lost

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

// How many objects each value of `field` has, e.g. sessions per client_reference_id.
QMap<QString, int> countBy(const QJsonArray &objects, const std::function<QString(const QJsonObject &)> &field)
{
    QMap<QString, int> counts;
    for (const QJsonValue &object : objects)
        ++counts[field(object.toObject())];
    return counts;
}

struct Tally {
    int requests = 0;
    int unavailable = 0; // 503 payment_provider_unavailable, to be repeated
};
} // namespace

class TestPaymentsUnderChaos : public QObject
{
    Q_OBJECT
private:
    // A POST repeated with one Idempotency-Key until it is answered for good. Only
    // 200 and 503 payment_provider_unavailable (with Retry-After) may come back.
    static test::HttpReply repeatUntilDone(const LearnerApi &learner, const QString &path, const QByteArray &key, Tally &tally,
                                           bool *acceptable)
    {
        test::HttpReply reply;
        *acceptable = true;
        for (int i = 0; i < kPatience; ++i) {
            reply = learner.post(path, {}, {{"Idempotency-Key", key}});
            ++tally.requests;
            if (reply.status != 503)
                break;
            ++tally.unavailable;
            if (LearnerApi::errorCode(reply) != QLatin1String("payment_provider_unavailable") || reply.header("Retry-After").isEmpty()) {
                *acceptable = false;
                return reply;
            }
            QThread::msleep(50); // the assistant would wait Retry-After; the test need not
        }
        *acceptable = reply.status == 200;
        return reply;
    }

private Q_SLOTS:
    void aRepeatedCheckoutWithItsKeyIsOneSession()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        test::BillingStack stack(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(test::kServerWebhookSecret), &error), qPrintable(error));
        LearnerApi ann(stack.server().baseUrl(), QStringLiteral("usr_ann"), QStringLiteral("ann@example.com"));
        LearnerApi bob(stack.server().baseUrl(), QStringLiteral("usr_bob"), QStringLiteral("bob@example.com"));
        auto sessionOf = [](const test::HttpReply &reply) { return LearnerApi::json(reply).value(QStringLiteral("session_id")).toString(); };

        // The same key twice: the first answer again, not a second session.
        const QByteArray key = newKey();
        const auto first = ann.post(kCheckout, {}, {{"Idempotency-Key", key}});
        QCOMPARE(first.status, 200);
        const auto repeated = ann.post(kCheckout, {}, {{"Idempotency-Key", key}});
        QCOMPARE(repeated.status, 200);
        QCOMPARE(sessionOf(repeated), sessionOf(first));
        QCOMPARE(LearnerApi::json(repeated).value(QStringLiteral("checkout_url")), LearnerApi::json(first).value(QStringLiteral("checkout_url")));
        // Another learner's request under the same key is theirs alone.
        const auto bobs = bob.post(kCheckout, {}, {{"Idempotency-Key", key}});
        QCOMPARE(bobs.status, 200);
        QVERIFY(sessionOf(bobs) != sessionOf(first));
        // Without a key every request is a new one, as before.
        const auto keyless = ann.post(kCheckout);
        QCOMPARE(keyless.status, 200);
        QVERIFY(sessionOf(keyless) != sessionOf(first));

        // The key of one request used for another: refused, nothing made.
        const auto reused = ann.post(kCheckout, {{QStringLiteral("success_url"), QStringLiteral("https://chat.openai.com/?other=1")}},
                                     {{"Idempotency-Key", key}});
        QCOMPARE(reused.status, 422);
        QCOMPARE(LearnerApi::errorCode(reused), QStringLiteral("idempotency_key_reused"));
        for (const QByteArray &bad : {QByteArray(256, 'k'), QByteArray("two words"), QByteArray("caf\xc3\xa9")}) {
            const auto refused = ann.post(kCheckout, {}, {{"Idempotency-Key", bad}});
            QCOMPARE(refused.status, 400);
            QCOMPARE(LearnerApi::errorCode(refused), QStringLiteral("invalid_idempotency_key"));
        }

        const auto sessions = countBy(stack.sandbox().listAll(QStringLiteral("/v1/checkout/sessions")),
                                      [](const QJsonObject &s) { return s.value(QStringLiteral("client_reference_id")).toString(); });
        QCOMPARE(sessions.value(QStringLiteral("usr_ann")), 2); // keyed + keyless
        QCOMPARE(sessions.value(QStringLiteral("usr_bob")), 1);
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }

    void learnersBuyAndCancelWhileStripeMisbehaves()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        test::BillingStack stack(QStringLiteral(COMPANION_SERVER_BIN));
        // The price is made calmly; then Stripe's bad day begins (fixed seed: the same day each run).
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(test::kServerWebhookSecret), &error,
                             {{QStringLiteral("RATE_LIMIT_PER_USER"), QStringLiteral("0")}, {QStringLiteral("RATE_LIMIT_PER_IP"), QStringLiteral("0")}}),
                 qPrintable(error));
        QVERIFY2(stack.restartSandbox(&error, {QStringLiteral("--chaos"), QStringLiteral("0.5"), QStringLiteral("--seed"), QStringLiteral("1130")}),
                 qPrintable(error));
        const test::SandboxClient &stripe = stack.sandbox();

        QList<LearnerApi> learners;
        for (int i = 0; i < kLearners; ++i)
            learners.append(LearnerApi(stack.server().baseUrl(), QStringLiteral("usr_chaos_%1").arg(i), QStringLiteral("chaos%1@example.com").arg(i)));

        // Checkout: repeated until answered, then once more to see the same session again.
        Tally checkout;
        QStringList sessions;
        for (const LearnerApi &learner : learners) {
            const QByteArray key = newKey();
            bool acceptable = false;
            const auto reply = repeatUntilDone(learner, kCheckout, key, checkout, &acceptable);
            QVERIFY2(acceptable, qPrintable(QStringLiteral("HTTP %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
            sessions << LearnerApi::json(reply).value(QStringLiteral("session_id")).toString();
            const auto again = repeatUntilDone(learner, kCheckout, key, checkout, &acceptable);
            QVERIFY(acceptable);
            QCOMPARE(LearnerApi::json(again).value(QStringLiteral("session_id")).toString(), sessions.last());
        }
        const auto sessionsPerLearner = countBy(stripe.listAll(QStringLiteral("/v1/checkout/sessions")),
                                                [](const QJsonObject &s) { return s.value(QStringLiteral("client_reference_id")).toString(); });
        QCOMPARE(sessionsPerLearner.size(), kLearners);
        for (int count : sessionsPerLearner)
            QCOMPARE(count, 1);

        // Each pays with 4242 (the test helper, also repeated with one key).
        for (const QString &session : sessions) {
            const auto paid = stripe.postPatiently(QStringLiteral("/v1/test_helpers/checkout/sessions/%1/complete").arg(session),
                                                   {{QStringLiteral("card"), QStringLiteral("4242424242424242")}}, kPatience);
            QVERIFY2(paid.status == 200, paid.raw.body.constData());
        }
        // Webhooks come twice and out of order, some only on Stripe's retry.
        QString waitingFor;
        auto allPremium = [&] {
            for (int i = 0; i < kLearners; ++i) {
                const QJsonObject status = LearnerApi::json(learners.at(i).get(kStatus));
                if (!status.value(QStringLiteral("is_premium")).toBool()) {
                    waitingFor = QStringLiteral("usr_chaos_%1: %2").arg(i).arg(QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Compact)));
                    return false;
                }
            }
            return true;
        };
        if (!QTest::qWaitFor(allPremium, 60000)) {
            // What the server made of this learner's events, to see why.
            const QSqlDatabase db = testDb.openMigrated(&error);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT event_id, type, created, delivery_count, outcome, error FROM webhook_events "
                                     "WHERE user_id = ? ORDER BY id"));
            q.addBindValue(waitingFor.section(u':', 0, 0));
            q.exec();
            while (q.next())
                qWarning() << q.value(0).toString() << q.value(1).toString() << q.value(2).toLongLong() << q.value(3).toInt()
                           << q.value(4).toString() << q.value(5).toString();
            QFAIL(qPrintable(waitingFor));
        }

        // Cancel at period end, repeated until answered.
        Tally cancel;
        for (const LearnerApi &learner : learners) {
            bool acceptable = false;
            const auto reply = repeatUntilDone(learner, kCancel, newKey(), cancel, &acceptable);
            QVERIFY2(acceptable, qPrintable(QStringLiteral("HTTP %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
            const QJsonObject status = LearnerApi::json(reply);
            QVERIFY(status.value(QStringLiteral("cancel_at_period_end")).toBool());
            QVERIFY(status.value(QStringLiteral("is_premium")).toBool()); // paid until the period ends
        }

        // Stripe's books: one of each per learner, nothing twice.
        QUrlQuery allStatuses;
        allStatuses.addQueryItem(QStringLiteral("status"), QStringLiteral("all"));
        const QJsonArray subscriptions = stripe.listAll(QStringLiteral("/v1/subscriptions"), allStatuses);
        const auto subscriptionsPerLearner = countBy(subscriptions, [](const QJsonObject &s) {
            return s.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
        });
        QCOMPARE(subscriptionsPerLearner.size(), kLearners);
        for (const QJsonValue &value : subscriptions) {
            const QJsonObject subscription = value.toObject();
            QCOMPARE(subscriptionsPerLearner.value(subscription.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString()), 1);
            QCOMPARE(subscription.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
            QVERIFY(subscription.value(QStringLiteral("cancel_at_period_end")).toBool());
        }
        auto byCustomer = [](const QJsonObject &o) { return o.value(QStringLiteral("customer")).toString(); };
        const QJsonArray charges = stripe.listAll(QStringLiteral("/v1/charges"));
        const QJsonArray invoices = stripe.listAll(QStringLiteral("/v1/invoices"));
        QCOMPARE(countBy(charges, byCustomer).size(), kLearners);
        QCOMPARE(charges.size(), kLearners);
        QCOMPARE(countBy(invoices, byCustomer).size(), kLearners);
        QCOMPARE(invoices.size(), kLearners);
        QCOMPARE(stripe.listAll(QStringLiteral("/v1/customers")).size(), kLearners);

        std::printf("chaos 0.5: %d learners; checkout %d requests (%d answered 503, repeated); cancel %d requests (%d answered 503); "
                    "Stripe holds %lld sessions, %lld subscriptions, %lld invoices, %lld charges\n",
                    kLearners, checkout.requests, checkout.unavailable, cancel.requests, cancel.unavailable,
                    qlonglong(sessionsPerLearner.size()), qlonglong(subscriptions.size()), qlonglong(invoices.size()), qlonglong(charges.size()));
        QVERIFY2(checkout.unavailable + cancel.unavailable > 0, "chaos 0.5 should have made the server answer 503 sometimes");
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPaymentsUnderChaos)
#include "tst_payments_under_chaos.moc"
