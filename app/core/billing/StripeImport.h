#pragma once

#include "db/DatabaseConfig.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>

namespace companion::stripe {
class StripeClient;
class StripeSync;
}

namespace companion::billing {

class BillingStore;
class DiscountMirror;
class PayoutMirror;

// Stripe's subscriptions (every status), then its invoices, into our copy, through
// the code that applies Stripe's answers to webhook refreshes
// (EventProcessor::applyCurrentSubscriptions / applyCurrentInvoices): the owner comes
// from metadata.user_id or the customer already linked, subscriptions are stamped
// with when Stripe was read (so older webhooks are stale), and entitlement is
// re-derived. Invoices come second because their owner is found through the
// customers the subscriptions link. Objects of no user of ours are counted, not
// guessed. Pages are applied as they come: an interrupted import keeps what it
// wrote, and running it again converges. Last, each paid invoice's payment is
// followed to its charge and balance transaction (invoice payment → payment
// intent → charge → balance transaction) for Stripe's actual fee, net and refunds,
// and each dispute to the invoice its charge paid. Every balance transaction and
// payout is mirrored too, and each automatic payout not yet read in its final
// status is asked which transactions it carried (finance's cash reconciliation).
// Coupons and promotion codes come first, and each subscription's discounts with
// it, so its MRR counts them (docs/metrics.md).
class StripeImport : public QObject
{
    Q_OBJECT
public:
    struct Summary {
        int subscriptionsRead = 0;
        int subscriptionsApplied = 0;
        int invoicesRead = 0;
        int invoicesApplied = 0;
        int feesRecorded = 0;  // invoices whose fee and net came from their balance transaction
        int balanceTransactionsRead = 0;
        int payoutsRead = 0;
        int payoutsReconciled = 0; // payouts whose carried transactions were read
        int couponsRead = 0;
        int promotionCodesRead = 0;
        int discountsRead = 0;     // discounts on the subscriptions read
        QString error; // empty: complete
        bool ok() const { return error.isEmpty(); }
    };

    // `client` must outlive the import; the database is opened on the calling thread.
    StripeImport(stripe::StripeClient *client, db::DatabaseConfig database, QObject *parent = nullptr);

    // What "now" is when a page of subscriptions is read (tests move it).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void start();
    // Only what each automatic payout now final carried (the server, after payout.*
    // events): no lists read, the payouts not yet read as PayoutMirror::payoutsToRead.
    void startPayoutTransactions();
    void cancel();

Q_SIGNALS:
    // `list` is the list being read: "/v1/subscriptions", "/v1/invoices", "/v1/invoice_payments", …
    void progress(const QString &list, int received, int windowsDone, int windowsTotal);
    void finished(const companion::billing::StripeImport::Summary &summary);

private:
    void read(int phase);
    void apply(const QString &path, const QJsonArray &objects);
    void collectPayments(const QString &path, const QJsonArray &objects);
    void recordPayments();
    void readPayoutTransactions();
    // Writes through PayoutMirror in one transaction; false after finishing with the error.
    bool writePayouts(const std::function<void(PayoutMirror &)> &work);
    // The same through DiscountMirror.
    bool writeDiscounts(const std::function<void(DiscountMirror &)> &work);
    bool writeStore(const std::function<void(BillingStore &)> &work);
    void finish(const QString &error);

    // What the payments phases gather, joined at the end.
    struct Payment {
        QString invoiceId;
        QString chargeId;
        QString balanceTransactionId;
        qint64 refunded = 0;
    };
    QHash<QString, Payment> m_paymentsByIntent;     // pi_ -> its invoice, then its charge
    QHash<QString, QPair<qint64, qint64>> m_feeByTransaction; // txn_ -> (fee, net)
    QList<QJsonObject> m_disputes;

    stripe::StripeClient *m_client;
    db::DatabaseConfig m_database;
    QPointer<stripe::StripeSync> m_sync;
    Summary m_summary;
    bool m_done = false;
    std::function<qint64()> m_clock = [] { return QDateTime::currentSecsSinceEpoch(); };
};

} // namespace companion::billing
