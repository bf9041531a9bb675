#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// What money left behind as on Stripe: invoice payments (read-only), charges (refunds
// includable; search; description, metadata and receipt address editable). Invoices: InvoiceResource; payment methods and intents: their own
// resources; refunds: RefundResource; disputes: DisputeResource; balance and its
// transactions: BalanceResource.
namespace MoneyResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
