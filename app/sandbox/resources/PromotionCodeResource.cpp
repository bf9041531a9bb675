#include "PromotionCodeResource.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QJsonArray>

namespace sandbox {

namespace {

constexpr int kMaxCodeLength = 500;

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

// Codes are unique among active ones regardless of case, per customer (a code for
// everyone clashes with every customer's).
void checkCodeFree(const SandboxContext &ctx, const QString &code, const QString &customer, const QString &self, const QString &param)
{
    const QList<QJsonObject> active = ctx.store.all(QStringLiteral("promotion_code"),
                                                    {{QStringLiteral("$._code_upper"), QStringLiteral("="), {code.toUpper()}},
                                                     {QStringLiteral("$.active"), QStringLiteral("="), {1}}});
    for (const QJsonObject &other : active) {
        const QString otherCustomer = other.value(QStringLiteral("customer")).toString();
        if (other.value(QStringLiteral("id")).toString() != self
            && (customer.isEmpty() || otherCustomer.isEmpty() || customer == otherCustomer))
            throw StripeException::invalid(QStringLiteral("An active promotion code with `code: %1` already exists.").arg(code), param,
                                           QStringLiteral("resource_already_exists"));
    }
}

QJsonObject restrictionsFrom(const ApiRequest &request)
{
    const QJsonObject given = request.object(QStringLiteral("restrictions"));
    QJsonValue minimum;
    QJsonValue currency;
    if (given.contains(QStringLiteral("minimum_amount"))) {
        bool ok = false;
        const qint64 amount = given.value(QStringLiteral("minimum_amount")).toString().toLongLong(&ok);
        if (!ok || amount < 0)
            throw StripeException::invalid(QStringLiteral("Invalid non-negative integer"), QStringLiteral("restrictions[minimum_amount]"));
        const QString code = given.value(QStringLiteral("minimum_amount_currency")).toString();
        if (code.isEmpty())
            throw StripeException::invalid(QStringLiteral("You must specify minimum_amount_currency when specifying minimum_amount."),
                                           QStringLiteral("restrictions[minimum_amount_currency]"));
        minimum = amount;
        currency = code.toLower();
    } else if (given.contains(QStringLiteral("minimum_amount_currency"))) {
        throw StripeException::invalid(QStringLiteral("You must specify minimum_amount when specifying minimum_amount_currency."),
                                       QStringLiteral("restrictions[minimum_amount]"));
    }
    bool firstTime = false;
    if (given.contains(QStringLiteral("first_time_transaction"))) {
        const QString value = given.value(QStringLiteral("first_time_transaction")).toString().toLower();
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            throw StripeException::invalid(QStringLiteral("Invalid boolean: %1").arg(value), QStringLiteral("restrictions[first_time_transaction]"));
        firstTime = value == QLatin1String("true");
    }
    return {{QStringLiteral("first_time_transaction"), firstTime},
            {QStringLiteral("minimum_amount"), minimum},
            {QStringLiteral("minimum_amount_currency"), currency}};
}

QJsonObject newPromotionCode(const SandboxContext &ctx, const ApiRequest &request)
{
    // Before clover (2025-09-30) the coupon was a top-level parameter.
    QString couponId;
    QString couponParam = QStringLiteral("promotion[coupon]");
    if (request.has(QStringLiteral("coupon"))) {
        if (request.versionAtLeast("2025-09-30"))
            throw StripeException::invalid(QStringLiteral("Received unknown parameter: coupon"), QStringLiteral("coupon"),
                                           QStringLiteral("parameter_unknown"));
        couponId = request.requiredString(QStringLiteral("coupon"));
        couponParam = QStringLiteral("coupon");
    } else {
        if (!request.has(QStringLiteral("promotion")))
            throw StripeException::missingParam(QStringLiteral("promotion"));
        const QJsonObject promotion = request.object(QStringLiteral("promotion"));
        const QString type = promotion.value(QStringLiteral("type")).toString();
        if (type.isEmpty())
            throw StripeException::missingParam(QStringLiteral("promotion[type]"));
        if (type != QLatin1String("coupon"))
            throw StripeException::invalid(QStringLiteral("Invalid promotion[type]: must be coupon"), QStringLiteral("promotion[type]"));
        couponId = promotion.value(QStringLiteral("coupon")).toString();
        if (couponId.isEmpty())
            throw StripeException::missingParam(QStringLiteral("promotion[coupon]"));
    }
    ctx.load(couponId, QStringLiteral("coupon"), QStringLiteral("coupon"), couponParam);

    const QString customer = request.string(QStringLiteral("customer"));
    if (!customer.isEmpty())
        ctx.load(customer, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
    const qint64 now = ctx.clock.now();
    QJsonValue expiresAt;
    if (request.has(QStringLiteral("expires_at"))) {
        const qint64 at = request.integer(QStringLiteral("expires_at")).value_or(0);
        if (at <= now)
            throw StripeException::invalid(QStringLiteral("expires_at must be in the future."), QStringLiteral("expires_at"));
        expiresAt = at;
    }
    QJsonValue maxRedemptions;
    if (request.has(QStringLiteral("max_redemptions"))) {
        const qint64 max = request.integer(QStringLiteral("max_redemptions")).value_or(0);
        if (max < 1)
            throw StripeException::invalid(QStringLiteral("This value must be greater than or equal to 1."), QStringLiteral("max_redemptions"));
        maxRedemptions = max;
    }
    const bool active = request.boolean(QStringLiteral("active")).value_or(true);

    QString code = request.string(QStringLiteral("code"));
    if (request.has(QStringLiteral("code")) && code.isEmpty())
        throw StripeException::invalid(QStringLiteral("The code cannot be empty."), QStringLiteral("code"));
    if (code.size() > kMaxCodeLength)
        throw StripeException::invalid(QStringLiteral("The code can be at most 500 characters."), QStringLiteral("code"));
    if (code.isEmpty())
        code = ctx.ids.next(QString(), 8).toUpper(); // like the Dashboard's generated codes
    if (active)
        checkCodeFree(ctx, code, customer, {}, QStringLiteral("code"));

    return {
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("promo_"))},
        {QStringLiteral("object"), QStringLiteral("promotion_code")},
        {QStringLiteral("active"), active},
        {QStringLiteral("code"), code},
        {QStringLiteral("created"), now},
        {QStringLiteral("customer"), orNull(customer)},
        {QStringLiteral("customer_account"), QJsonValue()},
        {QStringLiteral("expires_at"), expiresAt},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("max_redemptions"), maxRedemptions},
        {QStringLiteral("metadata"), mergeMetadata({}, request)},
        {QStringLiteral("promotion"), QJsonObject{{QStringLiteral("coupon"), couponId}, {QStringLiteral("type"), QStringLiteral("coupon")}}},
        {QStringLiteral("restrictions"), restrictionsFrom(request)},
        {QStringLiteral("times_redeemed"), 0},
        {QStringLiteral("_code_upper"), code.toUpper()}, // private: case-insensitive lookups
    };
}

QJsonObject update(const SandboxContext &ctx, const ApiRequest &request)
{
    QJsonObject code = ctx.load(request.pathArgs.at(0), QStringLiteral("promotion_code"), QStringLiteral("promotion code"));
    QJsonObject previous;
    if (const auto active = request.boolean(QStringLiteral("active")); active && *active != code.value(QStringLiteral("active")).toBool()) {
        if (*active) // reactivating must not make two active codes alike
            checkCodeFree(ctx, code.value(QStringLiteral("code")).toString(), code.value(QStringLiteral("customer")).toString(),
                          code.value(QStringLiteral("id")).toString(), QStringLiteral("active"));
        previous.insert(QStringLiteral("active"), code.value(QStringLiteral("active")));
        code.insert(QStringLiteral("active"), *active);
    }
    const QJsonObject metadata = mergeMetadata(code.value(QStringLiteral("metadata")).toObject(), request);
    if (metadata != code.value(QStringLiteral("metadata")).toObject()) {
        previous.insert(QStringLiteral("metadata"), code.value(QStringLiteral("metadata")));
        code.insert(QStringLiteral("metadata"), metadata);
    }
    // restrictions[currency_options] (minimums in other currencies) is accepted; the sandbox
    // checks minimums in minimum_amount_currency only.
    request.object(QStringLiteral("restrictions"));
    ctx.save(code);
    if (!previous.isEmpty())
        ctx.emitEvent(QStringLiteral("promotion_code.updated"), code, request, previous);
    return code;
}

} // namespace

void PromotionCodeResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/promotion_codes"),
               Params{QStringLiteral("promotion[type]"), QStringLiteral("promotion[coupon]"), QStringLiteral("active"), QStringLiteral("code"), QStringLiteral("coupon"), QStringLiteral("customer"), QStringLiteral("customer_account"), QStringLiteral("expires_at"), QStringLiteral("max_redemptions"), QStringLiteral("metadata"), QStringLiteral("restrictions[currency_options]"), QStringLiteral("restrictions[first_time_transaction]"), QStringLiteral("restrictions[minimum_amount]"), QStringLiteral("restrictions[minimum_amount_currency]")},
               [&ctx](const ApiRequest &request) {
        const QJsonObject code = newPromotionCode(ctx, request);
        ctx.save(code);
        ctx.emitEvent(QStringLiteral("promotion_code.created"), code, request);
        return ctx.respond(code, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/promotion_codes/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(ctx.load(request.pathArgs.at(0), QStringLiteral("promotion_code"), QStringLiteral("promotion code")), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/promotion_codes/:id"),
               Params{QStringLiteral("active"), QStringLiteral("metadata"), QStringLiteral("restrictions[currency_options]")},
               [&ctx](const ApiRequest &request) { return ctx.respond(update(ctx, request), request); });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/promotion_codes"),
               Params{QStringLiteral("active"), QStringLiteral("code"), QStringLiteral("coupon"), QStringLiteral("created"), QStringLiteral("customer"), QStringLiteral("customer_account")} + ApiRouter::kListParams,
               [&ctx](const ApiRequest &request) {
        QList<Condition> conditions;
        if (const auto active = request.boolean(QStringLiteral("active")))
            conditions.append({QStringLiteral("$.active"), QStringLiteral("="), {*active ? 1 : 0}});
        if (request.has(QStringLiteral("code"))) // Stripe matches codes regardless of case
            conditions.append({QStringLiteral("$._code_upper"), QStringLiteral("="), {request.string(QStringLiteral("code")).toUpper()}});
        if (request.has(QStringLiteral("coupon")))
            conditions.append({QStringLiteral("$.promotion.coupon"), QStringLiteral("="), {request.string(QStringLiteral("coupon"))}});
        for (const QString &field : {QStringLiteral("customer"), QStringLiteral("customer_account")}) {
            if (request.has(field))
                conditions.append({QStringLiteral("$.") + field, QStringLiteral("="), {request.string(field)}});
        }
        SandboxContext::addCreatedFilter(request, conditions);
        return ctx.listObjects(QStringLiteral("promotion_code"), conditions, QStringLiteral("/v1/promotion_codes"), request);
    });
}

} // namespace sandbox
