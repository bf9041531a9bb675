#pragma once

#include "TestCards.h"

#include <QJsonObject>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// How a subscription lives: it starts with a paid first invoice (or a trial),
// renews at each period end, falls past_due when a renewal fails, is retried on
// Stripe's schedule and canceled when every retry failed; a cancel at period end
// takes effect when the period is over. advanceTo() plays all of it forward.
class SubscriptionLifecycle
{
public:
    explicit SubscriptionLifecycle(const SandboxContext &context);

    // Throws StripeException (402 card_error) when the first payment is declined;
    // the caller's transaction then rolls everything back.
    QJsonObject start(const QJsonObject &customer, const QJsonObject &price, int quantity, const QJsonObject &metadata,
                      const CardBehaviour &card, const QString &paymentMethod, int trialDays, const ApiRequest &request) const;

    // `feedback`: the payer's cancellation_details (comment, feedback), kept on the subscription.
    // Turns a cancel at period end on or off the way Stripe records it (cancel_at mirrors
    // the period end, canceled_at is the request time, the reason is kept), saves it and
    // emits customer.subscription.updated; `previous` gathers the changed fields.
    static void setCancelAtPeriodEnd(QJsonObject &subscription, bool atEnd, qint64 now, QJsonObject &previous);
    QJsonObject scheduleCancel(QJsonObject subscription, bool atEnd, const ApiRequest &request) const;

    QJsonObject cancelNow(QJsonObject subscription, const QString &reason, const QJsonObject &feedback, const ApiRequest &request) const;

    // Moves the sandbox clock to `target`, running everything due on the way in time order.
    // Returns how many things happened (renewals, retries, cancels, expiries, refunds
    // and funds settling, payouts: RefundFlow and PayoutSchedule).
    int advanceTo(qint64 target) const;

    static constexpr int kRetryDays[] = {3, 5, 7}; // after the 1st, 2nd and 3rd failed attempt

private:
    void renew(QJsonObject subscription, const ApiRequest &request) const;
    void retry(QJsonObject invoice, const ApiRequest &request) const;
    void afterPaymentFailure(QJsonObject subscription, QJsonObject invoice, const ApiRequest &request) const;
    QJsonObject setStatus(QJsonObject subscription, const QString &status, const ApiRequest &request) const;
    CardBehaviour cardOf(const QJsonObject &subscription) const;

    const SandboxContext &m_ctx;
};

} // namespace sandbox
