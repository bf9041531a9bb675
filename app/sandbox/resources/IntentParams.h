#pragma once

#include "ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace sandbox {

// Parameter checks the PaymentIntent and SetupIntent endpoints share.
namespace IntentParams {

// `name`'s value when given, after checking it is one of `allowed` (Stripe's enum error otherwise).
QString oneOf(const ApiRequest &request, const QString &name, const QStringList &allowed);
// automatic_payment_methods[enabled|allow_redirects] as the object shows it.
QJsonObject automaticPaymentMethods(const ApiRequest &request);
// payment_method_data / confirmation_token make a card inline: the sandbox needs a
// PaymentMethod (pm_… or a test token) instead, and says so rather than ignoring them.
void refuseInlineMethods(const ApiRequest &request);
// payment_method_types[]: no longer writable from endive (2026-09-30) on, Stripe's
// payment_method_types_no_longer_supported; earlier versions may name card, the type
// the sandbox models. Empty when not given.
QJsonArray paymentMethodTypes(const ApiRequest &request);
// allowed_payment_method_types[] as given (null when not).
QJsonValue allowedPaymentMethodTypes(const ApiRequest &request);

} // namespace IntentParams

} // namespace sandbox
