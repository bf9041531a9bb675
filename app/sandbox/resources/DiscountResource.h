#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// Removing a discount: DELETE /v1/subscriptions/:id/discount and
// DELETE /v1/customers/:id/discount (customer.discount.deleted).
namespace DiscountResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
