#include "InvoiceItems.h"

#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QJsonArray>

#include <optional>

namespace sandbox::InvoiceItems {

namespace {
QString nameOf(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : QStringLiteral("%1[%2]").arg(prefix, key);
}

std::optional<qint64> integerOf(const QJsonObject &spec, const QString &key, const QString &prefix)
{
    if (!spec.contains(key))
        return std::nullopt;
    bool ok = false;
    const qint64 value = spec.value(key).toString().toLongLong(&ok);
    if (!ok)
        throw StripeException::invalid(QStringLiteral("Invalid integer: %1").arg(spec.value(key).toString()), nameOf(prefix, key),
                                       QStringLiteral("parameter_invalid_integer"));
    return value;
}

std::optional<double> decimalOf(const QJsonObject &spec, const QString &key, const QString &prefix)
{
    if (!spec.contains(key))
        return std::nullopt;
    bool ok = false;
    const double value = spec.value(key).toString().toDouble(&ok);
    if (!ok)
        throw StripeException::invalid(QStringLiteral("Invalid decimal: %1").arg(spec.value(key).toString()), nameOf(prefix, key));
    return value;
}

// Stripe's decimal strings: "999", "12.5".
QString decimalText(double value)
{
    QString text = QString::number(value, 'f', 12);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text;
}

QString requiredCurrency(const QJsonObject &spec, const QJsonObject &item, const QString &prefix)
{
    const QString currency = spec.value(QStringLiteral("currency")).toString(item.value(QStringLiteral("currency")).toString()).toLower();
    if (currency.isEmpty())
        throw StripeException::missingParam(nameOf(prefix, QStringLiteral("currency")));
    return currency;
}
} // namespace

QJsonObject create(const SandboxContext &ctx, const QJsonObject &customer, const QJsonObject &spec, const QString &prefix)
{
    const qint64 now = ctx.clock.now();
    QJsonObject item{
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("ii_"))},
        {QStringLiteral("object"), QStringLiteral("invoiceitem")},
        {QStringLiteral("customer"), customer.value(QStringLiteral("id"))},
        {QStringLiteral("customer_account"), QJsonValue()},
        {QStringLiteral("date"), now},
        {QStringLiteral("description"), QJsonValue()},
        {QStringLiteral("discounts"), QJsonArray()},
        {QStringLiteral("invoice"), QJsonValue()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("parent"), QJsonValue()},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("end"), now}, {QStringLiteral("start"), now}}},
        {QStringLiteral("pricing"), QJsonValue()},
        {QStringLiteral("proration"), false},
        {QStringLiteral("quantity"), 1},
        {QStringLiteral("tax_rates"), QJsonArray()},
        {QStringLiteral("test_clock"), QJsonValue()},
    };
    update(ctx, item, spec, prefix);
    if (!spec.contains(QStringLiteral("discountable"))) // credits are not discounted
        item.insert(QStringLiteral("discountable"), item.value(QStringLiteral("amount")).toInteger() >= 0);
    return item;
}

void update(const SandboxContext &ctx, QJsonObject &item, const QJsonObject &spec, const QString &prefix)
{
    const qint64 quantity = integerOf(spec, QStringLiteral("quantity"), prefix).value_or(item.value(QStringLiteral("quantity")).toInteger(1));
    if (quantity < 0)
        throw StripeException::invalid(QStringLiteral("Quantity must be a non-negative integer."), nameOf(prefix, QStringLiteral("quantity")));
    // The price: pricing[price] (price in previews' invoice_items), price_data, or a bare unit amount.
    QString priceId = spec.value(QStringLiteral("pricing")).toObject().value(QStringLiteral("price")).toString();
    QString priceParam = nameOf(nameOf(prefix, QStringLiteral("pricing")), QStringLiteral("price"));
    if (priceId.isEmpty() && spec.value(QStringLiteral("price")).isString()) {
        priceId = spec.value(QStringLiteral("price")).toString();
        priceParam = nameOf(prefix, QStringLiteral("price"));
    }
    const std::optional<qint64> amount = integerOf(spec, QStringLiteral("amount"), prefix);
    std::optional<double> unit;
    if (!priceId.isEmpty()) {
        const QJsonObject price = ctx.load(priceId, QStringLiteral("price"), QStringLiteral("price"), priceParam);
        if (price.value(QStringLiteral("type")).toString() == QLatin1String("recurring"))
            throw StripeException::invalid(QStringLiteral("The price specified is set to `type=recurring` but this field only accepts "
                                                          "prices with `type=one_time`."), priceParam);
        unit = double(price.value(QStringLiteral("unit_amount")).toInteger());
        item.insert(QStringLiteral("currency"), price.value(QStringLiteral("currency")));
        item.insert(QStringLiteral("pricing"), QJsonObject{{QStringLiteral("type"), QStringLiteral("price_details")},
                                                           {QStringLiteral("price_details"),
                                                            QJsonObject{{QStringLiteral("price"), priceId},
                                                                        {QStringLiteral("product"), price.value(QStringLiteral("product"))}}},
                                                           {QStringLiteral("unit_amount_decimal"), decimalText(*unit)}});
        if (item.value(QStringLiteral("description")).isNull() && !spec.contains(QStringLiteral("description"))) {
            const auto product = ctx.store.get(price.value(QStringLiteral("product")).toString());
            if (product)
                item.insert(QStringLiteral("description"), product->value(QStringLiteral("name")));
        }
    } else if (spec.contains(QStringLiteral("price_data"))) {
        const QString dataPrefix = nameOf(prefix, QStringLiteral("price_data"));
        const QJsonObject data = spec.value(QStringLiteral("price_data")).toObject();
        const QString productId = data.value(QStringLiteral("product")).toString();
        if (productId.isEmpty())
            throw StripeException::missingParam(nameOf(dataPrefix, QStringLiteral("product")));
        const QJsonObject product = ctx.load(productId, QStringLiteral("product"), QStringLiteral("product"), nameOf(dataPrefix, QStringLiteral("product")));
        unit = decimalOf(data, QStringLiteral("unit_amount_decimal"), dataPrefix);
        if (const auto whole = integerOf(data, QStringLiteral("unit_amount"), dataPrefix))
            unit = double(*whole);
        if (!unit)
            throw StripeException::missingParam(nameOf(dataPrefix, QStringLiteral("unit_amount")));
        item.insert(QStringLiteral("currency"), requiredCurrency(data, QJsonObject(), dataPrefix));
        item.insert(QStringLiteral("pricing"), QJsonObject{{QStringLiteral("type"), QStringLiteral("price_details")},
                                                           {QStringLiteral("unit_amount_decimal"), decimalText(*unit)}});
        if (item.value(QStringLiteral("description")).isNull() && !spec.contains(QStringLiteral("description")))
            item.insert(QStringLiteral("description"), product.value(QStringLiteral("name")));
    } else if (spec.contains(QStringLiteral("unit_amount")) || spec.contains(QStringLiteral("unit_amount_decimal"))) {
        unit = decimalOf(spec, QStringLiteral("unit_amount_decimal"), prefix);
        if (const auto whole = integerOf(spec, QStringLiteral("unit_amount"), prefix))
            unit = double(*whole);
        item.insert(QStringLiteral("currency"), requiredCurrency(spec, item, prefix));
        item.insert(QStringLiteral("pricing"), QJsonObject{{QStringLiteral("type"), QStringLiteral("price_details")},
                                                           {QStringLiteral("unit_amount_decimal"), decimalText(*unit)}});
    } else if (amount) {
        item.insert(QStringLiteral("currency"), requiredCurrency(spec, item, prefix));
        item.insert(QStringLiteral("pricing"), QJsonObject{{QStringLiteral("type"), QStringLiteral("price_details")},
                                                           {QStringLiteral("unit_amount_decimal"),
                                                            decimalText(quantity > 0 ? double(*amount) / double(quantity) : double(*amount))}});
    } else if (item.value(QStringLiteral("pricing")).isObject()) {
        unit = item.value(QStringLiteral("pricing")).toObject().value(QStringLiteral("unit_amount_decimal")).toString().toDouble();
    } else {
        throw StripeException::invalid(QStringLiteral("You must specify either `amount`, `pricing[price]`, `price_data` or "
                                                      "`unit_amount_decimal`."), nameOf(prefix, QStringLiteral("amount")),
                                       QStringLiteral("parameter_missing"));
    }
    item.insert(QStringLiteral("amount"), amount && !spec.contains(QStringLiteral("pricing")) && !spec.contains(QStringLiteral("price_data"))
                                                  && !spec.contains(QStringLiteral("price"))
                                              ? *amount : qRound64(unit.value_or(0) * double(quantity)));
    item.insert(QStringLiteral("quantity"), quantity);
    item.insert(QStringLiteral("quantity_decimal"), QString::number(quantity));
    if (spec.contains(QStringLiteral("description")))
        item.insert(QStringLiteral("description"), spec.value(QStringLiteral("description")).toString().isEmpty()
                                                       ? QJsonValue() : spec.value(QStringLiteral("description")));
    if (spec.contains(QStringLiteral("discountable")))
        item.insert(QStringLiteral("discountable"), spec.value(QStringLiteral("discountable")).toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    if (spec.contains(QStringLiteral("period"))) {
        const QJsonObject period = spec.value(QStringLiteral("period")).toObject();
        const QString periodPrefix = nameOf(prefix, QStringLiteral("period"));
        const auto start = integerOf(period, QStringLiteral("start"), periodPrefix);
        const auto end = integerOf(period, QStringLiteral("end"), periodPrefix);
        if (!start)
            throw StripeException::missingParam(nameOf(periodPrefix, QStringLiteral("start")));
        if (!end)
            throw StripeException::missingParam(nameOf(periodPrefix, QStringLiteral("end")));
        if (*end < *start)
            throw StripeException::invalid(QStringLiteral("The period end must be after the period start."), nameOf(periodPrefix, QStringLiteral("end")));
        item.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("end"), *end}, {QStringLiteral("start"), *start}});
    }
    item.insert(QStringLiteral("metadata"), mergeMetadata(item.value(QStringLiteral("metadata")).toObject(), spec.value(QStringLiteral("metadata")),
                                                          nameOf(prefix, QStringLiteral("metadata"))));
}

} // namespace sandbox::InvoiceItems
