#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/coupons: create (percent or amount off, once/repeating/forever, limits), retrieve,
// update (name, metadata), delete, list. `valid` and `times_redeemed` follow redemptions
// (billing/Discounts).
namespace CouponResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
