#pragma once

#include <QJsonObject>

namespace sandbox {

class ApiRouter;
struct ApiRequest;
struct SandboxContext;

// /v1/customers: create, retrieve, update, delete, list (email, created), search.
namespace CustomerResource {
void registerRoutes(ApiRouter &router, const SandboxContext &context);
// A new customer object (not saved), as POST /v1/customers or Checkout create one.
QJsonObject build(const SandboxContext &context, const QString &email, const QString &name, const QJsonObject &metadata);
// Deletes `customer` as DELETE /v1/customers/:id does (its subscriptions canceled at
// once, the deleted stub kept); returns the stub.
QJsonObject remove(const SandboxContext &context, const QJsonObject &customer, const ApiRequest &request);
}

} // namespace sandbox
