#include "SubscriptionResource.h"

#include "ApiRouter.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "SearchQuery.h"
#include "billing/Discounts.h"
#include "billing/Documents.h"
#include "billing/SubscriptionLifecycle.h"

#include <QJsonArray>

namespace sandbox {

namespace {

QJsonObject loadSubscription(const SandboxContext &ctx, const ApiRequest &request)
{
    return ctx.load(request.pathArgs.at(0), QStringLiteral("subscription"), QStringLiteral("subscription"));
}

bool isEnded(const QJsonObject &subscription)
{
    const QString status = subscription.value(QStringLiteral("status")).toString();
    return status == QLatin1String("canceled") || status == QLatin1String("incomplete_expired");
}

// Records `field`'s old value for previous_attributes when it changes.
void change(QJsonObject &subscription, QJsonObject &previous, const QString &field, const QJsonValue &value)
{
    if (subscription.value(field) == value)
        return;
    previous.insert(field, subscription.value(field));
    subscription.insert(field, value);
}

QJsonObject update(const SandboxContext &ctx, const ApiRequest &request)
{
    QJsonObject subscription = loadSubscription(ctx, request);
    QJsonObject previous;
    const bool ended = isEnded(subscription);
    for (const QString &key : request.params.keys()) {
        if (ended && key != QLatin1String("metadata") && key != QLatin1String("cancellation_details") && key != QLatin1String("expand"))
            throw StripeException::invalid(QStringLiteral("A canceled subscription can only update its cancellation_details and metadata."), key);
    }
    const qint64 periodEnd = Documents::firstItem(subscription).value(QStringLiteral("current_period_end")).toInteger();
    if (const auto atEnd = request.boolean(QStringLiteral("cancel_at_period_end")))
        SubscriptionLifecycle::setCancelAtPeriodEnd(subscription, *atEnd, ctx.clock.now(), previous);
    if (request.has(QStringLiteral("cancel_at"))) {
        const QString raw = request.string(QStringLiteral("cancel_at"));
        const QJsonValue at = raw.isEmpty() ? QJsonValue() : QJsonValue(request.integer(QStringLiteral("cancel_at")).value_or(0));
        if (!at.isNull() && at.toInteger() <= ctx.clock.now())
            throw StripeException::invalid(QStringLiteral("cancel_at must be in the future."), QStringLiteral("cancel_at"));
        change(subscription, previous, QStringLiteral("cancel_at"), at);
        change(subscription, previous, QStringLiteral("cancel_at_period_end"), !at.isNull() && at.toInteger() == periodEnd);
    }
    const QJsonObject metadata = mergeMetadata(subscription.value(QStringLiteral("metadata")).toObject(), request);
    change(subscription, previous, QStringLiteral("metadata"), metadata);
    if (request.has(QStringLiteral("discounts"))) // replaces them all; discounts="" clears
        change(subscription, previous, QStringLiteral("discounts"),
               Discounts(ctx).replaceOnSubscription(subscription, request.params.value(QStringLiteral("discounts")), request)
                   .value(QStringLiteral("discounts")));

    const QJsonArray items = request.params.value(QStringLiteral("items")).toArray();
    if (!items.isEmpty()) { // plan change, e.g. monthly → yearly, effective from the next renewal
        const QString priceId = items.first().toObject().value(QStringLiteral("price")).toString();
        if (priceId.isEmpty())
            throw StripeException::missingParam(QStringLiteral("items[0][price]"));
        const QJsonObject price = ctx.load(priceId, QStringLiteral("price"), QStringLiteral("price"), QStringLiteral("items[0][price]"));
        QJsonObject item = Documents::firstItem(subscription);
        previous.insert(QStringLiteral("items"), subscription.value(QStringLiteral("items")));
        item.insert(QStringLiteral("price"), price);
        subscription = Documents::withFirstItem(subscription, item);
    }
    ctx.save(subscription);
    if (!previous.isEmpty())
        ctx.emitEvent(QStringLiteral("customer.subscription.updated"), subscription, request, previous);
    return subscription;
}

// Pause and resume: one status to another, with the specific event and the general update.
QJsonObject moveStatus(const SandboxContext &ctx, const ApiRequest &request, const QString &from, const QString &to,
                       const QString &eventType, const QString &refusal)
{
    QJsonObject subscription = loadSubscription(ctx, request);
    if (subscription.value(QStringLiteral("status")).toString() != from)
        throw StripeException::invalid(refusal);
    const QJsonObject previous{{QStringLiteral("status"), from}};
    subscription.insert(QStringLiteral("status"), to);
    ctx.save(subscription);
    ctx.emitEvent(eventType, subscription, request);
    ctx.emitEvent(QStringLiteral("customer.subscription.updated"), subscription, request, previous);
    return subscription;
}

QList<Condition> listConditions(const ApiRequest &request)
{
    QList<Condition> conditions;
    const QString status = request.string(QStringLiteral("status"));
    const QVariantList ended{QStringLiteral("canceled"), QStringLiteral("incomplete_expired")};
    if (status.isEmpty())
        conditions.append({QStringLiteral("$.status"), QStringLiteral("NOT IN"), ended}); // Stripe's default
    else if (status == QLatin1String("ended"))
        conditions.append({QStringLiteral("$.status"), QStringLiteral("IN"), ended});
    else if (status != QLatin1String("all"))
        conditions.append({QStringLiteral("$.status"), QStringLiteral("="), {status}});
    if (request.has(QStringLiteral("customer")))
        conditions.append({QStringLiteral("$.customer"), QStringLiteral("="), {request.string(QStringLiteral("customer"))}});
    if (request.has(QStringLiteral("price")))
        conditions.append({QStringLiteral("$.items.data[0].price.id"), QStringLiteral("="), {request.string(QStringLiteral("price"))}});
    SandboxContext::addCreatedFilter(request, conditions);
    return conditions;
}

} // namespace

void SubscriptionResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/subscriptions/search"), Params{QStringLiteral("query"), QStringLiteral("limit"), QStringLiteral("page")}, [&ctx](const ApiRequest &request) {
        const SearchQuery query = SearchQuery::parse(request.requiredString(QStringLiteral("query")),
                                                     {QStringLiteral("status"), QStringLiteral("created")});
        return SearchQuery::respond(ctx, QStringLiteral("subscription"), QStringLiteral("/v1/subscriptions/search"), query, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/subscriptions/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(loadSubscription(ctx, request), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/subscriptions/:id"),
               Params{QStringLiteral("add_invoice_items"), QStringLiteral("application_fee_percent"), QStringLiteral("automatic_tax"), QStringLiteral("billing_cycle_anchor"), QStringLiteral("billing_thresholds"), QStringLiteral("cancel_at"), QStringLiteral("cancel_at_period_end"), QStringLiteral("cancellation_details"), QStringLiteral("collection_method"), QStringLiteral("days_until_due"), QStringLiteral("default_payment_method"), QStringLiteral("default_source"), QStringLiteral("default_tax_rates"), QStringLiteral("description"), QStringLiteral("discounts"), QStringLiteral("invoice_settings"), QStringLiteral("items"), QStringLiteral("metadata"), QStringLiteral("off_session"), QStringLiteral("on_behalf_of"), QStringLiteral("pause_collection"), QStringLiteral("payment_behavior"), QStringLiteral("payment_settings"), QStringLiteral("pending_invoice_item_interval"), QStringLiteral("proration_behavior"), QStringLiteral("proration_date"), QStringLiteral("transfer_data"), QStringLiteral("trial_end"), QStringLiteral("trial_from_plan")},
               [&ctx](const ApiRequest &request) {
        return ctx.respond(update(ctx, request), request);
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/subscriptions/:id"), Params{QStringLiteral("cancellation_details"), QStringLiteral("invoice_now"), QStringLiteral("prorate")}, [&ctx](const ApiRequest &request) {
        return ctx.respond(SubscriptionLifecycle(ctx).cancelNow(loadSubscription(ctx, request), QStringLiteral("cancellation_requested"),
                                                                request.object(QStringLiteral("cancellation_details")), request),
                           request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/subscriptions/:id/pause"), Params{QStringLiteral("type"), QStringLiteral("bill_for")}, [&ctx](const ApiRequest &request) {
        return ctx.respond(moveStatus(ctx, request, QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("customer.subscription.paused"),
                                      QStringLiteral("Only active subscriptions can be paused.")),
                           request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/subscriptions/:id/resume"), Params{QStringLiteral("billing_cycle_anchor"), QStringLiteral("proration_behavior"), QStringLiteral("proration_date")}, [&ctx](const ApiRequest &request) {
        return ctx.respond(moveStatus(ctx, request, QStringLiteral("paused"), QStringLiteral("active"), QStringLiteral("customer.subscription.resumed"),
                                      QStringLiteral("Subscription is not paused: only paused subscriptions can be resumed. "
                                                     "To undo a cancellation at period end, update cancel_at_period_end=false.")),
                           request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/subscriptions"), Params{QStringLiteral("status"), QStringLiteral("customer"), QStringLiteral("price"), QStringLiteral("created"), QStringLiteral("current_period_end"), QStringLiteral("current_period_start"), QStringLiteral("collection_method"), QStringLiteral("test_clock"), QStringLiteral("automatic_tax")} + ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        return ctx.listObjects(QStringLiteral("subscription"), listConditions(request), QStringLiteral("/v1/subscriptions"), request);
    });
}

} // namespace sandbox
