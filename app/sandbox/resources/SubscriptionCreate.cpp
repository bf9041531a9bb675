#include "SubscriptionCreate.h"

#include "ApiTypes.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SubscriptionParams.h"
#include "billing/Discounts.h"
#include "billing/Documents.h"
#include "billing/SubscriptionLifecycle.h"

#include <QJsonArray>

namespace sandbox {

namespace {

const QString kNoPaymentMethod = QStringLiteral(
    "This customer has no attached payment source or default payment method. Please consider adding a default payment method. "
    "For more information, visit https://stripe.com/docs/billing/subscriptions/payment-methods-setting#payment-method-priority.");

// The single items[] entry: its price (recurring, active) and quantity.
void readItem(const SandboxContext &ctx, const ApiRequest &request, SubscriptionLifecycle::StartOptions &options)
{
    const QJsonArray items = request.params.value(QStringLiteral("items")).toArray();
    if (items.isEmpty())
        throw StripeException::missingParam(QStringLiteral("items"));
    if (items.size() > 1) // Documents and renewals model one price per subscription (Premium)
        throw StripeException::invalid(QStringLiteral("stripe-sandbox subscriptions carry a single item: pass one items[] entry."),
                                       QStringLiteral("items[1]"));
    const QJsonObject item = items.first().toObject();
    if (item.contains(QStringLiteral("price_data")))
        throw StripeException::invalid(QStringLiteral("stripe-sandbox does not create prices inline: create the price first and pass "
                                                      "items[0][price]."), QStringLiteral("items[0][price_data]"));
    QString priceId = item.value(QStringLiteral("price")).toString();
    if (priceId.isEmpty())
        priceId = item.value(QStringLiteral("plan")).toString(); // legacy name of the same thing
    if (priceId.isEmpty())
        throw StripeException::missingParam(QStringLiteral("items[0][price]"));
    options.price = ctx.load(priceId, QStringLiteral("price"), QStringLiteral("price"), QStringLiteral("items[0][price]"));
    if (!options.price.value(QStringLiteral("active")).toBool(true))
        throw StripeException::invalid(QStringLiteral("The price specified is inactive. This field only accepts active prices."),
                                       QStringLiteral("items[0][price]"));
    if (item.contains(QStringLiteral("quantity"))) {
        bool ok = false;
        const int quantity = item.value(QStringLiteral("quantity")).toString().toInt(&ok);
        if (!ok || quantity < 0)
            throw StripeException::invalid(QStringLiteral("Invalid integer: %1").arg(item.value(QStringLiteral("quantity")).toString()),
                                           QStringLiteral("items[0][quantity]"), QStringLiteral("parameter_invalid_integer"));
        options.quantity = quantity;
    }
}

} // namespace

QJsonObject createSubscription(const SandboxContext &ctx, const ApiRequest &request)
{
    using namespace SubscriptionParams;
    const QString customerId = request.requiredString(QStringLiteral("customer"));
    SubscriptionLifecycle::StartOptions options;
    options.customer = ctx.load(customerId, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
    readItem(ctx, request, options);

    checkEnum(request, QStringLiteral("payment_behavior"), {QStringLiteral("allow_incomplete"), QStringLiteral("default_incomplete"),
                                                            QStringLiteral("error_if_incomplete"), QStringLiteral("pending_if_incomplete")});
    checkEnum(request, QStringLiteral("collection_method"), {QStringLiteral("charge_automatically"), QStringLiteral("send_invoice")});
    checkEnum(request, QStringLiteral("proration_behavior"), {QStringLiteral("always_invoice"), QStringLiteral("create_prorations"), QStringLiteral("none")});
    options.paymentBehavior = request.string(QStringLiteral("payment_behavior"), QStringLiteral("allow_incomplete"));
    if (options.paymentBehavior == QLatin1String("pending_if_incomplete"))
        throw StripeException::invalid(QStringLiteral("You can only pass `payment_behavior=pending_if_incomplete` when updating a "
                                                      "subscription."), QStringLiteral("payment_behavior"));
    options.collectionMethod = request.string(QStringLiteral("collection_method"), QStringLiteral("charge_automatically"));
    if (options.collectionMethod == QLatin1String("send_invoice")) {
        if (!request.has(QStringLiteral("days_until_due")))
            throw StripeException::missingParam(QStringLiteral("days_until_due"));
        options.daysUntilDue = request.integer(QStringLiteral("days_until_due")).value_or(0);
    } else if (request.has(QStringLiteral("days_until_due"))) {
        throw StripeException::invalid(QStringLiteral("days_until_due can only be set when collection_method is send_invoice."),
                                       QStringLiteral("days_until_due"));
    }
    const QString currency = request.string(QStringLiteral("currency"));
    if (!currency.isEmpty() && currency != options.price.value(QStringLiteral("currency")).toString())
        throw StripeException::invalid(QStringLiteral("The price specified does not support the currency %1.").arg(currency),
                                       QStringLiteral("currency"));

    // Trials: trial_end (now = none) wins over trial_period_days, which wins over the price's own.
    if (const auto days = request.integer(QStringLiteral("trial_period_days"))) {
        if (*days < 0 || *days > 730)
            throw StripeException::invalid(QStringLiteral("Trial period days must be between 0 and 730."), QStringLiteral("trial_period_days"));
        options.trialDays = int(*days);
    } else if (request.boolean(QStringLiteral("trial_from_plan")).value_or(false)) {
        options.trialDays = options.price.value(QStringLiteral("recurring")).toObject().value(QStringLiteral("trial_period_days")).toInt();
    }
    if (const auto end = trialEnd(ctx, request)) {
        options.trialEnd = *end;
        if (*end == 0)
            options.trialDays = 0;
    }

    const qint64 now = ctx.clock.now();
    if (request.has(QStringLiteral("billing_cycle_anchor"))) {
        const qint64 anchor = request.integer(QStringLiteral("billing_cycle_anchor")).value_or(0);
        const qint64 natural = Documents::addInterval(now, options.price.value(QStringLiteral("recurring")).toObject());
        if (anchor > natural)
            throw StripeException::invalid(QStringLiteral("billing_cycle_anchor cannot be later than next natural billing date (%1) for plan")
                                               .arg(natural), QStringLiteral("billing_cycle_anchor"));
        if (anchor > now && (options.trialDays > 0 || options.trialEnd > 0))
            throw StripeException::invalid(QStringLiteral("stripe-sandbox does not combine a billing_cycle_anchor with a trial: the trial's "
                                                          "end anchors the cycle."), QStringLiteral("billing_cycle_anchor"));
        options.billingCycleAnchor = anchor;
        options.prorate = request.string(QStringLiteral("proration_behavior")) != QLatin1String("none");
    }
    if (request.has(QStringLiteral("cancel_at"))) {
        const QString raw = request.string(QStringLiteral("cancel_at"));
        if (raw == QLatin1String("min_period_end") || raw == QLatin1String("max_period_end")) { // one item: both are its period end
            options.cancelAtPeriodEnd = true;
        } else {
            options.cancelAt = request.integer(QStringLiteral("cancel_at")).value_or(0);
            if (options.cancelAt <= now)
                throw StripeException::invalid(QStringLiteral("cancel_at must be in the future."), QStringLiteral("cancel_at"));
        }
    }
    if (request.boolean(QStringLiteral("cancel_at_period_end")).value_or(false))
        options.cancelAtPeriodEnd = true;
    options.offSession = request.boolean(QStringLiteral("off_session")).value_or(false);
    options.description = request.string(QStringLiteral("description"));
    options.metadata = mergeMetadata({}, request);
    // Checked up front like the other parameters (an unknown coupon is a 404 before any
    // payment question); redeemed when the subscription is made.
    options.discounts = request.params.value(QStringLiteral("discounts"));
    Discounts(ctx).resolve(options.discounts, QStringLiteral("discounts"), customerId, -1, QString());

    // Who pays: the given method, else the customer's default; refused when a charge is due now.
    const QString given = request.string(QStringLiteral("default_payment_method"));
    if (!given.isEmpty())
        options.paymentMethod = attachedPaymentMethod(ctx, options.customer, given, QStringLiteral("default_payment_method"), request)
                                    .value(QStringLiteral("id")).toString();
    const QString customerDefault = options.customer.value(QStringLiteral("invoice_settings")).toObject()
                                        .value(QStringLiteral("default_payment_method")).toString();
    const bool chargesNow = options.collectionMethod == QLatin1String("charge_automatically") && options.trialDays == 0 && options.trialEnd == 0
        && options.price.value(QStringLiteral("unit_amount")).toInteger() * options.quantity > 0
        && (options.billingCycleAnchor <= now || options.prorate)
        && options.paymentBehavior != QLatin1String("default_incomplete");
    if (given.isEmpty() && customerDefault.isEmpty() && chargesNow)
        throw StripeException::invalid(kNoPaymentMethod, QString(), QStringLiteral("resource_missing"));

    const QJsonObject settings = request.object(QStringLiteral("payment_settings"));
    options.fields.insert(QStringLiteral("payment_settings"),
                          QJsonObject{{QStringLiteral("payment_method_options"), QJsonValue()},
                                      {QStringLiteral("payment_method_types"), QJsonValue()},
                                      {QStringLiteral("save_default_payment_method"),
                                       settings.value(QStringLiteral("save_default_payment_method")).toString(QStringLiteral("off"))}});
    const QJsonObject subscription = SubscriptionLifecycle(ctx).start(options, request);
    return subscription;
}

} // namespace sandbox
