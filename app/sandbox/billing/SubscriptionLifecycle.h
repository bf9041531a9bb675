#pragma once

#include "Payments.h"
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

    // What a new subscription is made of, from Checkout or POST /v1/subscriptions.
    struct StartOptions {
        QJsonObject customer;
        QJsonObject price;
        int quantity = 1;
        QJsonObject metadata;
        QString paymentMethod;  // the subscription's default_payment_method (attached pm_…); empty: the customer's default pays
        QJsonObject fields;     // more fields set on the subscription as created (payment_settings, …)
        int trialDays = 0;
        qint64 trialEnd = 0;    // absolute trial end; wins over trialDays
        // allow_incomplete: a declined first payment leaves it incomplete (HTTP 200);
        // error_if_incomplete: 402 card_error, the caller's transaction rolls back;
        // default_incomplete: the first invoice is finalized but not attempted.
        QString paymentBehavior = QStringLiteral("allow_incomplete");
        bool offSession = false;
        QString collectionMethod = QStringLiteral("charge_automatically");
        qint64 daysUntilDue = 0; // send_invoice only
        QString description;
        bool cancelAtPeriodEnd = false;
        qint64 cancelAt = 0;
        // A later billing_cycle_anchor (within one interval): the first period ends there,
        // its invoice prorated (or $0 with proration_behavior=none).
        qint64 billingCycleAnchor = 0;
        bool prorate = true;
        QString priceParam = QStringLiteral("items[0][price]"); // named in a refusal of the price
        // discounts[][coupon|promotion_code] (Discounts::fromParams), on the subscription
        // before its first invoice; the Checkout Session they came from, if any.
        QJsonValue discounts;
        QString checkoutSession;
    };

    // The one path Checkout and the API create subscriptions through: the subscription,
    // its first invoice (finalized), the payment, the events in Stripe's order.
    QJsonObject start(const StartOptions &options, const ApiRequest &request) const;

    // An invoice of a subscription got paid (by any attempt or route): an incomplete,
    // past_due or unpaid subscription whose latest invoice it is becomes active.
    // Payments::collect calls it; call it after marking an invoice paid any other way.
    void onInvoicePaid(const QJsonObject &invoice, const ApiRequest &request) const;

    // trial_end=now: the trial ends, a new period starts and its invoice is charged.
    QJsonObject endTrialNow(QJsonObject subscription, const ApiRequest &request) const;

    // The card later invoices charge: the subscription's default_payment_method, else
    // the customer's invoice_settings.default_payment_method (4242 behaviour without any).
    CardBehaviour cardOf(const QJsonObject &subscription) const;
    QString paymentMethodOf(const QJsonObject &subscription) const;

    static constexpr qint64 kIncompleteLifetime = 23 * 3600; // then incomplete_expired

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
    void renew(QJsonObject subscription, const ApiRequest &request, const QString &billingReason = QStringLiteral("subscription_cycle")) const;
    Payments::Outcome charge(QJsonObject invoice, const QJsonObject &subscription, const ApiRequest &request) const;
    void expireIncomplete(QJsonObject subscription, const ApiRequest &request) const;
    void retry(QJsonObject invoice, const ApiRequest &request) const;
    void afterPaymentFailure(QJsonObject subscription, QJsonObject invoice, const ApiRequest &request) const;
    QJsonObject setStatus(QJsonObject subscription, const QString &status, const ApiRequest &request) const;

    const SandboxContext &m_ctx;
};

} // namespace sandbox
