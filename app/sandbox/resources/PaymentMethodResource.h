#pragma once

namespace sandbox {

class ApiRouter;
struct SandboxContext;

// /v1/payment_methods (type=card: create from a card number or a test token, retrieve,
// update, attach, detach, list) and a customer's own: /v1/customers/{id}/payment_methods[/{pm}].
namespace PaymentMethodResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
}

} // namespace sandbox
