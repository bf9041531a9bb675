#include "StripeObjects.h"

#include <QJsonArray>

namespace companion::billing::StripeObjects {

namespace {
QJsonArray items(const QJsonObject &subscription)
{
    return subscription.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray();
}

bool isText(const QJsonObject &object, const QString &key)
{
    return !object.value(key).toString().isEmpty();
}

qint64 fromItems(const QJsonObject &subscription, const QString &field, bool earliest)
{
    qint64 out = 0;
    for (const QJsonValue &item : items(subscription)) {
        const qint64 v = item.toObject().value(field).toInteger();
        if (v > 0 && (out == 0 || (earliest ? v < out : v > out)))
            out = v;
    }
    return out;
}
} // namespace

QString idOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(QStringLiteral("id")).toString() : value.toString();
}

qint64 currentPeriodEnd(const QJsonObject &subscription)
{
    const qint64 top = subscription.value(QStringLiteral("current_period_end")).toInteger();
    // reference §4: periodEnd = sub.current_period_end ?? min(items[*].current_period_end)
    return top > 0 ? top : fromItems(subscription, QStringLiteral("current_period_end"), true);
}

qint64 currentPeriodStart(const QJsonObject &subscription)
{
    const qint64 top = subscription.value(QStringLiteral("current_period_start")).toInteger();
    return top > 0 ? top : fromItems(subscription, QStringLiteral("current_period_start"), false);
}

QJsonObject firstPrice(const QJsonObject &subscription)
{
    const QJsonArray list = items(subscription);
    if (!list.isEmpty())
        return list.first().toObject().value(QStringLiteral("price")).toObject();
    return subscription.value(QStringLiteral("plan")).toObject(); // very old shape
}

SubscriptionState subscriptionState(const QJsonObject &subscription)
{
    SubscriptionState s;
    s.id = subscription.value(QStringLiteral("id")).toString();
    s.status = subscription.value(QStringLiteral("status")).toString();
    s.currentPeriodEnd = currentPeriodEnd(subscription);
    s.cancelAtPeriodEnd = subscription.value(QStringLiteral("cancel_at_period_end")).toBool();
    s.cancelAt = subscription.value(QStringLiteral("cancel_at")).toInteger();
    s.endedAt = subscription.value(QStringLiteral("ended_at")).toInteger();
    return s;
}

DisputeCost disputeCost(const QJsonObject &dispute)
{
    DisputeCost cost;
    // The balance transactions say it exactly: a withdrawal with Stripe's dispute fee,
    // and when won a reversal of the amount (the fee stays with Stripe, since 2025).
    // Without them, the disputed amount, or nothing once won.
    const QJsonArray txns = dispute.value(QStringLiteral("balance_transactions")).toArray();
    if (txns.isEmpty()) {
        if (dispute.value(QStringLiteral("status")).toString() != QLatin1String("won"))
            cost.amount = dispute.value(QStringLiteral("amount")).toInteger();
        return cost;
    }
    for (const QJsonValue &t : txns) {
        cost.amount -= t.toObject().value(QStringLiteral("amount")).toInteger();
        cost.fee += t.toObject().value(QStringLiteral("fee")).toInteger();
    }
    return cost;
}

QString invoiceSubscription(const QJsonObject &invoice)
{
    QString id = idOf(invoice.value(QStringLiteral("subscription")));
    if (id.isEmpty()) {
        id = idOf(invoice.value(QStringLiteral("parent")).toObject().value(QStringLiteral("subscription_details")).toObject()
                      .value(QStringLiteral("subscription")));
    }
    if (id.isEmpty()) {
        const QJsonArray lines = invoice.value(QStringLiteral("lines")).toObject().value(QStringLiteral("data")).toArray();
        if (!lines.isEmpty()) {
            const QJsonObject line = lines.first().toObject();
            id = idOf(line.value(QStringLiteral("subscription")));
            if (id.isEmpty())
                id = idOf(line.value(QStringLiteral("parent")).toObject().value(QStringLiteral("subscription_item_details")).toObject()
                              .value(QStringLiteral("subscription")));
        }
    }
    return id;
}

QString billingInterval(const QJsonObject &subscription)
{
    const QJsonObject price = firstPrice(subscription);
    return price.value(QStringLiteral("recurring")).toObject().value(QStringLiteral("interval")).toString(
        price.value(QStringLiteral("interval")).toString());
}

QString subscriptionGaps(const QJsonObject &subscription)
{
    QStringList missing;
    if (!subscription.value(QStringLiteral("id")).toString().startsWith(QLatin1String("sub_")))
        missing << QStringLiteral("id");
    // A thin payload (no status) is completed from Stripe; a full one must be whole.
    const bool full = subscription.contains(QStringLiteral("status"));
    if (full && idOf(subscription.value(QStringLiteral("customer"))).isEmpty())
        missing << QStringLiteral("customer");
    if (full && !isText(subscription, QStringLiteral("status")))
        missing << QStringLiteral("status");
    static const QStringList intervals{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year")};
    const QString interval = billingInterval(subscription);
    if (!interval.isEmpty() && !intervals.contains(interval))
        missing << QStringLiteral("price interval");
    return missing.join(QStringLiteral(", "));
}

QString invoiceGaps(const QJsonObject &invoice)
{
    QStringList missing;
    if (!invoice.value(QStringLiteral("id")).toString().startsWith(QLatin1String("in_")))
        missing << QStringLiteral("id");
    for (const QString &key : {QStringLiteral("status"), QStringLiteral("currency")})
        if (!isText(invoice, key))
            missing << key;
    return missing.join(QStringLiteral(", "));
}

} // namespace companion::billing::StripeObjects
