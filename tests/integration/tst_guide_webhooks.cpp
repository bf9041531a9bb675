// The original guide's webhook endpoint listens to three events only:
// checkout.session.completed, customer.subscription.deleted and
// invoice.payment_failed. With nothing more, a learner must stay right through a
// year of renewals (no invoice.paid, no customer.subscription.updated reaches us)
// and one whose card fails at renewal must lose Premium. The sandbox forwards only
// those three types (--forward-events) and its account starts 410 days ago, so
// thirteen monthly renewals end today by the server's own clock.
#include "BillingStack.h"
#include "SandboxClient.h"
#include "TestDatabase.h"
#include "billing/StripeObjects.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QtTest>

using namespace companion;

namespace {
const QByteArray kSecret = "whsec_test_guide_webhooks_0123456789abc";
const QString kGuideEvents = QStringLiteral("checkout.session.completed,customer.subscription.deleted,invoice.payment_failed");
} // namespace

class TestGuideWebhooks : public QObject
{
    Q_OBJECT
private:
    static void addUser(const QSqlDatabase &db, const QString &id)
    {
        QString error;
        QVERIFY2(test::TestDatabase::addLearner(db, id, &error), qPrintable(error));
    }

private Q_SLOTS:
    void threeEventsKeepLearnersRightThroughAYearOfRenewals()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        addUser(db, QStringLiteral("usr_ada"));
        addUser(db, QStringLiteral("usr_bob"));
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(kSecret), &error, {{QStringLiteral("RENEWAL_CHECK_SECONDS"), QStringLiteral("1")}},
                             {QStringLiteral("--forward-events"), kGuideEvents, QStringLiteral("--start-days-ago"), QStringLiteral("410")}),
                 qPrintable(error));
        test::SandboxClient &sandbox = stack.sandbox();
        auto subscribe = [&](const QString &user, const QString &card) {
            const auto session = sandbox.subscribe(stack.premiumPrice(), user + QStringLiteral("@example.com"), card,
                                                   {{QStringLiteral("client_reference_id"), user},
                                                    {QStringLiteral("subscription_data[metadata][user_id]"), user}});
            return session.status == 200 ? session.body.value(QStringLiteral("subscription")).toString() : QString();
        };
        const QString ada = subscribe(QStringLiteral("usr_ada"), QStringLiteral("4242424242424242"));
        const QString bob = subscribe(QStringLiteral("usr_bob"), QStringLiteral("4000000000000341")); // pays once, then every renewal fails
        QVERIFY(!ada.isEmpty() && !bob.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::isPremium(db, QStringLiteral("usr_ada")) && test::isPremium(db, QStringLiteral("usr_bob")), 15000);

        const QString periodEndOf = QStringLiteral("SELECT current_period_end FROM subscriptions WHERE id = ?");
        qint64 previousEnd = test::scalar(db, periodEndOf, {ada}).toLongLong();
        for (int month = 1; month <= 13; ++month) {
            QCOMPARE(sandbox.advanceDays(31).status, 200);
            const auto stripe = sandbox.get(QStringLiteral("/v1/subscriptions/") + ada);
            QCOMPARE(stripe.status, 200);
            const qint64 stripeEnd = billing::StripeObjects::currentPeriodEnd(stripe.body);
            QVERIFY2(stripeEnd > previousEnd, qPrintable(QStringLiteral("month %1: Stripe did not renew").arg(month)));
            // Nothing told us of the renewal: the server asks, since our period has ended.
            QTRY_COMPARE_WITH_TIMEOUT(test::scalar(db, periodEndOf, {ada}).toLongLong(), stripeEnd, 15000);
            QVERIFY2(test::isPremium(db, QStringLiteral("usr_ada")), qPrintable(QStringLiteral("month %1").arg(month)));
            previousEnd = stripeEnd;
        }
        // Paid up to a period that ends after today.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT status FROM subscriptions WHERE id = ?"), {ada}).toString(), QStringLiteral("active"));
        QVERIFY(test::scalar(db, QStringLiteral("SELECT subscription_expires_at FROM users WHERE id = ?"), {QStringLiteral("usr_ada")}).toLongLong()
                > QDateTime::currentSecsSinceEpoch());

        // Bob's renewals failed: Stripe gave up on the subscription and Premium went with it.
        QTRY_COMPARE_WITH_TIMEOUT(test::scalar(db, QStringLiteral("SELECT status FROM subscriptions WHERE id = ?"), {bob}).toString(),
                                  QStringLiteral("canceled"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!test::isPremium(db, QStringLiteral("usr_bob")), 15000);

        // Only the guide's three types ever reached the server.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT type FROM webhook_events ORDER BY type")));
        QStringList types;
        while (q.next())
            types << q.value(0).toString();
        for (const QString &type : std::as_const(types))
            QVERIFY2(kGuideEvents.split(u',').contains(type), qPrintable(type));
        QVERIFY(types.contains(QStringLiteral("invoice.payment_failed")));
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }

    // An account set to mark subscriptions unpaid once every retry failed (the
    // Dashboard's failed-payments setting): no event the guide listens to says so,
    // since the subscription is neither deleted nor is another payment attempted.
    // Premium lasts through the retries (past due, at risk) and ends with them.
    void aSubscriptionStripeMarksUnpaidLosesPremium()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        addUser(db, QStringLiteral("usr_cyd"));
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(kSecret), &error, {{QStringLiteral("RENEWAL_CHECK_SECONDS"), QStringLiteral("1")}},
                             {QStringLiteral("--forward-events"), kGuideEvents, QStringLiteral("--start-days-ago"), QStringLiteral("60"),
                              QStringLiteral("--after-failed-retries"), QStringLiteral("unpaid")}),
                 qPrintable(error));
        test::SandboxClient &sandbox = stack.sandbox();
        const auto session = sandbox.subscribe(stack.premiumPrice(), QStringLiteral("cyd@example.com"), QStringLiteral("4000000000000341"),
                                               {{QStringLiteral("client_reference_id"), QStringLiteral("usr_cyd")},
                                                {QStringLiteral("subscription_data[metadata][user_id]"), QStringLiteral("usr_cyd")}});
        QCOMPARE(session.status, 200);
        const QString cyd = session.body.value(QStringLiteral("subscription")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(test::isPremium(db, QStringLiteral("usr_cyd")), 15000);
        const QString statusOf = QStringLiteral("SELECT status FROM subscriptions WHERE id = ?");

        QCOMPARE(sandbox.advanceDays(31).status, 200); // the renewal fails: retries in 3, 5 and 7 days
        QTRY_COMPARE_WITH_TIMEOUT(test::scalar(db, statusOf, {cyd}).toString(), QStringLiteral("past_due"), 15000);
        QVERIFY(test::isPremium(db, QStringLiteral("usr_cyd")));
        QVERIFY(test::scalar(db, QStringLiteral("SELECT payment_at_risk FROM users WHERE id = ?"), {QStringLiteral("usr_cyd")}).toBool());

        QCOMPARE(sandbox.advanceDays(16).status, 200); // every retry fails
        const auto stripe = sandbox.get(QStringLiteral("/v1/subscriptions/") + cyd);
        QCOMPARE(stripe.body.value(QStringLiteral("status")).toString(), QStringLiteral("unpaid"));
        QTRY_COMPARE_WITH_TIMEOUT(test::scalar(db, statusOf, {cyd}).toString(), QStringLiteral("unpaid"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!test::isPremium(db, QStringLiteral("usr_cyd")), 15000);
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestGuideWebhooks)
#include "tst_guide_webhooks.moc"
