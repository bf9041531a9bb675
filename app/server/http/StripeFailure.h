#pragma once

#include "HttpExchange.h"
#include "stripe/StripeError.h"

namespace companion::server {

// Answers a request whose Stripe call failed, in words for the learner's client:
// Stripe unreachable, slow or rate limiting → 503 with Retry-After (try again);
// Stripe refusing our request → 502 (our configuration is wrong; the log says
// why, with Stripe's request id).
void answerStripeFailure(HttpExchange &exchange, const stripe::StripeError &error);

} // namespace companion::server
