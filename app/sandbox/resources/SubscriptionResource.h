#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/subscriptions: retrieve, list (status incl. all/ended, customer, price, created),
// search, update (cancel_at_period_end, cancel_at, metadata, price change), cancel
// (DELETE), pause and resume.
namespace SubscriptionResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
