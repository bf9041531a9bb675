#include "StripeImport.h"

#include "BillingStore.h"
#include "DiscountMirror.h"
#include "EventProcessor.h"
#include "PayoutMirror.h"
#include "StripeObjects.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "stripe/StripeSync.h"

#include <QDateTime>

namespace companion::billing {

namespace {
const QString kSubscriptions = QStringLiteral("/v1/subscriptions");
const QString kInvoices = QStringLiteral("/v1/invoices");
const QString kInvoicePayments = QStringLiteral("/v1/invoice_payments");
const QString kCharges = QStringLiteral("/v1/charges");
const QString kBalanceTransactions = QStringLiteral("/v1/balance_transactions");
const QString kDisputes = QStringLiteral("/v1/disputes");
const QString kPayouts = QStringLiteral("/v1/payouts");
const QString kCoupons = QStringLiteral("/v1/coupons");
const QString kPromotionCodes = QStringLiteral("/v1/promotion_codes");
// A refund's or dispute's transaction names its charge only through its source.
const QJsonObject kWithSource{{QStringLiteral("expand"), QJsonArray{QStringLiteral("data.source")}}};

// In this order: a subscription's MRR needs its coupons' terms; invoices find
// their owner through the customers subscriptions link; the payment lists are
// joined once all three are read.
const QList<QPair<QString, QJsonObject>> kPhases{
    {kCoupons, {}},
    {kPromotionCodes, {}},
    {kSubscriptions, {{QStringLiteral("status"), QStringLiteral("all")}, {QStringLiteral("expand"), QJsonArray{QStringLiteral("data.discounts")}}}},
    {kInvoices, {}},
    {kInvoicePayments, {{QStringLiteral("status"), QStringLiteral("paid")}}},
    {kCharges, {}},
    {kBalanceTransactions, kWithSource},
    {kDisputes, {}},
    {kPayouts, {}},
};
} // namespace

StripeImport::StripeImport(stripe::StripeClient *client, db::DatabaseConfig database, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(std::move(database))
{
}

void StripeImport::start()
{
    read(0);
}

void StripeImport::startPayoutTransactions()
{
    readPayoutTransactions();
}

void StripeImport::read(int phase)
{
    const QString path = kPhases.at(phase).first;
    m_sync = new stripe::StripeSync(m_client, {{path, kPhases.at(phase).second}}, stripe::StripeSync::Settings{}, this);
    connect(m_sync, &stripe::StripeSync::progress, this,
            [this, path](int received, int done, int total) { Q_EMIT progress(path, received, done, total); });
    connect(m_sync, &stripe::StripeSync::objects, this, [this, path](const QString &, const QJsonArray &items) { apply(path, items); });
    connect(m_sync, &stripe::StripeSync::finished, this, [this, phase](const std::optional<stripe::StripeError> &error) {
        m_sync->deleteLater();
        if (error)
            return finish(error->userMessage());
        if (m_done)
            return;
        if (phase + 1 < kPhases.size())
            return read(phase + 1);
        recordPayments();
    });
    m_sync->start();
}

void StripeImport::cancel()
{
    if (m_sync)
        m_sync->cancel();
    finish(tr("cancelled"));
}

void StripeImport::apply(const QString &path, const QJsonArray &objects)
{
    if (m_done || objects.isEmpty())
        return;
    if (path == kBalanceTransactions || path == kPayouts) {
        QList<QJsonObject> items;
        for (const QJsonValue &value : objects)
            items.append(value.toObject());
        if (path == kPayouts) {
            const qint64 readAt = m_clock();
            QList<PayoutMirror::PayoutWrite> writes;
            for (const QJsonObject &payout : std::as_const(items))
                writes.append({payout, readAt});
            m_summary.payoutsRead += int(items.size());
            writePayouts([&writes](PayoutMirror &mirror) { mirror.upsertPayouts(writes); });
            return;
        }
        m_summary.balanceTransactionsRead += int(items.size());
        if (!writePayouts([&items](PayoutMirror &mirror) { mirror.upsertTransactions(items); }))
            return;
    }
    if (path == kCoupons || path == kPromotionCodes) {
        QList<QJsonObject> items;
        for (const QJsonValue &value : objects)
            items.append(value.toObject());
        (path == kCoupons ? m_summary.couponsRead : m_summary.promotionCodesRead) += int(items.size());
        writeDiscounts([&](DiscountMirror &mirror) { path == kCoupons ? mirror.upsertCoupons(items) : mirror.upsertPromotionCodes(items); });
        return;
    }
    if (path == kSubscriptions) {
        // Their discounts first (expanded: ids would say nothing), so the MRR written with them counts them.
        QList<QJsonObject> discounts;
        for (const QJsonValue &subscription : objects) {
            for (const QJsonValue &value : subscription.toObject().value(QStringLiteral("discounts")).toArray()) {
                QJsonObject discount = value.toObject();
                if (discount.isEmpty())
                    continue;
                if (StripeObjects::idOf(discount.value(QStringLiteral("subscription"))).isEmpty())
                    discount.insert(QStringLiteral("subscription"), subscription.toObject().value(QStringLiteral("id")));
                discounts.append(discount);
            }
        }
        m_summary.discountsRead += int(discounts.size());
        if (!discounts.isEmpty() && !writeDiscounts([&discounts](DiscountMirror &mirror) { mirror.upsertDiscounts(discounts); }))
            return;
    }
    if (path != kSubscriptions && path != kInvoices)
        return collectPayments(path, objects);
    db::Connection connection = db::Database::connection(m_database);
    if (!connection.ok()) {
        m_sync->cancel();
        return finish(connection.error);
    }
    EventProcessor processor(connection.db, m_database.dialect);
    processor.setClock(m_clock);
    QString error;
    if (path == kSubscriptions) {
        const qint64 readAt = m_clock();
        QList<EventProcessor::FetchedSubscription> fetched;
        for (const QJsonValue &subscription : objects)
            fetched.append({subscription.toObject(), readAt});
        m_summary.subscriptionsRead += int(objects.size());
        m_summary.subscriptionsApplied += processor.applyCurrentSubscriptions(fetched, &error);
    } else {
        QList<QJsonObject> invoices;
        for (const QJsonValue &invoice : objects)
            invoices.append(invoice.toObject());
        m_summary.invoicesRead += int(objects.size());
        m_summary.invoicesApplied += processor.applyCurrentInvoices(invoices, &error);
    }
    if (!error.isEmpty()) {
        m_sync->cancel();
        finish(error);
    }
}

void StripeImport::collectPayments(const QString &path, const QJsonArray &objects)
{
    for (const QJsonValue &value : objects) {
        const QJsonObject o = value.toObject();
        if (path == kInvoicePayments) {
            const QJsonObject payment = o.value(QStringLiteral("payment")).toObject();
            const QString intent = StripeObjects::idOf(payment.value(QStringLiteral("payment_intent")));
            if (!intent.isEmpty())
                m_paymentsByIntent[intent].invoiceId = StripeObjects::idOf(o.value(QStringLiteral("invoice")));
        } else if (path == kCharges) {
            const auto it = m_paymentsByIntent.find(StripeObjects::idOf(o.value(QStringLiteral("payment_intent"))));
            if (it == m_paymentsByIntent.end() || o.value(QStringLiteral("status")).toString() != QLatin1String("succeeded"))
                continue;
            it->chargeId = o.value(QStringLiteral("id")).toString();
            it->balanceTransactionId = StripeObjects::idOf(o.value(QStringLiteral("balance_transaction")));
            it->refunded = o.value(QStringLiteral("amount_refunded")).toInteger();
        } else if (path == kBalanceTransactions) {
            m_feeByTransaction.insert(o.value(QStringLiteral("id")).toString(),
                                      {o.value(QStringLiteral("fee")).toInteger(), o.value(QStringLiteral("net")).toInteger()});
        } else if (path == kDisputes) {
            m_disputes.append(o);
        }
    }
}

void StripeImport::recordPayments()
{
    db::Connection connection = db::Database::connection(m_database);
    if (!connection.ok())
        return finish(connection.error);
    try {
        db::Transaction tx(connection.db, m_database.dialect);
        BillingStore store(connection.db, m_database.dialect);
        for (const Payment &p : std::as_const(m_paymentsByIntent)) {
            const auto fee = m_feeByTransaction.constFind(p.balanceTransactionId);
            if (p.invoiceId.isEmpty() || p.chargeId.isEmpty() || fee == m_feeByTransaction.constEnd())
                continue;
            m_summary.feesRecorded += store.recordPayment(p.invoiceId, p.chargeId, p.balanceTransactionId, fee->first, fee->second, p.refunded);
        }
        for (const QJsonObject &dispute : std::as_const(m_disputes)) {
            const StripeObjects::DisputeCost cost = StripeObjects::disputeCost(dispute);
            store.recordDispute(StripeObjects::idOf(dispute.value(QStringLiteral("charge"))), cost.amount, cost.fee,
                                dispute.value(QStringLiteral("created")).toInteger());
        }
        if (!tx.commit())
            return finish(tx.error());
    } catch (const StoreError &e) {
        return finish(e.message());
    }
    readPayoutTransactions();
}

bool StripeImport::writePayouts(const std::function<void(PayoutMirror &)> &work)
{
    return writeStore([&work](BillingStore &store) {
        PayoutMirror mirror(store);
        work(mirror);
    });
}

bool StripeImport::writeDiscounts(const std::function<void(DiscountMirror &)> &work)
{
    return writeStore([&work](BillingStore &store) {
        DiscountMirror mirror(store);
        work(mirror);
    });
}

bool StripeImport::writeStore(const std::function<void(BillingStore &)> &work)
{
    db::Connection connection = db::Database::connection(m_database);
    QString error = connection.error;
    if (connection.ok()) {
        try {
            db::Transaction tx(connection.db, m_database.dialect);
            BillingStore store(connection.db, m_database.dialect);
            work(store);
            if (tx.commit())
                return true;
            error = tx.error();
        } catch (const StoreError &e) {
            error = e.message();
        }
    }
    if (m_sync)
        m_sync->cancel();
    finish(error);
    return false;
}

// What each automatic payout carried, asked once it is final (Stripe's
// GET /v1/balance_transactions?payout=), all payouts side by side under the pacer.
void StripeImport::readPayoutTransactions()
{
    QStringList payouts;
    if (!writePayouts([&payouts](PayoutMirror &mirror) { payouts = mirror.payoutsToRead(); }))
        return;
    if (payouts.isEmpty() || m_done)
        return finish(QString());
    QList<stripe::StripeSync::List> lists;
    for (const QString &payout : std::as_const(payouts)) {
        QJsonObject params = kWithSource;
        params.insert(QStringLiteral("payout"), payout);
        lists.append({kBalanceTransactions, params});
    }
    stripe::StripeSync::Settings settings;
    settings.windowsPerList = 1;
    m_sync = new stripe::StripeSync(m_client, lists, settings, this);
    const QString progressName = kPayouts + QStringLiteral("/transactions");
    connect(m_sync, &stripe::StripeSync::progress, this,
            [this, progressName](int received, int done, int total) { Q_EMIT progress(progressName, received, done, total); });
    connect(m_sync, &stripe::StripeSync::listPage, this, [this, payouts](int list, const QJsonArray &objects) {
        if (m_done)
            return;
        QList<QJsonObject> items;
        for (const QJsonValue &value : objects)
            items.append(value.toObject());
        writePayouts([&](PayoutMirror &mirror) { mirror.upsertTransactions(items, payouts.at(list)); });
    });
    connect(m_sync, &stripe::StripeSync::finished, this, [this, payouts](const std::optional<stripe::StripeError> &error) {
        m_sync->deleteLater();
        if (error)
            return finish(error->userMessage());
        if (m_done)
            return;
        // Read whole: a payout in its final status is not asked again.
        if (!writePayouts([&payouts](PayoutMirror &mirror) {
                for (const QString &payout : payouts)
                    mirror.markTransactionsRead(payout);
            }))
            return;
        m_summary.payoutsReconciled += int(payouts.size());
        finish(QString());
    });
    m_sync->start();
}

void StripeImport::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_summary.error = error;
    Q_EMIT finished(m_summary);
}

} // namespace companion::billing
