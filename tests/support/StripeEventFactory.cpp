#include "StripeEventFactory.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <initializer_list>
#include <utility>

namespace companion::bench::StripeEventFactory {

namespace {
constexpr qint64 kAccountCreated = 1700000000; // when the price and the product were made

// Short spellings for the many literal keys below (the project builds with
// QT_NO_CAST_FROM_ASCII, so every literal is converted explicitly, here).
using Fields = std::initializer_list<std::pair<const char *, QJsonValue>>;
QJsonObject object(Fields fields)
{
    QJsonObject out;
    for (const auto &[key, value] : fields)
        out.insert(QLatin1String(key), value);
    return out;
}
QJsonValue text(const char *value)
{
    return QJsonValue(QString::fromUtf8(value));
}
const QJsonValue null; // QJsonValue() is JSON null

QJsonObject price()
{
    return object({{"id", text("price_1PremiumMonthly999usd")}, {"object", text("price")}, {"active", true},
                   {"billing_scheme", text("per_unit")}, {"created", kAccountCreated}, {"currency", text("usd")},
                   {"livemode", false}, {"lookup_key", text("premium_monthly")}, {"metadata", QJsonObject()},
                   {"nickname", text("Premium monthly")}, {"product", text("prod_CoursePremium")},
                   {"recurring", object({{"interval", text("month")}, {"interval_count", 1}, {"usage_type", text("licensed")}})},
                   {"type", text("recurring")}, {"unit_amount", 999}, {"unit_amount_decimal", text("999")}});
}
} // namespace

QString userId(int user)
{
    return QStringLiteral("usr_bench%1").arg(user);
}

QString customerId(int user)
{
    return QStringLiteral("cus_bench%1").arg(user);
}

QString subscriptionId(int user)
{
    return QStringLiteral("sub_bench%1").arg(user);
}

int userOfSubscription(const QString &subscriptionId)
{
    static const QString prefix = QStringLiteral("sub_bench");
    if (!subscriptionId.startsWith(prefix))
        return -1;
    bool ok = false;
    const int user = QStringView(subscriptionId).mid(prefix.size()).toInt(&ok);
    return ok ? user : -1;
}

QJsonObject subscription(int user, const QString &status, qint64 periodStart, const QString &latestInvoice)
{
    const QString id = subscriptionId(user);
    const qint64 started = periodStart - 3 * kMonth;
    const QJsonObject item = object(
        {{"id", QString(QStringLiteral("si_bench") + QString::number(user))}, {"object", text("subscription_item")},
         {"created", started}, {"current_period_end", periodStart + kMonth}, {"current_period_start", periodStart},
         {"discounts", QJsonArray()}, {"metadata", QJsonObject()}, {"price", price()}, {"quantity", 1}, {"subscription", id},
         {"tax_rates", QJsonArray()}});
    return object(
        {{"id", id}, {"object", text("subscription")}, {"application", null},
         {"automatic_tax", object({{"enabled", false}, {"liability", null}})}, {"billing_cycle_anchor", started},
         {"billing_mode", object({{"type", text("flexible")}})}, {"cancel_at", null}, {"cancel_at_period_end", false},
         {"canceled_at", null}, {"cancellation_details", object({{"comment", null}, {"feedback", null}, {"reason", null}})},
         {"collection_method", text("charge_automatically")}, {"created", started}, {"currency", text("usd")},
         {"customer", customerId(user)}, {"default_payment_method", QString(QStringLiteral("pm_bench") + QString::number(user))},
         {"description", null}, {"discounts", QJsonArray()}, {"ended_at", null},
         {"items", object({{"object", text("list")}, {"data", QJsonArray{item}}, {"has_more", false}, {"total_count", 1},
                           {"url", QString(QStringLiteral("/v1/subscription_items?subscription=") + id)}})},
         {"latest_invoice", latestInvoice}, {"livemode", false}, {"metadata", object({{"user_id", userId(user)}})},
         {"pause_collection", null}, {"pending_update", null}, {"schedule", null}, {"start_date", started},
         {"status", status}, {"test_clock", null}, {"trial_end", null}, {"trial_start", null}});
}

QByteArray event(const QString &eventId, const QString &type, qint64 created, const QJsonObject &dataObject,
                 const QJsonObject &previousAttributes)
{
    QJsonObject data = object({{"object", dataObject}});
    if (!previousAttributes.isEmpty())
        data.insert(QStringLiteral("previous_attributes"), previousAttributes);
    const QJsonObject envelope = object(
        {{"id", eventId}, {"object", text("event")}, {"api_version", text("2026-10-28.endive")}, {"created", created},
         {"data", data}, {"livemode", false}, {"pending_webhooks", 1},
         {"request", object({{"id", null}, {"idempotency_key", null}})}, {"type", type}});
    // Qt indents by four spaces, Stripe by two: halve the indentation, as bytes on
    // the wire are what the receiver reads and stores.
    const QByteArray json = QJsonDocument(envelope).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype at = 0; at < json.size();) {
        qsizetype indent = 0;
        while (at + indent < json.size() && json.at(at + indent) == ' ')
            ++indent;
        qsizetype end = json.indexOf('\n', at + indent);
        end = end < 0 ? json.size() : end + 1;
        out.append(indent / 2, ' ');
        out.append(json.constData() + at + indent, end - at - indent);
        at = end;
    }
    return out;
}

QJsonObject paidInvoice(int user, const QString &invoiceId, qint64 periodStart)
{
    const QString sub = subscriptionId(user);
    const QJsonObject line = object(
        {{"id", QString(QStringLiteral("il_") + invoiceId.mid(3))}, {"object", text("line_item")}, {"amount", 999},
         {"currency", text("usd")}, {"description", text("1 × Course Companion Premium (at $9.99 / month)")},
         {"invoice", invoiceId}, {"livemode", false}, {"metadata", QJsonObject()},
         {"parent", object({{"subscription_item_details",
                             object({{"proration", false}, {"subscription", sub},
                                     {"subscription_item", QString(QStringLiteral("si_bench") + QString::number(user))}})},
                            {"type", text("subscription_item_details")}})},
         {"period", object({{"end", periodStart + kMonth}, {"start", periodStart}})},
         {"pricing", object({{"price_details", object({{"price", text("price_1PremiumMonthly999usd")}, {"product", text("prod_CoursePremium")}})},
                             {"type", text("price_details")}})},
         {"quantity", 1}});
    const QString hosted = QStringLiteral("https://invoice.stripe.com/i/acct_bench/test_") + invoiceId;
    return object(
        {{"id", invoiceId}, {"object", text("invoice")}, {"account_country", text("US")}, {"account_name", text("Course Companion")},
         {"amount_due", 999}, {"amount_paid", 999}, {"amount_remaining", 0}, {"attempt_count", 1}, {"attempted", true},
         {"billing_reason", text("subscription_cycle")}, {"collection_method", text("charge_automatically")},
         {"created", periodStart}, {"currency", text("usd")}, {"customer", customerId(user)},
         {"customer_email", QString(QStringLiteral("bench") + QString::number(user) + QStringLiteral("@example.com"))},
         {"hosted_invoice_url", hosted}, {"invoice_pdf", QString(hosted + QStringLiteral("/pdf"))},
         {"lines", object({{"object", text("list")}, {"data", QJsonArray{line}}, {"has_more", false}, {"total_count", 1},
                           {"url", QString(QStringLiteral("/v1/invoices/") + invoiceId + QStringLiteral("/lines"))}})},
         {"livemode", false}, {"metadata", QJsonObject()}, {"number", QString(QStringLiteral("BENCH-") + invoiceId.right(6))},
         {"parent", object({{"subscription_details", object({{"metadata", object({{"user_id", userId(user)}})}, {"subscription", sub}})},
                            {"type", text("subscription_details")}})},
         {"period_end", periodStart}, {"period_start", periodStart - kMonth}, {"status", text("paid")},
         {"status_transitions", object({{"finalized_at", periodStart + 3600}, {"paid_at", periodStart + 3601}})},
         {"subtotal", 999}, {"total", 999}});
}

} // namespace companion::bench::StripeEventFactory
