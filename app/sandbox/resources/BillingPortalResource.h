#pragma once

#include <QString>

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// POST /v1/billing_portal/sessions: a link to the sandbox's customer portal page.
namespace BillingPortalResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context, const QString &baseUrl);
}

} // namespace sandbox
