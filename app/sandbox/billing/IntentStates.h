#pragma once

#include "ApiTypes.h"

#include <QJsonObject>
#include <QStringList>

namespace sandbox {

// What PaymentIntents and SetupIntents share about their states: which may be
// confirmed, and Stripe's refusal of an action in the wrong one
// (payment_intent_unexpected_state / setup_intent_unexpected_state, carrying the intent).
namespace IntentStates {

const QStringList &confirmable();
StripeException unexpected(const QJsonObject &intent, const QString &action, const QStringList &allowed);
// Throws `unexpected` unless the intent is in one of `allowed`.
void require(const QJsonObject &intent, const QString &action, const QStringList &allowed);

} // namespace IntentStates

} // namespace sandbox
