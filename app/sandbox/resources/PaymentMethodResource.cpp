#include "PaymentMethodResource.h"

#include "ApiRouter.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/Documents.h"
#include "billing/PaymentMethods.h"

#include <QDateTime>

#include <optional>

namespace sandbox {

namespace {

// Every payment method type Stripe's create endpoint names; the sandbox models cards.
const Params kCreateParams{
    QStringLiteral("acss_debit"), QStringLiteral("affirm"), QStringLiteral("afterpay_clearpay"), QStringLiteral("alipay"),
    QStringLiteral("allow_redisplay"), QStringLiteral("alma"), QStringLiteral("amazon_pay"), QStringLiteral("au_becs_debit"),
    QStringLiteral("bacs_debit"), QStringLiteral("bancontact"), QStringLiteral("billie"), QStringLiteral("billing_details"),
    QStringLiteral("bizum"), QStringLiteral("blik"), QStringLiteral("boleto"), QStringLiteral("card[cvc]"),
    QStringLiteral("card[exp_month]"), QStringLiteral("card[exp_year]"), QStringLiteral("card[networks]"),
    QStringLiteral("card[number]"), QStringLiteral("card[token]"), QStringLiteral("cashapp"), QStringLiteral("crypto"),
    QStringLiteral("custom"), QStringLiteral("customer"), QStringLiteral("customer_balance"), QStringLiteral("eps"),
    QStringLiteral("fpx"), QStringLiteral("giropay"), QStringLiteral("grabpay"), QStringLiteral("ideal"),
    QStringLiteral("interac_present"), QStringLiteral("kakao_pay"), QStringLiteral("klarna"), QStringLiteral("konbini"),
    QStringLiteral("kr_card"), QStringLiteral("link"), QStringLiteral("mb_way"), QStringLiteral("metadata"),
    QStringLiteral("mobilepay"), QStringLiteral("multibanco"), QStringLiteral("naver_pay"), QStringLiteral("nz_bank_account"),
    QStringLiteral("oxxo"), QStringLiteral("p24"), QStringLiteral("pay_by_bank"), QStringLiteral("payco"),
    QStringLiteral("payment_method"), QStringLiteral("paynow"), QStringLiteral("paypal"), QStringLiteral("paypay"),
    QStringLiteral("payto"), QStringLiteral("pix"), QStringLiteral("promptpay"), QStringLiteral("radar_options"),
    QStringLiteral("revolut_pay"), QStringLiteral("samsung_pay"), QStringLiteral("satispay"), QStringLiteral("scalapay"),
    QStringLiteral("sepa_debit"), QStringLiteral("sequra"), QStringLiteral("sofort"), QStringLiteral("sunbit"),
    QStringLiteral("swish"), QStringLiteral("twint"), QStringLiteral("type"), QStringLiteral("upi"),
    QStringLiteral("us_bank_account"), QStringLiteral("wechat_pay"), QStringLiteral("zip")};

const QStringList kAddressFields{QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("line1"),
                                 QStringLiteral("line2"), QStringLiteral("postal_code"), QStringLiteral("state")};
const QStringList kBillingFields{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("tax_id")};

QJsonValue nullable(const QJsonValue &value)
{
    return value.toString().isEmpty() ? QJsonValue() : value;
}

// billing_details[...] applied over `current`: given keys replace, "" clears.
QJsonObject mergeBillingDetails(QJsonObject current, const ApiRequest &request)
{
    const QJsonObject given = request.object(QStringLiteral("billing_details"));
    for (const QString &field : kBillingFields) {
        if (given.contains(field))
            current.insert(field, nullable(given.value(field)));
    }
    if (given.contains(QStringLiteral("address"))) {
        QJsonObject address = current.value(QStringLiteral("address")).toObject();
        const QJsonObject update = given.value(QStringLiteral("address")).toObject();
        for (const QString &field : kAddressFields) {
            if (update.contains(field))
                address.insert(field, nullable(update.value(field)));
        }
        current.insert(QStringLiteral("address"), address);
    }
    return current;
}

StripeException cardError(const QString &code, const QString &message, const QString &param)
{
    return StripeException::card(code, QString(), message).with(QStringLiteral("param"), param);
}

// card[exp_month] / card[exp_year] as Stripe checks them (two-digit years are 20xx).
struct Expiry {
    int month = 0;
    int year = 0;
};

std::optional<int> cardInteger(const QJsonObject &card, const QString &key)
{
    if (!card.contains(key))
        return std::nullopt;
    bool ok = false;
    const int value = card.value(key).toString().toInt(&ok);
    if (!ok)
        throw StripeException::invalid(QStringLiteral("Invalid integer: %1").arg(card.value(key).toString()),
                                       QStringLiteral("card[%1]").arg(key), QStringLiteral("parameter_invalid_integer"));
    return value;
}

Expiry checkedExpiry(const SandboxContext &ctx, const QJsonObject &card, const Expiry &current)
{
    Expiry expiry = current;
    if (const auto month = cardInteger(card, QStringLiteral("exp_month")))
        expiry.month = *month;
    if (const auto year = cardInteger(card, QStringLiteral("exp_year")))
        expiry.year = *year < 100 ? 2000 + *year : *year;
    const QDate today = QDateTime::fromSecsSinceEpoch(ctx.clock.now(), Qt::UTC).date();
    if (expiry.month < 1 || expiry.month > 12)
        throw cardError(QStringLiteral("invalid_expiry_month"), QStringLiteral("Your card's expiration month is invalid."),
                        QStringLiteral("card[exp_month]"));
    if (expiry.year < today.year() || expiry.year > today.year() + 50)
        throw cardError(QStringLiteral("invalid_expiry_year"), QStringLiteral("Your card's expiration year is invalid."),
                        QStringLiteral("card[exp_year]"));
    if (expiry.year == today.year() && expiry.month < today.month())
        throw cardError(QStringLiteral("invalid_expiry_month"), QStringLiteral("Your card's expiration month is invalid."),
                        QStringLiteral("card[exp_month]"));
    return expiry;
}

// A new card PaymentMethod from card[number] (or a test token in card[token]).
QJsonObject newCard(const SandboxContext &ctx, const ApiRequest &request)
{
    const QJsonObject card = request.object(QStringLiteral("card"));
    const QString token = card.value(QStringLiteral("token")).toString();
    if (!token.isEmpty()) {
        // tok_visa, tok_chargeDeclined, … name the same cards as pm_card_…
        const auto number = token.startsWith(QLatin1String("tok_")) ? CardBehaviour::numberOfToken(QStringLiteral("pm_card_") + token.mid(4))
                                                                     : std::nullopt;
        if (!number)
            throw StripeException::notFound(QStringLiteral("token"), token, QStringLiteral("card[token]"));
        return Documents::paymentMethod(ctx, CardBehaviour::lookup(*number), QString());
    }
    for (const QString &key : {QStringLiteral("number"), QStringLiteral("exp_month"), QStringLiteral("exp_year")}) {
        if (card.value(key).toString().isEmpty())
            throw StripeException::missingParam(QStringLiteral("card[%1]").arg(key));
    }
    const CardBehaviour behaviour = CardBehaviour::lookup(card.value(QStringLiteral("number")).toString());
    if (behaviour.errorCode == QLatin1String("incorrect_number"))
        throw cardError(QStringLiteral("incorrect_number"), behaviour.message, QStringLiteral("card[number]"));
    const Expiry expiry = checkedExpiry(ctx, card, {});
    const QString cvc = card.value(QStringLiteral("cvc")).toString();
    const int cvcLength = behaviour.brand == QLatin1String("amex") ? 4 : 3;
    bool digits = false;
    cvc.toInt(&digits);
    if (card.contains(QStringLiteral("cvc")) && (cvc.size() != cvcLength || !digits))
        throw cardError(QStringLiteral("invalid_cvc"), QStringLiteral("Your card's security code is invalid."), QStringLiteral("card[cvc]"));
    QJsonObject method = Documents::paymentMethod(ctx, behaviour, QString(), expiry.month, expiry.year);
    if (cvc.isEmpty()) { // no CVC given: nothing to check later
        QJsonObject details = method.value(QStringLiteral("card")).toObject();
        QJsonObject checks = details.value(QStringLiteral("checks")).toObject();
        checks.insert(QStringLiteral("cvc_check"), QJsonValue());
        details.insert(QStringLiteral("checks"), checks);
        method.insert(QStringLiteral("card"), details);
    }
    return method;
}

void checkAllowRedisplay(const ApiRequest &request)
{
    const QString value = request.string(QStringLiteral("allow_redisplay"));
    if (request.has(QStringLiteral("allow_redisplay"))
        && !QStringList{QStringLiteral("always"), QStringLiteral("limited"), QStringLiteral("unspecified")}.contains(value))
        throw StripeException::invalid(
            QStringLiteral("Invalid allow_redisplay: must be one of always, limited, or unspecified"), QStringLiteral("allow_redisplay"));
}

QJsonObject loadMethod(const SandboxContext &ctx, const QString &id)
{
    return ctx.load(id, QStringLiteral("payment_method"), QStringLiteral("PaymentMethod"));
}

ApiResponse listFor(const SandboxContext &ctx, const ApiRequest &request, const QString &customerId, const QString &url)
{
    QList<Condition> conditions;
    if (!customerId.isEmpty())
        conditions.append({QStringLiteral("$.customer"), QStringLiteral("="), {customerId}});
    if (!request.string(QStringLiteral("type")).isEmpty())
        conditions.append({QStringLiteral("$.type"), QStringLiteral("="), {request.string(QStringLiteral("type"))}});
    if (!request.string(QStringLiteral("allow_redisplay")).isEmpty())
        conditions.append({QStringLiteral("$.allow_redisplay"), QStringLiteral("="), {request.string(QStringLiteral("allow_redisplay"))}});
    return ctx.listObjects(QStringLiteral("payment_method"), conditions, url, request);
}

} // namespace

void PaymentMethodResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_methods"), kCreateParams, [&ctx](const ApiRequest &request) {
        const QString type = request.requiredString(QStringLiteral("type"));
        if (type != QLatin1String("card"))
            throw StripeException::invalid(QStringLiteral("The sandbox creates card PaymentMethods only; type=%1 is not modeled.").arg(type),
                                           QStringLiteral("type"));
        if (!request.has(QStringLiteral("card")))
            throw StripeException::missingParam(QStringLiteral("card"));
        checkAllowRedisplay(request);
        QJsonObject method = newCard(ctx, request);
        method.insert(QStringLiteral("billing_details"), mergeBillingDetails(method.value(QStringLiteral("billing_details")).toObject(), request));
        method.insert(QStringLiteral("metadata"), mergeMetadata({}, request));
        if (request.has(QStringLiteral("allow_redisplay")))
            method.insert(QStringLiteral("allow_redisplay"), request.string(QStringLiteral("allow_redisplay")));
        ctx.save(method);
        // Creating one sends no event; attaching it does.
        return ctx.respond(method, request);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payment_methods/:id"), {}, [&ctx](const ApiRequest &request) {
        // A test token answers with the new PaymentMethod it stands for, as on Stripe.
        return ctx.respond(PaymentMethods::resolve(ctx, request.pathArgs.at(0), QStringLiteral("id")), request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_methods/:id"),
               Params{QStringLiteral("allow_redisplay"), QStringLiteral("billing_details"), QStringLiteral("card[exp_month]"),
                      QStringLiteral("card[exp_year]"), QStringLiteral("card[networks]"), QStringLiteral("metadata"),
                      QStringLiteral("us_bank_account")},
               [&ctx](const ApiRequest &request) {
        QJsonObject method = loadMethod(ctx, request.pathArgs.at(0));
        if (method.value(QStringLiteral("customer")).isNull())
            throw StripeException::invalid(QStringLiteral("You must save this PaymentMethod to a customer before you can update it."));
        checkAllowRedisplay(request);
        QJsonObject previous;
        auto change = [&](const QString &field, const QJsonValue &next) {
            if (method.value(field) != next) {
                previous.insert(field, method.value(field));
                method.insert(field, next);
            }
        };
        change(QStringLiteral("billing_details"), mergeBillingDetails(method.value(QStringLiteral("billing_details")).toObject(), request));
        change(QStringLiteral("metadata"), mergeMetadata(method.value(QStringLiteral("metadata")).toObject(), request));
        if (request.has(QStringLiteral("allow_redisplay")))
            change(QStringLiteral("allow_redisplay"), request.string(QStringLiteral("allow_redisplay")));
        const QJsonObject card = request.object(QStringLiteral("card"));
        if (!card.isEmpty()) {
            QJsonObject details = method.value(QStringLiteral("card")).toObject();
            const Expiry expiry = checkedExpiry(ctx, card, {details.value(QStringLiteral("exp_month")).toInt(),
                                                            details.value(QStringLiteral("exp_year")).toInt()});
            details.insert(QStringLiteral("exp_month"), expiry.month);
            details.insert(QStringLiteral("exp_year"), expiry.year);
            change(QStringLiteral("card"), details);
        }
        ctx.save(method);
        if (!previous.isEmpty())
            ctx.emitEvent(QStringLiteral("payment_method.updated"), method, request, previous);
        return ctx.respond(method, request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_methods/:id/attach"),
               Params{QStringLiteral("customer"), QStringLiteral("customer_account")}, [&ctx](const ApiRequest &request) {
        const QString customer = request.requiredString(QStringLiteral("customer"));
        // Test tokens attach too (pm_card_visa/attach): each makes a new PaymentMethod.
        const QJsonObject method = PaymentMethods::resolve(ctx, request.pathArgs.at(0), QStringLiteral("id"));
        return ctx.respond(PaymentMethods::attach(ctx, method, customer, request), request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_methods/:id/detach"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(PaymentMethods::detach(ctx, loadMethod(ctx, request.pathArgs.at(0)), request), request);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payment_methods"),
               ApiRouter::kListParams + Params{QStringLiteral("allow_redisplay"), QStringLiteral("customer"),
                                               QStringLiteral("customer_account"), QStringLiteral("type")},
               [&ctx](const ApiRequest &request) {
        const QString customer = request.string(QStringLiteral("customer"));
        if (!customer.isEmpty())
            ctx.load(customer, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
        return listFor(ctx, request, customer, QStringLiteral("/v1/payment_methods"));
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/customers/:id/payment_methods"),
               ApiRouter::kListParams + Params{QStringLiteral("allow_redisplay"), QStringLiteral("type")},
               [&ctx](const ApiRequest &request) {
        const QString customer = request.pathArgs.at(0);
        ctx.load(customer, QStringLiteral("customer"), QStringLiteral("customer"));
        return listFor(ctx, request, customer, QStringLiteral("/v1/customers/%1/payment_methods").arg(customer));
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/customers/:id/payment_methods/:pm"), {}, [&ctx](const ApiRequest &request) {
        ctx.load(request.pathArgs.at(0), QStringLiteral("customer"), QStringLiteral("customer"));
        const QJsonObject method = loadMethod(ctx, request.pathArgs.at(1));
        // Another customer's (or nobody's) PaymentMethod is not this customer's to show.
        if (method.value(QStringLiteral("customer")).toString() != request.pathArgs.at(0))
            throw StripeException::notFound(QStringLiteral("PaymentMethod"), request.pathArgs.at(1), QStringLiteral("payment_method"));
        return ctx.respond(method, request);
    });
}

} // namespace sandbox
