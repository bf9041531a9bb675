#include "CouponResource.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/Discounts.h"

#include <QJsonArray>

namespace sandbox {

namespace {

constexpr qint64 kMaxRedeemBy = 5 * 366 * 24 * 3600; // Stripe: at most five years ahead

const QStringList kDurations{QStringLiteral("forever"), QStringLiteral("once"), QStringLiteral("repeating")};

qint64 positive(const ApiRequest &request, const QString &key)
{
    const qint64 value = request.integer(key).value_or(0);
    if (value < 1)
        throw StripeException::invalid(QStringLiteral("This value must be greater than or equal to 1."), key);
    return value;
}

QJsonValue percentOff(const ApiRequest &request)
{
    if (!request.has(QStringLiteral("percent_off")))
        return QJsonValue();
    bool ok = false;
    const double value = request.string(QStringLiteral("percent_off")).toDouble(&ok);
    if (!ok)
        throw StripeException::invalid(QStringLiteral("Invalid decimal: %1").arg(request.string(QStringLiteral("percent_off"))),
                                       QStringLiteral("percent_off"));
    if (value <= 0 || value > 100)
        throw StripeException::invalid(QStringLiteral("percent_off must be greater than 0 and less than or equal to 100."),
                                       QStringLiteral("percent_off"));
    return value;
}

QJsonValue appliesTo(const SandboxContext &ctx, const ApiRequest &request)
{
    if (!request.has(QStringLiteral("applies_to")))
        return QJsonValue::Undefined;
    QJsonArray products;
    const QJsonArray given = request.object(QStringLiteral("applies_to")).value(QStringLiteral("products")).toArray();
    for (int i = 0; i < given.size(); ++i) {
        const QString id = given.at(i).toString();
        ctx.load(id, QStringLiteral("product"), QStringLiteral("product"), QStringLiteral("applies_to[products][%1]").arg(i));
        products.append(id);
    }
    return QJsonObject{{QStringLiteral("products"), products}};
}

QJsonObject newCoupon(const SandboxContext &ctx, const ApiRequest &request)
{
    const QJsonValue percent = percentOff(request);
    const bool hasAmount = request.has(QStringLiteral("amount_off"));
    if (percent.isNull() && !hasAmount)
        throw StripeException::invalid(QStringLiteral("You must specify either percent_off or amount_off."), QStringLiteral("percent_off"));
    if (!percent.isNull() && hasAmount)
        throw StripeException::invalid(QStringLiteral("You may only specify one of these parameters: amount_off, percent_off."),
                                       QStringLiteral("amount_off"));
    QJsonValue amount;
    QJsonValue currency;
    if (hasAmount) {
        amount = positive(request, QStringLiteral("amount_off"));
        if (request.string(QStringLiteral("currency")).isEmpty())
            throw StripeException::invalid(QStringLiteral("You must specify a currency when using amount_off."), QStringLiteral("currency"));
        currency = request.string(QStringLiteral("currency")).toLower();
    } else if (request.has(QStringLiteral("currency_options"))) {
        throw StripeException::invalid(QStringLiteral("currency_options is only supported for coupons with amount_off."),
                                       QStringLiteral("currency_options"));
    }

    const QString duration = request.string(QStringLiteral("duration"), QStringLiteral("once"));
    if (!kDurations.contains(duration))
        throw StripeException::invalid(QStringLiteral("Invalid duration: must be one of forever, once, or repeating"), QStringLiteral("duration"));
    QJsonValue months;
    if (duration == QLatin1String("repeating")) {
        if (!request.has(QStringLiteral("duration_in_months")))
            throw StripeException::invalid(QStringLiteral("You must specify duration_in_months when duration is repeating."),
                                           QStringLiteral("duration_in_months"));
        months = positive(request, QStringLiteral("duration_in_months"));
    } else if (request.has(QStringLiteral("duration_in_months"))) {
        throw StripeException::invalid(QStringLiteral("duration_in_months can only be specified when duration is repeating."),
                                       QStringLiteral("duration_in_months"));
    }

    const qint64 now = ctx.clock.now();
    QJsonValue redeemBy;
    if (request.has(QStringLiteral("redeem_by"))) {
        const qint64 at = request.integer(QStringLiteral("redeem_by")).value_or(0);
        if (at <= now)
            throw StripeException::invalid(QStringLiteral("redeem_by must be in the future."), QStringLiteral("redeem_by"));
        if (at > now + kMaxRedeemBy)
            throw StripeException::invalid(QStringLiteral("redeem_by cannot be more than 5 years in the future."), QStringLiteral("redeem_by"));
        redeemBy = at;
    }

    QString id = request.string(QStringLiteral("id"));
    if (request.has(QStringLiteral("id")) && id.isEmpty())
        throw StripeException::invalid(QStringLiteral("The coupon id cannot be empty."), QStringLiteral("id"));
    if (id.isEmpty())
        id = ctx.ids.next(QString(), 8);
    const auto existing = ctx.store.get(id);
    // A deleted coupon's id may be used again, as on Stripe.
    if (existing && !(existing->value(QStringLiteral("object")).toString() == QLatin1String("coupon")
                      && existing->value(QStringLiteral("deleted")).toBool()))
        throw StripeException::invalid(QStringLiteral("Coupon already exists."), QStringLiteral("id"), QStringLiteral("resource_already_exists"));

    QJsonObject coupon{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("coupon")},
        {QStringLiteral("amount_off"), amount},
        {QStringLiteral("created"), now},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("duration"), duration},
        {QStringLiteral("duration_in_months"), months},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("max_redemptions"), request.has(QStringLiteral("max_redemptions"))
                                                ? QJsonValue(positive(request, QStringLiteral("max_redemptions"))) : QJsonValue()},
        {QStringLiteral("metadata"), mergeMetadata({}, request)},
        {QStringLiteral("name"), request.string(QStringLiteral("name")).isEmpty() ? QJsonValue() : QJsonValue(request.string(QStringLiteral("name")))},
        {QStringLiteral("percent_off"), percent},
        {QStringLiteral("redeem_by"), redeemBy},
        {QStringLiteral("times_redeemed"), 0},
        {QStringLiteral("valid"), true},
    };
    const QJsonValue products = appliesTo(ctx, request);
    if (!products.isUndefined())
        coupon.insert(QStringLiteral("applies_to"), products);
    return coupon;
}

QJsonObject loadCoupon(const SandboxContext &ctx, const ApiRequest &request)
{
    return Discounts::withValidity(ctx.load(request.pathArgs.at(0), QStringLiteral("coupon"), QStringLiteral("coupon")), ctx.clock.now());
}

} // namespace

void CouponResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/coupons"),
               Params{QStringLiteral("amount_off"), QStringLiteral("applies_to[products]"), QStringLiteral("currency"), QStringLiteral("currency_options"), QStringLiteral("duration"), QStringLiteral("duration_in_months"), QStringLiteral("id"), QStringLiteral("max_redemptions"), QStringLiteral("metadata"), QStringLiteral("name"), QStringLiteral("percent_off"), QStringLiteral("redeem_by")},
               [&ctx](const ApiRequest &request) {
        const QJsonObject coupon = newCoupon(ctx, request);
        ctx.save(coupon);
        ctx.emitEvent(QStringLiteral("coupon.created"), coupon, request);
        return ctx.respond(coupon, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/coupons/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(loadCoupon(ctx, request), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/coupons/:id"),
               Params{QStringLiteral("currency_options"), QStringLiteral("metadata"), QStringLiteral("name")}, [&ctx](const ApiRequest &request) {
        QJsonObject coupon = loadCoupon(ctx, request);
        QJsonObject previous;
        if (request.has(QStringLiteral("name"))) {
            const QString name = request.string(QStringLiteral("name"));
            const QJsonValue next = name.isEmpty() ? QJsonValue() : QJsonValue(name);
            if (coupon.value(QStringLiteral("name")) != next) {
                previous.insert(QStringLiteral("name"), coupon.value(QStringLiteral("name")));
                coupon.insert(QStringLiteral("name"), next);
            }
        }
        const QJsonObject metadata = mergeMetadata(coupon.value(QStringLiteral("metadata")).toObject(), request);
        if (metadata != coupon.value(QStringLiteral("metadata")).toObject()) {
            previous.insert(QStringLiteral("metadata"), coupon.value(QStringLiteral("metadata")));
            coupon.insert(QStringLiteral("metadata"), metadata);
        }
        ctx.save(coupon);
        if (!previous.isEmpty())
            ctx.emitEvent(QStringLiteral("coupon.updated"), coupon, request, previous);
        return ctx.respond(coupon, request);
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/coupons/:id"), {}, [&ctx](const ApiRequest &request) {
        const QJsonObject coupon = loadCoupon(ctx, request);
        // Discounts already given keep their terms (they hold a copy); new redemptions are refused.
        const QJsonObject deleted{{QStringLiteral("id"), coupon.value(QStringLiteral("id"))},
                                  {QStringLiteral("object"), QStringLiteral("coupon")},
                                  {QStringLiteral("deleted"), true}};
        ctx.save(deleted);
        ctx.emitEvent(QStringLiteral("coupon.deleted"), coupon, request);
        return ApiResponse{200, deleted};
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/coupons"), Params{QStringLiteral("created")} + ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        QList<Condition> conditions{{QStringLiteral("$.deleted"), QStringLiteral("IS NULL"), {}}};
        SandboxContext::addCreatedFilter(request, conditions);
        ApiResponse response = ctx.listObjects(QStringLiteral("coupon"), conditions, QStringLiteral("/v1/coupons"), request);
        QJsonArray data; // `valid` as of now: a redeem_by may have passed since the last redemption
        for (const QJsonValue &item : response.body.value(QStringLiteral("data")).toArray())
            data.append(Discounts::withValidity(item.toObject(), ctx.clock.now()));
        response.body.insert(QStringLiteral("data"), data);
        return response;
    });
}

} // namespace sandbox
