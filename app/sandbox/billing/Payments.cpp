#include "Payments.h"

#include "ApiTypes.h"
#include "Documents.h"
#include "Ids.h"
#include "RefundFlow.h"
#include "SandboxClock.h"
#include "SandboxContext.h"

#include <QJsonArray>

namespace sandbox {

Payments::Payments(const SandboxContext &context)
    : m_ctx(context)
{
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
        return {true, invoice, {}};
    }

    invoice.insert(QStringLiteral("attempt_count"), invoice.value(QStringLiteral("attempt_count")).toInt() + 1);
    QJsonObject intent = Documents::paymentIntent(m_ctx, amount, invoice.value(QStringLiteral("currency")).toString(),
                                                  invoice.value(QStringLiteral("customer")).toString(), paymentMethod);
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
    m_ctx.save(Documents::invoicePayment(m_ctx, invoice, intent.value(QStringLiteral("id")).toString()));
    m_ctx.emitEvent(QStringLiteral("charge.succeeded"), charge, request);
    m_ctx.emitEvent(QStringLiteral("payment_intent.succeeded"), intent, request);
    markPaid(amount);
    if (card.disputed)
        charge = dispute(charge, request);
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
