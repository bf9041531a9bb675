#pragma once

#include <QJsonObject>

#include <optional>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// Refunding a charge the way Stripe does: Stripe's refusals (already refunded,
// more than is left, disputed, not captured), the refund and its balance
// transaction (the fee is not returned), refund.created then charge.refunded.
// Test cards decide what happens next: 4000000000007726 leaves the refund pending
// for a day (then succeeded, refund.updated); 4000000000005126 makes it fail a day
// later (failure_reason, a refund_failure balance transaction giving the money
// back, the charge's amount_refunded lowered, refund.updated then refund.failed).
class RefundFlow
{
public:
    explicit RefundFlow(const SandboxContext &context);

    static constexpr qint64 kSettleDelay = 24 * 3600;

    // `amount` nullopt: what is left on the charge.
    QJsonObject create(QJsonObject charge, std::optional<qint64> amount, const QString &reason, const QJsonObject &metadata,
                       const ApiRequest &request) const;
    // Card refunds never wait for the customer (requires_action): Stripe refuses every cancel.
    [[noreturn]] void cancel(const QJsonObject &refund) const;

    // The next pending or failing refund's moment, and running what is due now.
    std::optional<qint64> nextDue() const;
    void runDue() const;

    // The charge's `refunds` list (expand[]=refunds), newest first.
    QJsonObject listOf(const QString &chargeId) const;

private:
    void settle(QJsonObject refund) const;
    const SandboxContext &m_ctx;
};

} // namespace sandbox
