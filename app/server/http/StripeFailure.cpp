#include "StripeFailure.h"

#include "util/Log.h"

namespace companion::server {

void answerStripeFailure(HttpExchange &exchange, const stripe::StripeError &error)
{
    qCWarning(lcStripe).noquote() << QString(QStringLiteral("request_id=") + exchange.requestId()) << "Stripe call failed:" << error.logText();
    if (error.type == QLatin1String("idempotency_error")) {
        // Only a client's own key can meet this: it was used for another request.
        exchange.error(QHttpServerResponse::StatusCode::UnprocessableEntity, QStringLiteral("idempotency_key_reused"),
                       QStringLiteral("This Idempotency-Key was already used for a different request; send a new key with a new request."));
        return;
    }
    if (error.outcomeUnknown()) {
        exchange.error(QHttpServerResponse::StatusCode::ServiceUnavailable, QStringLiteral("payment_provider_unavailable"),
                       QStringLiteral("The payment provider is not reachable right now; please try again in a minute."),
                       {}, {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30")}});
        return;
    }
    exchange.error(QHttpServerResponse::StatusCode::BadGateway, QStringLiteral("payment_provider_error"),
                   QStringLiteral("The payment provider refused the request; support has been told (reference %1).")
                       .arg(error.requestId.isEmpty() ? exchange.requestId() : error.requestId));
}

} // namespace companion::server
