#pragma once

#include <QJsonObject>
#include <QString>

namespace companion::stripe {

// A failed Stripe call with everything Stripe told us (reference §2) and what we
// observed on the wire. Every text in it has secrets redacted.
struct StripeError {
    enum class Kind {
        Api,           // Stripe answered with an error body
        Network,       // no answer: connection refused, reset, DNS, TLS
        Timeout,       // no answer in time
        Canceled,      // the caller canceled
        InvalidResponse, // an answer we could not read
    };
    Kind kind = Kind::Api;
    int httpStatus = 0;
    QString type;        // card_error, invalid_request_error, api_error, idempotency_error, …
    QString code;        // resource_missing, card_declined, rate_limit, …
    QString declineCode; // insufficient_funds, …
    QString param;
    QString message;
    QString requestId;
    int attempts = 1;

    static StripeError fromResponse(int httpStatus, const QJsonObject &body, const QString &requestId);

    bool isCardError() const { return type == QLatin1String("card_error"); }
    bool isAuthentication() const { return httpStatus == 401; }
    bool isRateLimit() const { return httpStatus == 429 || code == QLatin1String("rate_limit"); }
    bool isNotFound() const { return httpStatus == 404; }
    // Worth asking again later: no answer, an unreadable one, 409, 429 or 5xx.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::InvalidResponse
            || (kind == Kind::Api && (httpStatus == 409 || httpStatus >= 500 || isRateLimit()));
    }
    // Stripe may or may not have done the work: a transient failure, or the caller
    // stopped waiting. A write with this outcome is repeated with its Idempotency-Key.
    bool outcomeUnknown() const { return kind == Kind::Canceled || isTransient(); }

    // In words a support person understands ("The card was declined: insufficient funds.").
    QString userMessage() const;
    // For logs: kind, status, type/code, request id, message.
    QString logText() const;
};

} // namespace companion::stripe
