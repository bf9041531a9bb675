#include "DisputeResource.h"

#include "ApiRouter.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/DisputeFlow.h"

namespace sandbox {

namespace {
const QString kType = QStringLiteral("dispute");
}

void DisputeResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/disputes/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(ctx.load(request.pathArgs.at(0), kType, kType), request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/disputes"),
               ApiRouter::kListParams + Params{QStringLiteral("charge"), QStringLiteral("payment_intent"), QStringLiteral("created")},
               [&ctx](const ApiRequest &request) {
                   QList<Condition> conditions;
                   for (const QString &field : {QStringLiteral("charge"), QStringLiteral("payment_intent")}) {
                       if (request.has(field))
                           conditions.append({QStringLiteral("$.") + field, QStringLiteral("="), {request.string(field)}});
                   }
                   SandboxContext::addCreatedFilter(request, conditions);
                   return ctx.listObjects(kType, conditions, QStringLiteral("/v1/disputes"), request);
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/disputes/:id"),
               Params{QStringLiteral("evidence"), QStringLiteral("intended_submission_method"), QStringLiteral("metadata"), QStringLiteral("submit")},
               [&ctx](const ApiRequest &request) {
                   const QJsonObject dispute = ctx.load(request.pathArgs.at(0), kType, kType);
                   return ctx.respond(DisputeFlow(ctx).update(dispute, request.object(QStringLiteral("evidence")),
                                                              request.boolean(QStringLiteral("submit")).value_or(true), request),
                                      request);
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/disputes/:id/close"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(DisputeFlow(ctx).close(ctx.load(request.pathArgs.at(0), kType, kType), request), request);
    });
}

} // namespace sandbox
