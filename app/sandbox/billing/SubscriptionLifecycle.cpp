#include "SubscriptionLifecycle.h"

#include "ApiTypes.h"
#include "Discounts.h"
#include "Documents.h"
#include "InvoiceActions.h"
#include "Invoicing.h"
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

QString SubscriptionLifecycle::paymentMethodOf(const QJsonObject &subscription) const
{
    const QString own = subscription.value(QStringLiteral("default_payment_method")).toString();
    if (!own.isEmpty())
        return own;
    const auto customer = m_ctx.store.get(subscription.value(QStringLiteral("customer")).toString());
    return customer ? customer->value(QStringLiteral("invoice_settings")).toObject().value(QStringLiteral("default_payment_method")).toString()
                    : QString();
}

CardBehaviour SubscriptionLifecycle::cardOf(const QJsonObject &subscription) const
{
    const auto method = m_ctx.store.get(paymentMethodOf(subscription));
    return CardBehaviour::lookup(method ? method->value(QStringLiteral("_number")).toString() : QStringLiteral("4242424242424242"));
}

namespace {
// A trial from `start` to `trialEnd`: the first period is the trial, billing starts after it.
void applyTrial(QJsonObject &subscription, qint64 start, qint64 trialEnd)
{
    QJsonObject item = Documents::firstItem(subscription);
    item.insert(QStringLiteral("current_period_end"), trialEnd);
    subscription = Documents::withFirstItem(subscription, item);
    subscription.insert(QStringLiteral("trial_start"), start);
    subscription.insert(QStringLiteral("trial_end"), trialEnd);
    subscription.insert(QStringLiteral("billing_cycle_anchor"), trialEnd);
    subscription.insert(QStringLiteral("status"), QStringLiteral("trialing"));
}

// send_invoice subscriptions e-mail their invoices, due days later, never charged automatically.
void applyCollection(QJsonObject &invoice, const QJsonObject &subscription, qint64 now)
{
    if (subscription.value(QStringLiteral("collection_method")).toString() != QLatin1String("send_invoice"))
        return;
    invoice.insert(QStringLiteral("collection_method"), QStringLiteral("send_invoice"));
    invoice.insert(QStringLiteral("due_date"), now + subscription.value(QStringLiteral("days_until_due")).toInteger() * kDay);
}

bool isSendInvoice(const QJsonObject &invoice)
{
    return invoice.value(QStringLiteral("collection_method")).toString() == QLatin1String("send_invoice");
}

// A shorter first period bills part of the price.
void setAmount(QJsonObject &invoice, qint64 amount, bool proration)
{
    for (const QString &field : {QStringLiteral("amount_due"), QStringLiteral("amount_remaining"), QStringLiteral("subtotal"), QStringLiteral("total")})
        invoice.insert(field, amount);
    QJsonObject lines = invoice.value(QStringLiteral("lines")).toObject();
    QJsonArray data = lines.value(QStringLiteral("data")).toArray();
    QJsonObject line = data.first().toObject();
    line.insert(QStringLiteral("amount"), amount);
    QJsonObject parent = line.value(QStringLiteral("parent")).toObject();
    QJsonObject details = parent.value(QStringLiteral("subscription_item_details")).toObject();
    details.insert(QStringLiteral("proration"), proration);
    parent.insert(QStringLiteral("subscription_item_details"), details);
    line.insert(QStringLiteral("parent"), parent);
    data.replace(0, line);
    lines.insert(QStringLiteral("data"), data);
    invoice.insert(QStringLiteral("lines"), lines);
}

StripeException declineOf(const CardBehaviour &card)
{
    return card.declines() ? StripeException::card(card.errorCode, card.declineCode, card.message)
                           : StripeException::card(QStringLiteral("card_declined"), QStringLiteral("generic_decline"), QStringLiteral("Your card was declined."));
}
} // namespace

QJsonObject SubscriptionLifecycle::start(const StartOptions &options, const ApiRequest &request) const
{
    const QJsonObject &price = options.price;
    if (price.value(QStringLiteral("type")).toString() != QLatin1String("recurring"))
        throw StripeException::invalid(QStringLiteral("The price specified is set to `type=one_time` but this field only accepts "
                                                      "prices with `type=recurring`."), options.priceParam);
    const qint64 now = m_ctx.clock.now();
    const qint64 trialEnd = options.trialEnd > 0 ? options.trialEnd : (options.trialDays > 0 ? now + options.trialDays * kDay : 0);
    const bool sendInvoice = options.collectionMethod == QLatin1String("send_invoice");
    const bool defaultIncomplete = options.paymentBehavior == QLatin1String("default_incomplete");
    const qint64 fullAmount = price.value(QStringLiteral("unit_amount")).toInteger() * options.quantity;
    const qint64 naturalEnd = Documents::addInterval(now, price.value(QStringLiteral("recurring")).toObject());
    const bool anchored = !trialEnd && options.billingCycleAnchor > now;
    const qint64 amount = trialEnd ? 0
        : anchored ? (options.prorate ? qRound64(double(fullAmount) * double(options.billingCycleAnchor - now) / double(naturalEnd - now)) : 0)
                   : fullAmount;
    const QString payer = options.paymentMethod.isEmpty()
        ? options.customer.value(QStringLiteral("invoice_settings")).toObject().value(QStringLiteral("default_payment_method")).toString()
        : options.paymentMethod;
    const auto method = m_ctx.store.get(payer);
    const CardBehaviour card = CardBehaviour::lookup(method ? method->value(QStringLiteral("_number")).toString() : QString());
    const bool attempt = amount == 0 || (!sendInvoice && !defaultIncomplete);
    // error_if_incomplete refuses before anything exists: nothing is kept of a declined start.
    if (attempt && amount > 0 && options.paymentBehavior == QLatin1String("error_if_incomplete")
        && (card.declines() || (options.offSession && card.failsOffSession)))
        throw declineOf(card);

    const QJsonObject &customer = options.customer;
    QJsonObject subscription = Documents::subscription(m_ctx, customer, price, options.quantity, options.metadata, options.paymentMethod, now, 0);
    if (trialEnd) {
        applyTrial(subscription, now, trialEnd);
    } else if (anchored) {
        QJsonObject item = Documents::firstItem(subscription);
        item.insert(QStringLiteral("current_period_end"), options.billingCycleAnchor);
        subscription = Documents::withFirstItem(subscription, item);
        subscription.insert(QStringLiteral("billing_cycle_anchor"), options.billingCycleAnchor);
    }
    if (!trialEnd && sendInvoice)
        subscription.insert(QStringLiteral("status"), QStringLiteral("active")); // Stripe activates these at once
    subscription.insert(QStringLiteral("collection_method"), options.collectionMethod);
    if (sendInvoice)
        subscription.insert(QStringLiteral("days_until_due"), options.daysUntilDue);
    if (!options.description.isEmpty())
        subscription.insert(QStringLiteral("description"), options.description);
    for (auto it = options.fields.begin(); it != options.fields.end(); ++it)
        subscription.insert(it.key(), it.value());
    subscription.insert(QStringLiteral("discounts"),
                        QJsonArray::fromStringList(Discounts(m_ctx).fromParams(options.discounts, customer.value(QStringLiteral("id")).toString(),
                                                                               subscription.value(QStringLiteral("id")).toString(),
                                                                               request, options.checkoutSession, now)));
    QJsonObject ignored;
    if (options.cancelAtPeriodEnd)
        setCancelAtPeriodEnd(subscription, true, now, ignored);
    else if (options.cancelAt > 0) {
        subscription.insert(QStringLiteral("cancel_at"), options.cancelAt);
        subscription.insert(QStringLiteral("canceled_at"), now);
        subscription.insert(QStringLiteral("cancel_at_period_end"), options.cancelAt == periodEnd(subscription));
    }
    const qint64 end = periodEnd(subscription);
    QJsonObject invoice = Documents::invoice(m_ctx, subscription, customer, now, end, QStringLiteral("subscription_create"));
    applyCollection(invoice, subscription, now);
    if (anchored)
        setAmount(invoice, amount, options.prorate);
    if (defaultIncomplete && amount > 0) // the payment intent the payer confirms later (confirmation_secret)
        invoice = Payments(m_ctx).openIntent(invoice, payer);
    subscription.insert(QStringLiteral("latest_invoice"), invoice.value(QStringLiteral("id")));
    m_ctx.save(subscription);
    m_ctx.emitEvent(QStringLiteral("customer.subscription.created"), subscription, request);
    m_ctx.save(invoice);
    m_ctx.emitEvent(QStringLiteral("invoice.created"), invoice, request);
    m_ctx.emitEvent(QStringLiteral("invoice.finalized"), invoice, request);

    QJsonObject bumped = customer;
    bumped.insert(QStringLiteral("next_invoice_sequence"), customer.value(QStringLiteral("next_invoice_sequence")).toInt(1) + 1);
    m_ctx.save(bumped);

    if (attempt) {
        const auto outcome = Payments(m_ctx).collect(invoice, card, payer, options.offSession, request);
        if (!outcome.paid && options.paymentBehavior == QLatin1String("error_if_incomplete"))
            throw declineOf(card);
        // paid: collect made it active (onInvoicePaid); declined: allow_incomplete leaves it incomplete
    }
    return *m_ctx.store.get(subscription.value(QStringLiteral("id")).toString());
}

void SubscriptionLifecycle::onInvoicePaid(const QJsonObject &invoice, const ApiRequest &request) const
{
    const QString subId = invoice.value(QStringLiteral("parent")).toObject().value(QStringLiteral("subscription_details"))
                              .toObject().value(QStringLiteral("subscription")).toString();
    const auto subscription = m_ctx.store.get(subId);
    if (!subscription || subscription->value(QStringLiteral("latest_invoice")) != invoice.value(QStringLiteral("id")))
        return;
    QJsonObject sub = *subscription;
    QJsonObject previous;
    // payment_settings[save_default_payment_method]=on_subscription: the card that paid becomes the subscription's.
    const auto intent = m_ctx.store.get(invoice.value(QStringLiteral("_payment_intent")).toString());
    const QJsonValue paidWith = intent ? intent->value(QStringLiteral("payment_method")) : QJsonValue();
    if (sub.value(QStringLiteral("payment_settings")).toObject().value(QStringLiteral("save_default_payment_method")).toString() == QLatin1String("on_subscription")
        && sub.value(QStringLiteral("default_payment_method")).isNull() && paidWith.isString()) {
        previous.insert(QStringLiteral("default_payment_method"), QJsonValue());
        sub.insert(QStringLiteral("default_payment_method"), paidWith);
    }
    const QString status = sub.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("incomplete") || status == QLatin1String("past_due") || status == QLatin1String("unpaid")) {
        previous.insert(QStringLiteral("status"), status);
        sub.insert(QStringLiteral("status"), QStringLiteral("active"));
    }
    if (previous.isEmpty())
        return;
    m_ctx.save(sub);
    m_ctx.emitEvent(QStringLiteral("customer.subscription.updated"), sub, request, previous);
}

QJsonObject SubscriptionLifecycle::endTrialNow(QJsonObject subscription, const ApiRequest &request) const
{
    const qint64 now = m_ctx.clock.now();
    QJsonObject item = Documents::firstItem(subscription);
    item.insert(QStringLiteral("current_period_end"), now);
    subscription = Documents::withFirstItem(subscription, item);
    subscription.insert(QStringLiteral("trial_end"), now);
    subscription.insert(QStringLiteral("billing_cycle_anchor"), now);
    renew(subscription, request, QStringLiteral("subscription_update"));
    return *m_ctx.store.get(subscription.value(QStringLiteral("id")).toString());
}

void SubscriptionLifecycle::expireIncomplete(QJsonObject subscription, const ApiRequest &request) const
{
    const qint64 now = m_ctx.clock.now();
    subscription.insert(QStringLiteral("status"), QStringLiteral("incomplete_expired"));
    subscription.insert(QStringLiteral("canceled_at"), now);
    subscription.insert(QStringLiteral("ended_at"), now);
    m_ctx.save(subscription);
    m_ctx.emitEvent(QStringLiteral("customer.subscription.updated"), subscription, request,
                    {{QStringLiteral("status"), QStringLiteral("incomplete")}});
    auto invoice = m_ctx.store.get(subscription.value(QStringLiteral("latest_invoice")).toString());
    if (!invoice || invoice->value(QStringLiteral("status")).toString() != QLatin1String("open"))
        return;
    invoice->insert(QStringLiteral("status"), QStringLiteral("void"));
    invoice->insert(QStringLiteral("next_payment_attempt"), QJsonValue());
    QJsonObject transitions = invoice->value(QStringLiteral("status_transitions")).toObject();
    transitions.insert(QStringLiteral("voided_at"), now);
    invoice->insert(QStringLiteral("status_transitions"), transitions);
    m_ctx.save(*invoice);
    m_ctx.emitEvent(QStringLiteral("invoice.voided"), *invoice, request);
    if (auto intent = m_ctx.store.get(invoice->value(QStringLiteral("_payment_intent")).toString());
        intent && intent->value(QStringLiteral("status")).toString() != QLatin1String("succeeded")) {
        intent->insert(QStringLiteral("status"), QStringLiteral("canceled"));
        intent->insert(QStringLiteral("canceled_at"), now);
        intent->insert(QStringLiteral("cancellation_reason"), QStringLiteral("void_invoice"));
        m_ctx.save(*intent);
        m_ctx.emitEvent(QStringLiteral("payment_intent.canceled"), *intent, request);
    }
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

void SubscriptionLifecycle::renew(QJsonObject subscription, const ApiRequest &request, const QString &billingReason) const
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
    const QJsonValue previousDiscounts = subscription.value(QStringLiteral("discounts"));
    subscription = Discounts(m_ctx).dropEnded(subscription, end, request); // before the invoice they would be on
    QJsonObject invoice = Documents::invoice(m_ctx, subscription, *customer, end, item.value(QStringLiteral("current_period_end")).toInteger(),
                                             billingReason);
    Invoicing::pullPendingItems(m_ctx, invoice, subscription.value(QStringLiteral("id")).toString(), true); // pending invoice items ride along
    applyCollection(invoice, subscription, end);
    QJsonObject previous{{QStringLiteral("items"), QJsonObject{{QStringLiteral("data"), QJsonArray{previousItem}}}},
                         {QStringLiteral("latest_invoice"), subscription.value(QStringLiteral("latest_invoice"))}};
    if (previousDiscounts != subscription.value(QStringLiteral("discounts")))
        previous.insert(QStringLiteral("discounts"), previousDiscounts);
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
    if (isSendInvoice(invoice) && invoice.value(QStringLiteral("amount_due")).toInteger() > 0)
        return; // the customer pays it from the e-mailed link

    const auto outcome = charge(invoice, subscription, request);
    if (!outcome.paid) // paid: collect's onInvoicePaid made it active
        afterPaymentFailure(subscription, outcome.invoice, request);
}

Payments::Outcome SubscriptionLifecycle::charge(QJsonObject invoice, const QJsonObject &subscription, const ApiRequest &request) const
{
    const QString method = paymentMethodOf(subscription);
    if (method.isEmpty() && invoice.value(QStringLiteral("amount_due")).toInteger() > 0) {
        // Nothing to charge: Stripe records a failed attempt without a charge.
        invoice.insert(QStringLiteral("attempted"), true);
        invoice.insert(QStringLiteral("attempt_count"), invoice.value(QStringLiteral("attempt_count")).toInt() + 1);
        m_ctx.save(invoice);
        m_ctx.emitEvent(QStringLiteral("invoice.payment_failed"), invoice, request);
        return {false, invoice, {}};
    }
    return Payments(m_ctx).collect(invoice, cardOf(subscription), method, true, request);
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
    const auto outcome = charge(invoice, *subscription, request);
    if (!outcome.paid)
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

        const auto incomplete = m_ctx.store.earliest(QStringLiteral("subscription"),
                                                     {{QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("incomplete")}}},
                                                     QStringLiteral("$.created"));
        consider(incomplete, incomplete ? incomplete->value(QStringLiteral("created")).toInteger() + kIncompleteLifetime : 0,
                 [&](const QJsonObject &sub) { expireIncomplete(sub, automatic); });
        const auto autoFinalizing = m_ctx.store.earliest(QStringLiteral("invoice"), {{QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("draft")}}},
                                                         QStringLiteral("$.automatically_finalizes_at"));
        consider(autoFinalizing, autoFinalizing ? autoFinalizing->value(QStringLiteral("automatically_finalizes_at")).toInteger() : 0,
                 [&](const QJsonObject &invoice) { InvoiceActions(m_ctx).advance(invoice, automatic); });

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
