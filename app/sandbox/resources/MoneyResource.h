#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// What money left behind, read-only as on Stripe: invoice payments, charges (refunds
// includable), disputes. Invoices: InvoiceResource; payment methods and intents: their
// own resources; refunds: RefundResource; balance and its transactions: BalanceResource.
namespace MoneyResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
