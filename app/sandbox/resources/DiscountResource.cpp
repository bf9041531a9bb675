#include "DiscountResource.h"

#include "ApiRouter.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/Discounts.h"

#include <QJsonArray>

namespace sandbox {

namespace {
StripeException noDiscount(const QString &what, const QString &id)
{
    return StripeException(404, QStringLiteral("invalid_request_error"), QStringLiteral("No active discount for %1: '%2'").arg(what, id),
                           QStringLiteral("resource_missing"), QStringLiteral("id"));
}
} // namespace

void DiscountResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/subscriptions/:id/discount"), {}, [&ctx](const ApiRequest &request) {
        QJsonObject subscription = ctx.load(request.pathArgs.at(0), QStringLiteral("subscription"), QStringLiteral("subscription"));
        const QJsonValue before = subscription.value(QStringLiteral("discounts"));
        const QJsonObject deleted = Discounts(ctx).removeFromSubscription(subscription, request);
        if (deleted.isEmpty())
            throw noDiscount(QStringLiteral("subscription"), request.pathArgs.at(0));
        ctx.save(subscription);
        ctx.emitEvent(QStringLiteral("customer.subscription.updated"), subscription, request, {{QStringLiteral("discounts"), before}});
        return ApiResponse{200, deleted};
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/customers/:id/discount"), {}, [&ctx](const ApiRequest &request) {
        QJsonObject customer = ctx.load(request.pathArgs.at(0), QStringLiteral("customer"), QStringLiteral("customer"));
        const QJsonValue before = customer.value(QStringLiteral("discount"));
        const auto discount = ctx.store.get(before.toObject().value(QStringLiteral("id")).toString());
        if (!before.isObject() || !discount || discount->value(QStringLiteral("deleted")).toBool())
            throw noDiscount(QStringLiteral("customer"), request.pathArgs.at(0));
        const QJsonObject deleted = Discounts(ctx).remove(*discount, request);
        customer.insert(QStringLiteral("discount"), QJsonValue());
        ctx.save(customer);
        ctx.emitEvent(QStringLiteral("customer.updated"), customer, request, {{QStringLiteral("discount"), before}});
        return ApiResponse{200, deleted};
    });
}

} // namespace sandbox
