#pragma once

#include <QDate>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

namespace companion::stripe {
class StripeClient;
}

namespace companion::billing {

// One card payment method of a customer, as support needs to see it.
struct CardView {
    QString paymentMethodId, brand, last4, country, funding;
    int expMonth = 0, expYear = 0;
    bool isDefault = false; // the card renewals are charged to: the subscription's default, else the customer's

    bool expired(const QDate &today) const;
    // Expires this month or next: worth telling the learner before a renewal fails.
    bool expiresSoon(const QDate &today) const;
};

// The newest payment attempt: what Stripe said and why.
struct PaymentOutcome {
    bool known = false;
    bool succeeded = false;
    qint64 at = 0;
    qint64 amount = 0;
    QString currency;
    QString invoiceId, paymentIntentId, chargeId;
    QString code, declineCode, stripeMessage;
};

// The next invoice, from POST /v1/invoices/create_preview.
struct NextInvoice {
    bool known = false;
    qint64 at = 0;
    qint64 amount = 0;
    QString currency;
};

struct RefundView {
    QString id;
    qint64 amount = 0;
    QString currency, reason, status;
    qint64 created = 0;
};

struct InvoiceView {
    QString id, number, status, currency, hostedUrl, pdfUrl, chargeId, paymentIntentId;
    qint64 created = 0, total = 0, amountPaid = 0,
           discount = 0 /* sum of total_discount_amounts */, amountRefunded = 0;
    QVector<RefundView> refunds;
};

struct LearnerPayments {
    bool livemode = false;
    QString customerId;
    QVector<CardView> cards; // default first
    PaymentOutcome lastPayment;
    NextInvoice next;
    QVector<InvoiceView> invoices; // newest first
    QString error;                 // for people, when a read failed (the rest is what could be read); one line per cause
};

// Reads one customer's payments live from Stripe with a handful of calls in parallel
// (the customer, its cards, its invoices with their payments, its charges with their
// refunds, its newest payment intents, and with a subscription that and its
// create_preview) and reports once through done(), always queued, with everything
// that could be read and `error` naming what could not.
class LearnerPaymentsReader : public QObject
{
    Q_OBJECT
public:
    LearnerPaymentsReader(stripe::StripeClient *client, QObject *parent = nullptr);
    ~LearnerPaymentsReader() override;

    // `subscriptionId` may be empty: then there is no preview of the next invoice (and the
    // customer's default card is the default). Each call reports once; calls may overlap,
    // so match an answer to its learner by LearnerPayments::customerId.
    void read(const QString &customerId, const QString &subscriptionId);

Q_SIGNALS:
    void done(const companion::billing::LearnerPayments &payments);

private:
    struct Read;
    void finishIfDone(Read *read);

    QPointer<stripe::StripeClient> m_client;
};

// Stripe's decline and error codes in plain words with the next step for support;
// unknown codes fall back to Stripe's own message.
QString declineExplanation(const QString &code, const QString &declineCode, const QString &stripeMessage);

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::LearnerPayments)
