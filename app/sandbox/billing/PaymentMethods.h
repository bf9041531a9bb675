#pragma once

#include "TestCards.h"

#include <QJsonObject>

namespace sandbox {

struct SandboxContext;

// Where a request names a card: a stored PaymentMethod (pm_…) or one of Stripe's
// test tokens (pm_card_visa, …), which makes a new PaymentMethod each time it is
// used, as on Stripe. The card's behaviour travels in the object's private
// "_number", so renewals and retries charge the same test card.
namespace PaymentMethods {

// The PaymentMethod `idOrToken` (a token's new object is saved, unattached);
// Stripe's 404 resource_missing naming `param` otherwise.
QJsonObject resolve(const SandboxContext &ctx, const QString &idOrToken, const QString &param);
CardBehaviour cardOf(const QJsonObject &paymentMethod);

} // namespace PaymentMethods

} // namespace sandbox
