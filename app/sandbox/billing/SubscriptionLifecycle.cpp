#include "SubscriptionLifecycle.h"

#include "ApiTypes.h"
#include "Documents.h"
#include "Payments.h"
#include "PayoutSchedule.h"
#include "RefundFlow.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QJsonArray>

#include <limits>

namespace sandbox {

namespace {
constexpr qint64 kDay = 24 * 3600;
constexpr int kMaxSteps = 100000; // a runaway loop is a bug, not a reason to hang

const QVariantList kRenewing{QStringLiteral("active"), QStringLiteral("trialing"), QStringLiteral("past_due")};

qint64 periodEnd(const QJsonObject &subscription)
{
    return Documents::firstItem(subscription).value(QStringLiteral("current_period_end")).toInteger();
}
} // namespace

SubscriptionLifecycle::SubscriptionLifecycle(const SandboxContext &context)
    : m_ctx(context)
{
}

CardBehaviour SubscriptionLifecycle::cardOf(const QJsonObject &subscription) const
{
    const auto method = m_ctx.store.get(subscription.value(QStringLiteral("default_payment_method")).toString());
    return CardBehaviour::lookup(method ? method->value(QStringLiteral("_number")).toString() : QStringLiteral("4242424242424242"));
}

QJsonObject SubscriptionLifecycle::start(const QJsonObject &customer, const QJsonObject &price, int quantity,
                                         const QJsonObject &metadata, const CardBehaviour &card, const QString &paymentMethod,
                                         int trialDays, const ApiRequest &request) const
{
    if (price.value(QStringLiteral("type")).toString() != QLatin1String("recurring"))
        throw StripeException::invalid(QStringLiteral("The price specified is set to `type=one_time` but this field only accepts "
                                                      "prices with `type=recurring`."), QStringLiteral("line_items[0][price]"));
    if (card.declines())
        throw StripeException::card(card.errorCode, card.declineCode, card.message);
    const qint64 now = m_ctx.clock.now();
    QJsonObject subscription = Documents::subscription(m_ctx, customer, price, quantity, metadata, paymentMethod, now, trialDays);
    const qint64 end = periodEnd(subscription);
    QJsonObject invoice = Documents::invoice(m_ctx, subscription, customer, now, end, QStringLiteral("subscription_create"));
    subscription.insert(QStringLiteral("latest_invoice"), invoice.value(QStringLiteral("id")));
    m_ctx.save(subscription);
    m_ctx.emitEvent(QStringLiteral("customer.subscription.created"), subscription, request);
    m_ctx.save(invoice);
    m_ctx.emitEvent(QStringLiteral("invoice.created"), invoice, request);
    m_ctx.emitEvent(QStringLiteral("invoice.finalized"), invoice, request);

    QJsonObject bumped = customer;
    bumped.insert(QStringLiteral("next_invoice_sequence"), customer.value(QStringLiteral("next_invoice_sequence")).toInt(1) + 1);
    m_ctx.save(bumped);

    const auto outcome = Payments(m_ctx).collect(invoice, card, paymentMethod, false, request);
    if (!outcome.paid)
        throw StripeException::card(QStringLiteral("card_declined"), QStringLiteral("generic_decline"), QStringLiteral("Your card was declined."));
    if (subscription.value(QStringLiteral("status")).toString() != QLatin1String("trialing"))
        subscription = setStatus(subscription, QStringLiteral("active"), request);
    return subscription;
}

QJsonObject SubscriptionLifecycle::setStatus(QJsonObject subscription, const QString &status, const ApiRequest &request) const
{
    const QString previous = subscription.value(QStringLiteral("status")).toString();
    if (previous == status)
        return subscription;
    subscription.insert(QStringLiteral("status"), status);
    m_ctx.save(subscription);
    m_ctx.emitEvent(QStringLiteral("customer.subscription.updated"), subscription, request, {{QStringLiteral("status"), previous}});
    return subscription;
}

void SubscriptionLifecycle::setCancelAtPeriodEnd(QJsonObject &subscription, bool atEnd, qint64 now, QJsonObject &previous)
{
    auto change = [&](const QString &field, const QJsonValue &value) {
        if (subscription.value(field) == value)
            return;
        previous.insert(field, subscription.value(field));
        subscription.insert(field, value);
    };
    change(QStringLiteral("cancel_at_period_end"), atEnd);
    change(QStringLiteral("cancel_at"), atEnd ? QJsonValue(periodEnd(subscription)) : QJsonValue());
    change(QStringLiteral("canceled_at"), atEnd ? QJsonValue(now) : QJsonValue());
    QJsonObject details = subscription.value(QStringLiteral("cancellation_details")).toObject();
    details.insert(QStringLiteral("reason"), atEnd ? QJsonValue(QStringLiteral("cancellation_requested")) : QJsonValue());
    change(QStringLiteral("cancellation_details"), details);
}

QJsonObject SubscriptionLifecycle::scheduleCancel(QJsonObject subscription, bool atEnd, const ApiRequest &request) const
{
    QJsonObject previous;
    setCancelAtPeriodEnd(subscription, atEnd, m_ctx.clock.now(), previous);
    m_ctx.save(subscription);
    if (!previous.isEmpty())
        m_ctx.emitEvent(QStringLiteral("customer.subscription.updated"), subscription, request, previous);
    return subscription;
}

QJsonObject SubscriptionLifecycle::cancelNow(QJsonObject subscription, const QString &reason, const QJsonObject &feedback,
                                             const ApiRequest &request) const
{
    const QString status = subscription.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("canceled") || status == QLatin1String("incomplete_expired"))
        throw StripeException::invalid(QStringLiteral("A canceled subscription can only update its cancellation_details and metadata."));
    const qint64 now = m_ctx.clock.now();
    subscription.insert(QStringLiteral("status"), QStringLiteral("canceled"));
    subscription.insert(QStringLiteral("ended_at"), now);
    if (subscription.value(QStringLiteral("canceled_at")).isNull())
        subscription.insert(QStringLiteral("canceled_at"), now);
    QJsonObject details = subscription.value(QStringLiteral("cancellation_details")).toObject();
    details.insert(QStringLiteral("reason"), reason);
    for (const QString &field : {QStringLiteral("comment"), QStringLiteral("feedback")}) {
        if (feedback.contains(field))
            details.insert(field, feedback.value(field).toString());
    }
    subscription.insert(QStringLiteral("cancellation_details"), details);
    m_ctx.save(subscription);
    m_ctx.emitEvent(QStringLiteral("customer.subscription.deleted"), subscription, request);
    return subscription;
}

void SubscriptionLifecycle::renew(QJsonObject subscription, const ApiRequest &request) const
{
    const qint64 end = periodEnd(subscription);
    const QJsonValue cancelAt = subscription.value(QStringLiteral("cancel_at"));
    if (subscription.value(QStringLiteral("cancel_at_period_end")).toBool() || (!cancelAt.isNull() && cancelAt.toInteger() <= end)) {
        cancelNow(subscription, QStringLiteral("cancellation_requested"), {}, request);
        return;
    }
    QJsonObject item = Documents::firstItem(subscription);
    const QJsonObject price = item.value(QStringLiteral("price")).toObject();
    const QJsonObject previousItem = item;
    item.insert(QStringLiteral("current_period_start"), end);
    item.insert(QStringLiteral("current_period_end"), Documents::addInterval(end, price.value(QStringLiteral("recurring")).toObject()));
    const QString previousStatus = subscription.value(QStringLiteral("status")).toString();
    subscription = Documents::withFirstItem(subscription, item);
    if (previousStatus == QLatin1String("trialing"))
        subscription.insert(QStringLiteral("status"), QStringLiteral("active"));

    auto customer = m_ctx.store.get(subscription.value(QStringLiteral("customer")).toString());
    if (!customer) { // a deleted customer's subscriptions were canceled with it
        cancelNow(subscription, QStringLiteral("cancellation_requested"), {}, request);
        return;
    }
    QJsonObject invoice = Documents::invoice(m_ctx, subscription, *customer, end, item.value(QStringLiteral("current_period_end")).toInteger(),
                                             QStringLiteral("subscription_cycle"));
    QJsonObject previous{{QStringLiteral("items"), QJsonObject{{QStringLiteral("data"), QJsonArray{previousItem}}}},
                         {QStringLiteral("latest_invoice"), subscription.value(QStringLiteral("latest_invoice"))}};
    subscription.insert(QStringLiteral("latest_invoice"), invoice.value(QStringLiteral("id")));
    m_ctx.save(subscription);
    if (previousStatus != subscription.value(QStringLiteral("status")).toString())
        previous.insert(QStringLiteral("status"), previousStatus);
    m_ctx.emitEvent(QStringLiteral("customer.subscription.updated"), subscription, request, previous);
    customer->insert(QStringLiteral("next_invoice_sequence"), customer->value(QStringLiteral("next_invoice_sequence")).toInt(1) + 1);
    m_ctx.save(*customer);
    m_ctx.save(invoice);
    m_ctx.emitEvent(QStringLiteral("invoice.created"), invoice, request);
    m_ctx.emitEvent(QStringLiteral("invoice.finalized"), invoice, request);

    const auto outcome = Payments(m_ctx).collect(invoice, cardOf(subscription), subscription.value(QStringLiteral("default_payment_method")).toString(),
                                                 true, request);
    if (outcome.paid)
        setStatus(subscription, QStringLiteral("active"), request);
    else
        afterPaymentFailure(subscription, outcome.invoice, request);
}

void SubscriptionLifecycle::afterPaymentFailure(QJsonObject subscription, QJsonObject invoice, const ApiRequest &request) const
{
    const int attempts = invoice.value(QStringLiteral("attempt_count")).toInt();
    if (attempts <= int(std::size(kRetryDays))) {
        invoice.insert(QStringLiteral("next_payment_attempt"), m_ctx.clock.now() + kRetryDays[attempts - 1] * kDay);
        m_ctx.save(invoice);
        setStatus(subscription, QStringLiteral("past_due"), request);
        return;
    }
    // Every retry failed. The account's setting decides: leave it past due, or mark it
    // unpaid (the invoice stays open, no more attempts; Premium ends), or Stripe's
    // default, cancel it and mark the invoice uncollectible.
    invoice.insert(QStringLiteral("next_payment_attempt"), QJsonValue());
    if (m_ctx.afterFailedRetries != AfterFailedRetries::Cancel) {
        m_ctx.save(invoice);
        const QString status = m_ctx.afterFailedRetries == AfterFailedRetries::MarkUnpaid ? QStringLiteral("unpaid") : QStringLiteral("past_due");
        setStatus(subscription, status, request);
        return;
    }
    invoice.insert(QStringLiteral("status"), QStringLiteral("uncollectible"));
    QJsonObject transitions = invoice.value(QStringLiteral("status_transitions")).toObject();
    transitions.insert(QStringLiteral("marked_uncollectible_at"), m_ctx.clock.now());
    invoice.insert(QStringLiteral("status_transitions"), transitions);
    m_ctx.save(invoice);
    m_ctx.emitEvent(QStringLiteral("invoice.marked_uncollectible"), invoice, request);
    cancelNow(subscription, QStringLiteral("payment_failed"), {}, request);
}

void SubscriptionLifecycle::retry(QJsonObject invoice, const ApiRequest &request) const
{
    const QString subId = invoice.value(QStringLiteral("parent")).toObject().value(QStringLiteral("subscription_details"))
                              .toObject().value(QStringLiteral("subscription")).toString();
    const auto subscription = m_ctx.store.get(subId);
    if (!subscription || subscription->value(QStringLiteral("status")).toString() == QLatin1String("canceled")) {
        invoice.insert(QStringLiteral("next_payment_attempt"), QJsonValue());
        m_ctx.save(invoice);
        return;
    }
    const auto outcome = Payments(m_ctx).collect(invoice, cardOf(*subscription),
                                                 subscription->value(QStringLiteral("default_payment_method")).toString(), true, request);
    if (outcome.paid)
        setStatus(*subscription, QStringLiteral("active"), request);
    else
        afterPaymentFailure(*subscription, outcome.invoice, request);
}

int SubscriptionLifecycle::advanceTo(qint64 target) const
{
    const ApiRequest automatic; // no request caused these: Stripe's own schedule did
    const QString periodEndPath = QStringLiteral("$.items.data[0].current_period_end");
    const RefundFlow refunds(m_ctx);
    const PayoutSchedule payouts(m_ctx);
    int steps = 0;
    for (; steps < kMaxSteps; ++steps) {
        qint64 next = std::numeric_limits<qint64>::max();
        std::function<void()> action;
        // Money first at a shared moment: refunds settle, funds become available, then payouts.
        auto considerAt = [&](std::optional<qint64> at, std::function<void()> run) {
            if (at && *at < next) {
                next = *at;
                action = std::move(run);
            }
        };
        considerAt(refunds.nextDue(), [&refunds] { refunds.runDue(); });
        considerAt(payouts.nextDue(), [&payouts] { payouts.runDue(); });
        auto consider = [&](const std::optional<QJsonObject> &object, qint64 at, std::function<void(const QJsonObject &)> run) {
            if (object && at < next) {
                next = at;
                action = [object, run] { run(*object); };
            }
        };
        const auto renewing = m_ctx.store.earliest(QStringLiteral("subscription"), {{QStringLiteral("$.status"), QStringLiteral("IN"), kRenewing}},
                                                   periodEndPath);
        consider(renewing, renewing ? periodEnd(*renewing) : 0, [&](const QJsonObject &sub) { renew(sub, automatic); });

        const auto trial = m_ctx.store.earliest(QStringLiteral("subscription"),
                                                {{QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("trialing")}},
                                                 {QStringLiteral("$._trial_will_end_sent"), QStringLiteral("IS NULL"), {}}},
                                                QStringLiteral("$.trial_end"));
        consider(trial, trial ? qMax(trial->value(QStringLiteral("trial_end")).toInteger() - 3 * kDay, m_ctx.clock.now()) : 0,
                 [&](const QJsonObject &sub) {
                     QJsonObject marked = sub;
                     marked.insert(QStringLiteral("_trial_will_end_sent"), true);
                     m_ctx.save(marked);
                     m_ctx.emitEvent(QStringLiteral("customer.subscription.trial_will_end"), marked, automatic);
                 });

        const auto retrying = m_ctx.store.earliest(QStringLiteral("invoice"), {{QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("open")}}},
                                                   QStringLiteral("$.next_payment_attempt"));
        consider(retrying, retrying ? retrying->value(QStringLiteral("next_payment_attempt")).toInteger() : 0,
                 [&](const QJsonObject &invoice) { retry(invoice, automatic); });

        const auto expiring = m_ctx.store.earliest(QStringLiteral("checkout.session"), {{QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("open")}}},
                                                   QStringLiteral("$.expires_at"));
        consider(expiring, expiring ? expiring->value(QStringLiteral("expires_at")).toInteger() : 0, [&](const QJsonObject &session) {
            QJsonObject expired = session;
            expired.insert(QStringLiteral("status"), QStringLiteral("expired"));
            expired.insert(QStringLiteral("url"), QJsonValue());
            m_ctx.save(expired);
            m_ctx.emitEvent(QStringLiteral("checkout.session.expired"), expired, automatic);
        });

        if (next > target || !action)
            break;
        m_ctx.clock.advanceTo(next);
        action();
    }
    m_ctx.clock.advanceTo(target);
    return steps;
}

} // namespace sandbox
