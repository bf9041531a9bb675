#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace companion::bench {

// Stripe objects the way the API version the server pins renders them (basil and
// later: periods on the subscription items, an invoice's subscription under
// parent.subscription_details), with the fields a real delivery carries, so bodies
// weigh what Stripe's do (2–3 KB) and the server parses what it will parse in
// production. Benchmark user n is usr_bench<n>, customer cus_bench<n>, and has at
// most one subscription, sub_bench<n>, so the fake Stripe API can answer for any
// subscription from its id alone.
namespace StripeEventFactory {

constexpr qint64 kMonth = 30 * 86400; // a billing period

QString userId(int user);
QString customerId(int user);
QString subscriptionId(int user);
// The user a subscription id belongs to, or -1 when it is not one of ours.
int userOfSubscription(const QString &subscriptionId);

// A subscription object; `status` is active, past_due, …; the period starts at `periodStart`.
QJsonObject subscription(int user, const QString &status, qint64 periodStart, const QString &latestInvoice);

// An event envelope around `object` (pretty-printed as Stripe sends it).
QByteArray event(const QString &eventId, const QString &type, qint64 created, const QJsonObject &object,
                 const QJsonObject &previousAttributes = {});

// invoice.paid's invoice for a renewal of the user's subscription.
QJsonObject paidInvoice(int user, const QString &invoiceId, qint64 periodStart);

} // namespace StripeEventFactory

} // namespace companion::bench
