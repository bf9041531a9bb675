#pragma once

#include <QString>

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/checkout/sessions (create in subscription or payment mode, retrieve, list,
// line_items, expire) and the completion helper
// POST /v1/test_helpers/checkout/sessions/{id}/complete (card, email, name, authentication).
namespace CheckoutResource {
// `baseUrl` is where the sandbox serves its hosted pages (session.url).
void registerRoutes(ApiRouter &router, const SandboxContext &context, const QString &baseUrl);
}

} // namespace sandbox
