#pragma once

#include "Entitlement.h"

#include <QJsonObject>
#include <QString>

namespace companion::billing {

// Reading Stripe objects in every shape our pinned version or an older endpoint
// may send (basil moved periods onto items and invoice.subscription under parent).
namespace StripeObjects {

// An expandable reference: the id whether it arrived as "id" or as an object.
QString idOf(const QJsonValue &value);

// Subscription: current_period_end from the object (pre-basil) or its items (basil+).
qint64 currentPeriodEnd(const QJsonObject &subscription);
qint64 currentPeriodStart(const QJsonObject &subscription);
SubscriptionState subscriptionState(const QJsonObject &subscription);
QJsonObject firstPrice(const QJsonObject &subscription);
// "month", "year", …: the first price's recurring interval (or a plan's, pre-prices).
QString billingInterval(const QJsonObject &subscription);

// Dispute: what it takes from the balance now: the amount (given back once won) and Stripe's fee (kept).
struct DisputeCost {
    qint64 amount = 0;
    qint64 fee = 0;
};
DisputeCost disputeCost(const QJsonObject &dispute);

// Invoice: subscription id from invoice.subscription, parent.subscription_details or its lines.
QString invoiceSubscription(const QJsonObject &invoice);

// What an event's subscription or invoice lacks that our mirror needs, e.g.
// "customer, currency"; empty when nothing. Such an event is kept as failed with
// this reason instead of failing in the database, which would answer Stripe 503
// and have it retry the same event for days. (A subscription without status is a
// thin payload, not a gap: Stripe is asked for its state, customer and all.)
QString subscriptionGaps(const QJsonObject &subscription);
QString invoiceGaps(const QJsonObject &invoice);

} // namespace StripeObjects

} // namespace companion::billing
