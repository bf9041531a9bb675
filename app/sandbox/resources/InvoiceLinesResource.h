#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// A draft's lines edited through the invoice: add_lines (new invoice items, or
// pending ones assigned), remove_lines (delete or unassign the item), update_lines
// and POST /v1/invoices/{invoice}/lines/{line} (changing the item behind a line).
// Lines of invoice items only: a subscription's lines change with the subscription.
namespace InvoiceLinesResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
