#pragma once

namespace sandbox {

class ApiRouter;
class WebhookDispatcher;
struct SandboxContext;

// /v1/webhook_endpoints (the secret is returned on create only), plus the
// sandbox-only /v1/webhook_endpoints/{id}/attempts listing of delivery attempts.
namespace WebhookEndpointResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context, WebhookDispatcher &dispatcher);
}

} // namespace sandbox
