#pragma once

#include <QString>

namespace companion::http {
class HttpRequest;
}

namespace companion::server {

// A client's Idempotency-Key header, taken as Stripe's own API takes it: the chat
// assistant that repeats a request after a 503 or a lost answer sends the same key,
// and gets the first request's Stripe object back instead of a second one. The key
// sent on to Stripe is bound to the learner and the operation, so one learner's
// key can never fetch another learner's answer.
class ClientIdempotencyKey
{
public:
    // The header as sent (none is fine); `problem` says why it cannot be used.
    static ClientIdempotencyKey read(const http::HttpRequest &request, QString *problem);

    bool isEmpty() const { return m_value.isEmpty(); }
    // The key for Stripe, or empty (the Stripe client then makes its own).
    QString forStripe(const QString &operation, const QString &userId) const;

private:
    QString m_value;
};

} // namespace companion::server
