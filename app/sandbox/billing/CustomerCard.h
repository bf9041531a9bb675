#pragma once

#include "TestCards.h"

#include <QJsonObject>
#include <QString>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// The payer replaces their card, as in Stripe's customer portal: the new card
// becomes the customer's default (invoice_settings.default_payment_method) and every
// live subscription's, and an invoice a subscription is past due on is retried with
// it at once.
namespace CustomerCard {

struct Result {
    QJsonObject paymentMethod;
    int retried = 0;           // past-due invoices charged again
    QString retryFailure;      // the decline message when a retry failed (the card stays saved)
};

// Throws StripeException (402 card_error) when the card cannot be saved (declines,
// incorrect number): nothing changes then.
Result replaceDefault(const SandboxContext &ctx, const QString &customerId, const QString &cardNumber, const ApiRequest &request);

} // namespace CustomerCard

} // namespace sandbox
