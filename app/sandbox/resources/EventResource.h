#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/events: retrieve and list with type (a name or a "prefix.*" wildcard) or
// types[] (not both), created filters and delivery_success=false.
namespace EventResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
