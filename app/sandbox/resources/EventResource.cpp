#include "EventResource.h"

#include "ApiRouter.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QJsonArray>

namespace sandbox {

void EventResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/events/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(ctx.load(request.pathArgs.at(0), QStringLiteral("event"), QStringLiteral("event")), request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/events"), Params{QStringLiteral("type"), QStringLiteral("types"), QStringLiteral("created"), QStringLiteral("delivery_success")} + ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        QList<Condition> conditions;
        const QString type = request.string(QStringLiteral("type"));
        QVariantList types;
        for (const QJsonValue &t : request.params.value(QStringLiteral("types")).toArray())
            types << t.toString();
        if (!type.isEmpty() && !types.isEmpty())
            throw StripeException::invalid(QStringLiteral("You may only specify one of these parameters: type, types."), QStringLiteral("types"));
        if (types.size() > 20)
            throw StripeException::invalid(QStringLiteral("You may specify at most 20 types."), QStringLiteral("types"));
        if (type.endsWith(QLatin1String(".*"))) {
            const QString prefix = type.chopped(1); // keeps the dot: "customer.subscription."
            QString upper = prefix;
            upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
            conditions.append({QStringLiteral("$.type"), QStringLiteral(">="), {prefix}});
            conditions.append({QStringLiteral("$.type"), QStringLiteral("<"), {upper}});
        } else if (!type.isEmpty()) {
            conditions.append({QStringLiteral("$.type"), QStringLiteral("="), {type}});
        } else if (!types.isEmpty()) {
            conditions.append({QStringLiteral("$.type"), QStringLiteral("IN"), types});
        }
        if (const auto delivered = request.boolean(QStringLiteral("delivery_success"))) {
            // Undelivered: endpoints are still waiting for it.
            conditions.append({QStringLiteral("$.pending_webhooks"), *delivered ? QStringLiteral("=") : QStringLiteral(">"), {0}});
        }
        SandboxContext::addCreatedFilter(request, conditions);
        return ctx.listObjects(QStringLiteral("event"), conditions, QStringLiteral("/v1/events"), request);
    });
}

} // namespace sandbox
