#include "InvoicePreview.h"

#include "Discounts.h"

#include "Documents.h"
#include "Ids.h"
#include "InvoiceItems.h"
#include "Invoicing.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QDateTime>

namespace sandbox {

namespace {
const QVariantList kRenewing{QStringLiteral("active"), QStringLiteral("trialing"), QStringLiteral("past_due")};

qint64 unitAmount(const QJsonObject &price)
{
    return price.value(QStringLiteral("unit_amount")).toInteger();
}

QJsonObject recurringOf(const QJsonObject &price)
{
    return price.value(QStringLiteral("recurring")).toObject();
}

// "$9.99" as Stripe writes amounts in line descriptions.
QString money(qint64 minor, const QString &currency)
{
    const QString amount = QString::number(double(minor) / 100, 'f', 2);
    if (currency == QLatin1String("usd"))
        return QStringLiteral("$") + amount;
    return amount + u' ' + currency.toUpper();
}

QString dayText(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("dd MMM yyyy"));
}
} // namespace

namespace {
// create_preview's parameters, nested ones named one by one so that a misspelt one is refused.
Params previewParams()
{
    Params params{QStringLiteral("automatic_tax"), QStringLiteral("currency"), QStringLiteral("customer"), QStringLiteral("customer_account"),
                  QStringLiteral("customer_details"), QStringLiteral("discounts"), QStringLiteral("issuer"), QStringLiteral("on_behalf_of"),
                  QStringLiteral("preview_mode"), QStringLiteral("schedule"), QStringLiteral("schedule_details"), QStringLiteral("subscription")};
    for (const char *field : {"amount", "currency", "description", "discountable", "discounts", "invoiceitem", "metadata", "period", "price",
                              "price_data", "quantity", "quantity_decimal", "tax_behavior", "tax_code", "tax_rates", "unit_amount",
                              "unit_amount_decimal"})
        params << QStringLiteral("invoice_items[][%1]").arg(QLatin1String(field));
    for (const char *field : {"billing_cycle_anchor", "billing_mode", "billing_schedules", "cancel_at", "cancel_at_period_end", "cancel_now",
                              "default_tax_rates", "metadata", "pause", "proration_behavior", "proration_date", "resume_at", "start_date",
                              "trial_end"})
        params << QStringLiteral("subscription_details[%1]").arg(QLatin1String(field));
    for (const char *field : {"billing_thresholds", "clear_usage", "current_trial", "deleted", "discounts", "id", "metadata", "plan", "price",
                              "price_data", "quantity", "tax_rates"})
        params << QStringLiteral("subscription_details[items][][%1]").arg(QLatin1String(field));
    return params;
}
} // namespace

const Params InvoicePreview::kParams = previewParams();

InvoicePreview::InvoicePreview(const SandboxContext &context)
    : m_ctx(context)
{
}

QList<InvoicePreview::Item> InvoicePreview::itemsAfterChanges(const QJsonObject &subscription, const QJsonObject &details) const
{
    QList<Item> items;
    for (const QJsonValue &value : subscription.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray()) {
        const QJsonObject item = value.toObject();
        items.append({item.value(QStringLiteral("id")).toString(), item.value(QStringLiteral("price")).toObject(),
                      item.value(QStringLiteral("quantity")).toInteger(1), item, false});
    }
    const QJsonArray changes = details.value(QStringLiteral("items")).toArray();
    for (int i = 0; i < changes.size(); ++i) {
        const QJsonObject change = changes.at(i).toObject();
        const QString prefix = QStringLiteral("subscription_details[items][%1]").arg(i);
        const QString id = change.value(QStringLiteral("id")).toString();
        qsizetype at = -1;
        if (id.isEmpty()) {
            items.append(Item{});
            at = items.size() - 1;
        } else {
            for (qsizetype k = 0; k < items.size() && at < 0; ++k) {
                if (items.at(k).id == id)
                    at = k;
            }
            if (at < 0)
                throw StripeException::notFound(QStringLiteral("subscription item"), id, prefix + QStringLiteral("[id]"));
        }
        Item &target = items[at];
        if (change.value(QStringLiteral("deleted")).toString() == QLatin1String("true")) {
            target.deleted = true;
            continue;
        }
        const QString priceKey = change.contains(QStringLiteral("price")) ? QStringLiteral("price") : QStringLiteral("plan");
        const QString priceId = change.value(priceKey).toString();
        if (!priceId.isEmpty()) {
            const QString param = QStringLiteral("%1[%2]").arg(prefix, priceKey);
            const QJsonObject price = m_ctx.load(priceId, QStringLiteral("price"), QStringLiteral("price"), param);
            if (price.value(QStringLiteral("type")).toString() != QLatin1String("recurring"))
                throw StripeException::invalid(QStringLiteral("The price specified is set to `type=one_time` but this field only accepts "
                                                              "prices with `type=recurring`."), param);
            target.price = price;
        } else if (target.price.isEmpty()) {
            throw StripeException::missingParam(prefix + QStringLiteral("[price]"));
        }
        if (change.contains(QStringLiteral("quantity"))) {
            bool ok = false;
            target.quantity = change.value(QStringLiteral("quantity")).toString().toLongLong(&ok);
            if (!ok || target.quantity < 0)
                throw StripeException::invalid(QStringLiteral("Invalid integer: %1").arg(change.value(QStringLiteral("quantity")).toString()),
                                               prefix + QStringLiteral("[quantity]"), QStringLiteral("parameter_invalid_integer"));
        }
    }
    return items;
}

QJsonObject InvoicePreview::itemLine(const Item &item, const QString &subscriptionId, const QString &invoiceId, qint64 start, qint64 end,
                                     qint64 amount, const QString &description, bool proration) const
{
    const QJsonValue subscription = subscriptionId.isEmpty() ? QJsonValue() : QJsonValue(subscriptionId);
    return {
        {QStringLiteral("id"), m_ctx.ids.next(QStringLiteral("il_tmp_"))},
        {QStringLiteral("object"), QStringLiteral("line_item")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("currency"), item.price.value(QStringLiteral("currency"))},
        {QStringLiteral("description"), description},
        {QStringLiteral("discount_amounts"), QJsonArray()},
        {QStringLiteral("discountable"), !proration},
        {QStringLiteral("discounts"), QJsonArray()},
        {QStringLiteral("invoice"), invoiceId},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("parent"), QJsonObject{{QStringLiteral("type"), QStringLiteral("subscription_item_details")},
                                               {QStringLiteral("invoice_item_details"), QJsonValue()},
                                               {QStringLiteral("subscription_item_details"),
                                                QJsonObject{{QStringLiteral("invoice_item"), QJsonValue()},
                                                            {QStringLiteral("proration"), proration},
                                                            {QStringLiteral("proration_details"), QJsonObject{{QStringLiteral("credited_items"), QJsonValue()}}},
                                                            {QStringLiteral("subscription"), subscription},
                                                            {QStringLiteral("subscription_item"), item.id.isEmpty() ? QJsonValue() : QJsonValue(item.id)}}}}},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("end"), end}, {QStringLiteral("start"), start}}},
        {QStringLiteral("pretax_credit_amounts"), QJsonArray()},
        {QStringLiteral("pricing"), QJsonObject{{QStringLiteral("type"), QStringLiteral("price_details")},
                                                {QStringLiteral("price_details"), QJsonObject{{QStringLiteral("price"), item.price.value(QStringLiteral("id"))},
                                                                                              {QStringLiteral("product"), item.price.value(QStringLiteral("product"))}}},
                                                {QStringLiteral("unit_amount_decimal"), item.price.value(QStringLiteral("unit_amount_decimal"))}}},
        {QStringLiteral("quantity"), item.quantity},
        {QStringLiteral("quantity_decimal"), QString::number(item.quantity)},
        {QStringLiteral("subscription"), subscription},
        {QStringLiteral("subtotal"), amount},
        {QStringLiteral("taxes"), QJsonArray()},
    };
}

QJsonObject InvoicePreview::build(const ApiRequest &request) const
{
    const QJsonObject details = request.object(QStringLiteral("subscription_details"));
    QString subscriptionId = request.string(QStringLiteral("subscription"));
    QString customerId = request.string(QStringLiteral("customer"));
    QJsonObject subscription;
    if (!subscriptionId.isEmpty()) {
        subscription = m_ctx.load(subscriptionId, QStringLiteral("subscription"), QStringLiteral("subscription"), QStringLiteral("subscription"));
        if (customerId.isEmpty())
            customerId = subscription.value(QStringLiteral("customer")).toString();
    } else if (customerId.isEmpty()) {
        throw StripeException::missingParam(QStringLiteral("customer"));
    }
    const QJsonObject customer = m_ctx.load(customerId, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
    const bool newSubscription = subscriptionId.isEmpty() && details.contains(QStringLiteral("items"));
    if (subscriptionId.isEmpty() && !newSubscription) {
        // A customer's preview is that of the subscription renewing next.
        if (const auto next = m_ctx.store.earliest(QStringLiteral("subscription"),
                                                   {{QStringLiteral("$.customer"), QStringLiteral("="), {customerId}},
                                                    {QStringLiteral("$.status"), QStringLiteral("IN"), kRenewing}},
                                                   QStringLiteral("$.items.data[0].current_period_end"))) {
            subscription = *next;
            subscriptionId = next->value(QStringLiteral("id")).toString();
        }
    }

    const qint64 now = m_ctx.clock.now();
    const QString invoiceId = m_ctx.ids.next(QStringLiteral("upcoming_in_"));
    QString currency = request.string(QStringLiteral("currency")).toLower();
    qint64 date = now;
    qint64 periodStart = now;
    qint64 periodEnd = now;
    QJsonArray lines;
    bool billsSubscription = false;

    if (!subscriptionId.isEmpty() || newSubscription) {
        const QList<Item> items = itemsAfterChanges(subscription, details);
        const QString status = subscription.value(QStringLiteral("status")).toString();
        bool cancels = subscription.value(QStringLiteral("cancel_at_period_end")).toBool()
            || status == QLatin1String("canceled") || status == QLatin1String("incomplete_expired");
        if (details.contains(QStringLiteral("cancel_at_period_end")))
            cancels = details.value(QStringLiteral("cancel_at_period_end")).toString() == QLatin1String("true");
        if (details.value(QStringLiteral("cancel_now")).toString() == QLatin1String("true"))
            cancels = true;
        auto describe = [&](const Item &item) {
            const auto product = m_ctx.store.get(item.price.value(QStringLiteral("product")).toString());
            const QString name = product ? product->value(QStringLiteral("name")).toString() : item.price.value(QStringLiteral("product")).toString();
            return QStringLiteral("%1 × %2").arg(item.quantity).arg(name);
        };
        auto fullLine = [&](const Item &item, qint64 start) {
            const qint64 end = Documents::addInterval(start, recurringOf(item.price));
            const qint64 amount = unitAmount(item.price) * item.quantity;
            lines.append(itemLine(item, subscriptionId, invoiceId, start, end, amount,
                                  QStringLiteral("%1 (at %2 / %3)").arg(describe(item), money(unitAmount(item.price), item.price.value(QStringLiteral("currency")).toString()),
                                                                        recurringOf(item.price).value(QStringLiteral("interval")).toString()),
                                  false));
            return end;
        };
        if (newSubscription) {
            if (const auto start = request.object(QStringLiteral("subscription_details")).value(QStringLiteral("start_date")); start.isString())
                date = start.toString().toLongLong();
            periodStart = periodEnd = date;
            for (const Item &item : items)
                fullLine(item, date);
            billsSubscription = true;
        } else if (!cancels) {
            const QJsonObject first = Documents::firstItem(subscription);
            const qint64 currentStart = first.value(QStringLiteral("current_period_start")).toInteger();
            const qint64 currentEnd = first.value(QStringLiteral("current_period_end")).toInteger();
            // Changes take effect now: the time left is credited at the old price and charged at the new.
            const QString behavior = details.value(QStringLiteral("proration_behavior")).toString(QStringLiteral("create_prorations"));
            qint64 prorationDate = details.contains(QStringLiteral("proration_date"))
                ? details.value(QStringLiteral("proration_date")).toString().toLongLong() : now;
            prorationDate = qBound(currentStart, prorationDate, currentEnd);
            if (behavior != QLatin1String("none") && status != QLatin1String("trialing") && currentEnd > currentStart && prorationDate < currentEnd) {
                const double left = double(currentEnd - prorationDate) / double(currentEnd - currentStart);
                for (const Item &item : items) {
                    Item before = item;
                    if (!item.was.isEmpty()) {
                        before.price = item.was.value(QStringLiteral("price")).toObject();
                        before.quantity = item.was.value(QStringLiteral("quantity")).toInteger(1);
                    }
                    const bool changed = item.was.isEmpty() || item.deleted
                        || before.price.value(QStringLiteral("id")) != item.price.value(QStringLiteral("id")) || before.quantity != item.quantity;
                    if (!changed)
                        continue;
                    if (!item.was.isEmpty())
                        lines.append(itemLine(before, subscriptionId, invoiceId, prorationDate, currentEnd,
                                              -qRound64(double(unitAmount(before.price) * before.quantity) * left),
                                              QStringLiteral("Unused time on %1 after %2").arg(describe(before), dayText(prorationDate)), true));
                    if (!item.deleted)
                        lines.append(itemLine(item, subscriptionId, invoiceId, prorationDate, currentEnd,
                                              qRound64(double(unitAmount(item.price) * item.quantity) * left),
                                              QStringLiteral("Remaining time on %1 after %2").arg(describe(item), dayText(prorationDate)), true));
                }
            }
            // The next period, billed when the current one ends (as the sandbox's renewals do).
            date = periodStart = currentEnd;
            periodEnd = currentEnd;
            for (const Item &item : items) {
                if (!item.deleted)
                    periodEnd = qMax(periodEnd, fullLine(item, currentEnd));
            }
            billsSubscription = true;
        }
        if (currency.isEmpty())
            currency = subscription.value(QStringLiteral("currency")).toString(items.isEmpty() ? QString() : items.first().price.value(QStringLiteral("currency")).toString());
    }
    if (currency.isEmpty())
        currency = customer.value(QStringLiteral("currency")).toString(QStringLiteral("usd"));

    // The customer's pending items join it, then the request's invoice_items (new, or changing a pending one).
    QJsonArray itemLines;
    for (const QJsonObject &item : Invoicing::pendingItems(m_ctx, customerId, subscriptionId, true)) {
        if (item.value(QStringLiteral("currency")).toString() == currency)
            itemLines.append(Invoicing::itemLine(item, invoiceId, m_ctx.ids.next(QStringLiteral("il_tmp_"))));
    }
    const QJsonArray requested = request.params.value(QStringLiteral("invoice_items")).toArray();
    for (int i = 0; i < requested.size(); ++i) {
        const QString prefix = QStringLiteral("invoice_items[%1]").arg(i);
        QJsonObject spec = requested.at(i).toObject();
        if (!spec.contains(QStringLiteral("currency")))
            spec.insert(QStringLiteral("currency"), currency);
        const QString existing = spec.value(QStringLiteral("invoiceitem")).toString();
        if (existing.isEmpty()) {
            itemLines.append(Invoicing::itemLine(InvoiceItems::create(m_ctx, customer, spec, prefix), invoiceId, m_ctx.ids.next(QStringLiteral("il_tmp_"))));
            continue;
        }
        QJsonObject item = m_ctx.load(existing, QStringLiteral("invoiceitem"), QStringLiteral("invoiceitem"), prefix + QStringLiteral("[invoiceitem]"));
        spec.remove(QStringLiteral("invoiceitem"));
        InvoiceItems::update(m_ctx, item, spec, prefix);
        bool replaced = false;
        for (qsizetype k = 0; k < itemLines.size(); ++k) {
            const QJsonObject line = itemLines.at(k).toObject();
            if (line.value(QStringLiteral("parent")).toObject().value(QStringLiteral("invoice_item_details")).toObject()
                    .value(QStringLiteral("invoice_item")).toString() == existing) {
                itemLines.replace(k, Invoicing::itemLine(item, invoiceId, line.value(QStringLiteral("id")).toString()));
                replaced = true;
            }
        }
        if (!replaced)
            itemLines.append(Invoicing::itemLine(item, invoiceId, m_ctx.ids.next(QStringLiteral("il_tmp_"))));
    }
    for (const QJsonValue &line : itemLines)
        lines.append(line);
    if (!billsSubscription && itemLines.isEmpty())
        throw StripeException::invalid(QStringLiteral("No upcoming invoices for customer: %1").arg(customerId), {},
                                       QStringLiteral("invoice_upcoming_none"));

    QJsonObject invoice = Invoicing::draft(m_ctx, invoiceId, customer, currency);
    invoice.insert(QStringLiteral("billing_reason"), QStringLiteral("upcoming"));
    invoice.insert(QStringLiteral("created"), date);
    invoice.insert(QStringLiteral("period_start"), periodStart);
    invoice.insert(QStringLiteral("period_end"), periodEnd);
    if (!subscriptionId.isEmpty()) {
        invoice.insert(QStringLiteral("collection_method"), subscription.value(QStringLiteral("collection_method")));
        invoice.insert(QStringLiteral("parent"), QJsonObject{{QStringLiteral("type"), QStringLiteral("subscription_details")},
                                                             {QStringLiteral("quote_details"), QJsonValue()},
                                                             {QStringLiteral("subscription_details"),
                                                              QJsonObject{{QStringLiteral("metadata"), subscription.value(QStringLiteral("metadata"))},
                                                                          {QStringLiteral("subscription"), subscriptionId}}}});
    }
    Invoicing::setLines(invoice, lines);
    if (!subscriptionId.isEmpty() && billsSubscription) {
        // Priced as the renewal will be: the subscription's (else the customer's) discounts
        // still running then, without a `once` one the last invoice used.
        invoice = Discounts(m_ctx).applyToInvoice(invoice, Discounts(m_ctx).withoutUsedOnce(subscription), customer);
    }
    return invoice;
}

} // namespace sandbox
