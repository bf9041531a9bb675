#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/refunds: create (by charge or payment_intent, full or partial), retrieve,
// update (metadata), list (charge, payment_intent, created), cancel (Stripe's
// refusal: card refunds never wait on the customer); a charge's refunds
// (GET /v1/charges/:id/refunds[/:refund]). billing/RefundFlow has the rules.
namespace RefundResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
