#pragma once

#include "stripe/StripeClient.h"

namespace companion::test {

// Runs the event loop until `call` reports (or `timeoutMs` passes, reported as Canceled).
stripe::StripeResult waitForResult(stripe::StripeCall *call, int timeoutMs = 20000);

} // namespace companion::test
