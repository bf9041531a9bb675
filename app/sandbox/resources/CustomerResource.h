#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/customers: create, retrieve, update, delete, list (email, created), search.
namespace CustomerResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
