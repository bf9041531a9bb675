// The entitlement rules of DESIGN.md, case by case: what a learner gets for each
// subscription status, a cancel at period end, and manual grants.
#include "billing/Entitlement.h"
#include "billing/StripeObjects.h"

#include <QJsonArray>
#include <QtTest>

using namespace companion::billing;

namespace {
constexpr qint64 kNow = 1800000000;
SubscriptionState sub(const QString &status, qint64 periodEnd = kNow + 86400, bool cancelAtEnd = false)
{
    return {QStringLiteral("sub_1"), status, periodEnd, cancelAtEnd, cancelAtEnd ? periodEnd : 0, 0};
}
} // namespace

class TestEntitlement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aCancelIsPendingOnlyWhileTheSubscriptionLives()
    {
        QVERIFY(isCancelPending(true, QStringLiteral("active")));
        QVERIFY(isCancelPending(true, QStringLiteral("past_due")));
        QVERIFY(!isCancelPending(true, QStringLiteral("canceled"))); // history, not pending
        QVERIFY(!isCancelPending(false, QStringLiteral("active")));
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("premium");
        QTest::addColumn<bool>("atRisk");
        QTest::newRow("active") << QStringLiteral("active") << true << false;
        QTest::newRow("trialing") << QStringLiteral("trialing") << true << false;
        QTest::newRow("past_due is premium, flagged") << QStringLiteral("past_due") << true << true;
        for (const char *free : {"incomplete", "incomplete_expired", "unpaid", "canceled", "paused", "some_future_status"})
            QTest::newRow(free) << QString::fromLatin1(free) << false << false;
    }
    void statuses()
    {
        QFETCH(QString, status);
        QFETCH(bool, premium);
        QFETCH(bool, atRisk);
        const Entitlement e = deriveEntitlement({sub(status)}, {}, kNow);
        QCOMPARE(e.premium, premium);
        QCOMPARE(e.paymentAtRisk, atRisk);
        QCOMPARE(e.tier(), premium ? QStringLiteral("premium") : QStringLiteral("free"));
        QCOMPARE(e.source, premium ? QStringLiteral("subscription") : QString());
    }

    void cancelAtPeriodEndKeepsPremiumUntilTheEnd()
    {
        const Entitlement before = deriveEntitlement({sub(QStringLiteral("active"), kNow + 1000, true)}, {}, kNow);
        QVERIFY(before.premium);
        QCOMPARE(before.expiresAt, std::optional<qint64>(kNow + 1000));
        // Past the end, even if Stripe's "deleted" event has not arrived yet.
        QVERIFY(!deriveEntitlement({sub(QStringLiteral("active"), kNow - 1, true)}, {}, kNow).premium);
        // An ordinary active subscription past its period end is being renewed: still premium.
        QVERIFY(deriveEntitlement({sub(QStringLiteral("active"), kNow - 60)}, {}, kNow).premium);
    }

    void grantsWinWhileTheyLast()
    {
        GrantState grant;
        grant.startsAt = kNow - 10;
        grant.expiresAt = kNow + 500;
        Entitlement e = deriveEntitlement({sub(QStringLiteral("canceled"))}, {grant}, kNow);
        QVERIFY(e.premium);
        QCOMPARE(e.source, QStringLiteral("grant"));
        QCOMPARE(e.expiresAt, std::optional<qint64>(kNow + 500));
        QVERIFY(!deriveEntitlement({}, {grant}, kNow + 500).premium); // expired at its end
        grant.revokedAt = kNow - 1;
        QVERIFY(!deriveEntitlement({}, {grant}, kNow).premium);       // revoked
        GrantState future;
        future.startsAt = kNow + 100;
        QVERIFY(!deriveEntitlement({}, {future}, kNow).premium);      // not yet
        GrantState forever;
        forever.startsAt = kNow - 10;
        e = deriveEntitlement({sub(QStringLiteral("active"), kNow + 1000, true)}, {forever}, kNow);
        QVERIFY(e.premium);
        QCOMPARE(e.source, QStringLiteral("subscription"));
        QVERIFY(!e.expiresAt); // no end while the indefinite grant lasts
    }

    void bestOfSeveralSubscriptions()
    {
        const Entitlement e = deriveEntitlement({sub(QStringLiteral("canceled"), kNow - 5), sub(QStringLiteral("past_due"), kNow + 50),
                                                 sub(QStringLiteral("active"), kNow + 900)},
                                                {}, kNow);
        QVERIFY(e.premium);
        QVERIFY(!e.paymentAtRisk);
        QCOMPARE(e.expiresAt, std::optional<qint64>(kNow + 900));
    }

    void readsBothShapesOfMovedFields()
    {
        // Before basil: period on the subscription, invoice.subscription.
        const QJsonObject old{{QStringLiteral("id"), QStringLiteral("sub_old")}, {QStringLiteral("current_period_end"), 1700},
                              {QStringLiteral("status"), QStringLiteral("active")}};
        QCOMPARE(StripeObjects::currentPeriodEnd(old), 1700);
        // basil and later: periods on items, invoice.parent.subscription_details.subscription.
        const QJsonObject item1{{QStringLiteral("current_period_end"), 1900}, {QStringLiteral("current_period_start"), 1000}};
        const QJsonObject item2{{QStringLiteral("current_period_end"), 1800}, {QStringLiteral("current_period_start"), 1100}};
        const QJsonObject basil{{QStringLiteral("items"), QJsonObject{{QStringLiteral("data"), QJsonArray{item1, item2}}}}};
        QCOMPARE(StripeObjects::currentPeriodEnd(basil), 1800);
        QCOMPARE(StripeObjects::currentPeriodStart(basil), 1100);
        QCOMPARE(StripeObjects::invoiceSubscription({{QStringLiteral("subscription"), QStringLiteral("sub_a")}}), QStringLiteral("sub_a"));
        QCOMPARE(StripeObjects::invoiceSubscription({{QStringLiteral("subscription"), QJsonObject{{QStringLiteral("id"), QStringLiteral("sub_x")}}}}),
                 QStringLiteral("sub_x"));
        const QJsonObject parent{{QStringLiteral("subscription_details"), QJsonObject{{QStringLiteral("subscription"), QStringLiteral("sub_b")}}}};
        QCOMPARE(StripeObjects::invoiceSubscription({{QStringLiteral("parent"), parent}}), QStringLiteral("sub_b"));
    }
};

QTEST_GUILESS_MAIN(TestEntitlement)
#include "tst_entitlement.moc"
