#include "SetupIntentResource.h"

#include "ApiRouter.h"
#include "IntentParams.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/IntentStates.h"
#include "billing/PaymentMethods.h"
#include "billing/SetupIntentFlow.h"

namespace sandbox {

namespace {

const QString kType = QStringLiteral("setup_intent");
const QString kResource = QStringLiteral("setup_intent");

const Params kCreateParams{
    QStringLiteral("allowed_payment_method_types"), QStringLiteral("attach_to_self"), QStringLiteral("automatic_payment_methods[enabled]"),
    QStringLiteral("automatic_payment_methods[allow_redirects]"), QStringLiteral("confirm"), QStringLiteral("confirmation_token"),
    QStringLiteral("customer"), QStringLiteral("customer_account"), QStringLiteral("description"),
    QStringLiteral("excluded_payment_method_types"), QStringLiteral("flow_directions"), QStringLiteral("mandate_data"),
    QStringLiteral("metadata"), QStringLiteral("on_behalf_of"), QStringLiteral("payment_method"),
    QStringLiteral("payment_method_configuration"), QStringLiteral("payment_method_data"), QStringLiteral("payment_method_options"),
    QStringLiteral("payment_method_types"), QStringLiteral("return_url"), QStringLiteral("single_use"), QStringLiteral("usage"), QStringLiteral("use_stripe_sdk")};

const Params kUpdateParams{
    QStringLiteral("allowed_payment_method_types"), QStringLiteral("attach_to_self"), QStringLiteral("customer"),
    QStringLiteral("customer_account"), QStringLiteral("description"), QStringLiteral("excluded_payment_method_types"),
    QStringLiteral("flow_directions"), QStringLiteral("metadata"), QStringLiteral("payment_method"),
    QStringLiteral("payment_method_configuration"), QStringLiteral("payment_method_data"), QStringLiteral("payment_method_options")};

const Params kConfirmParams{
    QStringLiteral("allowed_payment_method_types"), QStringLiteral("confirmation_token"), QStringLiteral("mandate_data"),
    QStringLiteral("payment_method"), QStringLiteral("payment_method_data"), QStringLiteral("payment_method_options"),
    QStringLiteral("return_url"), QStringLiteral("use_stripe_sdk"), QStringLiteral("client_secret")};

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QString resolvedMethod(const SandboxContext &ctx, const ApiRequest &request)
{
    const QJsonObject method = PaymentMethods::resolve(ctx, request.requiredString(QStringLiteral("payment_method")), QStringLiteral("payment_method"));
    PaymentMethods::checkReusable(method, QStringLiteral("payment_method"));
    return method.value(QStringLiteral("id")).toString();
}

QString checkedCustomer(const SandboxContext &ctx, const ApiRequest &request)
{
    const QString customer = request.string(QStringLiteral("customer"));
    if (!customer.isEmpty())
        ctx.load(customer, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
    return customer;
}

ApiResponse answer(const SandboxContext &ctx, const SetupIntentFlow::Attempt &attempt, const ApiRequest &request)
{
    if (attempt.error)
        return {attempt.error->status(), attempt.error->body()};
    return ctx.respond(attempt.intent, request);
}

} // namespace

void SetupIntentResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx, const QString &baseUrl)
{
    const SetupIntentFlow flow(ctx, baseUrl);

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/setup_intents"), kCreateParams, [&ctx, flow](const ApiRequest &request) {
        IntentParams::refuseInlineMethods(request);
        const QString customer = checkedCustomer(ctx, request);
        const QString usage = IntentParams::oneOf(request, QStringLiteral("usage"), {QStringLiteral("off_session"), QStringLiteral("on_session")});
        const QString method = request.has(QStringLiteral("payment_method")) ? resolvedMethod(ctx, request) : QString();
        const bool confirm = request.boolean(QStringLiteral("confirm")).value_or(false);
        QJsonObject intent = flow.build(customer, method, usage);
        intent.insert(QStringLiteral("description"), nullable(request.string(QStringLiteral("description"))));
        intent.insert(QStringLiteral("metadata"), mergeMetadata({}, request));
        if (request.has(QStringLiteral("automatic_payment_methods")))
            intent.insert(QStringLiteral("automatic_payment_methods"), IntentParams::automaticPaymentMethods(request));
        if (request.has(QStringLiteral("allowed_payment_method_types")))
            intent.insert(QStringLiteral("allowed_payment_method_types"), IntentParams::allowedPaymentMethodTypes(request));
        // Clients pinned before endive may still name the types: then nothing is automatic.
        if (const QJsonArray types = IntentParams::paymentMethodTypes(request); !types.isEmpty()) {
            intent.insert(QStringLiteral("payment_method_types"), types);
            intent.insert(QStringLiteral("automatic_payment_methods"), QJsonValue());
        }

        if (request.has(QStringLiteral("return_url")))
            intent.insert(QStringLiteral("_return_url"), request.string(QStringLiteral("return_url"))); // private: where 3-D Secure returns
        ctx.save(intent);
        ctx.emitEvent(QStringLiteral("setup_intent.created"), intent, request);
        if (!confirm)
            return ctx.respond(intent, request);
        return answer(ctx, flow.confirm(intent, request), request);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/setup_intents/:id"), Params{QStringLiteral("client_secret")},
               [&ctx](const ApiRequest &request) {
        return ctx.respond(ctx.load(request.pathArgs.at(0), kType, kResource), request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/setup_intents/:id"), kUpdateParams, [&ctx](const ApiRequest &request) {
        QJsonObject intent = ctx.load(request.pathArgs.at(0), kType, kResource);
        IntentParams::refuseInlineMethods(request);
        const QString status = intent.value(QStringLiteral("status")).toString();
        const QStringList &open = IntentStates::confirmable(); // still undecided
        if (!open.contains(status) && (request.has(QStringLiteral("payment_method")) || request.has(QStringLiteral("customer"))))
            throw IntentStates::unexpected(intent, QStringLiteral("update"), open);
        if (request.has(QStringLiteral("customer")))
            intent.insert(QStringLiteral("customer"), nullable(checkedCustomer(ctx, request)));
        if (request.has(QStringLiteral("payment_method"))) {
            intent.insert(QStringLiteral("payment_method"), resolvedMethod(ctx, request));
            intent.insert(QStringLiteral("status"), QStringLiteral("requires_confirmation"));
            intent.insert(QStringLiteral("next_action"), QJsonValue());
        }
        if (request.has(QStringLiteral("description")))
            intent.insert(QStringLiteral("description"), nullable(request.string(QStringLiteral("description"))));
        intent.insert(QStringLiteral("metadata"), mergeMetadata(intent.value(QStringLiteral("metadata")).toObject(), request));
        ctx.save(intent); // Stripe has no setup_intent.updated event
        return ctx.respond(intent, request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/setup_intents/:id/confirm"), kConfirmParams, [&ctx, flow](const ApiRequest &request) {
        QJsonObject intent = ctx.load(request.pathArgs.at(0), kType, kResource);
        IntentParams::refuseInlineMethods(request);
        IntentStates::require(intent, QStringLiteral("confirm"), IntentStates::confirmable());
        if (request.has(QStringLiteral("payment_method")))
            intent.insert(QStringLiteral("payment_method"), resolvedMethod(ctx, request));
        if (request.has(QStringLiteral("return_url")))
            intent.insert(QStringLiteral("_return_url"), request.string(QStringLiteral("return_url")));
        return answer(ctx, flow.confirm(intent, request), request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/setup_intents/:id/cancel"), Params{QStringLiteral("cancellation_reason")},
               [&ctx, flow](const ApiRequest &request) {
        const QJsonObject intent = ctx.load(request.pathArgs.at(0), kType, kResource);
        const QString reason = IntentParams::oneOf(request, QStringLiteral("cancellation_reason"),
                                                   {QStringLiteral("abandoned"), QStringLiteral("duplicate"),
                                                    QStringLiteral("requested_by_customer")});
        return ctx.respond(flow.cancel(intent, reason, request), request);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/setup_intents"),
               ApiRouter::kListParams + Params{QStringLiteral("attach_to_self"), QStringLiteral("created"), QStringLiteral("customer"),
                                               QStringLiteral("customer_account"), QStringLiteral("payment_method")},
               [&ctx](const ApiRequest &request) {
        QList<Condition> conditions;
        for (const QString &filter : {QStringLiteral("customer"), QStringLiteral("payment_method")}) {
            if (!request.string(filter).isEmpty())
                conditions.append({QStringLiteral("$.") + filter, QStringLiteral("="), {request.string(filter)}});
        }
        SandboxContext::addCreatedFilter(request, conditions);
        return ctx.listObjects(kType, conditions, QStringLiteral("/v1/setup_intents"), request);
    });
}

} // namespace sandbox
