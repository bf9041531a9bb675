#pragma once

#include <QJsonObject>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// A dispute after it opened (Payments::dispute): the merchant answers with evidence
// or accepts the loss. As in Stripe's test mode the evidence decides at once:
// "winning_evidence" in the uncategorized text wins (the disputed amount comes back,
// charge.dispute.funds_reinstated), "losing_evidence" loses; other evidence leaves it
// under review. The dispute fee is Stripe's either way.
class DisputeFlow
{
public:
    explicit DisputeFlow(const SandboxContext &context);

    // POST /v1/disputes/:id: evidence merged in, metadata; `submit` (Stripe's default
    // true) sends it, and the dispute moves to under_review, then won or lost.
    QJsonObject update(QJsonObject dispute, const QJsonObject &evidence, bool submit, const ApiRequest &request) const;
    // POST /v1/disputes/:id/close: the merchant accepts the loss.
    QJsonObject close(QJsonObject dispute, const ApiRequest &request) const;

    static bool isOpen(const QJsonObject &dispute);

private:
    QJsonObject settle(QJsonObject dispute, bool won, const ApiRequest &request) const;

    const SandboxContext &m_ctx;
};

} // namespace sandbox
