// stripe-sandbox as an account owner meets it: subscriptions start, renew, fall
// past_due on a failing card and end after the retries; cancel at period end ends
// at period end; trials convert; money leaves fees and refunds behind.
#include "SandboxClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using companion::test::SandboxClient;

namespace {
QJsonObject firstItem(const QJsonObject &subscription)
{
    return subscription.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray().first().toObject();
}

QStringList eventTypes(const SandboxClient &sandbox, const QString &type = {})
{
    QUrlQuery query{{QStringLiteral("limit"), QStringLiteral("100")}};
    if (!type.isEmpty())
        query.addQueryItem(QStringLiteral("type"), type);
    QStringList types;
    for (const QJsonValue &e : sandbox.get(QStringLiteral("/v1/events"), query).body.value(QStringLiteral("data")).toArray())
        types.prepend(e.toObject().value(QStringLiteral("type")).toString()); // oldest first
    return types;
}
} // namespace

class TestSandboxBilling : public QObject
{
    Q_OBJECT
private:
    SandboxClient m_sandbox;
    QString m_monthly;

    QJsonObject subscriptionOf(const SandboxClient::Reply &session) const
    {
        return m_sandbox.get(QStringLiteral("/v1/subscriptions/") + session.body.value(QStringLiteral("subscription")).toString()).body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_monthly = m_sandbox.createPremiumPrice();
        QVERIFY(m_monthly.startsWith(QLatin1String("price_")));
    }

    void cleanupTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.stop(&error), qPrintable(error));
    }

    void checkoutCreatesThePaidSubscription()
    {
        const auto session = m_sandbox.subscribe(m_monthly, QStringLiteral("paid@example.com"), QStringLiteral("4242424242424242"),
                                                 {{QStringLiteral("subscription_data[metadata][user_id]"), QStringLiteral("usr_1")},
                                                  {QStringLiteral("client_reference_id"), QStringLiteral("usr_1")}});
        QCOMPARE(session.status, 200);
        QCOMPARE(session.body.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(session.body.value(QStringLiteral("payment_status")).toString(), QStringLiteral("paid"));
        const QJsonObject sub = subscriptionOf(session);
        QCOMPARE(sub.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(sub.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString(), QStringLiteral("usr_1"));

        // 9.99 leaves Stripe's 2.9% + 30¢ = 0.59 fee and 9.40 net (the guide's arithmetic).
        const auto txns = m_sandbox.get(QStringLiteral("/v1/balance_transactions"), {{QStringLiteral("limit"), QStringLiteral("1")}});
        const QJsonObject txn = txns.body.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(txn.value(QStringLiteral("amount")).toInt(), 999);
        QCOMPARE(txn.value(QStringLiteral("fee")).toInt(), 59);
        QCOMPARE(txn.value(QStringLiteral("net")).toInt(), 940);

        // Stripe's order for a new subscription, as the issue and the reference list it.
        const QStringList types = eventTypes(m_sandbox);
        const QStringList expectedOrder{QStringLiteral("customer.created"), QStringLiteral("checkout.session.completed"),
                                        QStringLiteral("customer.subscription.created"), QStringLiteral("invoice.created"),
                                        QStringLiteral("invoice.paid"), QStringLiteral("invoice.payment_succeeded")};
        int last = -1;
        for (const QString &type : expectedOrder) {
            const int at = int(types.lastIndexOf(type));
            QVERIFY2(at > last, qPrintable(type + QStringLiteral(" out of order in ") + types.join(u',')));
            last = at;
        }
    }

    void declinedCardLeavesNothingBehind()
    {
        const int customersBefore = m_sandbox.get(QStringLiteral("/v1/customers"), {{QStringLiteral("limit"), QStringLiteral("100")}})
                                        .body.value(QStringLiteral("data")).toArray().size();
        const auto declined = m_sandbox.subscribe(m_monthly, QStringLiteral("declined@example.com"), QStringLiteral("4000000000009995"));
        QCOMPARE(declined.status, 402);
        const QJsonObject error = declined.body.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("card_error"));
        QCOMPARE(error.value(QStringLiteral("decline_code")).toString(), QStringLiteral("insufficient_funds"));
        const int customersAfter = m_sandbox.get(QStringLiteral("/v1/customers"), {{QStringLiteral("limit"), QStringLiteral("100")}})
                                       .body.value(QStringLiteral("data")).toArray().size();
        QCOMPARE(customersAfter, customersBefore);
    }

    void renewalsMoveThePeriodAndFailingCardsEndInCancellation()
    {
        const auto good = m_sandbox.subscribe(m_monthly, QStringLiteral("renews@example.com"), QStringLiteral("4242424242424242"));
        const auto failing = m_sandbox.subscribe(m_monthly, QStringLiteral("fails@example.com"), QStringLiteral("4000000000000341"));
        QCOMPARE(failing.status, 200); // 0341 attaches and pays at checkout; renewals fail
        const qint64 firstEnd = firstItem(subscriptionOf(good)).value(QStringLiteral("current_period_end")).toInteger();

        QCOMPARE(m_sandbox.advanceDays(32).status, 200);
        QJsonObject renewed = subscriptionOf(good);
        QCOMPARE(renewed.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(firstItem(renewed).value(QStringLiteral("current_period_start")).toInteger(), firstEnd);
        QJsonObject pastDue = subscriptionOf(failing);
        QCOMPARE(pastDue.value(QStringLiteral("status")).toString(), QStringLiteral("past_due"));
        const auto openInvoice = m_sandbox.get(QStringLiteral("/v1/invoices/") + pastDue.value(QStringLiteral("latest_invoice")).toString());
        QCOMPARE(openInvoice.body.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(openInvoice.body.value(QStringLiteral("billing_reason")).toString(), QStringLiteral("subscription_cycle"));
        QVERIFY(!openInvoice.body.value(QStringLiteral("next_payment_attempt")).isNull());
        QVERIFY(eventTypes(m_sandbox, QStringLiteral("invoice.payment_failed")).size() >= 1);

        // Retries after 3, 5 and 7 days fail too: the subscription is canceled, the invoice uncollectible.
        QCOMPARE(m_sandbox.advanceDays(16).status, 200);
        const QJsonObject ended = subscriptionOf(failing);
        QCOMPARE(ended.value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        QCOMPARE(ended.value(QStringLiteral("cancellation_details")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("payment_failed"));
        const auto finalInvoice = m_sandbox.get(QStringLiteral("/v1/invoices/") + openInvoice.id());
        QCOMPARE(finalInvoice.body.value(QStringLiteral("status")).toString(), QStringLiteral("uncollectible"));
        QCOMPARE(finalInvoice.body.value(QStringLiteral("attempt_count")).toInt(), 4);
        QCOMPARE(subscriptionOf(good).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void cancelAtPeriodEndEndsAtPeriodEnd()
    {
        const auto session = m_sandbox.subscribe(m_monthly, QStringLiteral("leaves@example.com"), QStringLiteral("4242424242424242"));
        const QString id = session.body.value(QStringLiteral("subscription")).toString();
        const auto updated = m_sandbox.post(QStringLiteral("/v1/subscriptions/") + id, {{QStringLiteral("cancel_at_period_end"), QStringLiteral("true")}});
        QCOMPARE(updated.body.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(updated.body.value(QStringLiteral("cancel_at_period_end")).toBool());
        const qint64 end = firstItem(updated.body).value(QStringLiteral("current_period_end")).toInteger();
        QCOMPARE(updated.body.value(QStringLiteral("cancel_at")).toInteger(), end);

        QCOMPARE(m_sandbox.advanceDays(10).status, 200);
        QCOMPARE(m_sandbox.get(QStringLiteral("/v1/subscriptions/") + id).body.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(m_sandbox.advanceDays(25).status, 200);
        const QJsonObject ended = m_sandbox.get(QStringLiteral("/v1/subscriptions/") + id).body;
        QCOMPARE(ended.value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        QCOMPARE(ended.value(QStringLiteral("ended_at")).toInteger(), end);
        // Default lists leave ended subscriptions out; status=all shows them.
        bool inDefault = false;
        for (const QJsonValue &s : m_sandbox.get(QStringLiteral("/v1/subscriptions"), {{QStringLiteral("limit"), QStringLiteral("100")}}).body.value(QStringLiteral("data")).toArray())
            inDefault = inDefault || s.toObject().value(QStringLiteral("id")).toString() == id;
        QVERIFY(!inDefault);
        bool inAll = false;
        for (const QJsonValue &s : m_sandbox.get(QStringLiteral("/v1/subscriptions"), {{QStringLiteral("status"), QStringLiteral("all")}, {QStringLiteral("limit"), QStringLiteral("100")}}).body.value(QStringLiteral("data")).toArray())
            inAll = inAll || s.toObject().value(QStringLiteral("id")).toString() == id;
        QVERIFY(inAll);
    }

    void trialsConvertAfterNotice()
    {
        const auto session = m_sandbox.subscribe(m_monthly, QStringLiteral("trial@example.com"), QStringLiteral("4242424242424242"),
                                                 {{QStringLiteral("subscription_data[trial_period_days]"), QStringLiteral("7")}});
        QCOMPARE(session.body.value(QStringLiteral("payment_status")).toString(), QStringLiteral("no_payment_required"));
        const QString id = session.body.value(QStringLiteral("subscription")).toString();
        QCOMPARE(subscriptionOf(session).value(QStringLiteral("status")).toString(), QStringLiteral("trialing"));
        const int noticesBefore = int(eventTypes(m_sandbox, QStringLiteral("customer.subscription.trial_will_end")).size());
        QCOMPARE(m_sandbox.advanceDays(5).status, 200);
        QCOMPARE(eventTypes(m_sandbox, QStringLiteral("customer.subscription.trial_will_end")).size(), noticesBefore + 1);
        QCOMPARE(m_sandbox.advanceDays(3).status, 200);
        const QJsonObject converted = m_sandbox.get(QStringLiteral("/v1/subscriptions/") + id, {{QStringLiteral("expand[]"), QStringLiteral("latest_invoice")}}).body;
        QCOMPARE(converted.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(converted.value(QStringLiteral("latest_invoice")).toObject().value(QStringLiteral("amount_paid")).toInt(), 999);
    }

    void refundsKeepTheFee()
    {
        const auto session = m_sandbox.subscribe(m_monthly, QStringLiteral("refund@example.com"), QStringLiteral("4242424242424242"));
        const QString customer = session.body.value(QStringLiteral("customer")).toString();
        const auto charges = m_sandbox.get(QStringLiteral("/v1/charges"), {{QStringLiteral("customer"), customer}});
        const QString charge = charges.body.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        const auto refund = m_sandbox.post(QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), charge}, {QStringLiteral("amount"), QStringLiteral("500")}});
        QCOMPARE(refund.status, 200);
        QCOMPARE(refund.body.value(QStringLiteral("amount")).toInt(), 500);
        const auto tooMuch = m_sandbox.post(QStringLiteral("/v1/refunds"), {{QStringLiteral("charge"), charge}, {QStringLiteral("amount"), QStringLiteral("600")}});
        QCOMPARE(tooMuch.status, 400);
        const auto after = m_sandbox.get(QStringLiteral("/v1/charges/") + charge);
        QCOMPARE(after.body.value(QStringLiteral("amount_refunded")).toInt(), 500);
        QVERIFY(!after.body.value(QStringLiteral("refunded")).toBool());
        const auto txn = m_sandbox.get(QStringLiteral("/v1/balance_transactions/") + refund.body.value(QStringLiteral("balance_transaction")).toString());
        QCOMPARE(txn.body.value(QStringLiteral("amount")).toInt(), -500);
        QCOMPARE(txn.body.value(QStringLiteral("fee")).toInt(), 0);
    }

    void internationalCardsPayMore()
    {
        const auto session = m_sandbox.subscribe(m_monthly, QStringLiteral("br@example.com"), QStringLiteral("4000000760000002"));
        const QString customer = session.body.value(QStringLiteral("customer")).toString();
        const auto charges = m_sandbox.get(QStringLiteral("/v1/charges"), {{QStringLiteral("customer"), customer},
                                                                          {QStringLiteral("expand[]"), QStringLiteral("data.balance_transaction")}});
        const QJsonObject txn = charges.body.value(QStringLiteral("data")).toArray().first().toObject()
                                    .value(QStringLiteral("balance_transaction")).toObject();
        QCOMPARE(txn.value(QStringLiteral("fee")).toInt(), 69); // 3.9% of 999 rounds to 39, + 30
    }

    void demoHistoryIsReproducibleAndVaried()
    {
        auto snapshot = [](const QString &seed, QString *error) {
            SandboxClient demo;
            QStringList lines;
            if (!demo.start(error, {QStringLiteral("--seed-demo"), QStringLiteral("40"), QStringLiteral("--seed"), seed}))
                return lines;
            const QJsonArray subs = demo.get(QStringLiteral("/v1/subscriptions"), {{QStringLiteral("status"), QStringLiteral("all")},
                                                                                   {QStringLiteral("limit"), QStringLiteral("100")},
                                                                                   {QStringLiteral("expand[]"), QStringLiteral("data.customer")}})
                                        .body.value(QStringLiteral("data")).toArray();
            for (const QJsonValue &v : subs) {
                const QJsonObject sub = v.toObject();
                lines << sub.value(QStringLiteral("customer")).toObject().value(QStringLiteral("email")).toString() + u' '
                             + sub.value(QStringLiteral("status")).toString() + u' '
                             + sub.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
            }
            demo.stop(error);
            lines.sort();
            return lines;
        };
        QString error;
        const QStringList first = snapshot(QStringLiteral("5"), &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QCOMPARE(snapshot(QStringLiteral("5"), &error), first);
        QVERIFY(snapshot(QStringLiteral("6"), &error) != first);
        QCOMPARE(first.size(), 40);
        QVERIFY(first.first().contains(QStringLiteral(" usr_demo_")));
        const QString all = first.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral(" active ")) && all.contains(QStringLiteral(" canceled ")), qPrintable(all));
    }

    // What the desk and finance are demoed with: cards on file (some replaced), a few
    // refunds, the launch coupon on real invoices, and 18 months of daily payouts that
    // each carry exactly what they pay.
    void demoHistoryCarriesCardsRefundsDiscountsAndPayouts()
    {
        SandboxClient demo;
        QString error;
        QVERIFY2(demo.start(&error, {QStringLiteral("--seed-demo"), QStringLiteral("80"), QStringLiteral("--seed"), QStringLiteral("42")}),
                 qPrintable(error));
        auto all = [&demo](const QString &path, const QString &payout = {}) {
            QUrlQuery filters;
            if (!payout.isEmpty())
                filters.addQueryItem(QStringLiteral("payout"), payout);
            return demo.listAll(path, filters);
        };

        const QJsonArray cards = all(QStringLiteral("/v1/payment_methods"));
        QVERIFY2(cards.size() >= 80, qPrintable(QString::number(cards.size())));
        QSet<QString> brands;
        for (const QJsonValue &card : cards)
            brands.insert(card.toObject().value(QStringLiteral("card")).toObject().value(QStringLiteral("brand")).toString());
        QVERIFY2(brands.contains(QStringLiteral("mastercard")), "a declined card was replaced by another");

        const QJsonArray refunds = all(QStringLiteral("/v1/refunds"));
        QVERIFY2(!refunds.isEmpty(), "some learners got money back");

        const QJsonObject coupon = demo.get(QStringLiteral("/v1/coupons/LAUNCH20")).body;
        QVERIFY2(coupon.value(QStringLiteral("times_redeemed")).toInt() > 0, QJsonDocument(coupon).toJson().constData());
        int discounted = 0;
        for (const QJsonValue &invoice : all(QStringLiteral("/v1/invoices"))) {
            const QJsonArray amounts = invoice.toObject().value(QStringLiteral("total_discount_amounts")).toArray();
            if (!amounts.isEmpty() && amounts.first().toObject().value(QStringLiteral("amount")).toInt() > 0)
                ++discounted;
        }
        QVERIFY2(discounted > 0, "the campaign's invoices carry the discount");

        const QJsonArray payouts = all(QStringLiteral("/v1/payouts"));
        QVERIFY2(payouts.size() > 250, qPrintable(QString::number(payouts.size()))); // every day with money to pay out, 18 months
        // The newest paid one reconciles to the cent with what it carries.
        for (const QJsonValue &v : payouts) {
            const QJsonObject payout = v.toObject();
            if (payout.value(QStringLiteral("status")).toString() != QLatin1String("paid"))
                continue;
            qint64 net = 0;
            for (const QJsonValue &txn : all(QStringLiteral("/v1/balance_transactions"), payout.value(QStringLiteral("id")).toString())) {
                if (txn.toObject().value(QStringLiteral("type")).toString() != QLatin1String("payout"))
                    net += txn.toObject().value(QStringLiteral("net")).toInteger();
            }
            QCOMPARE(net, payout.value(QStringLiteral("amount")).toInteger());
            break;
        }
        QVERIFY(demo.stop(&error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxBilling)
#include "tst_sandbox_billing.moc"
