#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/payouts: create (manual payouts from the available balance), retrieve,
// update (metadata), list (status, arrival_date, created, destination), cancel
// (pending manual payouts), reverse (refused: connected accounts only). Automatic
// payouts come from billing/PayoutSchedule as the sandbox clock moves.
// POST /v1/test_helpers/bank_account (account_number, routing_number) gives the
// account a new bank account: Stripe's test numbers decide whether payouts to it
// fail (see PayoutSchedule.h).
namespace PayoutResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
