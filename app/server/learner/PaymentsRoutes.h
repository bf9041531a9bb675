#pragma once

#include "LearnerGate.h"
#include "RedirectPolicy.h"
#include "ServerContext.h"
#include "http/ClientIdempotencyKey.h"

#include <QObject>

namespace companion::http {
class HttpServer;
}

namespace companion::server {

// The payments API the course's chat assistant calls, for the signed-in learner
// only: create-checkout-session (repeatable under one Idempotency-Key),
// subscription-status (from the database, kept true by webhooks),
// cancel-subscription (at period end: Premium stays until then) and
// resume-subscription.
class PaymentsRoutes : public QObject
{
    Q_OBJECT
public:
    PaymentsRoutes(ServerContext context, LearnerGate &gate, QObject *parent = nullptr);

    void registerRoutes(http::HttpServer &http);

private:
    void createCheckoutSession(const http::HttpRequest &request, const Exchange &exchange);
    void subscriptionStatus(const http::HttpRequest &request, const Exchange &exchange);
    void cancelSubscription(const http::HttpRequest &request, const Exchange &exchange);
    void resumeSubscription(const http::HttpRequest &request, const Exchange &exchange);
    // cancel = true: cancel at period end; false: resume.
    void changeCancellation(const http::HttpRequest &request, const Exchange &exchange, bool cancel);
    struct CheckoutRequest {
        QString priceId;
        QString plan;
        QString successUrl;
        QString cancelUrl;
        ClientIdempotencyKey clientKey;
    };
    void startCheckout(const Exchange &exchange, const LearnerView &learner, const CheckoutRequest &checkout);

    ServerContext m_context;
    LearnerGate &m_gate;
    RedirectPolicy m_redirects;
};

} // namespace companion::server
