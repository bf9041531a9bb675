#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// What money left behind, read-only as on Stripe: invoices (+ lines), invoice
// payments, payment intents, charges (refunds includable), disputes, payment
// methods. Refunds: RefundResource; balance and its transactions: BalanceResource.
namespace MoneyResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
