#pragma once

#include <QString>

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/payment_intents: create (confirm in one step or later), retrieve, update, confirm,
// capture, cancel, list, search. The state machine is billing/PaymentIntentFlow.
namespace PaymentIntentResource {
// `baseUrl` is where the sandbox serves its 3-D Secure page (next_action.redirect_to_url).
void registerRoutes(ApiRouter &router, const SandboxContext &context, const QString &baseUrl);
}

} // namespace sandbox
