#pragma once

#include "Entitlement.h"

#include <QString>

class QSqlQuery;

namespace companion::billing {

// Our copy of one Stripe subscription, as the desk shows it.
struct SubscriptionRecord {
    QString id;
    QString customerId;
    QString status;
    QString priceId;
    QString interval;       // month, year, …
    int intervalCount = 1;
    qint64 amount = 0;      // per interval, minor units
    QString currency;
    qint64 created = 0;
    qint64 currentPeriodStart = 0;
    qint64 currentPeriodEnd = 0;
    bool cancelAtPeriodEnd = false;
    qint64 cancelAt = 0;
    qint64 canceledAt = 0;
    qint64 endedAt = 0;
    bool livemode = false;
    SubscriptionState state() const { return {id, status, currentPeriodEnd, cancelAtPeriodEnd, cancelAt, endedAt}; }
};

// The columns readSubscription() expects, prefixed with `alias.` (e.g. "s").
QString subscriptionColumns(const QString &alias);
// Reads those columns starting at `first`.
SubscriptionRecord readSubscription(const QSqlQuery &query, int first = 0);
constexpr int kSubscriptionRecordColumns = 16;

} // namespace companion::billing
