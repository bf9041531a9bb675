#include "Invoicing.h"

#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <optional>

namespace sandbox::Invoicing {

namespace {
QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() || (value.isString() && value.toString().isEmpty()) ? QJsonValue() : value;
}
} // namespace

QString hostedUrl(const SandboxContext &ctx, const QString &invoiceId)
{
    return ctx.baseUrl + QStringLiteral("/i/") + invoiceId;
}

QString pdfUrl(const SandboxContext &ctx, const QString &invoiceId)
{
    return ctx.baseUrl + QStringLiteral("/i/") + invoiceId + QStringLiteral("/pdf");
}

QJsonObject draft(const SandboxContext &ctx, const QString &id, const QJsonObject &customer, const QString &currency)
{
    const qint64 now = ctx.clock.now();
    QJsonObject invoice{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("invoice")},
        {QStringLiteral("account_country"), QStringLiteral("US")},
        {QStringLiteral("account_name"), QStringLiteral("Course Companion")},
        {QStringLiteral("account_tax_ids"), QJsonValue()},
        {QStringLiteral("amount_due"), 0},
        {QStringLiteral("amount_overpaid"), 0},
        {QStringLiteral("amount_paid"), 0},
        {QStringLiteral("amount_remaining"), 0},
        {QStringLiteral("amount_shipping"), 0},
        {QStringLiteral("application"), QJsonValue()},
        {QStringLiteral("attempt_count"), 0},
        {QStringLiteral("attempted"), false},
        {QStringLiteral("auto_advance"), false},
        {QStringLiteral("automatic_tax"), QJsonObject{{QStringLiteral("disabled_reason"), QJsonValue()},
                                                      {QStringLiteral("enabled"), false},
                                                      {QStringLiteral("liability"), QJsonValue()},
                                                      {QStringLiteral("provider"), QJsonValue()},
                                                      {QStringLiteral("status"), QJsonValue()}}},
        {QStringLiteral("automatically_finalizes_at"), QJsonValue()},
        {QStringLiteral("billing_reason"), QStringLiteral("manual")},
        {QStringLiteral("collection_method"), QStringLiteral("charge_automatically")},
        {QStringLiteral("created"), now},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("custom_fields"), QJsonValue()},
        {QStringLiteral("customer"), customer.value(QStringLiteral("id"))},
        {QStringLiteral("customer_account"), QJsonValue()},
        {QStringLiteral("customer_address"), orNull(customer.value(QStringLiteral("address")))},
        {QStringLiteral("customer_email"), orNull(customer.value(QStringLiteral("email")))},
        {QStringLiteral("customer_name"), orNull(customer.value(QStringLiteral("name")))},
        {QStringLiteral("customer_phone"), orNull(customer.value(QStringLiteral("phone")))},
        {QStringLiteral("customer_shipping"), orNull(customer.value(QStringLiteral("shipping")))},
        {QStringLiteral("customer_tax_exempt"), customer.value(QStringLiteral("tax_exempt")).toString(QStringLiteral("none"))},
        {QStringLiteral("customer_tax_ids"), QJsonArray()},
        {QStringLiteral("default_payment_method"), QJsonValue()},
        {QStringLiteral("default_source"), QJsonValue()},
        {QStringLiteral("default_tax_rates"), QJsonArray()},
        {QStringLiteral("description"), QJsonValue()},
        {QStringLiteral("discounts"), QJsonArray()},
        {QStringLiteral("due_date"), QJsonValue()},
        {QStringLiteral("effective_at"), QJsonValue()},
        {QStringLiteral("ending_balance"), QJsonValue()},
        {QStringLiteral("footer"), QJsonValue()},
        {QStringLiteral("from_invoice"), QJsonValue()},
        {QStringLiteral("hosted_invoice_url"), QJsonValue()},
        {QStringLiteral("invoice_pdf"), QJsonValue()},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("type"), QStringLiteral("self")}}},
        {QStringLiteral("last_finalization_error"), QJsonValue()},
        {QStringLiteral("latest_revision"), QJsonValue()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("next_payment_attempt"), QJsonValue()},
        {QStringLiteral("number"), QJsonValue()},
        {QStringLiteral("on_behalf_of"), QJsonValue()},
        {QStringLiteral("parent"), QJsonValue()},
        {QStringLiteral("payment_settings"), QJsonObject{{QStringLiteral("default_mandate"), QJsonValue()},
                                                         {QStringLiteral("payment_method_options"), QJsonValue()},
                                                         {QStringLiteral("payment_method_types"), QJsonValue()}}},
        {QStringLiteral("period_end"), now},
        {QStringLiteral("period_start"), now},
        {QStringLiteral("post_payment_credit_notes_amount"), 0},
        {QStringLiteral("pre_payment_credit_notes_amount"), 0},
        {QStringLiteral("receipt_number"), QJsonValue()},
        {QStringLiteral("rendering"), QJsonObject{{QStringLiteral("amount_tax_display"), QJsonValue()},
                                                  {QStringLiteral("pdf"), QJsonObject{{QStringLiteral("page_size"), QStringLiteral("auto")}}},
                                                  {QStringLiteral("template"), QJsonValue()},
                                                  {QStringLiteral("template_version"), QJsonValue()}}},
        {QStringLiteral("shipping_cost"), QJsonValue()},
        {QStringLiteral("shipping_details"), QJsonValue()},
        {QStringLiteral("starting_balance"), 0},
        {QStringLiteral("statement_descriptor"), QJsonValue()},
        {QStringLiteral("status"), QStringLiteral("draft")},
        {QStringLiteral("status_transitions"), QJsonObject{{QStringLiteral("finalized_at"), QJsonValue()},
                                                           {QStringLiteral("marked_uncollectible_at"), QJsonValue()},
                                                           {QStringLiteral("paid_at"), QJsonValue()},
                                                           {QStringLiteral("voided_at"), QJsonValue()}}},
        {QStringLiteral("test_clock"), QJsonValue()},
        {QStringLiteral("total_discount_amounts"), QJsonArray()},
        {QStringLiteral("total_pretax_credit_amounts"), QJsonArray()},
        {QStringLiteral("total_taxes"), QJsonArray()},
        {QStringLiteral("webhooks_delivered_at"), QJsonValue()},
    };
    setLines(invoice, {});
    return invoice;
}

QJsonObject itemLine(const QJsonObject &item, const QString &invoiceId, const QString &lineId)
{
    const QJsonObject parent = item.value(QStringLiteral("parent")).toObject();
    const QJsonValue subscription = parent.value(QStringLiteral("subscription_details")).toObject().value(QStringLiteral("subscription"));
    return {
        {QStringLiteral("id"), lineId},
        {QStringLiteral("object"), QStringLiteral("line_item")},
        {QStringLiteral("amount"), item.value(QStringLiteral("amount"))},
        {QStringLiteral("currency"), item.value(QStringLiteral("currency"))},
        {QStringLiteral("description"), item.value(QStringLiteral("description"))},
        {QStringLiteral("discount_amounts"), QJsonArray()},
        {QStringLiteral("discountable"), item.value(QStringLiteral("discountable"))},
        {QStringLiteral("discounts"), QJsonArray()},
        {QStringLiteral("invoice"), orNull(invoiceId)},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), item.value(QStringLiteral("metadata"))},
        {QStringLiteral("parent"), QJsonObject{{QStringLiteral("type"), QStringLiteral("invoice_item_details")},
                                               {QStringLiteral("invoice_item_details"),
                                                QJsonObject{{QStringLiteral("invoice_item"), item.value(QStringLiteral("id"))},
                                                            {QStringLiteral("proration"), item.value(QStringLiteral("proration")).toBool()},
                                                            {QStringLiteral("proration_details"),
                                                             QJsonObject{{QStringLiteral("credited_items"), QJsonValue()}}},
                                                            {QStringLiteral("subscription"), orNull(subscription)}}},
                                               {QStringLiteral("subscription_item_details"), QJsonValue()}}},
        {QStringLiteral("period"), item.value(QStringLiteral("period"))},
        {QStringLiteral("pretax_credit_amounts"), QJsonArray()},
        {QStringLiteral("pricing"), item.value(QStringLiteral("pricing"))},
        {QStringLiteral("quantity"), item.value(QStringLiteral("quantity"))},
        {QStringLiteral("quantity_decimal"), item.value(QStringLiteral("quantity_decimal"))},
        {QStringLiteral("subscription"), orNull(subscription)},
        {QStringLiteral("subtotal"), item.value(QStringLiteral("amount"))},
        {QStringLiteral("taxes"), QJsonArray()},
    };
}

namespace {
QString itemOf(const QJsonObject &line)
{
    return line.value(QStringLiteral("parent")).toObject().value(QStringLiteral("invoice_item_details")).toObject()
        .value(QStringLiteral("invoice_item")).toString();
}
} // namespace

QJsonObject editableDraft(const SandboxContext &ctx, const QString &invoiceId, const QString &param)
{
    const QJsonObject invoice = ctx.load(invoiceId, QStringLiteral("invoice"), QStringLiteral("invoice"), param);
    if (invoice.value(QStringLiteral("status")).toString() != QLatin1String("draft"))
        throw StripeException::invalid(QStringLiteral("The invoice %1 can no longer be edited. Instead, consider creating additional "
                                                      "invoice items that will be applied to the next invoice.").arg(invoiceId),
                                       param, QStringLiteral("invoice_not_editable"));
    return invoice;
}

void putItemLine(const SandboxContext &ctx, QJsonObject &invoice, const QJsonObject &item, bool remove)
{
    const QString itemId = item.value(QStringLiteral("id")).toString();
    const QString invoiceId = invoice.value(QStringLiteral("id")).toString();
    QJsonArray kept;
    bool found = false;
    for (const QJsonValue &value : lines(invoice)) {
        const QJsonObject line = value.toObject();
        if (itemOf(line) != itemId) {
            kept.append(line);
        } else if (!remove) {
            kept.append(itemLine(item, invoiceId, line.value(QStringLiteral("id")).toString()));
            found = true;
        }
    }
    if (!remove && !found)
        kept.append(itemLine(item, invoiceId, ctx.ids.next(QStringLiteral("il_"))));
    setLines(invoice, kept);
}

QString itemOfLine(const QJsonObject &invoice, const QString &lineId)
{
    for (const QJsonValue &value : lines(invoice)) {
        if (value.toObject().value(QStringLiteral("id")).toString() == lineId)
            return itemOf(value.toObject());
    }
    return {};
}

QJsonArray lines(const QJsonObject &invoice)
{
    const QJsonValue all = invoice.value(QStringLiteral("_lines"));
    return all.isArray() ? all.toArray() : invoice.value(QStringLiteral("lines")).toObject().value(QStringLiteral("data")).toArray();
}

void setLines(QJsonObject &invoice, const QJsonArray &lines)
{
    qint64 subtotal = 0;
    QJsonArray shown;
    for (const QJsonValue &line : lines) {
        subtotal += line.toObject().value(QStringLiteral("amount")).toInteger();
        if (shown.size() < kEmbeddedLines)
            shown.append(line);
    }
    qint64 discount = 0;
    for (const QJsonValue &amount : invoice.value(QStringLiteral("total_discount_amounts")).toArray())
        discount += amount.toObject().value(QStringLiteral("amount")).toInteger();
    const qint64 total = subtotal - discount;
    const qint64 due = qMax<qint64>(0, total + invoice.value(QStringLiteral("starting_balance")).toInteger());
    invoice.insert(QStringLiteral("_lines"), lines);
    invoice.insert(QStringLiteral("lines"), QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                        {QStringLiteral("data"), shown},
                                                        {QStringLiteral("has_more"), lines.size() > shown.size()},
                                                        {QStringLiteral("total_count"), lines.size()},
                                                        {QStringLiteral("url"), QStringLiteral("/v1/invoices/%1/lines")
                                                                                    .arg(invoice.value(QStringLiteral("id")).toString())}});
    invoice.insert(QStringLiteral("subtotal"), subtotal);
    invoice.insert(QStringLiteral("subtotal_excluding_tax"), subtotal);
    invoice.insert(QStringLiteral("total"), total);
    invoice.insert(QStringLiteral("total_excluding_tax"), total);
    invoice.insert(QStringLiteral("amount_due"), due);
    invoice.insert(QStringLiteral("amount_remaining"), qMax<qint64>(0, due - invoice.value(QStringLiteral("amount_paid")).toInteger()));
}

QList<QJsonObject> pendingItems(const SandboxContext &ctx, const QString &customerId, const QString &subscriptionId, bool withUnassigned)
{
    QList<QJsonObject> items;
    const auto all = ctx.store.all(QStringLiteral("invoiceitem"), {{QStringLiteral("$.customer"), QStringLiteral("="), {customerId}},
                                                                   {QStringLiteral("$.invoice"), QStringLiteral("IS NULL"), {}}});
    for (const QJsonObject &item : all) {
        const QString meantFor = item.value(QStringLiteral("parent")).toObject().value(QStringLiteral("subscription_details"))
                                     .toObject().value(QStringLiteral("subscription")).toString();
        if (meantFor == subscriptionId || (withUnassigned && meantFor.isEmpty()))
            items.append(item); // oldest first, the order they were added in
    }
    return items;
}

void pullPendingItems(const SandboxContext &ctx, QJsonObject &invoice, const QString &subscriptionId, bool withUnassigned)
{
    const QString invoiceId = invoice.value(QStringLiteral("id")).toString();
    QJsonArray all = lines(invoice);
    for (QJsonObject item : pendingItems(ctx, invoice.value(QStringLiteral("customer")).toString(), subscriptionId, withUnassigned)) {
        if (item.value(QStringLiteral("currency")) != invoice.value(QStringLiteral("currency")))
            continue; // an invoice is in one currency; the item waits for one in its own
        item.insert(QStringLiteral("invoice"), invoiceId);
        ctx.save(item);
        all.append(itemLine(item, invoiceId, ctx.ids.next(QStringLiteral("il_"))));
    }
    setLines(invoice, all);
}

QString defaultPaymentMethod(const SandboxContext &ctx, const QJsonObject &invoice)
{
    const QString own = invoice.value(QStringLiteral("default_payment_method")).toString();
    if (!own.isEmpty())
        return own;
    const QString subId = invoice.value(QStringLiteral("parent")).toObject().value(QStringLiteral("subscription_details"))
                              .toObject().value(QStringLiteral("subscription")).toString();
    if (const auto sub = subId.isEmpty() ? std::nullopt : ctx.store.get(subId)) {
        const QString method = sub->value(QStringLiteral("default_payment_method")).toString();
        if (!method.isEmpty())
            return method;
    }
    const auto customer = ctx.store.get(invoice.value(QStringLiteral("customer")).toString());
    return customer ? customer->value(QStringLiteral("invoice_settings")).toObject().value(QStringLiteral("default_payment_method")).toString()
                    : QString();
}

} // namespace sandbox::Invoicing
