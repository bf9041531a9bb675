#pragma once

#include <QJsonObject>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// POST /v1/subscriptions: reads the request the way Stripe does (its refusals
// included) and starts the subscription on SubscriptionLifecycle's shared path.
QJsonObject createSubscription(const SandboxContext &ctx, const ApiRequest &request);

} // namespace sandbox
