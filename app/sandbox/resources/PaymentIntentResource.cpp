#include "PaymentIntentResource.h"

#include "ApiRouter.h"
#include "IntentParams.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "SearchQuery.h"
#include "billing/PaymentIntentFlow.h"
#include "billing/IntentStates.h"
#include "billing/PaymentMethods.h"

#include <algorithm>

namespace sandbox {

namespace {

const QString kType = QStringLiteral("payment_intent");
const QString kResource = QStringLiteral("payment_intent");

const Params kCreateParams{
    QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("allowed_payment_method_types"), QStringLiteral("amount_details"),
    QStringLiteral("application_fee_amount"), QStringLiteral("automatic_payment_methods[enabled]"),
    QStringLiteral("automatic_payment_methods[allow_redirects]"), QStringLiteral("capture_method"), QStringLiteral("confirm"),
    QStringLiteral("confirmation_method"), QStringLiteral("confirmation_token"), QStringLiteral("customer"),
    QStringLiteral("customer_account"), QStringLiteral("description"), QStringLiteral("error_on_requires_action"),
    QStringLiteral("excluded_payment_method_types"), QStringLiteral("hooks"), QStringLiteral("mandate"), QStringLiteral("mandate_data"),
    QStringLiteral("metadata"), QStringLiteral("off_session"), QStringLiteral("on_behalf_of"), QStringLiteral("payment_details"),
    QStringLiteral("payment_method"), QStringLiteral("payment_method_configuration"), QStringLiteral("payment_method_data"),
    QStringLiteral("payment_method_options"), QStringLiteral("payment_method_types"), QStringLiteral("radar_options"),
    QStringLiteral("receipt_email"), QStringLiteral("return_url"), QStringLiteral("setup_future_usage"), QStringLiteral("shipping"),
    QStringLiteral("statement_descriptor"), QStringLiteral("statement_descriptor_suffix"), QStringLiteral("transfer_data"),
    QStringLiteral("transfer_group"), QStringLiteral("use_stripe_sdk")};

const Params kUpdateParams{
    QStringLiteral("allowed_payment_method_types"), QStringLiteral("amount"), QStringLiteral("amount_details"),
    QStringLiteral("application_fee_amount"), QStringLiteral("capture_method"), QStringLiteral("currency"), QStringLiteral("customer"),
    QStringLiteral("customer_account"), QStringLiteral("description"), QStringLiteral("excluded_payment_method_types"),
    QStringLiteral("hooks"), QStringLiteral("metadata"), QStringLiteral("payment_details"), QStringLiteral("payment_method"),
    QStringLiteral("payment_method_configuration"), QStringLiteral("payment_method_data"), QStringLiteral("payment_method_options"),
    QStringLiteral("receipt_email"), QStringLiteral("setup_future_usage"), QStringLiteral("shipping"),
    QStringLiteral("statement_descriptor"), QStringLiteral("statement_descriptor_suffix"), QStringLiteral("transfer_data"),
    QStringLiteral("transfer_group")};

const Params kConfirmParams{
    QStringLiteral("allowed_payment_method_types"), QStringLiteral("amount_details"), QStringLiteral("amount_to_confirm"),
    QStringLiteral("capture_method"), QStringLiteral("confirmation_token"), QStringLiteral("error_on_requires_action"),
    QStringLiteral("excluded_payment_method_types"), QStringLiteral("hooks"), QStringLiteral("mandate"), QStringLiteral("mandate_data"),
    QStringLiteral("off_session"), QStringLiteral("payment_details"), QStringLiteral("payment_method"),
    QStringLiteral("payment_method_data"), QStringLiteral("payment_method_options"), QStringLiteral("radar_options"),
    QStringLiteral("receipt_email"), QStringLiteral("return_url"), QStringLiteral("setup_future_usage"), QStringLiteral("shipping"),
    QStringLiteral("use_stripe_sdk"), QStringLiteral("client_secret")};

const Params kCaptureParams{
    QStringLiteral("amount_details"), QStringLiteral("amount_to_capture"), QStringLiteral("application_fee_amount"),
    QStringLiteral("final_capture"), QStringLiteral("hooks"), QStringLiteral("metadata"), QStringLiteral("payment_details"),
    QStringLiteral("statement_descriptor"), QStringLiteral("statement_descriptor_suffix"), QStringLiteral("transfer_data")};

const QStringList kCaptureMethods{QStringLiteral("automatic"), QStringLiteral("automatic_async"), QStringLiteral("manual")};
const QStringList kFutureUsages{QStringLiteral("off_session"), QStringLiteral("on_session")};

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

qint64 checkedAmount(const ApiRequest &request, const QString &currency)
{
    const qint64 amount = request.integer(QStringLiteral("amount")).value_or(0);
    // Stripe's minimum is about 50 cents in every currency; the sandbox keeps 50 minor units.
    if (amount < 50)
        throw StripeException::invalid(currency == QLatin1String("usd") ? QStringLiteral("Amount must be at least $0.50 usd")
                                                                        : QStringLiteral("Amount must be at least 50 %1 minor units").arg(currency),
                                       QStringLiteral("amount"), QStringLiteral("amount_too_small"));
    if (amount > 99999999)
        throw StripeException::invalid(QStringLiteral("Amount must be no more than 99999999"), QStringLiteral("amount"),
                                       QStringLiteral("amount_too_large"));
    return amount;
}

QString checkedCurrency(const QString &given)
{
    const QString currency = given.toLower();
    if (currency.size() != 3 || !std::all_of(currency.begin(), currency.end(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
        throw StripeException::invalid(QStringLiteral("Invalid currency: %1.").arg(given), QStringLiteral("currency"));
    return currency;
}

// off_session is true/false or, for recurring and one-off payments, the words Stripe takes.
bool offSession(const ApiRequest &request)
{
    const QString value = request.string(QStringLiteral("off_session"));
    if (value == QLatin1String("one_off") || value == QLatin1String("recurring"))
        return true;
    return request.boolean(QStringLiteral("off_session")).value_or(false);
}

// The fields create, update and confirm set the same way.
void applyFields(QJsonObject &intent, const ApiRequest &request)
{
    for (const QString &field : {QStringLiteral("description"), QStringLiteral("receipt_email"), QStringLiteral("statement_descriptor"),
                                 QStringLiteral("statement_descriptor_suffix"), QStringLiteral("transfer_group")}) {
        if (request.has(field))
            intent.insert(field, nullable(request.string(field)));
    }
    if (request.has(QStringLiteral("capture_method")))
        intent.insert(QStringLiteral("capture_method"), IntentParams::oneOf(request, QStringLiteral("capture_method"), kCaptureMethods));
    if (request.has(QStringLiteral("setup_future_usage"))) {
        // "" unsets it (update), as Stripe's empty value does.
        intent.insert(QStringLiteral("setup_future_usage"),
                      request.string(QStringLiteral("setup_future_usage")).isEmpty()
                          ? QJsonValue()
                          : QJsonValue(IntentParams::oneOf(request, QStringLiteral("setup_future_usage"), kFutureUsages)));
    }
    if (request.has(QStringLiteral("shipping")))
        intent.insert(QStringLiteral("shipping"), request.object(QStringLiteral("shipping")).isEmpty()
                                                      ? QJsonValue()
                                                      : QJsonValue(request.object(QStringLiteral("shipping"))));
    if (request.has(QStringLiteral("return_url")))
        intent.insert(QStringLiteral("_return_url"), request.string(QStringLiteral("return_url"))); // private: where 3-D Secure returns
}

QString resolvedMethod(const SandboxContext &ctx, const ApiRequest &request)
{
    const QJsonObject method = PaymentMethods::resolve(ctx, request.requiredString(QStringLiteral("payment_method")), QStringLiteral("payment_method"));
    PaymentMethods::checkReusable(method, QStringLiteral("payment_method"));
    return method.value(QStringLiteral("id")).toString();
}

ApiResponse answer(const SandboxContext &ctx, const PaymentIntentFlow::Attempt &attempt, const ApiRequest &request)
{
    if (attempt.error)
        return {attempt.error->status(), attempt.error->body()};
    return ctx.respond(attempt.intent, request);
}

PaymentIntentFlow::Confirmation confirmation(const ApiRequest &request)
{
    return {offSession(request), request.boolean(QStringLiteral("error_on_requires_action")).value_or(false)};
}

} // namespace

void PaymentIntentResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx, const QString &baseUrl)
{
    const PaymentIntentFlow flow(ctx, baseUrl);

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents"), kCreateParams, [&ctx, flow](const ApiRequest &request) {
        if (!request.has(QStringLiteral("amount")))
            throw StripeException::missingParam(QStringLiteral("amount"));
        const QString currency = checkedCurrency(request.requiredString(QStringLiteral("currency")));
        const qint64 amount = checkedAmount(request, currency);
        IntentParams::refuseInlineMethods(request);
        const QString customer = request.string(QStringLiteral("customer"));
        if (!customer.isEmpty())
            ctx.load(customer, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
        const bool confirm = request.boolean(QStringLiteral("confirm")).value_or(false);
        for (const QString &onlyWithConfirm : {QStringLiteral("off_session"), QStringLiteral("error_on_requires_action")}) {
            if (request.has(onlyWithConfirm) && !confirm)
                throw StripeException::invalid(QStringLiteral("You may only specify `%1` when `confirm` is true.").arg(onlyWithConfirm),
                                               onlyWithConfirm);
        }
        IntentParams::oneOf(request, QStringLiteral("confirmation_method"), {QStringLiteral("automatic"), QStringLiteral("manual")});
        const QString method = request.has(QStringLiteral("payment_method")) ? resolvedMethod(ctx, request) : QString();
        QJsonObject intent = flow.build(amount, currency, customer, method);
        applyFields(intent, request);
        intent.insert(QStringLiteral("metadata"), mergeMetadata({}, request));
        if (request.has(QStringLiteral("confirmation_method")))
            intent.insert(QStringLiteral("confirmation_method"), request.string(QStringLiteral("confirmation_method")));
        if (request.has(QStringLiteral("automatic_payment_methods")))
            intent.insert(QStringLiteral("automatic_payment_methods"), IntentParams::automaticPaymentMethods(request));
        if (request.has(QStringLiteral("allowed_payment_method_types")))
            intent.insert(QStringLiteral("allowed_payment_method_types"), IntentParams::allowedPaymentMethodTypes(request));
        // Clients pinned before endive may still name the types: then nothing is automatic.
        if (const QJsonArray types = IntentParams::paymentMethodTypes(request); !types.isEmpty()) {
            intent.insert(QStringLiteral("payment_method_types"), types);
            intent.insert(QStringLiteral("automatic_payment_methods"), QJsonValue());
        }
        ctx.save(intent);
        ctx.emitEvent(QStringLiteral("payment_intent.created"), intent, request);
        if (!confirm)
            return ctx.respond(intent, request);
        return answer(ctx, flow.confirm(intent, confirmation(request), request), request);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payment_intents/search"),
               Params{QStringLiteral("query"), QStringLiteral("limit"), QStringLiteral("page")}, [&ctx](const ApiRequest &request) {
        const SearchQuery query = SearchQuery::parse(request.requiredString(QStringLiteral("query")),
                                                     {QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("customer"),
                                                      QStringLiteral("status"), QStringLiteral("created")});
        return SearchQuery::respond(ctx, kType, QStringLiteral("/v1/payment_intents/search"), query, request);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payment_intents/:id"), Params{QStringLiteral("client_secret")},
               [&ctx](const ApiRequest &request) {
        return ctx.respond(ctx.load(request.pathArgs.at(0), kType, kResource), request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents/:id"), kUpdateParams, [&ctx](const ApiRequest &request) {
        QJsonObject intent = ctx.load(request.pathArgs.at(0), kType, kResource);
        IntentParams::refuseInlineMethods(request);
        const QString status = intent.value(QStringLiteral("status")).toString();
        const QStringList &open = IntentStates::confirmable(); // still undecided
        // Once the payment is decided, only its descriptive fields may change.
        const QStringList alwaysEditable{QStringLiteral("metadata"), QStringLiteral("description"), QStringLiteral("receipt_email"),
                                         QStringLiteral("shipping"), QStringLiteral("expand")};
        if (!open.contains(status)) {
            for (auto it = request.params.begin(); it != request.params.end(); ++it) {
                if (!alwaysEditable.contains(it.key()))
                    throw StripeException::invalid(QStringLiteral("You cannot update %1 on a PaymentIntent with a status of %2. Only a "
                                                                  "PaymentIntent with one of the following statuses may be updated: %3.")
                                                       .arg(it.key(), status, open.join(QStringLiteral(", "))),
                                                   it.key(), QStringLiteral("payment_intent_unexpected_state"));
            }
        }
        const QString currency = request.has(QStringLiteral("currency")) ? checkedCurrency(request.string(QStringLiteral("currency")))
                                                                          : intent.value(QStringLiteral("currency")).toString();
        intent.insert(QStringLiteral("currency"), currency);
        if (request.has(QStringLiteral("amount")))
            intent.insert(QStringLiteral("amount"), checkedAmount(request, currency));
        if (request.has(QStringLiteral("customer"))) {
            const QString customer = request.string(QStringLiteral("customer"));
            if (!customer.isEmpty())
                ctx.load(customer, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
            intent.insert(QStringLiteral("customer"), nullable(customer));
        }
        if (request.has(QStringLiteral("payment_method"))) {
            intent.insert(QStringLiteral("payment_method"), resolvedMethod(ctx, request));
            intent.insert(QStringLiteral("status"), QStringLiteral("requires_confirmation"));
            intent.insert(QStringLiteral("next_action"), QJsonValue());
        }
        applyFields(intent, request);
        intent.insert(QStringLiteral("metadata"), mergeMetadata(intent.value(QStringLiteral("metadata")).toObject(), request));
        ctx.save(intent); // Stripe has no payment_intent.updated event
        return ctx.respond(intent, request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents/:id/confirm"), kConfirmParams, [&ctx, flow](const ApiRequest &request) {
        QJsonObject intent = ctx.load(request.pathArgs.at(0), kType, kResource);
        IntentParams::refuseInlineMethods(request);
        IntentStates::require(intent, QStringLiteral("confirm"), IntentStates::confirmable());
        if (request.has(QStringLiteral("payment_method")))
            intent.insert(QStringLiteral("payment_method"), resolvedMethod(ctx, request));
        applyFields(intent, request);
        return answer(ctx, flow.confirm(intent, confirmation(request), request), request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents/:id/capture"), kCaptureParams, [&ctx, flow](const ApiRequest &request) {
        QJsonObject intent = ctx.load(request.pathArgs.at(0), kType, kResource);
        for (const QString &field : {QStringLiteral("statement_descriptor"), QStringLiteral("statement_descriptor_suffix")}) {
            if (request.has(field))
                intent.insert(field, nullable(request.string(field)));
        }
        intent.insert(QStringLiteral("metadata"), mergeMetadata(intent.value(QStringLiteral("metadata")).toObject(), request));
        return ctx.respond(flow.capture(intent, request.integer(QStringLiteral("amount_to_capture")), request), request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents/:id/cancel"), Params{QStringLiteral("cancellation_reason")},
               [&ctx, flow](const ApiRequest &request) {
        const QJsonObject intent = ctx.load(request.pathArgs.at(0), kType, kResource);
        const QString reason = IntentParams::oneOf(request, QStringLiteral("cancellation_reason"),
                                                   {QStringLiteral("abandoned"), QStringLiteral("duplicate"), QStringLiteral("fraudulent"),
                                                    QStringLiteral("requested_by_customer")});
        return ctx.respond(flow.cancel(intent, reason, request), request);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payment_intents"),
               ApiRouter::kListParams + Params{QStringLiteral("created"), QStringLiteral("customer"), QStringLiteral("customer_account")},
               [&ctx](const ApiRequest &request) {
        QList<Condition> conditions;
        if (!request.string(QStringLiteral("customer")).isEmpty())
            conditions.append({QStringLiteral("$.customer"), QStringLiteral("="), {request.string(QStringLiteral("customer"))}});
        SandboxContext::addCreatedFilter(request, conditions);
        return ctx.listObjects(kType, conditions, QStringLiteral("/v1/payment_intents"), request);
    });
}

} // namespace sandbox
