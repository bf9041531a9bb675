#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/invoiceitems: create (pending on the customer, or added to a draft invoice),
// retrieve, update and delete (while pending or on a draft), list (customer,
// invoice, pending). Pending items go on the customer's next invoice.
namespace InvoiceItemResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
