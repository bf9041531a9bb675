#pragma once

#include "LearnerGate.h"
#include "RedirectPolicy.h"
#include "ServerContext.h"
#include "http/ClientIdempotencyKey.h"

#include <QObject>

class QHttpServer;

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

    void registerRoutes(QHttpServer &http);

private:
    void createCheckoutSession(const QHttpServerRequest &request, const Exchange &exchange);
    void subscriptionStatus(const QHttpServerRequest &request, const Exchange &exchange);
    void cancelSubscription(const QHttpServerRequest &request, const Exchange &exchange);
    void resumeSubscription(const QHttpServerRequest &request, const Exchange &exchange);
    // cancel = true: cancel at period end; false: resume.
    void changeCancellation(const QHttpServerRequest &request, const Exchange &exchange, bool cancel);
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
