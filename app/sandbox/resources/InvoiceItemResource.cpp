#include "InvoiceItemResource.h"

#include "ApiRouter.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/InvoiceItems.h"
#include "billing/Invoicing.h"

namespace sandbox {

namespace {

const Params kUpdateParams{QStringLiteral("amount"), QStringLiteral("description"), QStringLiteral("discountable"), QStringLiteral("discounts"),
                           QStringLiteral("metadata"), QStringLiteral("period[start]"), QStringLiteral("period[end]"),
                           QStringLiteral("price_data[currency]"), QStringLiteral("price_data[product]"), QStringLiteral("price_data[tax_behavior]"),
                           QStringLiteral("price_data[unit_amount]"), QStringLiteral("price_data[unit_amount_decimal]"),
                           QStringLiteral("pricing[price]"), QStringLiteral("quantity"), QStringLiteral("quantity_decimal"),
                           QStringLiteral("tax_behavior"), QStringLiteral("tax_code"), QStringLiteral("tax_rates"), QStringLiteral("unit_amount_decimal")};

// Puts the item's line on its draft (or takes it off) and announces the invoice's new amounts.
void syncLine(const SandboxContext &ctx, QJsonObject invoice, const QJsonObject &item, bool remove, const ApiRequest &request)
{
    QJsonObject previous;
    for (const QString &field : {QStringLiteral("amount_due"), QStringLiteral("amount_remaining"), QStringLiteral("subtotal"),
                                 QStringLiteral("subtotal_excluding_tax"), QStringLiteral("total"), QStringLiteral("total_excluding_tax")})
        previous.insert(field, invoice.value(field));
    Invoicing::putItemLine(ctx, invoice, item, remove);
    ctx.save(invoice);
    ctx.emitEvent(QStringLiteral("invoice.updated"), invoice, request, previous);
}

} // namespace

void InvoiceItemResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoiceitems"),
               kUpdateParams + Params{QStringLiteral("currency"), QStringLiteral("customer"), QStringLiteral("customer_account"),
                                      QStringLiteral("invoice"), QStringLiteral("subscription")},
               [&ctx](const ApiRequest &request) {
        const QJsonObject customer = ctx.load(request.requiredString(QStringLiteral("customer")), QStringLiteral("customer"),
                                              QStringLiteral("customer"), QStringLiteral("customer"));
        QJsonObject item = InvoiceItems::create(ctx, customer, request.params);
        const QString subscriptionId = request.string(QStringLiteral("subscription"));
        if (!subscriptionId.isEmpty()) {
            ctx.load(subscriptionId, QStringLiteral("subscription"), QStringLiteral("subscription"), QStringLiteral("subscription"));
            item.insert(QStringLiteral("parent"), QJsonObject{{QStringLiteral("type"), QStringLiteral("subscription_details")},
                                                              {QStringLiteral("subscription_details"),
                                                               QJsonObject{{QStringLiteral("subscription"), subscriptionId}}}});
        }
        const QString invoiceId = request.string(QStringLiteral("invoice"));
        std::optional<QJsonObject> invoice;
        if (!invoiceId.isEmpty()) {
            invoice = Invoicing::editableDraft(ctx, invoiceId, QStringLiteral("invoice"));
            if (invoice->value(QStringLiteral("customer")) != customer.value(QStringLiteral("id")))
                throw StripeException::invalid(QStringLiteral("The invoice %1 belongs to a different customer than %2.")
                                                   .arg(invoiceId, customer.value(QStringLiteral("id")).toString()),
                                               QStringLiteral("invoice"));
            if (invoice->value(QStringLiteral("currency")) != item.value(QStringLiteral("currency")))
                throw StripeException::invalid(QStringLiteral("The currency of the invoice item (%1) must match the currency of the invoice (%2).")
                                                   .arg(item.value(QStringLiteral("currency")).toString(), invoice->value(QStringLiteral("currency")).toString()),
                                               QStringLiteral("currency"));
            item.insert(QStringLiteral("invoice"), invoiceId);
        }
        ctx.save(item);
        ctx.emitEvent(QStringLiteral("invoiceitem.created"), item, request);
        if (invoice)
            syncLine(ctx, *invoice, item, false, request);
        return ctx.respond(item, request);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/invoiceitems/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(ctx.load(request.pathArgs.at(0), QStringLiteral("invoiceitem"), QStringLiteral("invoiceitem")), request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoiceitems/:id"), kUpdateParams + Params{QStringLiteral("invoicing_rules")},
               [&ctx](const ApiRequest &request) {
        QJsonObject item = ctx.load(request.pathArgs.at(0), QStringLiteral("invoiceitem"), QStringLiteral("invoiceitem"));
        const QString invoiceId = item.value(QStringLiteral("invoice")).toString();
        std::optional<QJsonObject> invoice;
        if (!invoiceId.isEmpty())
            invoice = Invoicing::editableDraft(ctx, invoiceId, QStringLiteral("id"));
        InvoiceItems::update(ctx, item, request.params);
        ctx.save(item);
        if (invoice)
            syncLine(ctx, *invoice, item, false, request);
        return ctx.respond(item, request);
    });

    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/invoiceitems/:id"), {}, [&ctx](const ApiRequest &request) {
        const QJsonObject item = ctx.load(request.pathArgs.at(0), QStringLiteral("invoiceitem"), QStringLiteral("invoiceitem"));
        const QString invoiceId = item.value(QStringLiteral("invoice")).toString();
        if (!invoiceId.isEmpty())
            syncLine(ctx, Invoicing::editableDraft(ctx, invoiceId, QStringLiteral("id")), item, true, request);
        ctx.store.remove(item.value(QStringLiteral("id")).toString());
        ctx.emitEvent(QStringLiteral("invoiceitem.deleted"), item, request);
        return ApiResponse{200, {{QStringLiteral("id"), item.value(QStringLiteral("id"))},
                                 {QStringLiteral("object"), QStringLiteral("invoiceitem")},
                                 {QStringLiteral("deleted"), true}}};
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/invoiceitems"),
               ApiRouter::kListParams + Params{QStringLiteral("created"), QStringLiteral("customer"), QStringLiteral("customer_account"),
                                               QStringLiteral("invoice"), QStringLiteral("pending")},
               [&ctx](const ApiRequest &request) {
        QList<Condition> conditions;
        for (const QString &param : {QStringLiteral("customer"), QStringLiteral("invoice")}) {
            const QString value = request.string(param);
            if (!value.isEmpty())
                conditions.append({QStringLiteral("$.") + param, QStringLiteral("="), {value}});
        }
        if (const auto pending = request.boolean(QStringLiteral("pending"))) {
            // Pending: on no invoice yet. A JSON null compares as SQL NULL, so "!= ''" keeps the invoiced ones.
            conditions.append(*pending ? Condition{QStringLiteral("$.invoice"), QStringLiteral("IS NULL"), {}}
                                       : Condition{QStringLiteral("$.invoice"), QStringLiteral("!="), {QString()}});
        }
        // An invoice item has no `created`: the filter reads its `date`.
        QList<Condition> created;
        SandboxContext::addCreatedFilter(request, created);
        for (Condition condition : created) {
            condition.path = QStringLiteral("$.date");
            conditions.append(condition);
        }
        return ctx.listObjects(QStringLiteral("invoiceitem"), conditions, QStringLiteral("/v1/invoiceitems"), request);
    });
}

} // namespace sandbox
