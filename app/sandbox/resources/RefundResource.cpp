#include "RefundResource.h"

#include "ApiRouter.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/RefundFlow.h"

namespace sandbox {

namespace {

const QStringList kReasons{QStringLiteral("duplicate"), QStringLiteral("fraudulent"), QStringLiteral("requested_by_customer")};

QJsonObject createRefund(const SandboxContext &ctx, const ApiRequest &request)
{
    QString chargeId = request.string(QStringLiteral("charge"));
    const QString intentId = request.string(QStringLiteral("payment_intent"));
    if (chargeId.isEmpty()) {
        if (intentId.isEmpty())
            throw StripeException::invalid(QStringLiteral("One of the following params should be provided for this request: "
                                                          "payment_intent or charge."), QStringLiteral("charge"), QStringLiteral("parameter_missing"));
        const QJsonObject intent = ctx.load(intentId, QStringLiteral("payment_intent"), QStringLiteral("payment_intent"), QStringLiteral("payment_intent"));
        chargeId = intent.value(QStringLiteral("latest_charge")).toString();
        if (intent.value(QStringLiteral("status")).toString() != QLatin1String("succeeded") || chargeId.isEmpty())
            throw StripeException::invalid(QStringLiteral("This PaymentIntent does not have a successful charge to refund."),
                                           QStringLiteral("payment_intent"));
    }
    const QJsonObject charge = ctx.load(chargeId, QStringLiteral("charge"), QStringLiteral("charge"), QStringLiteral("charge"));
    if (!intentId.isEmpty() && charge.value(QStringLiteral("payment_intent")).toString() != intentId)
        throw StripeException::invalid(QStringLiteral("Charge %1 does not belong to PaymentIntent %2.").arg(chargeId, intentId),
                                       QStringLiteral("payment_intent"));
    const QString reason = request.string(QStringLiteral("reason"));
    if (request.has(QStringLiteral("reason")) && !kReasons.contains(reason))
        throw StripeException::invalid(QStringLiteral("Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer"),
                                       QStringLiteral("reason"));
    return RefundFlow(ctx).create(charge, request.integer(QStringLiteral("amount")), reason, mergeMetadata({}, request), request);
}

QJsonObject loadRefund(const SandboxContext &ctx, const ApiRequest &request, int arg = 0)
{
    return ctx.load(request.pathArgs.at(arg), QStringLiteral("refund"), QStringLiteral("refund"));
}

} // namespace

void RefundResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/refunds"),
               Params{QStringLiteral("amount"), QStringLiteral("charge"), QStringLiteral("currency"), QStringLiteral("customer"),
                      QStringLiteral("instructions_email"), QStringLiteral("metadata"), QStringLiteral("origin"), QStringLiteral("payment_intent"),
                      QStringLiteral("reason"), QStringLiteral("refund_application_fee"), QStringLiteral("reverse_transfer")},
               [&ctx](const ApiRequest &request) { return ctx.respond(createRefund(ctx, request), request); });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/refunds/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(loadRefund(ctx, request), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/refunds/:id"), Params{QStringLiteral("metadata")}, [&ctx](const ApiRequest &request) {
        QJsonObject refund = loadRefund(ctx, request);
        const QJsonObject before = refund.value(QStringLiteral("metadata")).toObject();
        refund.insert(QStringLiteral("metadata"), mergeMetadata(before, request));
        ctx.save(refund);
        if (refund.value(QStringLiteral("metadata")).toObject() != before)
            ctx.emitEvent(QStringLiteral("refund.updated"), refund, request, {{QStringLiteral("metadata"), before}});
        return ctx.respond(refund, request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/refunds/:id/cancel"), {}, [&ctx](const ApiRequest &request) -> ApiResponse {
        RefundFlow(ctx).cancel(loadRefund(ctx, request));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/refunds"),
               ApiRouter::kListParams + Params{QStringLiteral("charge"), QStringLiteral("created"), QStringLiteral("payment_intent")},
               [&ctx](const ApiRequest &request) {
                   QList<Condition> conditions;
                   for (const QString &field : {QStringLiteral("charge"), QStringLiteral("payment_intent")}) {
                       const QString value = request.string(field);
                       if (!value.isEmpty())
                           conditions.append({QStringLiteral("$.") + field, QStringLiteral("="), {value}});
                   }
                   SandboxContext::addCreatedFilter(request, conditions);
                   return ctx.listObjects(QStringLiteral("refund"), conditions, QStringLiteral("/v1/refunds"), request);
               });

    // A charge's own refunds, as the charge's `refunds` list links them.
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/charges/:id/refunds"), ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        const QString chargeId = ctx.load(request.pathArgs.at(0), QStringLiteral("charge"), QStringLiteral("charge")).value(QStringLiteral("id")).toString();
        return ctx.listObjects(QStringLiteral("refund"), {{QStringLiteral("$.charge"), QStringLiteral("="), {chargeId}}},
                               QStringLiteral("/v1/charges/%1/refunds").arg(chargeId), request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/charges/:id/refunds/:refund"), {}, [&ctx](const ApiRequest &request) {
        const QJsonObject refund = loadRefund(ctx, request, 1);
        if (refund.value(QStringLiteral("charge")).toString() != request.pathArgs.at(0))
            throw StripeException::notFound(QStringLiteral("refund"), request.pathArgs.at(1));
        return ctx.respond(refund, request);
    });
}

} // namespace sandbox
