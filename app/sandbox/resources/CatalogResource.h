#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// The catalogue: /v1/products and /v1/prices (recurring month/year, lookup_key).
namespace CatalogResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
