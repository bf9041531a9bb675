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

// How objects are rendered: at the version the server pins, or as the original
// guide's account receives them (2023-10-16: periods on the subscription itself,
// an invoice's subscription and its metadata at the top level).
enum class Shape { Pinned, Guide20231016 };
QString apiVersion(Shape shape);

QString userId(int user);
QString customerId(int user);
// A user's subscriptions: the first is sub_bench<n>, a later one (after a new checkout) sub_bench<n>g<k>.
QString subscriptionId(int user, int generation = 0);
// The user a subscription id belongs to, or -1 when it is not one of ours.
int userOfSubscription(const QString &subscriptionId);
// Which of its user's subscriptions it is (0: the first).
int generationOfSubscription(const QString &subscriptionId);

// A subscription object; `status` is active, past_due, canceled, …; the period starts at `periodStart`.
QJsonObject subscription(int user, const QString &status, qint64 periodStart, const QString &latestInvoice, Shape shape = Shape::Pinned,
                         int generation = 0);

// An event envelope around `object` (pretty-printed as Stripe sends it).
QByteArray event(const QString &eventId, const QString &type, qint64 created, const QJsonObject &object,
                 const QJsonObject &previousAttributes = {}, Shape shape = Shape::Pinned);

// invoice.paid's invoice for a renewal of the user's subscription.
QJsonObject paidInvoice(int user, const QString &invoiceId, qint64 periodStart, Shape shape = Shape::Pinned, int generation = 0);
// invoice.payment_failed's: the renewal's first attempt declined, the invoice still open.
QJsonObject failedInvoice(int user, const QString &invoiceId, qint64 periodStart, Shape shape = Shape::Pinned, int generation = 0);
// checkout.session.completed's session: the user subscribed through our Checkout (the guide's way).
QJsonObject checkoutSession(int user, const QString &sessionId, qint64 created, Shape shape = Shape::Pinned, int generation = 0);

} // namespace StripeEventFactory

} // namespace companion::bench
