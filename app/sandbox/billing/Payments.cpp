#include "Payments.h"

#include "ApiTypes.h"
#include "Documents.h"
#include "Ids.h"
#include "RefundFlow.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "SubscriptionLifecycle.h"

#include <QJsonArray>

namespace sandbox {

Payments::Payments(const SandboxContext &context)
    : m_ctx(context)
{
}

namespace {
// The invoice's payment intent that a new attempt may still use (not yet succeeded nor canceled).
std::optional<QJsonObject> reusableIntent(const SandboxContext &ctx, const QJsonObject &invoice)
{
    auto intent = ctx.store.get(invoice.value(QStringLiteral("_payment_intent")).toString());
    if (!intent || intent->value(QStringLiteral("status")).toString() != QLatin1String("requires_payment_method"))
        return std::nullopt;
    return intent;
}
} // namespace

QJsonObject Payments::openIntent(QJsonObject invoice, const QString &paymentMethod) const
{
    QJsonObject intent = Documents::paymentIntent(m_ctx, invoice.value(QStringLiteral("amount_due")).toInteger(),
                                                  invoice.value(QStringLiteral("currency")).toString(),
                                                  invoice.value(QStringLiteral("customer")).toString(), paymentMethod);
    intent.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
    m_ctx.save(intent);
    invoice.insert(QStringLiteral("_payment_intent"), intent.value(QStringLiteral("id")));
    m_ctx.save(Documents::invoicePayment(m_ctx, invoice, intent.value(QStringLiteral("id")).toString()));
    return invoice;
}

// The invoice's payment record for `intent` (made on its first attempt).
QJsonObject Payments::paymentRecord(const QJsonObject &invoice, const QString &intent) const
{
    const QList<QJsonObject> records = m_ctx.store.all(QStringLiteral("invoice_payment"),
                                                       {{QStringLiteral("$.invoice"), QStringLiteral("="), {invoice.value(QStringLiteral("id")).toString()}},
                                                        {QStringLiteral("$.payment.payment_intent"), QStringLiteral("="), {intent}}});
    return records.isEmpty() ? Documents::invoicePayment(m_ctx, invoice, intent) : records.first();
}

Payments::Outcome Payments::collect(QJsonObject invoice, const CardBehaviour &card, const QString &paymentMethod,
                                    bool offSession, const ApiRequest &request) const
{
    const qint64 now = m_ctx.clock.now();
    const qint64 amount = invoice.value(QStringLiteral("amount_due")).toInteger();
    invoice.insert(QStringLiteral("attempted"), true);
    auto markPaid = [&](qint64 paid) {
        invoice.insert(QStringLiteral("status"), QStringLiteral("paid"));
        invoice.insert(QStringLiteral("amount_paid"), paid);
        invoice.insert(QStringLiteral("amount_remaining"), 0);
        invoice.insert(QStringLiteral("next_payment_attempt"), QJsonValue());
        QJsonObject transitions = invoice.value(QStringLiteral("status_transitions")).toObject();
        transitions.insert(QStringLiteral("paid_at"), now);
        invoice.insert(QStringLiteral("status_transitions"), transitions);
        m_ctx.save(invoice);
        m_ctx.emitEvent(QStringLiteral("invoice.paid"), invoice, request);
        m_ctx.emitEvent(QStringLiteral("invoice.payment_succeeded"), invoice, request);
    };
    if (amount == 0) { // trials and $0 invoices are paid without a charge
        markPaid(0);
        SubscriptionLifecycle(m_ctx).onInvoicePaid(invoice, request);
        return {true, invoice, {}};
    }

    invoice.insert(QStringLiteral("attempt_count"), invoice.value(QStringLiteral("attempt_count")).toInt() + 1);
    // Attempts on one invoice share its payment intent, each with its own charge.
    QJsonObject intent = reusableIntent(m_ctx, invoice).value_or(
        Documents::paymentIntent(m_ctx, amount, invoice.value(QStringLiteral("currency")).toString(),
                                 invoice.value(QStringLiteral("customer")).toString(), paymentMethod));
    intent.insert(QStringLiteral("payment_method"), paymentMethod.isEmpty() ? QJsonValue() : QJsonValue(paymentMethod));
    invoice.insert(QStringLiteral("_payment_intent"), intent.value(QStringLiteral("id")));
    const QJsonObject record = paymentRecord(invoice, intent.value(QStringLiteral("id")).toString());
    const bool succeeded = !card.declines() && !(offSession && card.failsOffSession);
    QJsonObject charge = Documents::charge(m_ctx, intent, card, succeeded);
    intent.insert(QStringLiteral("latest_charge"), charge.value(QStringLiteral("id")));

    if (!succeeded) {
        const QString code = charge.value(QStringLiteral("failure_code")).toString();
        intent.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
        intent.insert(QStringLiteral("last_payment_error"),
                      QJsonObject{{QStringLiteral("code"), code},
                                  {QStringLiteral("decline_code"), card.declineCode.isEmpty() ? QStringLiteral("generic_decline") : card.declineCode},
                                  {QStringLiteral("message"), charge.value(QStringLiteral("failure_message"))},
                                  {QStringLiteral("type"), QStringLiteral("card_error")}});
        m_ctx.save(intent);
        m_ctx.save(charge);
        m_ctx.save(invoice);
        m_ctx.save(record); // open: the declined attempt is found from the invoice
        m_ctx.emitEvent(QStringLiteral("charge.failed"), charge, request);
        m_ctx.emitEvent(QStringLiteral("payment_intent.payment_failed"), intent, request);
        m_ctx.emitEvent(QStringLiteral("invoice.payment_failed"), invoice, request);
        return {false, invoice, charge};
    }

    const qint64 fee = Documents::stripeFee(amount, card);
    const QJsonObject txn = Documents::balanceTransaction(m_ctx, charge.value(QStringLiteral("id")).toString(), QStringLiteral("charge"),
                                                          amount, fee, invoice.value(QStringLiteral("currency")).toString(),
                                                          QStringLiteral("Subscription payment"));
    charge.insert(QStringLiteral("balance_transaction"), txn.value(QStringLiteral("id")));
    intent.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
    intent.insert(QStringLiteral("amount_received"), amount);
    m_ctx.save(txn);
    m_ctx.save(charge);
    m_ctx.save(intent);
    m_ctx.save(Documents::paidInvoicePayment(record, amount, now));
    m_ctx.emitEvent(QStringLiteral("charge.succeeded"), charge, request);
    m_ctx.emitEvent(QStringLiteral("payment_intent.succeeded"), intent, request);
    markPaid(amount);
    if (card.disputed)
        charge = dispute(charge, request);
    SubscriptionLifecycle(m_ctx).onInvoicePaid(invoice, request);
    return {true, invoice, charge};
}

QJsonObject Payments::refund(QJsonObject charge, qint64 amount, const QString &reason, const ApiRequest &request) const
{
    return RefundFlow(m_ctx).create(std::move(charge), amount > 0 ? std::optional<qint64>(amount) : std::nullopt, reason, {}, request);
}

QJsonObject Payments::dispute(QJsonObject charge, const ApiRequest &request) const
{
    const qint64 amount = charge.value(QStringLiteral("amount")).toInteger();
    const QString currency = charge.value(QStringLiteral("currency")).toString();
    const QString disputeId = m_ctx.ids.next(QStringLiteral("dp_"));
    const QJsonObject txn = Documents::balanceTransaction(m_ctx, disputeId, QStringLiteral("adjustment"), -amount, kDisputeFee,
                                                          currency, QStringLiteral("Chargeback withdrawal for ") + charge.value(QStringLiteral("id")).toString());
    const QJsonObject dispute{
        {QStringLiteral("id"), disputeId},
        {QStringLiteral("object"), QStringLiteral("dispute")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("balance_transactions"), QJsonArray{txn}},
        {QStringLiteral("charge"), charge.value(QStringLiteral("id"))},
        {QStringLiteral("created"), m_ctx.clock.now()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("evidence_details"), QJsonObject{{QStringLiteral("due_by"), m_ctx.clock.now() + 7 * 24 * 3600},
                                                         {QStringLiteral("has_evidence"), false},
                                                         {QStringLiteral("past_due"), false},
                                                         {QStringLiteral("submission_count"), 0}}},
        {QStringLiteral("is_charge_refundable"), false},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("payment_intent"), charge.value(QStringLiteral("payment_intent"))},
        {QStringLiteral("reason"), QStringLiteral("fraudulent")},
        {QStringLiteral("status"), QStringLiteral("needs_response")},
    };
    charge.insert(QStringLiteral("disputed"), true);
    m_ctx.save(txn);
    m_ctx.save(dispute);
    m_ctx.save(charge);
    m_ctx.emitEvent(QStringLiteral("charge.dispute.created"), dispute, request);
    return charge;
}

} // namespace sandbox
