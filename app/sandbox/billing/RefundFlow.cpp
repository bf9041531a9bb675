#include "RefundFlow.h"

#include "ApiTypes.h"
#include "Documents.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "TestCards.h"

#include <QJsonArray>

namespace sandbox {

namespace {
QString dollars(qint64 cents)
{
    return QStringLiteral("$%1").arg(double(cents) / 100, 0, 'f', 2);
}
} // namespace

RefundFlow::RefundFlow(const SandboxContext &context)
    : m_ctx(context)
{
}

QJsonObject RefundFlow::create(QJsonObject charge, std::optional<qint64> amount, const QString &reason, const QJsonObject &metadata,
                               const ApiRequest &request) const
{
    const QString chargeId = charge.value(QStringLiteral("id")).toString();
    if (charge.value(QStringLiteral("status")).toString() != QLatin1String("succeeded") || !charge.value(QStringLiteral("captured")).toBool())
        throw StripeException::invalid(QStringLiteral("Charge %1 has not been captured.").arg(chargeId), QStringLiteral("charge"));
    if (charge.value(QStringLiteral("disputed")).toBool())
        throw StripeException::invalid(QStringLiteral("Charge %1 has been charged back; cannot issue a refund.").arg(chargeId),
                                       QStringLiteral("charge"), QStringLiteral("charge_disputed"));
    if (charge.value(QStringLiteral("refunded")).toBool())
        throw StripeException::invalid(QStringLiteral("Charge %1 has already been refunded.").arg(chargeId), QStringLiteral("charge"),
                                       QStringLiteral("charge_already_refunded"));
    const qint64 captured = charge.value(QStringLiteral("amount_captured")).toInteger();
    const qint64 refunded = charge.value(QStringLiteral("amount_refunded")).toInteger();
    const qint64 left = captured - refunded;
    const qint64 value = amount.value_or(left);
    if (value <= 0)
        throw StripeException::invalid(QStringLiteral("Invalid positive integer"), QStringLiteral("amount"), QStringLiteral("parameter_invalid_integer"));
    if (value > left) {
        const QString message = refunded == 0
            ? QStringLiteral("Refund amount (%1) is greater than charge amount (%2)").arg(dollars(value), dollars(captured))
            : QStringLiteral("Refund amount (%1) is greater than unrefunded amount on charge (%2)").arg(dollars(value), dollars(left));
        throw StripeException::invalid(message, QStringLiteral("amount"), QStringLiteral("amount_too_large"));
    }

    const auto method = m_ctx.store.get(charge.value(QStringLiteral("payment_method")).toString());
    const CardBehaviour card = CardBehaviour::lookup(method ? method->value(QStringLiteral("_number")).toString() : QStringLiteral("4242424242424242"));
    const qint64 now = m_ctx.clock.now();
    const QString currency = charge.value(QStringLiteral("currency")).toString();
    const QString refundId = m_ctx.ids.next(QStringLiteral("re_"));
    // Stripe keeps its processing fee on refunds: the balance moves by the refund alone.
    const QJsonObject txn = Documents::balanceTransaction(m_ctx, refundId, QStringLiteral("refund"), -value, 0, currency,
                                                          QStringLiteral("REFUND FOR CHARGE (%1)").arg(charge.value(QStringLiteral("description")).toString()));
    QJsonObject refund{
        {QStringLiteral("id"), refundId},
        {QStringLiteral("object"), QStringLiteral("refund")},
        {QStringLiteral("amount"), value},
        {QStringLiteral("balance_transaction"), txn.value(QStringLiteral("id"))},
        {QStringLiteral("charge"), chargeId},
        {QStringLiteral("created"), now},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("destination_details"), QJsonObject{{QStringLiteral("card"), QJsonObject{{QStringLiteral("reference_status"), QStringLiteral("pending")},
                                                                                                 {QStringLiteral("reference_type"), QStringLiteral("acquirer_reference_number")},
                                                                                                 {QStringLiteral("type"), QStringLiteral("refund")}}},
                                                            {QStringLiteral("type"), QStringLiteral("card")}}},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("payment_intent"), charge.value(QStringLiteral("payment_intent"))},
        {QStringLiteral("payment_method"), charge.value(QStringLiteral("payment_method"))},
        {QStringLiteral("reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason)},
        {QStringLiteral("receipt_number"), QJsonValue()},
        {QStringLiteral("source_transfer_reversal"), QJsonValue()},
        {QStringLiteral("status"), card.refundPending ? QStringLiteral("pending") : QStringLiteral("succeeded")},
        {QStringLiteral("transfer_reversal"), QJsonValue()},
    };
    if (card.refundPending)
        refund.insert(QStringLiteral("pending_reason"), QStringLiteral("processing"));
    if (card.refundPending || card.refundFails)
        refund.insert(QStringLiteral("_due_at"), now + kSettleDelay);
    charge.insert(QStringLiteral("amount_refunded"), refunded + value);
    charge.insert(QStringLiteral("refunded"), refunded + value == captured);
    m_ctx.save(txn);
    m_ctx.save(refund);
    m_ctx.save(charge);
    m_ctx.emitEvent(QStringLiteral("refund.created"), refund, request);
    m_ctx.emitEvent(QStringLiteral("charge.refunded"), charge, request,
                    {{QStringLiteral("amount_refunded"), refunded}, {QStringLiteral("refunded"), false}});
    return refund;
}

void RefundFlow::cancel(const QJsonObject &refund) const
{
    throw StripeException::invalid(QStringLiteral("Refund %1 cannot be canceled because it has a status of %2. Only refunds with a status "
                                                  "of requires_action can be canceled.")
                                       .arg(refund.value(QStringLiteral("id")).toString(), refund.value(QStringLiteral("status")).toString()));
}

std::optional<qint64> RefundFlow::nextDue() const
{
    if (const auto refund = m_ctx.store.earliest(QStringLiteral("refund"), {}, QStringLiteral("$._due_at")))
        return refund->value(QStringLiteral("_due_at")).toInteger();
    return std::nullopt;
}

void RefundFlow::runDue() const
{
    for (const QJsonObject &refund : m_ctx.store.all(QStringLiteral("refund"), {{QStringLiteral("$._due_at"), QStringLiteral("<="), {m_ctx.clock.now()}}}))
        settle(refund);
}

void RefundFlow::settle(QJsonObject refund) const
{
    const ApiRequest automatic;
    refund.remove(QStringLiteral("_due_at"));
    const QString status = refund.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("pending")) {
        refund.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        refund.remove(QStringLiteral("pending_reason"));
        m_ctx.save(refund);
        m_ctx.emitEvent(QStringLiteral("refund.updated"), refund, automatic, {{QStringLiteral("status"), status}});
        return;
    }
    if (status != QLatin1String("succeeded")) {
        m_ctx.save(refund);
        return;
    }
    // The card network could not return the money: it comes back to the balance and
    // the charge counts it as not refunded.
    const qint64 amount = refund.value(QStringLiteral("amount")).toInteger();
    const QString id = refund.value(QStringLiteral("id")).toString();
    const QJsonObject txn = Documents::balanceTransaction(m_ctx, id, QStringLiteral("refund_failure"), amount, 0,
                                                          refund.value(QStringLiteral("currency")).toString(), QStringLiteral("REFUND FAILURE"));
    refund.insert(QStringLiteral("status"), QStringLiteral("failed"));
    refund.insert(QStringLiteral("failure_reason"), QStringLiteral("expired_or_canceled_card"));
    refund.insert(QStringLiteral("failure_balance_transaction"), txn.value(QStringLiteral("id")));
    m_ctx.save(txn);
    m_ctx.save(refund);
    if (auto charge = m_ctx.store.get(refund.value(QStringLiteral("charge")).toString())) {
        charge->insert(QStringLiteral("amount_refunded"), qMax<qint64>(0, charge->value(QStringLiteral("amount_refunded")).toInteger() - amount));
        charge->insert(QStringLiteral("refunded"), false);
        m_ctx.save(*charge);
    }
    m_ctx.emitEvent(QStringLiteral("refund.updated"), refund, automatic, {{QStringLiteral("status"), status}});
    m_ctx.emitEvent(QStringLiteral("refund.failed"), refund, automatic);
}

QJsonObject RefundFlow::listOf(const QString &chargeId) const
{
    QJsonArray data;
    const QList<QJsonObject> refunds = m_ctx.store.all(QStringLiteral("refund"), {{QStringLiteral("$.charge"), QStringLiteral("="), {chargeId}}});
    for (auto it = refunds.rbegin(); it != refunds.rend(); ++it)
        data.append(SandboxContext::publicView(*it));
    return {{QStringLiteral("object"), QStringLiteral("list")},
            {QStringLiteral("data"), data},
            {QStringLiteral("has_more"), false},
            {QStringLiteral("total_count"), data.size()},
            {QStringLiteral("url"), QStringLiteral("/v1/charges/%1/refunds").arg(chargeId)}};
}

} // namespace sandbox
