#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/promotion_codes: customer-facing codes for a coupon (promotion[type]=coupon),
// unique among active codes regardless of case; create, retrieve, update (active,
// metadata, restrictions), list (active, code, coupon, customer, created).
namespace PromotionCodeResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
