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

// The legacy `plan` Stripe still renders beside the price.
QJsonObject plan()
{
    return object({{"id", text("price_1PremiumMonthly999usd")}, {"object", text("plan")}, {"active", true}, {"amount", 999},
                   {"amount_decimal", text("999")}, {"billing_scheme", text("per_unit")}, {"created", kAccountCreated},
                   {"currency", text("usd")}, {"interval", text("month")}, {"interval_count", 1}, {"livemode", false},
                   {"metadata", QJsonObject()}, {"meter", null}, {"nickname", text("Premium monthly")},
                   {"product", text("prod_CoursePremium")}, {"tiers_mode", null}, {"transform_usage", null},
                   {"trial_period_days", null}, {"usage_type", text("licensed")}});
}

QString email(int user)
{
    return QStringLiteral("bench%1@example.com").arg(user);
}
} // namespace

QString apiVersion(Shape shape)
{
    return shape == Shape::Pinned ? QStringLiteral("2026-10-28.endive") : QStringLiteral("2023-10-16");
}

QString userId(int user)
{
    return QStringLiteral("usr_bench%1").arg(user);
}

QString customerId(int user)
{
    return QStringLiteral("cus_bench%1").arg(user);
}

QString subscriptionId(int user, int generation)
{
    return generation == 0 ? QStringLiteral("sub_bench%1").arg(user) : QStringLiteral("sub_bench%1g%2").arg(user).arg(generation);
}

int userOfSubscription(const QString &subscriptionId)
{
    static const QString prefix = QStringLiteral("sub_bench");
    if (!subscriptionId.startsWith(prefix))
        return -1;
    QStringView digits = QStringView(subscriptionId).mid(prefix.size());
    if (const qsizetype g = digits.indexOf(u'g'); g >= 0)
        digits = digits.left(g);
    bool ok = false;
    const int user = digits.toInt(&ok);
    return ok ? user : -1;
}

int generationOfSubscription(const QString &subscriptionId)
{
    const qsizetype g = subscriptionId.lastIndexOf(u'g');
    return g > 0 && subscriptionId.startsWith(QLatin1String("sub_bench")) ? QStringView(subscriptionId).mid(g + 1).toInt() : 0;
}

QJsonObject subscription(int user, const QString &status, qint64 periodStart, const QString &latestInvoice, Shape shape, int generation)
{
    const QString id = subscriptionId(user, generation);
    const qint64 started = periodStart - 3 * kMonth;
    const bool pinned = shape == Shape::Pinned;
    const bool ended = status == QLatin1String("canceled");
    QJsonObject item = object(
        {{"id", QString(QStringLiteral("si_bench") + QString::number(user))}, {"object", text("subscription_item")},
         {"billing_thresholds", null}, {"created", started}, {"discounts", QJsonArray()}, {"metadata", QJsonObject()},
         {"plan", plan()}, {"price", price()}, {"quantity", 1}, {"subscription", id}, {"tax_rates", QJsonArray()}});
    QJsonObject out = object(
        {{"id", id}, {"object", text("subscription")}, {"application", null}, {"application_fee_percent", null},
         {"automatic_tax", object({{"enabled", false}, {"liability", null}})}, {"billing_cycle_anchor", started},
         {"billing_cycle_anchor_config", null}, {"billing_thresholds", null}, {"cancel_at", null}, {"cancel_at_period_end", false},
         {"canceled_at", ended ? QJsonValue(periodStart + 86400) : null},
         {"cancellation_details", object({{"comment", null}, {"feedback", null}, {"reason", ended ? text("cancellation_requested") : null}})},
         {"collection_method", text("charge_automatically")}, {"created", started}, {"currency", text("usd")},
         {"customer", customerId(user)}, {"days_until_due", null}, {"default_payment_method", QString(QStringLiteral("pm_bench") + QString::number(user))},
         {"default_source", null}, {"default_tax_rates", QJsonArray()}, {"description", null}, {"discounts", QJsonArray()},
         {"ended_at", ended ? QJsonValue(periodStart + 86400) : null}, {"invoice_settings", object({{"account_tax_ids", null}, {"issuer", object({{"type", text("self")}})}})},
         {"latest_invoice", latestInvoice}, {"livemode", false}, {"metadata", object({{"user_id", userId(user)}})},
         {"next_pending_invoice_item_invoice", null}, {"on_behalf_of", null}, {"pause_collection", null},
         {"payment_settings", object({{"payment_method_options", null}, {"payment_method_types", null},
                                      {"save_default_payment_method", text("off")}})},
         {"pending_invoice_item_interval", null}, {"pending_setup_intent", null}, {"pending_update", null}, {"schedule", null},
         {"start_date", started}, {"status", status}, {"test_clock", null}, {"transfer_data", null},
         {"trial_end", null}, {"trial_settings", object({{"end_behavior", object({{"missing_payment_method", text("create_invoice")}})}})},
         {"trial_start", null}});
    if (pinned) {
        // basil and later: the period lives on each item.
        item.insert(QStringLiteral("current_period_start"), periodStart);
        item.insert(QStringLiteral("current_period_end"), periodStart + kMonth);
        out.insert(QStringLiteral("billing_mode"), object({{"type", text("flexible")}}));
    } else {
        out.insert(QStringLiteral("current_period_start"), periodStart);
        out.insert(QStringLiteral("current_period_end"), periodStart + kMonth);
        out.insert(QStringLiteral("plan"), plan());
        out.insert(QStringLiteral("quantity"), 1);
        out.insert(QStringLiteral("discount"), null);
    }
    out.insert(QStringLiteral("items"), object({{"object", text("list")}, {"data", QJsonArray{item}}, {"has_more", false}, {"total_count", 1},
                                               {"url", QString(QStringLiteral("/v1/subscription_items?subscription=") + id)}}));
    return out;
}

QByteArray event(const QString &eventId, const QString &type, qint64 created, const QJsonObject &dataObject,
                 const QJsonObject &previousAttributes, Shape shape)
{
    QJsonObject data = object({{"object", dataObject}});
    if (!previousAttributes.isEmpty())
        data.insert(QStringLiteral("previous_attributes"), previousAttributes);
    const QJsonObject envelope = object(
        {{"id", eventId}, {"object", text("event")}, {"api_version", apiVersion(shape)}, {"created", created},
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

namespace {
QJsonObject invoice(int user, const QString &invoiceId, qint64 periodStart, Shape shape, int generation, bool paid)
{
    const QString sub = subscriptionId(user, generation);
    const bool pinned = shape == Shape::Pinned;
    const QJsonObject metadata = object({{"user_id", userId(user)}});
    QJsonObject line = object(
        {{"id", QString(QStringLiteral("il_") + invoiceId.mid(3))}, {"object", text("line_item")}, {"amount", 999},
         {"currency", text("usd")}, {"description", text("1 × Course Companion Premium (at $9.99 / month)")},
         {"discount_amounts", QJsonArray()}, {"discountable", true}, {"discounts", QJsonArray()},
         {"invoice", invoiceId}, {"livemode", false}, {"metadata", QJsonObject()},
         {"period", object({{"end", periodStart + kMonth}, {"start", periodStart}})}, {"quantity", 1}, {"taxes", QJsonArray()}});
    if (pinned) {
        line.insert(QStringLiteral("parent"), object({{"subscription_item_details",
                                                       object({{"proration", false}, {"subscription", sub},
                                                               {"subscription_item", QString(QStringLiteral("si_bench") + QString::number(user))}})},
                                                      {"type", text("subscription_item_details")}}));
        line.insert(QStringLiteral("pricing"), object({{"price_details", object({{"price", text("price_1PremiumMonthly999usd")},
                                                                                  {"product", text("prod_CoursePremium")}})},
                                                        {"type", text("price_details")}}));
    } else {
        line.insert(QStringLiteral("plan"), plan());
        line.insert(QStringLiteral("price"), price());
        line.insert(QStringLiteral("proration"), false);
        line.insert(QStringLiteral("subscription"), sub);
        line.insert(QStringLiteral("subscription_item"), QString(QStringLiteral("si_bench") + QString::number(user)));
        line.insert(QStringLiteral("type"), text("subscription"));
    }
    const QString hosted = QStringLiteral("https://invoice.stripe.com/i/acct_bench/test_") + invoiceId;
    QJsonObject out = object(
        {{"id", invoiceId}, {"object", text("invoice")}, {"account_country", text("US")}, {"account_name", text("Course Companion")},
         {"amount_due", 999}, {"amount_paid", paid ? 999 : 0}, {"amount_remaining", paid ? 0 : 999}, {"attempt_count", 1}, {"attempted", true},
         {"auto_advance", !paid}, {"billing_reason", text("subscription_cycle")}, {"collection_method", text("charge_automatically")},
         {"created", periodStart}, {"currency", text("usd")}, {"customer", customerId(user)},
         {"customer_address", null}, {"customer_email", email(user)}, {"customer_name", null}, {"customer_phone", null},
         {"customer_tax_exempt", text("none")}, {"default_payment_method", null}, {"description", null}, {"discounts", QJsonArray()},
         {"due_date", null}, {"ending_balance", 0}, {"footer", null},
         {"hosted_invoice_url", hosted}, {"invoice_pdf", QString(hosted + QStringLiteral("/pdf"))},
         {"lines", object({{"object", text("list")}, {"data", QJsonArray{line}}, {"has_more", false}, {"total_count", 1},
                           {"url", QString(QStringLiteral("/v1/invoices/") + invoiceId + QStringLiteral("/lines"))}})},
         {"livemode", false}, {"metadata", QJsonObject()},
         {"next_payment_attempt", paid ? null : QJsonValue(periodStart + 3 * 86400)},
         {"number", QString(QStringLiteral("BENCH-") + invoiceId.right(6))}, {"paid", paid}, {"paid_out_of_band", false},
         {"period_end", periodStart}, {"period_start", periodStart - kMonth}, {"receipt_number", null}, {"starting_balance", 0},
         {"statement_descriptor", null}, {"status", paid ? text("paid") : text("open")},
         {"status_transitions", object({{"finalized_at", periodStart + 3600}, {"marked_uncollectible_at", null},
                                        {"paid_at", paid ? QJsonValue(periodStart + 3601) : null}, {"voided_at", null}})},
         {"subtotal", 999}, {"subtotal_excluding_tax", 999}, {"total", 999}, {"total_discount_amounts", QJsonArray()},
         {"total_excluding_tax", 999}, {"webhooks_delivered_at", periodStart + 3600}});
    if (pinned) {
        out.insert(QStringLiteral("parent"), object({{"quote_details", null},
                                                     {"subscription_details", object({{"metadata", metadata}, {"subscription", sub}})},
                                                     {"type", text("subscription_details")}}));
    } else {
        out.insert(QStringLiteral("subscription"), sub);
        out.insert(QStringLiteral("subscription_details"), object({{"metadata", metadata}}));
        out.insert(QStringLiteral("charge"), QString(QStringLiteral("ch_") + invoiceId.mid(3)));
        out.insert(QStringLiteral("payment_intent"), QString(QStringLiteral("pi_") + invoiceId.mid(3)));
    }
    return out;
}
} // namespace

QJsonObject paidInvoice(int user, const QString &invoiceId, qint64 periodStart, Shape shape, int generation)
{
    return invoice(user, invoiceId, periodStart, shape, generation, true);
}

QJsonObject failedInvoice(int user, const QString &invoiceId, qint64 periodStart, Shape shape, int generation)
{
    return invoice(user, invoiceId, periodStart, shape, generation, false);
}

QJsonObject checkoutSession(int user, const QString &sessionId, qint64 created, Shape shape, int generation)
{
    Q_UNUSED(shape) // a session renders alike in both versions, as far as this backend reads it
    const QString sub = subscriptionId(user, generation);
    return object(
        {{"id", sessionId}, {"object", text("checkout.session")}, {"adaptive_pricing", object({{"enabled", false}})},
         {"after_expiration", null}, {"allow_promotion_codes", null}, {"amount_subtotal", 999}, {"amount_total", 999},
         {"automatic_tax", object({{"enabled", false}, {"liability", null}, {"status", null}})}, {"billing_address_collection", null},
         {"cancel_url", text("https://course.example.com/premium?canceled=1")}, {"client_reference_id", userId(user)},
         {"client_secret", null}, {"consent", null}, {"consent_collection", null}, {"created", created}, {"currency", text("usd")},
         {"currency_conversion", null}, {"custom_fields", QJsonArray()},
         {"custom_text", object({{"after_submit", null}, {"shipping_address", null}, {"submit", null}, {"terms_of_service_acceptance", null}})},
         {"customer", customerId(user)}, {"customer_creation", text("always")},
         {"customer_details", object({{"address", object({{"city", null}, {"country", text("US")}, {"line1", null}, {"line2", null},
                                                          {"postal_code", text("94107")}, {"state", null}})},
                                      {"email", email(user)}, {"name", text("Bench Learner")}, {"phone", null},
                                      {"tax_exempt", text("none")}, {"tax_ids", QJsonArray()}})},
         {"customer_email", null}, {"discounts", QJsonArray()}, {"expires_at", created + 86400}, {"invoice", text("in_first")},
         {"invoice_creation", null}, {"livemode", false}, {"locale", null}, {"metadata", object({{"user_id", userId(user)}})},
         {"mode", text("subscription")}, {"payment_intent", null}, {"payment_link", null},
         {"payment_method_collection", text("always")}, {"payment_method_configuration_details", null},
         {"payment_method_options", object({{"card", object({{"request_three_d_secure", text("automatic")}})}})},
         {"payment_method_types", QJsonArray{text("card")}}, {"payment_status", text("paid")},
         {"phone_number_collection", object({{"enabled", false}})}, {"recovered_from", null}, {"saved_payment_method_options", null},
         {"setup_intent", null}, {"shipping_address_collection", null}, {"shipping_cost", null}, {"shipping_details", null},
         {"shipping_options", QJsonArray()}, {"status", text("complete")}, {"submit_type", null}, {"subscription", sub},
         {"success_url", text("https://course.example.com/premium?session_id={CHECKOUT_SESSION_ID}")},
         {"total_details", object({{"amount_discount", 0}, {"amount_shipping", 0}, {"amount_tax", 0}})}, {"ui_mode", text("hosted")},
         {"url", null}});
}

} // namespace companion::bench::StripeEventFactory
