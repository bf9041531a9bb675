#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// What POST /v1/subscriptions and POST /v1/subscriptions/:id read the same way.
namespace SubscriptionParams {

// The PaymentMethod `idOrToken` names, attached to `customer`: a test token
// (pm_card_visa) becomes a new PaymentMethod attached now (payment_method.attached);
// a stored pm_… must already be the customer's, as Stripe requires.
QJsonObject attachedPaymentMethod(const SandboxContext &ctx, const QJsonObject &customer, const QString &idOrToken,
                                  const QString &param, const ApiRequest &request);

// trial_end: "now" (0) or a future unix time; nullopt when absent.
std::optional<qint64> trialEnd(const SandboxContext &ctx, const ApiRequest &request);

// Refuses a value outside `allowed` with Stripe's invalid-enum wording.
void checkEnum(const ApiRequest &request, const QString &param, const QStringList &allowed);

} // namespace SubscriptionParams

} // namespace sandbox
