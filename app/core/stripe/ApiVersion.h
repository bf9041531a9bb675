#pragma once

namespace companion::stripe {

// The one place the Stripe API version is pinned: sent as Stripe-Version on every
// request, used for webhook endpoints, and the shapes stripe-sandbox renders.
// It is the version the official `stripe` npm package 23.x pins, so the
// conformance tests and our client agree on the wire format.
inline constexpr char kApiVersion[] = "2026-10-28.endive";

} // namespace companion::stripe
