#include "TestHelperResource.h"

#include "ApiRouter.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "billing/SubscriptionLifecycle.h"

namespace sandbox {

namespace {
constexpr qint64 kMaxAdvance = 2 * 366 * 24 * 3600; // Stripe test clocks allow two years

QJsonObject clockObject(const SandboxContext &ctx, int steps = 0)
{
    return {{QStringLiteral("object"), QStringLiteral("test_helpers.sandbox_clock")},
            {QStringLiteral("frozen_time"), ctx.clock.now()},
            {QStringLiteral("offset"), ctx.clock.offset()},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("status"), QStringLiteral("ready")}};
}
} // namespace

void TestHelperResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/test_helpers/clock"), {}, [&ctx](const ApiRequest &) {
        return ApiResponse{200, clockObject(ctx)};
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/test_helpers/advance"), Params{QStringLiteral("frozen_time"), QStringLiteral("seconds"), QStringLiteral("days")}, [&ctx](const ApiRequest &request) {
        const qint64 now = ctx.clock.now();
        qint64 target = now;
        if (const auto frozen = request.integer(QStringLiteral("frozen_time")))
            target = *frozen;
        else if (const auto seconds = request.integer(QStringLiteral("seconds")))
            target = now + *seconds;
        else if (const auto days = request.integer(QStringLiteral("days")))
            target = now + *days * 24 * 3600;
        else
            throw StripeException::missingParam(QStringLiteral("frozen_time"));
        if (target <= now)
            throw StripeException::invalid(QStringLiteral("The sandbox clock only moves forward."), QStringLiteral("frozen_time"));
        if (target - now > kMaxAdvance)
            throw StripeException::invalid(QStringLiteral("Advance at most two years at a time."), QStringLiteral("frozen_time"));
        const int steps = SubscriptionLifecycle(ctx).advanceTo(target);
        return ApiResponse{200, clockObject(ctx, steps)};
    });
}

} // namespace sandbox
