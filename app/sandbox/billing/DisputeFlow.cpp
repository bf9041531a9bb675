#include "DisputeFlow.h"

#include "ApiTypes.h"
#include "Documents.h"
#include "SandboxClock.h"
#include "SandboxContext.h"

#include <QJsonArray>

namespace sandbox {

DisputeFlow::DisputeFlow(const SandboxContext &context)
    : m_ctx(context)
{
}

bool DisputeFlow::isOpen(const QJsonObject &dispute)
{
    const QString status = dispute.value(QStringLiteral("status")).toString();
    return status == QLatin1String("needs_response") || status == QLatin1String("under_review")
        || status == QLatin1String("warning_needs_response") || status == QLatin1String("warning_under_review");
}

QJsonObject DisputeFlow::update(QJsonObject dispute, const QJsonObject &evidence, bool submit, const ApiRequest &request) const
{
    if (!isOpen(dispute))
        throw StripeException::invalid(QStringLiteral("This dispute is already closed"), QStringLiteral("id"));
    const QJsonObject previous{{QStringLiteral("evidence"), dispute.value(QStringLiteral("evidence"))},
                               {QStringLiteral("status"), dispute.value(QStringLiteral("status"))}};
    QJsonObject merged = dispute.value(QStringLiteral("evidence")).toObject();
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        merged.insert(it.key(), it.value().toString().isEmpty() ? QJsonValue() : it.value());
    dispute.insert(QStringLiteral("evidence"), merged);
    QJsonObject details = dispute.value(QStringLiteral("evidence_details")).toObject();
    details.insert(QStringLiteral("has_evidence"), !merged.isEmpty());
    if (submit) {
        details.insert(QStringLiteral("submission_count"), details.value(QStringLiteral("submission_count")).toInt() + 1);
        dispute.insert(QStringLiteral("status"), QStringLiteral("under_review"));
    }
    dispute.insert(QStringLiteral("evidence_details"), details);
    dispute.insert(QStringLiteral("metadata"), mergeMetadata(dispute.value(QStringLiteral("metadata")).toObject(), request));
    m_ctx.save(dispute);
    m_ctx.emitEvent(QStringLiteral("charge.dispute.updated"), dispute, request, previous);
    if (!submit)
        return dispute;
    const QString text = merged.value(QStringLiteral("uncategorized_text")).toString();
    if (text.contains(QLatin1String("winning_evidence")))
        return settle(dispute, true, request);
    if (text.contains(QLatin1String("losing_evidence")))
        return settle(dispute, false, request);
    return dispute;
}

QJsonObject DisputeFlow::close(QJsonObject dispute, const ApiRequest &request) const
{
    if (!isOpen(dispute))
        throw StripeException::invalid(QStringLiteral("This dispute is already closed"), QStringLiteral("id"));
    return settle(dispute, false, request);
}

QJsonObject DisputeFlow::settle(QJsonObject dispute, bool won, const ApiRequest &request) const
{
    const QJsonObject previous{{QStringLiteral("status"), dispute.value(QStringLiteral("status"))}};
    dispute.insert(QStringLiteral("status"), won ? QStringLiteral("won") : QStringLiteral("lost"));
    if (won) {
        // The disputed amount comes back; the dispute fee stays with Stripe.
        const qint64 amount = dispute.value(QStringLiteral("amount")).toInteger();
        const QJsonObject txn = Documents::balanceTransaction(
            m_ctx, dispute.value(QStringLiteral("id")).toString(), QStringLiteral("adjustment"), amount, 0,
            dispute.value(QStringLiteral("currency")).toString(),
            QStringLiteral("Chargeback reversal for ") + dispute.value(QStringLiteral("charge")).toString());
        m_ctx.save(txn);
        QJsonArray transactions = dispute.value(QStringLiteral("balance_transactions")).toArray();
        transactions.append(txn);
        dispute.insert(QStringLiteral("balance_transactions"), transactions);
        m_ctx.save(dispute);
        m_ctx.emitEvent(QStringLiteral("charge.dispute.funds_reinstated"), dispute, request);
    } else {
        m_ctx.save(dispute);
    }
    m_ctx.emitEvent(QStringLiteral("charge.dispute.closed"), dispute, request, previous);
    return dispute;
}

} // namespace sandbox
