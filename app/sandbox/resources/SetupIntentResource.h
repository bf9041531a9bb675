#pragma once

#include <QString>

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/setup_intents: create (confirm in one step or later), retrieve, update, confirm,
// cancel, list. The state machine is billing/SetupIntentFlow.
namespace SetupIntentResource {
// `baseUrl` is where the sandbox serves its 3-D Secure page (next_action.redirect_to_url).
void registerRoutes(ApiRouter &router, const SandboxContext &context, const QString &baseUrl);
}

} // namespace sandbox
