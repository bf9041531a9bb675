// What the desk tells support about payments without asking Stripe: decline codes in
// plain words with the next step, Dashboard links (test, live, none for the sandbox),
// card expiry warnings, and which search texts are Stripe ids.
#include "billing/LearnerPayments.h"
#include "billing/StripeDashboard.h"
#include "billing/StripeIdResolver.h"

#include <QtTest>

using namespace companion::billing;

class TestPaymentWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void declineExplanations_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("declineCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("mustSay");

        const QString declined = QStringLiteral("card_declined");
        const QString bankMessage = QStringLiteral("Your card was declined.");
        QTest::newRow("insufficient funds") << declined << QStringLiteral("insufficient_funds") << QStringLiteral("Your card has insufficient funds.")
                                            << QStringLiteral("insufficient funds — ask for another card");
        QTest::newRow("expired card") << QStringLiteral("expired_card") << QString() << QStringLiteral("Your card has expired.")
                                      << QStringLiteral("expired");
        QTest::newRow("incorrect cvc") << QStringLiteral("incorrect_cvc") << QString() << QString() << QStringLiteral("security code");
        QTest::newRow("generic decline") << declined << QStringLiteral("generic_decline") << bankMessage << QStringLiteral("call their bank");
        QTest::newRow("card declined alone") << declined << QString() << bankMessage << QStringLiteral("call their bank");
        QTest::newRow("do not honor") << declined << QStringLiteral("do_not_honor") << bankMessage << QStringLiteral("call their bank");
        QTest::newRow("lost card") << declined << QStringLiteral("lost_card") << bankMessage
                                   << QStringLiteral("the bank refused — ask the learner to call their bank");
        QTest::newRow("stolen card") << declined << QStringLiteral("stolen_card") << bankMessage
                                     << QStringLiteral("the bank refused — ask the learner to call their bank");
        QTest::newRow("fraudulent") << declined << QStringLiteral("fraudulent") << bankMessage << QStringLiteral("do not retry");
        QTest::newRow("authentication required") << QStringLiteral("authentication_required") << QString() << QString()
                                                 << QStringLiteral("confirm the payment");
        QTest::newRow("authentication as decline code") << declined << QStringLiteral("authentication_required") << bankMessage
                                                        << QStringLiteral("confirm the payment");
        QTest::newRow("processing error") << QStringLiteral("processing_error") << QString() << QString() << QStringLiteral("try again later");
        QTest::newRow("velocity") << declined << QStringLiteral("card_velocity_exceeded") << bankMessage << QStringLiteral("another card");
        // Unknown codes: Stripe's own words.
        QTest::newRow("unknown decline code") << declined << QStringLiteral("brand_new_reason") << QStringLiteral("Stripe says something new.")
                                              << QStringLiteral("Stripe says something new.");
        QTest::newRow("unknown error code") << QStringLiteral("payment_intent_weird") << QString() << QStringLiteral("Something odd.")
                                            << QStringLiteral("Something odd.");
        // Nothing but a code: the code in words.
        QTest::newRow("bare unknown code") << QStringLiteral("some_new_code") << QString() << QString() << QStringLiteral("some new code");
    }

    void declineExplanations()
    {
        QFETCH(QString, code);
        QFETCH(QString, declineCode);
        QFETCH(QString, message);
        QFETCH(QString, mustSay);
        const QString text = declineExplanation(code, declineCode, message);
        QVERIFY2(text.contains(mustSay), qPrintable(text));
    }

    // Support reads these to the learner: a card reported lost or stolen is never named so.
    void lostAndStolenAreNotSaid()
    {
        for (const QString &reason : {QStringLiteral("lost_card"), QStringLiteral("stolen_card"), QStringLiteral("pickup_card")}) {
            const QString text = declineExplanation(QStringLiteral("card_declined"), reason, QStringLiteral("Your card was declined."));
            QVERIFY2(!text.contains(QStringLiteral("stolen"), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("lost"), Qt::CaseInsensitive), qPrintable(text));
        }
        QVERIFY(!declineExplanation({}, {}, {}).isEmpty());
    }

    void dashboardLinks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("live");
        QTest::addColumn<QString>("expected");
        const QString test = QStringLiteral("https://dashboard.stripe.com/test/");
        const QString live = QStringLiteral("https://dashboard.stripe.com/");
        QTest::newRow("customer test") << QStringLiteral("cus_Q1w2e3") << false << test + QStringLiteral("customers/cus_Q1w2e3");
        QTest::newRow("customer live") << QStringLiteral("cus_Q1w2e3") << true << live + QStringLiteral("customers/cus_Q1w2e3");
        QTest::newRow("subscription") << QStringLiteral("sub_1AbC") << false << test + QStringLiteral("subscriptions/sub_1AbC");
        QTest::newRow("invoice") << QStringLiteral("in_1AbC") << true << live + QStringLiteral("invoices/in_1AbC");
        QTest::newRow("charge") << QStringLiteral("ch_3XyZ") << false << test + QStringLiteral("payments/ch_3XyZ");
        QTest::newRow("payment intent") << QStringLiteral("pi_3XyZ") << true << live + QStringLiteral("payments/pi_3XyZ");
        QTest::newRow("event") << QStringLiteral("evt_1Ev") << false << test + QStringLiteral("events/evt_1Ev");
        QTest::newRow("payment method") << QStringLiteral("pm_1Card") << false << test + QStringLiteral("payment_methods/pm_1Card");
        QTest::newRow("refund") << QStringLiteral("re_1Back") << true << live + QStringLiteral("refunds/re_1Back");
        QTest::newRow("unknown prefix") << QStringLiteral("xyz_1") << false << QString();
        QTest::newRow("empty id") << QString() << false << QString();
    }

    void dashboardLinks()
    {
        QFETCH(QString, id);
        QFETCH(bool, live);
        QFETCH(QString, expected);
        QCOMPARE(StripeDashboard::url(QUrl(QStringLiteral("https://api.stripe.com")), id, live).toString(), expected);
        QCOMPARE(StripeDashboard::url(QUrl(QStringLiteral("https://api.stripe.com/v1/")), id, live).toString(), expected);
    }

    // The sandbox (or any other host) has no Dashboard: no link rather than a wrong one.
    void noDashboardForTheSandbox()
    {
        for (const QString &base : {QStringLiteral("http://127.0.0.1:12111"), QStringLiteral("http://localhost:8420/"),
                                    QStringLiteral("https://api.stripe.com.example.org")}) {
            QVERIFY(StripeDashboard::url(QUrl(base), QStringLiteral("cus_Q1w2e3"), false).isEmpty());
            QVERIFY(StripeDashboard::url(QUrl(base), QStringLiteral("cus_Q1w2e3"), true).isEmpty());
            QVERIFY(!StripeDashboard::exists(QUrl(base)));
        }
        QVERIFY(StripeDashboard::exists(QUrl(QStringLiteral("https://api.stripe.com"))));
    }

    void cardExpiry()
    {
        const QDate today(2026, 12, 2);
        CardView card;
        QVERIFY(!card.expired(today)); // no expiry known: no warning
        QVERIFY(!card.expiresSoon(today));
        card.expMonth = 12;
        card.expYear = 2026;
        QVERIFY(!card.expired(today)); // good through the end of its month
        QVERIFY(card.expiresSoon(today));
        card.expMonth = 1;
        card.expYear = 2027; // next month, across the year
        QVERIFY(!card.expired(today));
        QVERIFY(card.expiresSoon(today));
        card.expMonth = 2;
        QVERIFY(!card.expiresSoon(today));
        card.expMonth = 11;
        card.expYear = 2026;
        QVERIFY(card.expired(today));
        QVERIFY(!card.expiresSoon(today));
        card.expMonth = 12;
        card.expYear = 2025;
        QVERIFY(card.expired(today));
    }

    void stripeIdShapes()
    {
        for (const char *id : {"cus_Q1w2e3r4", "sub_1PqRsTuV", "in_1AbCdEf", "ch_3XyZabc", "pi_3XyZabc", "pm_1CardXyz", "re_1BackAbc",
                               "evt_1EvEnTs", "cs_test_a1B2c3D4", " cus_Q1w2e3r4 "})
            QVERIFY2(StripeIdResolver::looksLikeStripeId(QString::fromLatin1(id)), id);
        for (const char *id : {"", "cus_", "lena@example.com", "Lena Park", "price_1Abc", "pi_3XyZabc_secret_K3y", "cus_Q1w/../x", "sub_sched_1Abc"})
            QVERIFY2(!StripeIdResolver::looksLikeStripeId(QString::fromLatin1(id)), id);
    }
};

QTEST_GUILESS_MAIN(TestPaymentWords)
#include "tst_payment_words.moc"
