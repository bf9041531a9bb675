#pragma once

#include "ApiTypes.h"

#include <QJsonObject>

#include <optional>

namespace sandbox {

struct SandboxContext;

// A SetupIntent's life on Stripe: requires_payment_method → requires_confirmation →
// (requires_action →) succeeded, or canceled; a card that declines sends it back to
// requires_payment_method with last_setup_error. Success attaches the card to the
// customer and, for usage=off_session, lets 3155 cards pass later off-session charges.
class SetupIntentFlow
{
public:
    struct Attempt {
        QJsonObject intent;
        std::optional<StripeException> error; // the 402 to answer, after the state is saved
    };

    SetupIntentFlow(const SandboxContext &context, QString baseUrl);

    QJsonObject build(const QString &customer, const QString &paymentMethod, const QString &usage) const;
    Attempt confirm(QJsonObject intent, const ApiRequest &request) const;
    Attempt authenticate(QJsonObject intent, bool approved, const ApiRequest &request) const;
    QJsonObject cancel(QJsonObject intent, const QString &reason, const ApiRequest &request) const;


private:
    Attempt succeed(QJsonObject intent, const QJsonObject &paymentMethod, bool authenticated, const ApiRequest &request) const;
    Attempt fail(QJsonObject intent, const QJsonObject &paymentMethod, const QString &code, const QString &declineCode,
                 const QString &message, const ApiRequest &request) const;

    const SandboxContext &m_ctx;
    QString m_baseUrl;
};

} // namespace sandbox
