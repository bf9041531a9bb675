#include "TestClockResource.h"

#include "ApiRouter.h"
#include "CustomerResource.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/SubscriptionLifecycle.h"

namespace sandbox {

namespace {
const QString kType = QStringLiteral("test_helpers.test_clock");
const QString kResource = QStringLiteral("test_clock");
constexpr qint64 kLifetime = 30 * 24 * 3600;       // Stripe deletes clocks after 30 days
constexpr qint64 kMaxAdvance = 2 * 366 * 24 * 3600; // two years at a time

qint64 requiredTime(const ApiRequest &request)
{
    const auto frozen = request.integer(QStringLiteral("frozen_time"));
    if (!frozen)
        throw StripeException::missingParam(QStringLiteral("frozen_time"));
    return *frozen;
}
} // namespace

void TestClockResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/test_helpers/test_clocks"),
               Params{QStringLiteral("frozen_time"), QStringLiteral("name"), QStringLiteral("customer")}, [&ctx](const ApiRequest &request) {
        const qint64 frozen = requiredTime(request);
        // An existing customer may be put on the new clock (for good, as on Stripe).
        QJsonObject customer;
        if (request.has(QStringLiteral("customer"))) {
            customer = ctx.load(request.string(QStringLiteral("customer")), QStringLiteral("customer"), QStringLiteral("customer"),
                                QStringLiteral("customer"));
            if (!customer.value(QStringLiteral("test_clock")).isNull())
                throw StripeException::invalid(QStringLiteral("The customer is already attached to a test clock."), QStringLiteral("customer"));
        }
        const qint64 now = ctx.clock.now();
        if (frozen < now)
            throw StripeException::invalid(QStringLiteral("stripe-sandbox runs one account clock, now at %1: a test clock starts "
                                                          "there or later.").arg(now),
                                           QStringLiteral("frozen_time"));
        if (frozen - now > kMaxAdvance)
            throw StripeException::invalid(QStringLiteral("frozen_time may be at most two years ahead."), QStringLiteral("frozen_time"));
        if (frozen > now)
            SubscriptionLifecycle(ctx).advanceTo(frozen);
        const QJsonObject clock{
            {QStringLiteral("id"), ctx.ids.next(QStringLiteral("clock_"))},
            {QStringLiteral("object"), kType},
            {QStringLiteral("created"), frozen},
            {QStringLiteral("deletes_after"), frozen + kLifetime},
            {QStringLiteral("frozen_time"), frozen},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("name"), request.has(QStringLiteral("name")) ? QJsonValue(request.string(QStringLiteral("name"))) : QJsonValue()},
            {QStringLiteral("status"), QStringLiteral("ready")},
            {QStringLiteral("status_details"), QJsonObject()},
        };
        ctx.save(clock);
        ctx.emitEvent(QStringLiteral("test_helpers.test_clock.created"), clock, request);
        if (!customer.isEmpty()) {
            const QJsonObject previous{{QStringLiteral("test_clock"), QJsonValue()}};
            customer.insert(QStringLiteral("test_clock"), clock.value(QStringLiteral("id")));
            ctx.save(customer);
            ctx.emitEvent(QStringLiteral("customer.updated"), customer, request, previous);
        }
        return ctx.respond(clock, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/test_helpers/test_clocks/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(ctx.load(request.pathArgs.at(0), kType, kResource), request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/test_helpers/test_clocks"), ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        return ctx.listObjects(kType, {{QStringLiteral("$.deleted"), QStringLiteral("IS NULL"), {}}},
                               QStringLiteral("/v1/test_helpers/test_clocks"), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/test_helpers/test_clocks/:id/advance"), Params{QStringLiteral("frozen_time")},
               [&ctx](const ApiRequest &request) {
        QJsonObject clock = ctx.load(request.pathArgs.at(0), kType, kResource);
        const qint64 target = requiredTime(request);
        const qint64 from = clock.value(QStringLiteral("frozen_time")).toInteger();
        if (target <= from)
            throw StripeException::invalid(QStringLiteral("The test clock's frozen time can only be advanced forward: %1 is not after %2.")
                                               .arg(target).arg(from),
                                           QStringLiteral("frozen_time"));
        if (target - from > kMaxAdvance)
            throw StripeException::invalid(QStringLiteral("A test clock advances at most two years at a time."), QStringLiteral("frozen_time"));
        clock.insert(QStringLiteral("status"), QStringLiteral("advancing"));
        const QJsonObject advancing = clock;
        ctx.emitEvent(QStringLiteral("test_helpers.test_clock.advancing"), advancing, request);
        if (target > ctx.clock.now())
            SubscriptionLifecycle(ctx).advanceTo(target);
        clock.insert(QStringLiteral("frozen_time"), target);
        clock.insert(QStringLiteral("status"), QStringLiteral("ready"));
        ctx.save(clock);
        ctx.emitEvent(QStringLiteral("test_helpers.test_clock.ready"), clock, request);
        // What Stripe answers: the clock as it starts advancing (clients poll for ready).
        QJsonObject answer = advancing;
        answer.insert(QStringLiteral("frozen_time"), target);
        return ctx.respond(answer, request);
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/test_helpers/test_clocks/:id"), {}, [&ctx](const ApiRequest &request) {
        const QJsonObject clock = ctx.load(request.pathArgs.at(0), kType, kResource);
        for (const QJsonObject &customer : ctx.store.all(QStringLiteral("customer"),
                                                         {{QStringLiteral("$.test_clock"), QStringLiteral("="), {request.pathArgs.at(0)}},
                                                          {QStringLiteral("$.deleted"), QStringLiteral("IS NULL"), {}}}))
            CustomerResource::remove(ctx, customer, request);
        const QJsonObject deleted{{QStringLiteral("id"), clock.value(QStringLiteral("id"))},
                                  {QStringLiteral("object"), kType},
                                  {QStringLiteral("deleted"), true}};
        ctx.store.remove(request.pathArgs.at(0));
        ctx.emitEvent(QStringLiteral("test_helpers.test_clock.deleted"), clock, request);
        return ApiResponse{200, deleted};
    });
}

} // namespace sandbox
