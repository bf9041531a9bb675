#include "CheckoutResource.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/CheckoutFlow.h"

#include <QJsonArray>
#include <QUrl>

namespace sandbox {

namespace {

constexpr qint64 kDefaultLifetime = 24 * 3600;

QString requiredUrl(const ApiRequest &request, const QString &key, bool required)
{
    const QString url = request.string(key);
    if (url.isEmpty()) {
        if (required)
            throw StripeException::missingParam(key);
        return {};
    }
    // Stripe's {CHECKOUT_SESSION_ID} template is not valid URL syntax by itself.
    const QUrl parsed(QString(url).replace(QStringLiteral("{CHECKOUT_SESSION_ID}"), QStringLiteral("cs_test_x")), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        throw StripeException::invalid(QStringLiteral("Not a valid URL"), key, QStringLiteral("url_invalid"));
    return url;
}

QJsonArray lineItems(const SandboxContext &ctx, const ApiRequest &request, const QString &mode, qint64 *total, QString *currency)
{
    const QJsonArray requested = request.params.value(QStringLiteral("line_items")).toArray();
    if (requested.isEmpty())
        throw StripeException::missingParam(QStringLiteral("line_items"));
    QJsonArray items;
    for (int i = 0; i < requested.size(); ++i) {
        const QJsonObject entry = requested.at(i).toObject();
        const QString param = QStringLiteral("line_items[%1][price]").arg(i);
        const QString priceId = entry.value(QStringLiteral("price")).toString();
        if (priceId.isEmpty())
            throw StripeException::missingParam(param);
        const QJsonObject price = ctx.load(priceId, QStringLiteral("price"), QStringLiteral("price"), param);
        const bool recurring = price.value(QStringLiteral("type")).toString() == QLatin1String("recurring");
        if (mode == QLatin1String("payment") && recurring)
            throw StripeException::invalid(QStringLiteral("You specified `payment` mode but passed a recurring price. Either switch to "
                                                          "`subscription` mode or use only one-time prices."), param);
        if (mode == QLatin1String("subscription") && !recurring && i == 0)
            throw StripeException::invalid(QStringLiteral("You must provide at least one recurring price in `subscription` mode when "
                                                          "using prices."), param);
        const int quantity = entry.value(QStringLiteral("quantity")).toString(QStringLiteral("1")).toInt();
        if (quantity < 1)
            throw StripeException::invalid(QStringLiteral("Quantity must be at least 1."), QStringLiteral("line_items[%1][quantity]").arg(i));
        const qint64 amount = price.value(QStringLiteral("unit_amount")).toInteger() * quantity;
        *total += amount;
        *currency = price.value(QStringLiteral("currency")).toString();
        items.append(QJsonObject{
            {QStringLiteral("id"), ctx.ids.next(QStringLiteral("li_"))},
            {QStringLiteral("object"), QStringLiteral("item")},
            {QStringLiteral("amount_discount"), 0},
            {QStringLiteral("amount_subtotal"), amount},
            {QStringLiteral("amount_tax"), 0},
            {QStringLiteral("amount_total"), amount},
            {QStringLiteral("currency"), price.value(QStringLiteral("currency"))},
            {QStringLiteral("description"), price.value(QStringLiteral("nickname")).isString() ? price.value(QStringLiteral("nickname")) : QJsonValue(QStringLiteral("Premium"))},
            {QStringLiteral("price"), price},
            {QStringLiteral("quantity"), quantity},
        });
    }
    return items;
}

QJsonObject newSession(const SandboxContext &ctx, const ApiRequest &request, const QString &baseUrl)
{
    const QString mode = request.requiredString(QStringLiteral("mode"));
    if (mode != QLatin1String("subscription") && mode != QLatin1String("payment"))
        throw StripeException::invalid(QStringLiteral("stripe-sandbox supports mode=subscription and mode=payment."), QStringLiteral("mode"));
    // endive (2026-09-30) made it read-only; clients pinned earlier (the guide's Python
    // code sends ["card"]) still may send it.
    if (request.has(QStringLiteral("payment_method_types")) && request.versionAtLeast("2026-09-30"))
        throw StripeException::invalid(QStringLiteral("payment_method_types cannot be set on Checkout Sessions in this API version; "
                                                      "use allowed_payment_method_types or your Dashboard settings."),
                                       QStringLiteral("payment_method_types"));
    const QString customer = request.string(QStringLiteral("customer"));
    const QString email = request.string(QStringLiteral("customer_email"));
    if (!customer.isEmpty() && !email.isEmpty())
        throw StripeException::invalid(QStringLiteral("You may only specify one of these parameters: customer, customer_email."),
                                       QStringLiteral("customer_email"));
    if (!customer.isEmpty())
        ctx.load(customer, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
    const qint64 now = ctx.clock.now();
    const qint64 expiresAt = request.integer(QStringLiteral("expires_at")).value_or(now + kDefaultLifetime);
    if (expiresAt < now + 30 * 60 || expiresAt > now + kDefaultLifetime)
        throw StripeException::invalid(QStringLiteral("The `expires_at` timestamp must be between 30 minutes and 24 hours from now."),
                                       QStringLiteral("expires_at"));
    qint64 total = 0;
    QString currency;
    const QJsonArray items = lineItems(ctx, request, mode, &total, &currency);
    const QString id = ctx.ids.next(QStringLiteral("cs_test_"), 58);
    QJsonObject subscriptionData = request.object(QStringLiteral("subscription_data"));
    subscriptionData.insert(QStringLiteral("metadata"), mergeMetadata({}, subscriptionData.value(QStringLiteral("metadata")),
                                                                      QStringLiteral("subscription_data[metadata]")));
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const QJsonValue discounts = request.params.value(QStringLiteral("discounts"));
    const bool allowCodes = request.boolean(QStringLiteral("allow_promotion_codes")).value_or(false);
    if (allowCodes && discounts.isArray() && !discounts.toArray().isEmpty())
        throw StripeException::invalid(QStringLiteral("You may only specify one of these parameters: allow_promotion_codes, discounts."),
                                       QStringLiteral("discounts"));
    if (discounts.toArray().size() > 1)
        throw StripeException::invalid(QStringLiteral("A Checkout Session accepts at most one discount."), QStringLiteral("discounts"));
    const QJsonObject session{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("checkout.session")},
        {QStringLiteral("allow_promotion_codes"), allowCodes},
        {QStringLiteral("amount_subtotal"), total},
        {QStringLiteral("amount_total"), total},
        {QStringLiteral("automatic_tax"), QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("status"), QJsonValue()}}},
        {QStringLiteral("cancel_url"), orNull(requiredUrl(request, QStringLiteral("cancel_url"), false))},
        {QStringLiteral("client_reference_id"), orNull(request.string(QStringLiteral("client_reference_id")))},
        {QStringLiteral("created"), now},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("customer"), orNull(customer)},
        {QStringLiteral("customer_details"), QJsonValue()},
        {QStringLiteral("customer_email"), orNull(email)},
        {QStringLiteral("expires_at"), expiresAt},
        {QStringLiteral("invoice"), QJsonValue()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("locale"), QJsonValue()},
        {QStringLiteral("metadata"), mergeMetadata({}, request)},
        {QStringLiteral("mode"), mode},
        {QStringLiteral("payment_intent"), QJsonValue()},
        {QStringLiteral("payment_method_collection"), request.string(QStringLiteral("payment_method_collection"), QStringLiteral("always"))},
        {QStringLiteral("payment_status"), QStringLiteral("unpaid")},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("subscription"), QJsonValue()},
        {QStringLiteral("success_url"), orNull(requiredUrl(request, QStringLiteral("success_url"), true))},
        {QStringLiteral("ui_mode"), QStringLiteral("hosted_page")},
        {QStringLiteral("url"), QString(baseUrl + QStringLiteral("/c/pay/") + id)},
        {QStringLiteral("_line_items"), items},
        {QStringLiteral("_subscription_data"), subscriptionData},
    };
    // Checked now, redeemed when the session completes.
    return CheckoutFlow(ctx).withDiscounts(session, discounts, QStringLiteral("discounts"), customer);
}

QJsonObject lineItemList(const QJsonObject &session)
{
    QJsonArray data;
    for (const QJsonValue &item : session.value(QStringLiteral("_line_items")).toArray())
        data.append(item);
    return {{QStringLiteral("object"), QStringLiteral("list")},
            {QStringLiteral("data"), data},
            {QStringLiteral("has_more"), false},
            {QStringLiteral("url"), QStringLiteral("/v1/checkout/sessions/%1/line_items").arg(session.value(QStringLiteral("id")).toString())}};
}

// Retrieve/list with the includable line_items (expand[]=line_items) supported.
ApiResponse respondSession(const SandboxContext &ctx, const QJsonObject &session, const ApiRequest &request)
{
    QStringList paths = request.expand();
    const bool withLines = paths.removeAll(QStringLiteral("line_items")) > 0;
    QJsonObject out = ctx.expand(session, paths);
    if (withLines)
        out.insert(QStringLiteral("line_items"), lineItemList(session));
    return {200, out};
}

} // namespace

void CheckoutResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx, const QString &baseUrl)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/checkout/sessions"),
               Params{QStringLiteral("allowed_payment_method_types"), QStringLiteral("customer_account"), QStringLiteral("integration_identifier"), QStringLiteral("managed_payments"), QStringLiteral("adaptive_pricing"), QStringLiteral("after_expiration"), QStringLiteral("allow_promotion_codes"), QStringLiteral("automatic_tax"), QStringLiteral("billing_address_collection"), QStringLiteral("branding_settings"), QStringLiteral("cancel_url"), QStringLiteral("client_reference_id"), QStringLiteral("consent_collection"), QStringLiteral("currency"), QStringLiteral("custom_fields"), QStringLiteral("custom_text"), QStringLiteral("customer"), QStringLiteral("customer_creation"), QStringLiteral("customer_email"), QStringLiteral("customer_update"), QStringLiteral("discounts"), QStringLiteral("excluded_payment_method_types"), QStringLiteral("expires_at"), QStringLiteral("invoice_creation"), QStringLiteral("line_items[][adjustable_quantity]"), QStringLiteral("line_items[][dynamic_tax_rates]"), QStringLiteral("line_items[][price]"), QStringLiteral("line_items[][price_data]"), QStringLiteral("line_items[][quantity]"), QStringLiteral("line_items[][tax_rates]"), QStringLiteral("locale"), QStringLiteral("metadata"), QStringLiteral("mode"), QStringLiteral("name_collection"), QStringLiteral("optional_items"), QStringLiteral("origin_context"), QStringLiteral("payment_intent_data"), QStringLiteral("payment_method_collection"), QStringLiteral("payment_method_configuration"), QStringLiteral("payment_method_data"), QStringLiteral("payment_method_options"), QStringLiteral("payment_method_types"), QStringLiteral("permissions"), QStringLiteral("phone_number_collection"), QStringLiteral("redirect_on_completion"), QStringLiteral("return_url"), QStringLiteral("saved_payment_method_options"), QStringLiteral("setup_intent_data"), QStringLiteral("shipping_address_collection"), QStringLiteral("shipping_options"), QStringLiteral("submit_type"), QStringLiteral("subscription_data"), QStringLiteral("success_url"), QStringLiteral("tax_id_collection"), QStringLiteral("ui_mode"), QStringLiteral("wallet_options")},
               [&ctx, baseUrl](const ApiRequest &request) {
        const QJsonObject session = newSession(ctx, request, baseUrl);
        ctx.save(session);
        return respondSession(ctx, session, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/checkout/sessions/:id"), {}, [&ctx](const ApiRequest &request) {
        return respondSession(ctx, ctx.load(request.pathArgs.at(0), QStringLiteral("checkout.session"), QStringLiteral("checkout.session")), request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/checkout/sessions/:id/line_items"), ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        return ApiResponse{200, lineItemList(ctx.load(request.pathArgs.at(0), QStringLiteral("checkout.session"), QStringLiteral("checkout.session")))};
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/checkout/sessions/:id/expire"), {}, [&ctx](const ApiRequest &request) {
        QJsonObject session = ctx.load(request.pathArgs.at(0), QStringLiteral("checkout.session"), QStringLiteral("checkout.session"));
        if (session.value(QStringLiteral("status")).toString() != QLatin1String("open"))
            throw StripeException::invalid(QStringLiteral("Only Checkout Sessions with a status in [\"open\"] can be expired."));
        session.insert(QStringLiteral("status"), QStringLiteral("expired"));
        session.insert(QStringLiteral("url"), QJsonValue());
        ctx.save(session);
        ctx.emitEvent(QStringLiteral("checkout.session.expired"), session, request);
        return respondSession(ctx, session, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/checkout/sessions"), Params{QStringLiteral("created"), QStringLiteral("customer"), QStringLiteral("customer_details"), QStringLiteral("payment_intent"), QStringLiteral("payment_link"), QStringLiteral("status"), QStringLiteral("subscription")} + ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        QList<Condition> conditions;
        for (const QString &field : {QStringLiteral("status"), QStringLiteral("customer"), QStringLiteral("subscription"),
                                     QStringLiteral("payment_intent")}) {
            if (request.has(field))
                conditions.append({QStringLiteral("$.") + field, QStringLiteral("="), {request.string(field)}});
        }
        const QString email = request.object(QStringLiteral("customer_details")).value(QStringLiteral("email")).toString();
        if (!email.isEmpty())
            conditions.append({QStringLiteral("$.customer_details.email"), QStringLiteral("="), {email}});
        SandboxContext::addCreatedFilter(request, conditions);
        return ctx.listObjects(QStringLiteral("checkout.session"), conditions, QStringLiteral("/v1/checkout/sessions"), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/test_helpers/checkout/sessions/:id/complete"), Params{QStringLiteral("card"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("authentication"), QStringLiteral("promotion_code")}, [&ctx](const ApiRequest &request) {
        const QJsonObject session = ctx.load(request.pathArgs.at(0), QStringLiteral("checkout.session"), QStringLiteral("checkout.session"));
        const CheckoutFlow::Payer payer{request.string(QStringLiteral("card"), QStringLiteral("4242424242424242")),
                                        request.string(QStringLiteral("email")), request.string(QStringLiteral("name")),
                                        request.string(QStringLiteral("authentication"), QStringLiteral("approve")),
                                        request.string(QStringLiteral("promotion_code"))};
        return respondSession(ctx, CheckoutFlow(ctx).complete(session, payer, request), request);
    });
}

} // namespace sandbox
