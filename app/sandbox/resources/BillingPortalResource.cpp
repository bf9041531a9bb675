#include "BillingPortalResource.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"

namespace sandbox {

void BillingPortalResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx, const QString &baseUrl)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/billing_portal/sessions"), Params{QStringLiteral("after_expiration"), QStringLiteral("customer_account"), QStringLiteral("customer"), QStringLiteral("return_url"), QStringLiteral("configuration"), QStringLiteral("flow_data"), QStringLiteral("locale"), QStringLiteral("on_behalf_of")}, [&ctx, baseUrl](const ApiRequest &request) {
        const QString customer = request.requiredString(QStringLiteral("customer"));
        ctx.load(customer, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
        const QString id = ctx.ids.next(QStringLiteral("bps_"));
        const QJsonObject session{
            {QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("billing_portal.session")},
            {QStringLiteral("configuration"), QStringLiteral("bpc_sandbox_default")},
            {QStringLiteral("created"), ctx.clock.now()},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("flow"), QJsonValue()},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("locale"), QJsonValue()},
            {QStringLiteral("on_behalf_of"), QJsonValue()},
            {QStringLiteral("return_url"), request.string(QStringLiteral("return_url"))},
            {QStringLiteral("url"), QString(baseUrl + QStringLiteral("/p/session/") + id)},
        };
        ctx.save(session);
        return ApiResponse{200, session};
    });
}

} // namespace sandbox
