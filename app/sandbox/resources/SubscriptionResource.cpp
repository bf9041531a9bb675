#include "SubscriptionResource.h"

#include "ApiRouter.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "SearchQuery.h"
#include "SubscriptionCreate.h"
#include "SubscriptionParams.h"
#include "billing/Discounts.h"
#include "billing/Documents.h"
#include "billing/InvoiceView.h"
#include "billing/SubscriptionLifecycle.h"

#include <QJsonArray>

namespace sandbox {

namespace {

// latest_invoice renders with its includables (payments, confirmation_secret) and
// the request's API version (payment_intent before basil).
ApiResponse respond(const SandboxContext &ctx, const QJsonObject &subscription, const ApiRequest &request)
{
    return {200, InvoiceView::renderWithInvoice(ctx, subscription, QStringLiteral("latest_invoice"), request.expand(), request)};
}

ApiResponse respondList(const SandboxContext &ctx, ApiRequest request, const std::function<ApiResponse(const ApiRequest &)> &list)
{
    QStringList invoicePaths;
    QJsonArray others;
    for (const QString &path : request.expand()) {
        if (path == QLatin1String("data.latest_invoice") || path.startsWith(QLatin1String("data.latest_invoice.")))
            invoicePaths << path.mid(5);
        else
            others.append(path);
    }
    request.params.insert(QStringLiteral("expand"), others);
    ApiResponse response = list(request);
    if (invoicePaths.isEmpty())
        return response;
    QJsonArray data;
    for (const QJsonValue &item : response.body.value(QStringLiteral("data")).toArray()) {
        QJsonObject sub = item.toObject();
        if (const auto invoice = ctx.store.get(sub.value(QStringLiteral("latest_invoice")).toString())) {
            QStringList below; // what follows "latest_invoice."
            for (const QString &path : invoicePaths)
                if (path != QLatin1String("latest_invoice"))
                    below << path.mid(int(qstrlen("latest_invoice.")));
            sub.insert(QStringLiteral("latest_invoice"), InvoiceView::render(ctx, *invoice, below, request, QStringLiteral("data.latest_invoice.")));
        }
        data.append(sub);
    }
    response.body.insert(QStringLiteral("data"), data);
    return response;
}

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

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

// Who pays later invoices and how: default_payment_method, collection_method,
// days_until_due, description; payment_behavior and proration_behavior are checked
// (the sandbox invoices plan changes at the next renewal, so they change nothing now).
void updateBilling(const SandboxContext &ctx, const ApiRequest &request, QJsonObject &subscription, QJsonObject &previous)
{
    using SubscriptionParams::checkEnum;
    checkEnum(request, QStringLiteral("payment_behavior"), {QStringLiteral("allow_incomplete"), QStringLiteral("default_incomplete"),
                                                            QStringLiteral("error_if_incomplete"), QStringLiteral("pending_if_incomplete")});
    checkEnum(request, QStringLiteral("proration_behavior"), {QStringLiteral("always_invoice"), QStringLiteral("create_prorations"), QStringLiteral("none")});
    checkEnum(request, QStringLiteral("collection_method"), {QStringLiteral("charge_automatically"), QStringLiteral("send_invoice")});
    if (request.has(QStringLiteral("default_payment_method"))) {
        const QString given = request.string(QStringLiteral("default_payment_method"));
        QJsonValue next;
        if (!given.isEmpty()) {
            const QJsonObject customer = ctx.load(subscription.value(QStringLiteral("customer")).toString(), QStringLiteral("customer"),
                                                  QStringLiteral("customer"), QStringLiteral("customer"));
            next = SubscriptionParams::attachedPaymentMethod(ctx, customer, given, QStringLiteral("default_payment_method"), request)
                       .value(QStringLiteral("id"));
        }
        change(subscription, previous, QStringLiteral("default_payment_method"), next);
    }
    if (request.has(QStringLiteral("description")))
        change(subscription, previous, QStringLiteral("description"), nullable(request.string(QStringLiteral("description"))));
    const QString method = request.string(QStringLiteral("collection_method"), subscription.value(QStringLiteral("collection_method")).toString());
    if (method == QLatin1String("send_invoice")) {
        const auto days = request.integer(QStringLiteral("days_until_due"));
        if (!days && subscription.value(QStringLiteral("days_until_due")).isNull())
            throw StripeException::missingParam(QStringLiteral("days_until_due"));
        if (days)
            change(subscription, previous, QStringLiteral("days_until_due"), *days);
    } else if (request.has(QStringLiteral("days_until_due"))) {
        throw StripeException::invalid(QStringLiteral("days_until_due can only be set when collection_method is send_invoice."),
                                       QStringLiteral("days_until_due"));
    } else {
        change(subscription, previous, QStringLiteral("days_until_due"), QJsonValue());
    }
    change(subscription, previous, QStringLiteral("collection_method"), method);
}

// trial_end in the future: the current period becomes (or stays) a trial ending then.
void extendTrial(const SandboxContext &ctx, QJsonObject &subscription, QJsonObject &previous, qint64 trialEnd)
{
    const QString status = subscription.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("trialing") && status != QLatin1String("active"))
        throw StripeException::invalid(QStringLiteral("A subscription with status %1 cannot start a trial.").arg(status), QStringLiteral("trial_end"));
    QJsonObject item = Documents::firstItem(subscription);
    previous.insert(QStringLiteral("items"), subscription.value(QStringLiteral("items")));
    item.insert(QStringLiteral("current_period_end"), trialEnd);
    subscription = Documents::withFirstItem(subscription, item);
    if (status != QLatin1String("trialing"))
        change(subscription, previous, QStringLiteral("trial_start"), ctx.clock.now());
    change(subscription, previous, QStringLiteral("trial_end"), trialEnd);
    change(subscription, previous, QStringLiteral("billing_cycle_anchor"), trialEnd);
    change(subscription, previous, QStringLiteral("status"), QStringLiteral("trialing"));
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
    updateBilling(ctx, request, subscription, previous);
    const auto trialEnd = SubscriptionParams::trialEnd(ctx, request);
    if (trialEnd && *trialEnd > 0)
        extendTrial(ctx, subscription, previous, *trialEnd);
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
    if (trialEnd && *trialEnd == 0 && subscription.value(QStringLiteral("status")).toString() == QLatin1String("trialing"))
        subscription = SubscriptionLifecycle(ctx).endTrialNow(subscription, request); // invoices and charges now
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
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/subscriptions"),
               Params{QStringLiteral("add_invoice_items"), QStringLiteral("application_fee_percent"), QStringLiteral("automatic_tax"), QStringLiteral("backdate_start_date"), QStringLiteral("billing_cycle_anchor"), QStringLiteral("billing_cycle_anchor_config"), QStringLiteral("billing_mode"), QStringLiteral("billing_schedules"), QStringLiteral("billing_thresholds"), QStringLiteral("cancel_at"), QStringLiteral("cancel_at_period_end"), QStringLiteral("collection_method"), QStringLiteral("currency"), QStringLiteral("customer"), QStringLiteral("customer_account"), QStringLiteral("days_until_due"), QStringLiteral("default_payment_method"), QStringLiteral("default_source"), QStringLiteral("default_tax_rates"), QStringLiteral("description"), QStringLiteral("discounts"), QStringLiteral("invoice_settings"), QStringLiteral("items[][billing_thresholds]"), QStringLiteral("items[][current_trial]"), QStringLiteral("items[][discounts]"), QStringLiteral("items[][metadata]"), QStringLiteral("items[][plan]"), QStringLiteral("items[][price]"), QStringLiteral("items[][price_data]"), QStringLiteral("items[][quantity]"), QStringLiteral("items[][tax_rates]"), QStringLiteral("metadata"), QStringLiteral("off_session"), QStringLiteral("on_behalf_of"), QStringLiteral("payment_behavior"), QStringLiteral("payment_settings"), QStringLiteral("pending_invoice_item_interval"), QStringLiteral("proration_behavior"), QStringLiteral("transfer_data"), QStringLiteral("trial_end"), QStringLiteral("trial_from_plan"), QStringLiteral("trial_period_days"), QStringLiteral("trial_settings")},
               [&ctx](const ApiRequest &request) {
        return respond(ctx, createSubscription(ctx, request), request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/subscriptions/:id"), {}, [&ctx](const ApiRequest &request) {
        return respond(ctx, loadSubscription(ctx, request), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/subscriptions/:id"),
               Params{QStringLiteral("items"), QStringLiteral("add_invoice_items"), QStringLiteral("application_fee_percent"), QStringLiteral("automatic_tax"), QStringLiteral("billing_cycle_anchor"), QStringLiteral("billing_schedules"), QStringLiteral("billing_thresholds"), QStringLiteral("cancel_at"), QStringLiteral("cancel_at_period_end"), QStringLiteral("cancellation_details"), QStringLiteral("collection_method"), QStringLiteral("days_until_due"), QStringLiteral("default_payment_method"), QStringLiteral("default_source"), QStringLiteral("default_tax_rates"), QStringLiteral("description"), QStringLiteral("discounts"), QStringLiteral("invoice_settings"), QStringLiteral("items[][billing_thresholds]"), QStringLiteral("items[][clear_usage]"), QStringLiteral("items[][current_trial]"), QStringLiteral("items[][deleted]"), QStringLiteral("items[][discounts]"), QStringLiteral("items[][id]"), QStringLiteral("items[][metadata]"), QStringLiteral("items[][plan]"), QStringLiteral("items[][price]"), QStringLiteral("items[][price_data]"), QStringLiteral("items[][quantity]"), QStringLiteral("items[][tax_rates]"), QStringLiteral("metadata"), QStringLiteral("off_session"), QStringLiteral("on_behalf_of"), QStringLiteral("pause_collection"), QStringLiteral("payment_behavior"), QStringLiteral("payment_settings"), QStringLiteral("pending_invoice_item_interval"), QStringLiteral("proration_behavior"), QStringLiteral("proration_date"), QStringLiteral("transfer_data"), QStringLiteral("trial_end"), QStringLiteral("trial_from_plan"), QStringLiteral("trial_settings")},
               [&ctx](const ApiRequest &request) {
        return respond(ctx, update(ctx, request), request);
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/subscriptions/:id"), Params{QStringLiteral("cancellation_details"), QStringLiteral("invoice_now"), QStringLiteral("prorate")}, [&ctx](const ApiRequest &request) {
        return respond(ctx, SubscriptionLifecycle(ctx).cancelNow(loadSubscription(ctx, request), QStringLiteral("cancellation_requested"),
                                                                request.object(QStringLiteral("cancellation_details")), request),
                           request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/subscriptions/:id/pause"), Params{QStringLiteral("invoicing_behavior"), QStringLiteral("type"), QStringLiteral("bill_for")}, [&ctx](const ApiRequest &request) {
        return respond(ctx, moveStatus(ctx, request, QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("customer.subscription.paused"),
                                      QStringLiteral("Only active subscriptions can be paused.")),
                           request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/subscriptions/:id/resume"), Params{QStringLiteral("payment_behavior"), QStringLiteral("billing_cycle_anchor"), QStringLiteral("proration_behavior"), QStringLiteral("proration_date")}, [&ctx](const ApiRequest &request) {
        return respond(ctx, moveStatus(ctx, request, QStringLiteral("paused"), QStringLiteral("active"), QStringLiteral("customer.subscription.resumed"),
                                      QStringLiteral("Subscription is not paused: only paused subscriptions can be resumed. "
                                                     "To undo a cancellation at period end, update cancel_at_period_end=false.")),
                           request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/subscriptions"), Params{QStringLiteral("status"), QStringLiteral("customer"), QStringLiteral("price"), QStringLiteral("created"), QStringLiteral("current_period_end"), QStringLiteral("current_period_start"), QStringLiteral("collection_method"), QStringLiteral("test_clock"), QStringLiteral("automatic_tax")} + ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        return respondList(ctx, request, [&ctx](const ApiRequest &stripped) {
            return ctx.listObjects(QStringLiteral("subscription"), listConditions(stripped), QStringLiteral("/v1/subscriptions"), stripped);
        });
    });
}

} // namespace sandbox
