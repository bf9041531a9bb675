#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/test_helpers/test_clocks, Stripe's test clocks, on the sandbox's one account
// clock: a test clock starts at or after the account's now (a later start moves the
// account there), and advancing it moves the account clock, so renewals, retries,
// trial ends and payouts run as they would on Stripe for the clock's customers, and
// for every other object of the account alike. Advance answers `advancing` (with
// test_helpers.test_clock.advancing) and the clock is `ready` once the call returns
// (test_helpers.test_clock.ready), so clients that poll see what Stripe shows them.
// Deleting a clock deletes its customers (their subscriptions end at once).
namespace TestClockResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
