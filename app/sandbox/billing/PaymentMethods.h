#pragma once

#include "TestCards.h"

#include <QJsonObject>

namespace sandbox {

struct ApiRequest;
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

// Refuses, as Stripe does, a PaymentMethod that was detached or spent by a payment
// without a customer: it may not be used again.
void checkReusable(const QJsonObject &paymentMethod, const QString &param);
// Marks it spent (a payment used it without attaching it to a customer).
QJsonObject spent(QJsonObject paymentMethod);

// Attaches it to `customerId` (payment_method.attached). Already attached to that
// customer: unchanged, no event. Stripe's refusals: another customer's, a spent one,
// and cards that decline (402 card_declined; 0341 attaches fine).
QJsonObject attach(const SandboxContext &ctx, QJsonObject paymentMethod, const QString &customerId, const ApiRequest &request);
// Detaches it (payment_method.detached); a customer whose default it was loses the
// default (customer.updated). It cannot be used again afterwards.
QJsonObject detach(const SandboxContext &ctx, QJsonObject paymentMethod, const ApiRequest &request);

// A SetupIntent authenticated this card for later off-session use (3155 then passes).
QJsonObject setUpForOffSession(QJsonObject paymentMethod);
bool isSetUpForOffSession(const QJsonObject &paymentMethod);

} // namespace PaymentMethods

} // namespace sandbox
