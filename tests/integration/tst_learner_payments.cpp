// What support sees of one learner's payments, read live from Stripe (here the
// sandbox over real HTTP, through our Stripe client): the card renewals use first and
// the others, a declined renewal with the bank's reason in plain words, the next
// invoice as create_preview prices it, a partial refund on its invoice; any Stripe id
// pasted in the search box leads to its customer; Stripe down gives words, not a hang.
#include "SandboxClient.h"
#include "billing/LearnerPayments.h"
#include "billing/StripeIdResolver.h"
#include "stripe/StripeClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <optional>

using namespace companion;
using billing::LearnerPayments;
using test::SandboxClient;

namespace {
constexpr int kWaitMs = 30000;

QJsonObject firstItem(const QJsonObject &subscription)
{
    return subscription.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray().first().toObject();
}

std::unique_ptr<stripe::StripeClient> clientFor(QNetworkAccessManager *network, const QUrl &base)
{
    auto client = std::make_unique<stripe::StripeClient>(network, base, QString::fromLatin1(SandboxClient::kKey));
    stripe::StripeClient::Settings settings;
    settings.initialBackoffMs = 20;
    settings.maxBackoffMs = 50;
    settings.timeoutMs = 5000;
    client->setSettings(settings);
    return client;
}

std::optional<LearnerPayments> readPayments(stripe::StripeClient *client, const QString &customer, const QString &subscription)
{
    billing::LearnerPaymentsReader reader(client);
    QSignalSpy spy(&reader, &billing::LearnerPaymentsReader::done);
    reader.read(customer, subscription);
    if (spy.isEmpty() && !spy.wait(kWaitMs))
        return std::nullopt;
    if (spy.size() != 1)
        return std::nullopt;
    return spy.at(0).at(0).value<LearnerPayments>();
}

struct Resolution {
    bool answered = false;
    QString customer;
    QString failure;
};

Resolution resolve(stripe::StripeClient *client, const QString &id)
{
    billing::StripeIdResolver resolver(client);
    QSignalSpy resolved(&resolver, &billing::StripeIdResolver::resolved);
    QSignalSpy failed(&resolver, &billing::StripeIdResolver::failed);
    resolver.resolve(id);
    QElapsedTimer waited;
    waited.start();
    while (resolved.isEmpty() && failed.isEmpty() && waited.elapsed() < kWaitMs)
        QTest::qWait(10);
    Resolution r;
    r.answered = resolved.size() + failed.size() == 1;
    if (!resolved.isEmpty())
        r.customer = resolved.at(0).at(0).toString();
    if (!failed.isEmpty())
        r.failure = failed.at(0).at(0).toString();
    return r;
}
} // namespace

class TestLearnerPayments : public QObject
{
    Q_OBJECT
private:
    SandboxClient m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<stripe::StripeClient> m_client;
    QString m_price;

    // Filled by partialRefundShowsOnItsInvoice for the resolver.
    QString m_customer, m_subscription, m_invoice, m_charge, m_intent, m_card, m_refund, m_session;

    QJsonObject get(const QString &path, const QUrlQuery &query = {}) const
    {
        const auto reply = m_sandbox.get(path, query);
        return reply.status == 200 ? reply.body : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LearnerPayments>();
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_client = clientFor(&m_network, m_sandbox.baseUrl());
        m_price = m_sandbox.createPremiumPrice();
        QVERIFY(m_price.startsWith(QLatin1String("price_")));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        QString error;
        QVERIFY2(m_sandbox.stop(&error), qPrintable(error));
    }

    void cardsShowTheRenewalCardFirst()
    {
        const auto session = m_sandbox.subscribe(m_price, QStringLiteral("cards@example.com"), QStringLiteral("4242424242424242"));
        QCOMPARE(session.status, 200);
        const QString customer = session.body.value(QStringLiteral("customer")).toString();
        const QString subscription = session.body.value(QStringLiteral("subscription")).toString();
        QCOMPARE(m_sandbox.post(QStringLiteral("/v1/payment_methods/pm_card_mastercard/attach"), {{QStringLiteral("customer"), customer}}).status,
                 200);

        const auto payments = readPayments(m_client.get(), customer, subscription);
        QVERIFY(payments);
        QVERIFY2(payments->error.isEmpty(), qPrintable(payments->error));
        QCOMPARE(payments->customerId, customer);
        QVERIFY(!payments->livemode);

        QCOMPARE(payments->cards.size(), 2);
        const billing::CardView &visa = payments->cards.at(0);
        QVERIFY(visa.isDefault);
        QCOMPARE(visa.brand, QStringLiteral("visa"));
        QCOMPARE(visa.last4, QStringLiteral("4242"));
        QCOMPARE(visa.country, QStringLiteral("US"));
        QCOMPARE(visa.funding, QStringLiteral("credit"));
        QVERIFY(visa.expMonth >= 1 && visa.expMonth <= 12);
        QVERIFY(visa.expYear >= QDate::currentDate().year());
        QVERIFY(visa.paymentMethodId.startsWith(QLatin1String("pm_")));
        const billing::CardView &mastercard = payments->cards.at(1);
        QVERIFY(!mastercard.isDefault);
        QCOMPARE(mastercard.brand, QStringLiteral("mastercard"));
        QCOMPARE(mastercard.last4, QStringLiteral("4444"));

        // The first payment went through, on the one invoice there is.
        QVERIFY(payments->lastPayment.known);
        QVERIFY(payments->lastPayment.succeeded);
        QCOMPARE(payments->lastPayment.amount, 999);
        QCOMPARE(payments->lastPayment.currency, QStringLiteral("usd"));
        QCOMPARE(payments->invoices.size(), 1);
        const billing::InvoiceView &invoice = payments->invoices.first();
        QCOMPARE(invoice.id, session.body.value(QStringLiteral("invoice")).toString());
        QCOMPARE(invoice.status, QStringLiteral("paid"));
        QCOMPARE(invoice.amountPaid, 999);
        QCOMPARE(invoice.total, 999);
        QVERIFY(!invoice.number.isEmpty());
        QVERIFY(invoice.hostedUrl.startsWith(QLatin1String("http")));
        QVERIFY(invoice.pdfUrl.startsWith(QLatin1String("http")));
        QVERIFY(invoice.paymentIntentId.startsWith(QLatin1String("pi_")));
        QVERIFY(invoice.chargeId.startsWith(QLatin1String("ch_")));
        QCOMPARE(payments->lastPayment.invoiceId, invoice.id);
        QCOMPARE(payments->lastPayment.paymentIntentId, invoice.paymentIntentId);
        QCOMPARE(payments->lastPayment.chargeId, invoice.chargeId);
        QCOMPARE(invoice.amountRefunded, 0);
        QVERIFY(invoice.refunds.isEmpty());

        // The next invoice: create_preview's date (the period's end) and amount.
        const qint64 periodEnd = firstItem(get(QStringLiteral("/v1/subscriptions/") + subscription))
                                     .value(QStringLiteral("current_period_end")).toInteger();
        QVERIFY(periodEnd > 0);
        QVERIFY(payments->next.known);
        QCOMPARE(payments->next.at, periodEnd);
        QCOMPARE(payments->next.amount, 999);
        QCOMPARE(payments->next.currency, QStringLiteral("usd"));

        // Without a subscription there is nothing to preview, and no card is the renewal card.
        const auto customerOnly = readPayments(m_client.get(), customer, QString());
        QVERIFY(customerOnly);
        QVERIFY2(customerOnly->error.isEmpty(), qPrintable(customerOnly->error));
        QVERIFY(!customerOnly->next.known);
        QCOMPARE(customerOnly->cards.size(), 2);
        QCOMPARE(customerOnly->invoices.size(), 1);
    }

    void declinedRenewalReadsWhy()
    {
        // A card that pays now and is declined on later, off-session charges (Stripe's 0341),
        // as the customer's default.
        const auto customer = m_sandbox.post(QStringLiteral("/v1/customers"),
                                             {{QStringLiteral("email"), QStringLiteral("declined@example.com")},
                                              {QStringLiteral("payment_method"), QStringLiteral("pm_card_chargeCustomerFail")},
                                              {QStringLiteral("invoice_settings[default_payment_method]"),
                                               QStringLiteral("pm_card_chargeCustomerFail")}});
        QCOMPARE(customer.status, 200);
        const auto sub = m_sandbox.post(QStringLiteral("/v1/subscriptions"), {{QStringLiteral("customer"), customer.id()},
                                                                            {QStringLiteral("items[0][price]"), m_price}});
        QCOMPARE(sub.status, 200);
        QCOMPARE(sub.body.value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        // The renewal a month later is declined; Stripe will retry.
        QCOMPARE(m_sandbox.advanceDays(32).status, 200);
        const QJsonObject pastDue = get(QStringLiteral("/v1/subscriptions/") + sub.id());
        QCOMPARE(pastDue.value(QStringLiteral("status")).toString(), QStringLiteral("past_due"));
        const QString renewal = pastDue.value(QStringLiteral("latest_invoice")).toString();

        auto payments = readPayments(m_client.get(), customer.id(), sub.id());
        QVERIFY(payments);
        QVERIFY2(payments->error.isEmpty(), qPrintable(payments->error));
        QCOMPARE(payments->cards.size(), 1);
        QVERIFY(payments->cards.first().isDefault); // the customer's default pays the renewals
        QCOMPARE(payments->cards.first().last4, QStringLiteral("0341"));
        QVERIFY(payments->lastPayment.known);
        QVERIFY(!payments->lastPayment.succeeded);
        QCOMPARE(payments->lastPayment.code, QStringLiteral("card_declined"));
        QCOMPARE(payments->lastPayment.declineCode, QStringLiteral("generic_decline"));
        QCOMPARE(payments->lastPayment.invoiceId, renewal);

        // Support tries the learner's other card, which has no money on it.
        const auto attempt = m_sandbox.post(QStringLiteral("/v1/invoices/%1/pay").arg(renewal),
                                            {{QStringLiteral("payment_method"), QStringLiteral("pm_card_chargeDeclinedInsufficientFunds")}});
        QCOMPARE(attempt.status, 402);

        payments = readPayments(m_client.get(), customer.id(), sub.id());
        QVERIFY(payments);
        QVERIFY2(payments->error.isEmpty(), qPrintable(payments->error));
        const billing::PaymentOutcome last = payments->lastPayment;
        QVERIFY(last.known);
        QVERIFY(!last.succeeded);
        QCOMPARE(last.code, QStringLiteral("card_declined"));
        QCOMPARE(last.declineCode, QStringLiteral("insufficient_funds"));
        QCOMPARE(last.stripeMessage, QStringLiteral("Your card has insufficient funds."));
        QCOMPARE(last.invoiceId, renewal);
        QCOMPARE(last.amount, 999);
        QVERIFY(last.paymentIntentId.startsWith(QLatin1String("pi_")));
        QVERIFY(last.chargeId.startsWith(QLatin1String("ch_")));
        const QJsonObject failedCharge = get(QStringLiteral("/v1/charges/") + last.chargeId);
        QCOMPARE(failedCharge.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(last.at, failedCharge.value(QStringLiteral("created")).toInteger());
        const QString words = billing::declineExplanation(last.code, last.declineCode, last.stripeMessage);
        QVERIFY2(words.contains(QStringLiteral("insufficient funds")), qPrintable(words));

        // Newest first: the open renewal, then the paid first invoice.
        QCOMPARE(payments->invoices.size(), 2);
        QCOMPARE(payments->invoices.at(0).id, renewal);
        QCOMPARE(payments->invoices.at(0).status, QStringLiteral("open"));
        QCOMPARE(payments->invoices.at(0).amountPaid, 0);
        QCOMPARE(payments->invoices.at(0).paymentIntentId, last.paymentIntentId);
        QCOMPARE(payments->invoices.at(1).status, QStringLiteral("paid"));
        QVERIFY(payments->invoices.at(0).created > payments->invoices.at(1).created);

        // That card made the renewal card: Stripe's own retry of the renewal fails the same way.
        const QString poorCard = attempt.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("payment_method")).toObject()
                                     .value(QStringLiteral("id")).toString();
        QVERIFY(poorCard.startsWith(QLatin1String("pm_")));
        QCOMPARE(m_sandbox.post(QStringLiteral("/v1/subscriptions/") + sub.id(), {{QStringLiteral("default_payment_method"), poorCard}}).status,
                 200);
        const QString manualCharge = last.chargeId;
        QCOMPARE(m_sandbox.advanceDays(3).status, 200);
        QCOMPARE(get(QStringLiteral("/v1/invoices/") + renewal).value(QStringLiteral("attempt_count")).toInt(), 3);
        payments = readPayments(m_client.get(), customer.id(), sub.id());
        QVERIFY(payments);
        QVERIFY2(payments->error.isEmpty(), qPrintable(payments->error));
        QCOMPARE(payments->lastPayment.declineCode, QStringLiteral("insufficient_funds"));
        QVERIFY(payments->lastPayment.chargeId != manualCharge);
        QVERIFY(payments->lastPayment.at > last.at);
        QCOMPARE(payments->cards.size(), 2);
        QCOMPARE(payments->cards.first().paymentMethodId, poorCard); // the subscription's card pays its renewals
        QVERIFY(payments->cards.first().isDefault);
        QCOMPARE(payments->cards.first().last4, QStringLiteral("9995"));
        QVERIFY(!payments->cards.last().isDefault);

        // The next invoice still comes at the end of the new period, for the full price.
        const qint64 periodEnd = firstItem(get(QStringLiteral("/v1/subscriptions/") + sub.id()))
                                     .value(QStringLiteral("current_period_end")).toInteger();
        QVERIFY(payments->next.known);
        QCOMPARE(payments->next.at, periodEnd);
        QCOMPARE(payments->next.amount, 999);
    }

    void partialRefundShowsOnItsInvoice()
    {
        const auto coupon = m_sandbox.post(QStringLiteral("/v1/coupons"), {{QStringLiteral("percent_off"), QStringLiteral("20")},
                                                                         {QStringLiteral("duration"), QStringLiteral("forever")}});
        QCOMPARE(coupon.status, 200);
        const auto session = m_sandbox.subscribe(m_price, QStringLiteral("refund@example.com"), QStringLiteral("4242424242424242"),
                                                 {{QStringLiteral("discounts[0][coupon]"), coupon.id()}});
        QCOMPARE(session.status, 200);
        m_session = session.id();
        m_customer = session.body.value(QStringLiteral("customer")).toString();
        m_subscription = session.body.value(QStringLiteral("subscription")).toString();
        m_invoice = session.body.value(QStringLiteral("invoice")).toString();
        const QJsonObject paid = get(QStringLiteral("/v1/invoice_payments"), {{QStringLiteral("invoice"), m_invoice}});
        m_intent = paid.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("payment")).toObject()
                       .value(QStringLiteral("payment_intent")).toString();
        QVERIFY(m_intent.startsWith(QLatin1String("pi_")));
        const auto refund = m_sandbox.post(QStringLiteral("/v1/refunds"), {{QStringLiteral("payment_intent"), m_intent},
                                                                         {QStringLiteral("amount"), QStringLiteral("300")},
                                                                         {QStringLiteral("reason"), QStringLiteral("requested_by_customer")}});
        QCOMPARE(refund.status, 200);
        m_refund = refund.id();
        m_charge = refund.body.value(QStringLiteral("charge")).toString();

        const auto payments = readPayments(m_client.get(), m_customer, m_subscription);
        QVERIFY(payments);
        QVERIFY2(payments->error.isEmpty(), qPrintable(payments->error));
        QCOMPARE(payments->invoices.size(), 1);
        const billing::InvoiceView &invoice = payments->invoices.first();
        QCOMPARE(invoice.id, m_invoice);
        QCOMPARE(invoice.total, 799); // 9.99 less 20%
        QCOMPARE(invoice.discount, 200);
        QCOMPARE(invoice.amountPaid, 799);
        QCOMPARE(invoice.chargeId, m_charge);
        QCOMPARE(invoice.paymentIntentId, m_intent);
        QCOMPARE(invoice.amountRefunded, 300);
        QCOMPARE(invoice.refunds.size(), 1);
        const billing::RefundView &shown = invoice.refunds.first();
        QCOMPARE(shown.id, m_refund);
        QCOMPARE(shown.amount, 300);
        QCOMPARE(shown.currency, QStringLiteral("usd"));
        QCOMPARE(shown.reason, QStringLiteral("requested_by_customer"));
        QCOMPARE(shown.status, QStringLiteral("succeeded"));
        QVERIFY(shown.created > 0);
        QVERIFY(!payments->cards.isEmpty());
        m_card = payments->cards.first().paymentMethodId;
        QVERIFY(payments->next.known);
        QCOMPARE(payments->next.amount, 799); // the forever coupon stays
    }

    void everyIdLeadsToItsCustomer()
    {
        QVERIFY(!m_customer.isEmpty());
        // An event about the customer's charge, and one about the refund (which names only the charge).
        const QJsonArray refunded = get(QStringLiteral("/v1/events"), {{QStringLiteral("type"), QStringLiteral("charge.refunded")}})
                                        .value(QStringLiteral("data")).toArray();
        const QJsonArray created = get(QStringLiteral("/v1/events"), {{QStringLiteral("type"), QStringLiteral("refund.created")}})
                                       .value(QStringLiteral("data")).toArray();
        QVERIFY(!refunded.isEmpty() && !created.isEmpty());
        const QString chargeEvent = refunded.first().toObject().value(QStringLiteral("id")).toString();
        const QString refundEvent = created.first().toObject().value(QStringLiteral("id")).toString();

        for (const QString &id : {m_customer, m_subscription, m_invoice, m_charge, m_intent, m_card, m_refund, chargeEvent, refundEvent,
                                  m_session}) {
            QVERIFY2(billing::StripeIdResolver::looksLikeStripeId(id), qPrintable(id));
            const Resolution r = resolve(m_client.get(), id);
            QVERIFY2(r.answered, qPrintable(id));
            QVERIFY2(r.failure.isEmpty(), qPrintable(id + QStringLiteral(": ") + r.failure));
            QCOMPARE(r.customer, m_customer);
        }
    }

    void unknownIdsSayWhy()
    {
        Resolution r = resolve(m_client.get(), QStringLiteral("ch_3NoSuchChargeAnywhere"));
        QVERIFY(r.answered);
        QVERIFY(r.customer.isEmpty());
        QCOMPARE(r.failure, QStringLiteral("no such charge at Stripe"));

        r = resolve(m_client.get(), QStringLiteral("cus_NoSuchCustomer1"));
        QCOMPARE(r.failure, QStringLiteral("no such customer at Stripe"));

        // A card never attached: Stripe knows it, but it is nobody's.
        const QString loose = m_sandbox.post(QStringLiteral("/v1/payment_methods"), {{QStringLiteral("type"), QStringLiteral("card")},
                                                                                   {QStringLiteral("card[number]"), QStringLiteral("4242424242424242")},
                                                                                   {QStringLiteral("card[exp_month]"), QStringLiteral("12")},
                                                                                   {QStringLiteral("card[exp_year]"), QStringLiteral("2034")},
                                                                                   {QStringLiteral("card[cvc]"), QStringLiteral("123")}})
                                  .id();
        QVERIFY(loose.startsWith(QLatin1String("pm_")));
        r = resolve(m_client.get(), loose);
        QVERIFY(r.answered);
        QCOMPARE(r.failure, QStringLiteral("that payment method belongs to no customer"));

        r = resolve(m_client.get(), QStringLiteral("lena@example.com"));
        QVERIFY(r.answered);
        QVERIFY(r.failure.contains(QStringLiteral("not a Stripe id")));

        // An unknown customer's payments: words, and nothing made up.
        const auto payments = readPayments(m_client.get(), QStringLiteral("cus_NoSuchCustomer1"), QString());
        QVERIFY(payments);
        QVERIFY2(payments->error.startsWith(QStringLiteral("Could not read the customer, the cards")), qPrintable(payments->error));
        QVERIFY2(payments->error.contains(QStringLiteral("cus_NoSuchCustomer1")), qPrintable(payments->error));
        QVERIFY(payments->cards.isEmpty());
        QVERIFY(payments->invoices.isEmpty());
        QVERIFY(!payments->lastPayment.known);
    }

    void stripeDownGivesWordsNotAHang()
    {
        SandboxClient doomed;
        QString error;
        QVERIFY2(doomed.start(&error), qPrintable(error));
        const QString price = doomed.createPremiumPrice();
        const auto session = doomed.subscribe(price, QStringLiteral("down@example.com"), QStringLiteral("4242424242424242"));
        QCOMPARE(session.status, 200);
        const QString customer = session.body.value(QStringLiteral("customer")).toString();
        const QString subscription = session.body.value(QStringLiteral("subscription")).toString();
        auto client = clientFor(&m_network, doomed.baseUrl());
        const auto before = readPayments(client.get(), customer, subscription);
        QVERIFY(before);
        QVERIFY2(before->error.isEmpty(), qPrintable(before->error));

        QVERIFY2(doomed.stop(&error), qPrintable(error));
        const auto payments = readPayments(client.get(), customer, subscription);
        QVERIFY2(payments, "the reader answers even when Stripe does not");
        QVERIFY(!payments->error.isEmpty());
        // Said once, not once per call.
        QCOMPARE(payments->error.count(QStringLiteral("could not be reached")), 1);
        QVERIFY2(payments->error.startsWith(QStringLiteral("Nothing could be read")), qPrintable(payments->error));
        QVERIFY(payments->cards.isEmpty());
        QVERIFY(!payments->next.known);

        const Resolution r = resolve(client.get(), customer);
        QVERIFY(r.answered);
        QVERIFY(r.customer.isEmpty());
        QVERIFY2(r.failure.contains(QStringLiteral("could not be reached")), qPrintable(r.failure));
    }

    // The desk drops its Stripe client (new key, closing) while a read is under way:
    // the reader and the resolver still answer, once.
    void aClientGoneMidReadStillAnswers()
    {
        auto client = clientFor(&m_network, m_sandbox.baseUrl());
        billing::LearnerPaymentsReader reader(client.get());
        QSignalSpy done(&reader, &billing::LearnerPaymentsReader::done);
        reader.read(QStringLiteral("cus_Anyone0000"), QStringLiteral("sub_Anything0000"));
        billing::StripeIdResolver resolver(client.get());
        QSignalSpy failed(&resolver, &billing::StripeIdResolver::failed);
        resolver.resolve(QStringLiteral("ch_3Anything000"));
        client.reset();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kWaitMs);
        QVERIFY(done.at(0).at(0).value<LearnerPayments>().error.startsWith(QStringLiteral("Nothing could be read")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
        QTest::qWait(50);
        QCOMPARE(done.size(), 1);
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLearnerPayments)
#include "tst_learner_payments.moc"
