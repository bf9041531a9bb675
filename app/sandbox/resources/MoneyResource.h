#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// What money left behind, read-only as on Stripe: invoice payments, payment
// intents, charges, balance transactions, disputes, payment methods; plus
// POST /v1/refunds. (Invoices live in InvoiceResource.)
namespace MoneyResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
