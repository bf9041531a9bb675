#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// Sandbox time: GET /v1/test_helpers/clock and POST /v1/test_helpers/advance
// (frozen_time=<unix> or seconds=N / days=N) play renewals, retries, period-end
// cancels, trial notices and session expiries forward in order.
namespace TestHelperResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
