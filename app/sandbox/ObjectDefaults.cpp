#include "ObjectDefaults.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {

namespace {
const QJsonObject &defaults()
{
    static const QJsonObject all = [] {
        QFile file(QStringLiteral(":/sandbox-data/object-defaults.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        return opened ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    return all;
}
// Stripe still sends a subscription item's price in its legacy form, the plan.
QJsonObject planOf(const QJsonObject &price)
{
    const QJsonObject recurring = price.value(QStringLiteral("recurring")).toObject();
    return {
        {QStringLiteral("id"), price.value(QStringLiteral("id"))},
        {QStringLiteral("object"), QStringLiteral("plan")},
        {QStringLiteral("active"), price.value(QStringLiteral("active"))},
        {QStringLiteral("amount"), price.value(QStringLiteral("unit_amount"))},
        {QStringLiteral("amount_decimal"), price.value(QStringLiteral("unit_amount_decimal"))},
        {QStringLiteral("billing_scheme"), price.value(QStringLiteral("billing_scheme"))},
        {QStringLiteral("created"), price.value(QStringLiteral("created"))},
        {QStringLiteral("currency"), price.value(QStringLiteral("currency"))},
        {QStringLiteral("interval"), recurring.value(QStringLiteral("interval"))},
        {QStringLiteral("interval_count"), recurring.value(QStringLiteral("interval_count"))},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), price.value(QStringLiteral("metadata"))},
        {QStringLiteral("meter"), recurring.value(QStringLiteral("meter"))},
        {QStringLiteral("nickname"), price.value(QStringLiteral("nickname"))},
        {QStringLiteral("product"), price.value(QStringLiteral("product"))},
        {QStringLiteral("tiers_mode"), price.value(QStringLiteral("tiers_mode"))},
        {QStringLiteral("transform_usage"), QJsonValue()},
        {QStringLiteral("trial_period_days"), recurring.value(QStringLiteral("trial_period_days"))},
        {QStringLiteral("usage_type"), recurring.value(QStringLiteral("usage_type"))},
    };
}
} // namespace

QJsonObject ObjectDefaults::complete(QJsonObject object)
{
    if (object.value(QStringLiteral("deleted")).toBool())
        return object;
    const QString type = object.value(QStringLiteral("object")).toString();
    if (type == QLatin1String("list")) { // subscription.items, invoice.lines: each item whole too
        QJsonArray items = object.value(QStringLiteral("data")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            items.replace(i, complete(items.at(i).toObject()));
        object.insert(QStringLiteral("data"), items);
        return object;
    }
    if (type == QLatin1String("subscription_item") && !object.contains(QStringLiteral("plan")))
        object.insert(QStringLiteral("plan"), planOf(object.value(QStringLiteral("price")).toObject()));
    const QJsonObject fields = defaults().value(type).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!object.contains(it.key()))
            object.insert(it.key(), it.value());
    }
    // Objects held inside this one (an item's price, an expanded reference).
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject() && it.value().toObject().contains(QStringLiteral("object")))
            it.value() = complete(it.value().toObject());
    }
    return object;
}

} // namespace sandbox
