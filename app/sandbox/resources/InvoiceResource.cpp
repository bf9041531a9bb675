#include "InvoiceResource.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "SearchQuery.h"
#include "billing/InvoiceActions.h"
#include "billing/InvoicePreview.h"
#include "billing/InvoiceView.h"
#include "billing/Invoicing.h"
#include "billing/PaymentMethods.h"

#include <QJsonArray>

namespace sandbox {

namespace {

constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kDefaultNetDays = 30; // the account's default payment terms

const QStringList kCollectionMethods{QStringLiteral("charge_automatically"), QStringLiteral("send_invoice")};

// What POST /v1/invoices and POST /v1/invoices/:id take (the .d.ts's full lists).
const Params kUpdateParams{
    QStringLiteral("account_tax_ids"), QStringLiteral("application_fee_amount"), QStringLiteral("auto_advance"),
    QStringLiteral("automatic_tax[enabled]"), QStringLiteral("automatic_tax[liability]"), QStringLiteral("automatically_finalizes_at"),
    QStringLiteral("collection_method"), QStringLiteral("custom_fields[][name]"), QStringLiteral("custom_fields[][value]"),
    QStringLiteral("days_until_due"), QStringLiteral("default_payment_method"), QStringLiteral("default_source"),
    QStringLiteral("default_tax_rates"), QStringLiteral("description"), QStringLiteral("discounts[][coupon]"),
    QStringLiteral("discounts[][discount]"), QStringLiteral("discounts[][promotion_code]"), QStringLiteral("due_date"),
    QStringLiteral("effective_at"), QStringLiteral("footer"), QStringLiteral("issuer[account]"), QStringLiteral("issuer[type]"),
    QStringLiteral("metadata"), QStringLiteral("number"), QStringLiteral("on_behalf_of"), QStringLiteral("payment_settings"),
    QStringLiteral("rendering"), QStringLiteral("shipping_cost"), QStringLiteral("shipping_details"),
    QStringLiteral("statement_descriptor"), QStringLiteral("transfer_data[amount]"), QStringLiteral("transfer_data[destination]")};
const Params kCreateParams = kUpdateParams + Params{
    QStringLiteral("currency"), QStringLiteral("customer"), QStringLiteral("customer_account"), QStringLiteral("from_invoice[action]"),
    QStringLiteral("from_invoice[invoice]"),
    QStringLiteral("pending_invoice_items_behavior"), QStringLiteral("subscription")};

// What a finalized invoice still lets change; a paid or void one only its metadata.
const QStringList kEditableWhenOpen{QStringLiteral("metadata"), QStringLiteral("description"), QStringLiteral("footer"),
                                    QStringLiteral("auto_advance"), QStringLiteral("custom_fields"), QStringLiteral("default_payment_method"),
                                    QStringLiteral("default_source"), QStringLiteral("statement_descriptor"), QStringLiteral("due_date"),
                                    QStringLiteral("rendering"), QStringLiteral("payment_settings"), QStringLiteral("account_tax_ids"),
                                    QStringLiteral("expand")};

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject loadInvoice(const SandboxContext &ctx, const ApiRequest &request)
{
    return ctx.load(request.pathArgs.at(0), QStringLiteral("invoice"), QStringLiteral("invoice"));
}

QString enumValue(const ApiRequest &request, const QString &param, const QStringList &allowed)
{
    const QString value = request.string(param);
    if (!value.isEmpty() && !allowed.contains(value))
        throw StripeException::invalid(QStringLiteral("Invalid %1: must be one of %2").arg(param, allowed.join(QStringLiteral(" or "))), param);
    return value;
}

// custom_fields: up to four {name, value} pairs, or "" to clear.
QJsonValue customFields(const ApiRequest &request)
{
    const QJsonValue value = request.params.value(QStringLiteral("custom_fields"));
    if (value.isString() && value.toString().isEmpty())
        return QJsonValue();
    QJsonArray fields;
    const QJsonArray given = value.toArray();
    if (given.size() > 4)
        throw StripeException::invalid(QStringLiteral("You can have at most 4 custom fields."), QStringLiteral("custom_fields"));
    for (int i = 0; i < given.size(); ++i) {
        const QJsonObject field = given.at(i).toObject();
        for (const QString &key : {QStringLiteral("name"), QStringLiteral("value")}) {
            if (field.value(key).toString().isEmpty())
                throw StripeException::missingParam(QStringLiteral("custom_fields[%1][%2]").arg(i).arg(key));
        }
        fields.append(QJsonObject{{QStringLiteral("name"), field.value(QStringLiteral("name"))},
                                  {QStringLiteral("value"), field.value(QStringLiteral("value"))}});
    }
    return fields;
}

// Applies the request's fields to `invoice`, recording what changed in `previous`.
void applyFields(const SandboxContext &ctx, QJsonObject &invoice, const ApiRequest &request, QJsonObject &previous)
{
    auto change = [&](const QString &field, const QJsonValue &value) {
        if (invoice.value(field) == value)
            return;
        if (!field.startsWith(u'_'))
            previous.insert(field, invoice.value(field));
        invoice.insert(field, value);
    };
    for (const QString &field : {QStringLiteral("description"), QStringLiteral("footer"), QStringLiteral("statement_descriptor"),
                                 QStringLiteral("number")}) {
        if (request.has(field))
            change(field, nullable(request.string(field)));
    }
    if (const auto autoAdvance = request.boolean(QStringLiteral("auto_advance")))
        change(QStringLiteral("auto_advance"), *autoAdvance);
    if (request.has(QStringLiteral("collection_method")))
        change(QStringLiteral("collection_method"), enumValue(request, QStringLiteral("collection_method"), kCollectionMethods));
    if (request.has(QStringLiteral("custom_fields")))
        change(QStringLiteral("custom_fields"), customFields(request));
    if (request.has(QStringLiteral("default_payment_method"))) {
        const QString method = request.string(QStringLiteral("default_payment_method"));
        change(QStringLiteral("default_payment_method"),
               method.isEmpty() ? QJsonValue()
                                : PaymentMethods::resolve(ctx, method, QStringLiteral("default_payment_method")).value(QStringLiteral("id")));
    }
    if (const auto effective = request.integer(QStringLiteral("effective_at")))
        change(QStringLiteral("effective_at"), *effective);
    const bool sendInvoice = invoice.value(QStringLiteral("collection_method")).toString() == QLatin1String("send_invoice");
    for (const QString &field : {QStringLiteral("days_until_due"), QStringLiteral("due_date")}) {
        if (request.has(field) && !sendInvoice)
            throw StripeException::invalid(QStringLiteral("You can only set `%1` if `collection_method` is `send_invoice`.").arg(field), field);
    }
    if (const auto days = request.integer(QStringLiteral("days_until_due"))) {
        change(QStringLiteral("_days_until_due"), *days);
        change(QStringLiteral("due_date"), invoice.value(QStringLiteral("created")).toInteger() + *days * kDay);
    }
    if (const auto due = request.integer(QStringLiteral("due_date"))) {
        invoice.remove(QStringLiteral("_days_until_due")); // a fixed date replaces net terms
        change(QStringLiteral("due_date"), *due);
    }
    // Send-invoice collection needs a due date: the account's default terms when none was given.
    if (sendInvoice && invoice.value(QStringLiteral("due_date")).isNull()) {
        change(QStringLiteral("_days_until_due"), kDefaultNetDays);
        change(QStringLiteral("due_date"), invoice.value(QStringLiteral("created")).toInteger() + kDefaultNetDays * kDay);
    }
    if (!sendInvoice && !invoice.value(QStringLiteral("due_date")).isNull()) {
        invoice.remove(QStringLiteral("_days_until_due"));
        change(QStringLiteral("due_date"), QJsonValue());
    }
    // With auto_advance a draft finalizes by itself (SubscriptionLifecycle::advanceTo runs it).
    if (invoice.value(QStringLiteral("status")).toString() == QLatin1String("draft")) {
        const auto at = request.integer(QStringLiteral("automatically_finalizes_at"));
        const bool autoAdvance = invoice.value(QStringLiteral("auto_advance")).toBool();
        const QJsonValue current = invoice.value(QStringLiteral("automatically_finalizes_at"));
        change(QStringLiteral("automatically_finalizes_at"),
               !autoAdvance ? QJsonValue()
               : at         ? QJsonValue(*at)
               : current.isNull() ? QJsonValue(ctx.clock.now() + InvoiceActions::kAutoFinalizeDelay)
                                  : current);
    }
    const QJsonObject metadata = mergeMetadata(invoice.value(QStringLiteral("metadata")).toObject(), request);
    change(QStringLiteral("metadata"), metadata);
}

// A page of `items` (newest-first order does not apply: lines keep their order) for
// limit, starting_after and ending_before given as line ids.
ApiResponse pageOf(const QJsonArray &items, const QString &url, const QString &resource, const ApiRequest &request)
{
    const int limit = request.limit();
    const QString after = request.string(QStringLiteral("starting_after"));
    const QString before = request.string(QStringLiteral("ending_before"));
    auto indexOf = [&](const QString &id, const QString &param) {
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).toObject().value(QStringLiteral("id")).toString() == id)
                return i;
        }
        throw StripeException::notFound(resource, id, param);
    };
    int from = 0;
    int to = int(items.size());
    if (!after.isEmpty())
        from = indexOf(after, QStringLiteral("starting_after")) + 1;
    if (!before.isEmpty()) {
        to = indexOf(before, QStringLiteral("ending_before"));
        from = qMax(0, to - limit);
    }
    QJsonArray data;
    for (int i = from; i < to && data.size() < limit; ++i)
        data.append(items.at(i));
    const bool hasMore = before.isEmpty() ? from + data.size() < to : from > 0;
    return {200, {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data},
                  {QStringLiteral("has_more"), hasMore}, {QStringLiteral("url"), url}}};
}

QJsonObject createInvoice(const SandboxContext &ctx, const ApiRequest &request)
{
    const QString customerId = request.requiredString(QStringLiteral("customer"));
    const QJsonObject customer = ctx.load(customerId, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
    const QString behavior = enumValue(request, QStringLiteral("pending_invoice_items_behavior"),
                                       {QStringLiteral("exclude"), QStringLiteral("include")});
    QString subscriptionId = request.string(QStringLiteral("subscription"));
    QJsonObject subscription;
    if (!subscriptionId.isEmpty())
        subscription = ctx.load(subscriptionId, QStringLiteral("subscription"), QStringLiteral("subscription"), QStringLiteral("subscription"));
    QString currency = request.string(QStringLiteral("currency")).toLower();
    if (currency.isEmpty())
        currency = subscription.value(QStringLiteral("currency")).toString(customer.value(QStringLiteral("currency")).toString());
    const bool include = behavior == QLatin1String("include");
    if (currency.isEmpty() && include) { // the customer's pending items decide
        const auto pending = Invoicing::pendingItems(ctx, customerId, subscriptionId, subscriptionId.isEmpty());
        if (!pending.isEmpty())
            currency = pending.first().value(QStringLiteral("currency")).toString();
    }
    if (currency.isEmpty())
        currency = QStringLiteral("usd");

    QJsonObject invoice = Invoicing::draft(ctx, ctx.ids.next(QStringLiteral("in_")), customer, currency);
    if (!subscriptionId.isEmpty()) {
        invoice.insert(QStringLiteral("parent"), QJsonObject{{QStringLiteral("type"), QStringLiteral("subscription_details")},
                                                             {QStringLiteral("quote_details"), QJsonValue()},
                                                             {QStringLiteral("subscription_details"),
                                                              QJsonObject{{QStringLiteral("metadata"), subscription.value(QStringLiteral("metadata"))},
                                                                          {QStringLiteral("subscription"), subscriptionId}}}});
    }
    QJsonObject ignored;
    applyFields(ctx, invoice, request, ignored);
    if (include)
        Invoicing::pullPendingItems(ctx, invoice, subscriptionId, subscriptionId.isEmpty());
    return invoice;
}

void registerActions(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/:id/finalize"), Params{QStringLiteral("auto_advance")},
               [&ctx](const ApiRequest &request) { return ctx.respond(InvoiceActions(ctx).finalize(loadInvoice(ctx, request), request), request); });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/:id/pay"),
               Params{QStringLiteral("forgive"), QStringLiteral("mandate"), QStringLiteral("off_session"), QStringLiteral("paid_out_of_band"),
                      QStringLiteral("payment_method"), QStringLiteral("source")},
               [&ctx](const ApiRequest &request) {
                   InvoiceActions::PayOptions options;
                   options.paymentMethod = request.string(QStringLiteral("payment_method"));
                   options.outOfBand = request.boolean(QStringLiteral("paid_out_of_band")).value_or(false);
                   options.offSession = request.boolean(QStringLiteral("off_session")).value_or(false);
                   const auto result = InvoiceActions(ctx).pay(loadInvoice(ctx, request), options, request);
                   if (result.decline) // the attempt stays recorded: answer without rolling back
                       return ApiResponse{result.decline->status(), result.decline->body()};
                   return ctx.respond(result.invoice, request);
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/:id/void"), {},
               [&ctx](const ApiRequest &request) { return ctx.respond(InvoiceActions(ctx).voidInvoice(loadInvoice(ctx, request), request), request); });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/:id/mark_uncollectible"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(InvoiceActions(ctx).markUncollectible(loadInvoice(ctx, request), request), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/:id/send"), {},
               [&ctx](const ApiRequest &request) { return ctx.respond(InvoiceActions(ctx).send(loadInvoice(ctx, request), request), request); });
}

} // namespace

void InvoiceResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    // Fixed paths first: "search" and "create_preview" are not invoice ids.
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/invoices/search"), Params{QStringLiteral("query"), QStringLiteral("limit"), QStringLiteral("page")}, [&ctx](const ApiRequest &request) {
        const SearchQuery query = SearchQuery::parse(request.requiredString(QStringLiteral("query")),
                                                     {QStringLiteral("customer"), QStringLiteral("subscription"), QStringLiteral("status"), QStringLiteral("total"),
                                                      QStringLiteral("number"), QStringLiteral("currency"), QStringLiteral("created")});
        return SearchQuery::respond(ctx, QStringLiteral("invoice"), QStringLiteral("/v1/invoices/search"), query, request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create_preview"), InvoicePreview::kParams,
               [&ctx](const ApiRequest &request) { return ctx.respond(InvoicePreview(ctx).build(request), request); });

    // Through InvoiceView: includable fields (payments, confirmation_secret) and the
    // request's API version's shape.
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/invoices/:id"), {}, [&ctx](const ApiRequest &request) {
        return ApiResponse{200, InvoiceView::render(ctx, loadInvoice(ctx, request), request.expand(), request)};
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/invoices"),
               ApiRouter::kListParams + Params{QStringLiteral("collection_method"), QStringLiteral("created"), QStringLiteral("customer"),
                                               QStringLiteral("customer_account"), QStringLiteral("due_date"), QStringLiteral("status"),
                                               QStringLiteral("subscription")},
               [&ctx](const ApiRequest &request) {
                   QList<Condition> conditions;
                   const QList<QPair<QString, QString>> filters{
                       {QStringLiteral("customer"), QStringLiteral("$.customer")},
                       {QStringLiteral("subscription"), QStringLiteral("$.parent.subscription_details.subscription")},
                       {QStringLiteral("status"), QStringLiteral("$.status")},
                       {QStringLiteral("collection_method"), QStringLiteral("$.collection_method")}};
                   for (const auto &[param, path] : filters) {
                       const QString value = request.string(param);
                       if (!value.isEmpty())
                           conditions.append({path, QStringLiteral("="), {value}});
                   }
                   SandboxContext::addCreatedFilter(request, conditions);
                   SandboxContext::addCreatedFilter(request, conditions, QStringLiteral("due_date"));
                   // Listed as retrieved: expand[]=data.payments and the request's API version's shape.
                   return ctx.listObjects(QStringLiteral("invoice"), conditions, QStringLiteral("/v1/invoices"), request,
                                          [&ctx, &request](const QJsonObject &invoice, const QStringList &paths) {
                                              return InvoiceView::render(ctx, invoice, paths, request, QStringLiteral("data."));
                                          });
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices"), kCreateParams, [&ctx](const ApiRequest &request) {
        const QJsonObject invoice = createInvoice(ctx, request);
        ctx.save(invoice);
        ctx.emitEvent(QStringLiteral("invoice.created"), invoice, request);
        return ctx.respond(invoice, request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/:id"), kUpdateParams, [&ctx](const ApiRequest &request) {
        QJsonObject invoice = loadInvoice(ctx, request);
        const QString status = invoice.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("draft")) {
            const QStringList editable = status == QLatin1String("open") || status == QLatin1String("uncollectible")
                ? kEditableWhenOpen : QStringList{QStringLiteral("metadata"), QStringLiteral("expand")};
            for (auto it = request.params.begin(); it != request.params.end(); ++it) {
                if (!editable.contains(it.key()))
                    throw StripeException::invalid(QStringLiteral("Finalized invoices can't be updated in this way"), it.key(),
                                                   QStringLiteral("invoice_not_editable"));
            }
        }
        QJsonObject previous;
        applyFields(ctx, invoice, request, previous);
        Invoicing::setLines(invoice, Invoicing::lines(invoice));
        ctx.save(invoice);
        if (!previous.isEmpty())
            ctx.emitEvent(QStringLiteral("invoice.updated"), invoice, request, previous);
        return ctx.respond(invoice, request);
    });

    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/invoices/:id"), {}, [&ctx](const ApiRequest &request) {
        const QJsonObject invoice = loadInvoice(ctx, request);
        if (invoice.value(QStringLiteral("status")).toString() != QLatin1String("draft"))
            throw StripeException::invalid(QStringLiteral("You can only delete draft invoices."), {}, QStringLiteral("invoice_not_editable"));
        const QString billingReason = invoice.value(QStringLiteral("billing_reason")).toString();
        if (billingReason.startsWith(QLatin1String("subscription")))
            throw StripeException::invalid(QStringLiteral("You can't delete invoices created by subscriptions."), {},
                                           QStringLiteral("invoice_not_editable"));
        // The draft's invoice items go with it.
        const QString id = invoice.value(QStringLiteral("id")).toString();
        for (const QJsonObject &item : ctx.store.all(QStringLiteral("invoiceitem"), {{QStringLiteral("$.invoice"), QStringLiteral("="), {id}}})) {
            ctx.store.remove(item.value(QStringLiteral("id")).toString());
            ctx.emitEvent(QStringLiteral("invoiceitem.deleted"), item, request);
        }
        ctx.store.remove(id);
        ctx.emitEvent(QStringLiteral("invoice.deleted"), invoice, request);
        return ApiResponse{200, {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("invoice")}, {QStringLiteral("deleted"), true}}};
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/invoices/:id/lines"), ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        const QJsonObject invoice = loadInvoice(ctx, request);
        const ApiResponse page = pageOf(Invoicing::lines(invoice), QStringLiteral("/v1/invoices/%1/lines").arg(request.pathArgs.at(0)),
                                        QStringLiteral("line_item"), request);
        QStringList paths;
        for (const QString &path : request.expand()) {
            if (!path.startsWith(QLatin1String("data.")))
                throw StripeException::invalid(QStringLiteral("This property cannot be expanded (%1). You may want to try expanding "
                                                              "'data.%1' instead.").arg(path), QStringLiteral("expand"));
            paths << path.mid(5);
        }
        QJsonObject body = page.body;
        QJsonArray data;
        for (const QJsonValue &line : body.value(QStringLiteral("data")).toArray())
            data.append(ctx.expand(line.toObject(), paths));
        body.insert(QStringLiteral("data"), data);
        return ApiResponse{200, body};
    });

    registerActions(router, ctx);
}

} // namespace sandbox
