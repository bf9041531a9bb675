#pragma once

#include "ApiTypes.h"

#include <QJsonObject>

#include <optional>

namespace sandbox {

struct SandboxContext;

// A PaymentIntent's life on Stripe: requires_payment_method → requires_confirmation →
// (requires_action →) requires_capture / succeeded, or canceled; a decline sends it
// back to requires_payment_method with last_payment_error. Each step saves what it
// leaves behind (charge, balance transaction, attached PaymentMethod) and emits
// Stripe's events in Stripe's order. Declines are outcomes, not exceptions: the
// failed attempt stays on record while the caller answers 402.
class PaymentIntentFlow
{
public:
    struct Attempt {
        QJsonObject intent;
        std::optional<StripeException> error; // the 402 to answer, after the state is saved
    };
    struct Confirmation {
        bool offSession = false;
        bool errorOnRequiresAction = false;
    };

    // `baseUrl` is where the sandbox serves its 3-D Secure page (next_action).
    PaymentIntentFlow(const SandboxContext &context, QString baseUrl);

    // A new intent (not saved): status requires_payment_method, or
    // requires_confirmation when it has a payment method.
    QJsonObject build(qint64 amount, const QString &currency, const QString &customer, const QString &paymentMethod) const;

    Attempt confirm(QJsonObject intent, const Confirmation &how, const ApiRequest &request) const;
    // The payer's answer on the 3-D Secure page.
    Attempt authenticate(QJsonObject intent, bool approved, const ApiRequest &request) const;
    QJsonObject capture(QJsonObject intent, std::optional<qint64> amountToCapture, const ApiRequest &request) const;
    QJsonObject cancel(QJsonObject intent, const QString &reason, const ApiRequest &request) const;


private:
    Attempt settle(QJsonObject intent, const QJsonObject &paymentMethod, bool authenticated, const ApiRequest &request) const;
    Attempt decline(QJsonObject intent, const QJsonObject &paymentMethod, const QString &code, const QString &declineCode,
                    const QString &message, bool withCharge, const ApiRequest &request) const;
    QJsonObject chargeOf(const QJsonObject &intent, const QJsonObject &paymentMethod, bool succeeded, bool authenticated) const;

    const SandboxContext &m_ctx;
    QString m_baseUrl;
};

} // namespace sandbox
