#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// The account's money: GET /v1/balance, balance transactions (GET
// /v1/balance_transactions[/:id], with the payout= reconciliation filter, and its
// older alias /v1/balance/history), GET/POST /v1/balance_settings.
namespace BalanceResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
