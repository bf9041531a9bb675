#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/disputes: retrieve, list (charge, payment_intent, created), update (evidence,
// metadata, submit) and close (accept the loss), with the charge.dispute.* events
// (billing/DisputeFlow). Disputes open from 4000 0000 0000 0259 payments.
namespace DisputeResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
