#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/invoices: create (a manual draft, pulling pending invoice items on request),
// retrieve (payments includable), update, delete (drafts), list, search, lines,
// finalize, pay, void, mark_uncollectible, send, and create_preview.
namespace InvoiceResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
