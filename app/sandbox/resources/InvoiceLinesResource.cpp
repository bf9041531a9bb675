#include "InvoiceLinesResource.h"

#include "ApiRouter.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/InvoiceItems.h"
#include "billing/Invoicing.h"

#include <QJsonArray>

namespace sandbox {

namespace {

// What a line's item takes, as add_lines, update_lines and the line update name them.
const QStringList kLineFields{QStringLiteral("amount"), QStringLiteral("description"), QStringLiteral("discountable"),
                              QStringLiteral("discounts"), QStringLiteral("metadata"), QStringLiteral("period"),
                              QStringLiteral("price_data"), QStringLiteral("pricing"), QStringLiteral("quantity"),
                              QStringLiteral("quantity_decimal"), QStringLiteral("tax_amounts"), QStringLiteral("tax_rates")};

Params linesParams(const QStringList &fields)
{
    Params params{QStringLiteral("invoice_metadata")};
    for (const QString &field : fields)
        params << QStringLiteral("lines[][%1]").arg(field);
    return params;
}

QJsonArray requiredLines(const ApiRequest &request)
{
    const QJsonArray lines = request.params.value(QStringLiteral("lines")).toArray();
    if (lines.isEmpty())
        throw StripeException::missingParam(QStringLiteral("lines"));
    return lines;
}

// The invoice item behind line `lineId`, refusing other lines.
QJsonObject itemBehind(const SandboxContext &ctx, const QJsonObject &invoice, const QString &lineId, const QString &param)
{
    const QString itemId = Invoicing::itemOfLine(invoice, lineId);
    if (itemId.isEmpty()) {
        const bool exists = [&] {
            for (const QJsonValue &line : Invoicing::lines(invoice)) {
                if (line.toObject().value(QStringLiteral("id")).toString() == lineId)
                    return true;
            }
            return false;
        }();
        if (!exists)
            throw StripeException::notFound(QStringLiteral("invoice line item"), lineId, param);
        throw StripeException::invalid(QStringLiteral("Only lines of invoice items can be changed through the invoice; line %1 "
                                                      "comes from a subscription.").arg(lineId), param);
    }
    return ctx.load(itemId, QStringLiteral("invoiceitem"), QStringLiteral("invoiceitem"), param);
}

// Saves the draft after its lines changed (invoice_metadata too) and announces it.
ApiResponse saveChanged(const SandboxContext &ctx, QJsonObject invoice, const QJsonObject &before, const ApiRequest &request)
{
    if (request.has(QStringLiteral("invoice_metadata")))
        invoice.insert(QStringLiteral("metadata"), mergeMetadata(invoice.value(QStringLiteral("metadata")).toObject(),
                                                                 request.params.value(QStringLiteral("invoice_metadata")),
                                                                 QStringLiteral("invoice_metadata")));
    QJsonObject previous;
    for (const QString &field : {QStringLiteral("amount_due"), QStringLiteral("amount_remaining"), QStringLiteral("subtotal"),
                                 QStringLiteral("subtotal_excluding_tax"), QStringLiteral("total"), QStringLiteral("total_excluding_tax"),
                                 QStringLiteral("metadata")}) {
        if (before.value(field) != invoice.value(field))
            previous.insert(field, before.value(field));
    }
    ctx.save(invoice);
    ctx.emitEvent(QStringLiteral("invoice.updated"), invoice, request, previous);
    return ctx.respond(invoice, request);
}

} // namespace

void InvoiceLinesResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/:id/add_lines"), linesParams(kLineFields + QStringList{QStringLiteral("invoice_item")}),
               [&ctx](const ApiRequest &request) {
        const QJsonObject before = Invoicing::editableDraft(ctx, request.pathArgs.at(0), QStringLiteral("id"));
        QJsonObject invoice = before;
        const QJsonObject customer = ctx.load(invoice.value(QStringLiteral("customer")).toString(), QStringLiteral("customer"),
                                              QStringLiteral("customer"), QStringLiteral("customer"));
        const QJsonArray lines = requiredLines(request);
        for (int i = 0; i < lines.size(); ++i) {
            const QString prefix = QStringLiteral("lines[%1]").arg(i);
            QJsonObject spec = lines.at(i).toObject();
            const QString existing = spec.value(QStringLiteral("invoice_item")).toString();
            QJsonObject item;
            if (!existing.isEmpty()) {
                // A pending item of the same customer joins the draft.
                item = ctx.load(existing, QStringLiteral("invoiceitem"), QStringLiteral("invoiceitem"), prefix + QStringLiteral("[invoice_item]"));
                if (!item.value(QStringLiteral("invoice")).isNull() || item.value(QStringLiteral("customer")) != invoice.value(QStringLiteral("customer")))
                    throw StripeException::invalid(QStringLiteral("The invoice item %1 is not a pending invoice item of customer %2.")
                                                       .arg(existing, invoice.value(QStringLiteral("customer")).toString()),
                                                   prefix + QStringLiteral("[invoice_item]"));
                spec.remove(QStringLiteral("invoice_item"));
                if (!spec.isEmpty())
                    InvoiceItems::update(ctx, item, spec, prefix);
            } else {
                if (!spec.contains(QStringLiteral("currency")))
                    spec.insert(QStringLiteral("currency"), invoice.value(QStringLiteral("currency")));
                item = InvoiceItems::create(ctx, customer, spec, prefix);
            }
            if (item.value(QStringLiteral("currency")) != invoice.value(QStringLiteral("currency")))
                throw StripeException::invalid(QStringLiteral("The currency of the invoice item (%1) must match the currency of the invoice (%2).")
                                                   .arg(item.value(QStringLiteral("currency")).toString(), invoice.value(QStringLiteral("currency")).toString()),
                                               prefix);
            item.insert(QStringLiteral("invoice"), invoice.value(QStringLiteral("id")));
            ctx.save(item);
            if (existing.isEmpty())
                ctx.emitEvent(QStringLiteral("invoiceitem.created"), item, request);
            Invoicing::putItemLine(ctx, invoice, item);
        }
        return saveChanged(ctx, invoice, before, request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/:id/remove_lines"),
               linesParams({QStringLiteral("id"), QStringLiteral("behavior")}), [&ctx](const ApiRequest &request) {
        const QJsonObject before = Invoicing::editableDraft(ctx, request.pathArgs.at(0), QStringLiteral("id"));
        QJsonObject invoice = before;
        const QJsonArray lines = requiredLines(request);
        for (int i = 0; i < lines.size(); ++i) {
            const QString prefix = QStringLiteral("lines[%1]").arg(i);
            const QJsonObject spec = lines.at(i).toObject();
            const QString lineId = spec.value(QStringLiteral("id")).toString();
            if (lineId.isEmpty())
                throw StripeException::missingParam(prefix + QStringLiteral("[id]"));
            const QString behavior = spec.value(QStringLiteral("behavior")).toString();
            if (behavior.isEmpty())
                throw StripeException::missingParam(prefix + QStringLiteral("[behavior]"));
            if (behavior != QLatin1String("delete") && behavior != QLatin1String("unassign"))
                throw StripeException::invalid(QStringLiteral("Invalid %1[behavior]: must be one of delete or unassign").arg(prefix),
                                               prefix + QStringLiteral("[behavior]"));
            QJsonObject item = itemBehind(ctx, invoice, lineId, prefix + QStringLiteral("[id]"));
            Invoicing::putItemLine(ctx, invoice, item, true);
            if (behavior == QLatin1String("delete")) {
                ctx.store.remove(item.value(QStringLiteral("id")).toString());
                ctx.emitEvent(QStringLiteral("invoiceitem.deleted"), item, request);
            } else { // back to pending, for the customer's next invoice
                item.insert(QStringLiteral("invoice"), QJsonValue());
                ctx.save(item);
            }
        }
        return saveChanged(ctx, invoice, before, request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/:id/update_lines"), linesParams(kLineFields + QStringList{QStringLiteral("id")}),
               [&ctx](const ApiRequest &request) {
        const QJsonObject before = Invoicing::editableDraft(ctx, request.pathArgs.at(0), QStringLiteral("id"));
        QJsonObject invoice = before;
        const QJsonArray lines = requiredLines(request);
        for (int i = 0; i < lines.size(); ++i) {
            const QString prefix = QStringLiteral("lines[%1]").arg(i);
            QJsonObject spec = lines.at(i).toObject();
            const QString lineId = spec.value(QStringLiteral("id")).toString();
            if (lineId.isEmpty())
                throw StripeException::missingParam(prefix + QStringLiteral("[id]"));
            spec.remove(QStringLiteral("id"));
            QJsonObject item = itemBehind(ctx, invoice, lineId, prefix + QStringLiteral("[id]"));
            InvoiceItems::update(ctx, item, spec, prefix);
            ctx.save(item);
            Invoicing::putItemLine(ctx, invoice, item);
        }
        return saveChanged(ctx, invoice, before, request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/invoices/:invoice/lines/:id"), kLineFields, [&ctx](const ApiRequest &request) {
        const QJsonObject before = Invoicing::editableDraft(ctx, request.pathArgs.at(0), QStringLiteral("invoice"));
        QJsonObject invoice = before;
        const QString lineId = request.pathArgs.at(1);
        QJsonObject item = itemBehind(ctx, invoice, lineId, QStringLiteral("id"));
        InvoiceItems::update(ctx, item, request.params);
        ctx.save(item);
        Invoicing::putItemLine(ctx, invoice, item);
        saveChanged(ctx, invoice, before, request);
        for (const QJsonValue &line : Invoicing::lines(invoice)) {
            if (line.toObject().value(QStringLiteral("id")).toString() == lineId)
                return ctx.respond(line.toObject(), request);
        }
        throw StripeException::notFound(QStringLiteral("invoice line item"), lineId);
    });
}

} // namespace sandbox
