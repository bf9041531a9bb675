#pragma once

#include "billing/EventProcessor.h"
#include "billing/WebhookSignature.h"
#include "http/HttpExchange.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace companion::http {
class HttpServer;
}

namespace companion::server {

struct ServerConfig;
class InFlight;
class PayoutReader;
class SubscriptionRefresher;
class ServerMetrics;
class WebhookIngest;

// POST /api/v1/payments/webhook: the raw body and Stripe-Signature are verified
// here; valid events are handed to the ingest thread and answered 200 only once
// durably stored (503 otherwise, so Stripe retries); invalid ones get 400 and are
// kept as rejected.
class WebhookRoutes : public QObject
{
    Q_OBJECT
public:
    WebhookRoutes(const ServerConfig &config, InFlight &inFlight, ServerMetrics &metrics, QObject *parent = nullptr);
    ~WebhookRoutes() override;

    void registerRoutes(http::HttpServer &http);
    // A stored event applied again on the ingest thread (the admin API's reprocess).
    void reprocess(const QString &eventId, QObject *context, std::function<void(const billing::ProcessOutcome &)> done);
    // Stripe's current state of a subscription, asked for without waiting; applied when it comes.
    void askStripe(const QString &subscriptionId);
    // Subscriptions the refresher is asking Stripe about or waits to ask again.
    int refreshPending() const;


private:
    void receive(const QByteArray &body, const QByteArray &signature, const Exchange &exchange);
    void answer(const QList<quint64> &tickets, const QList<billing::ProcessOutcome> &outcomes);
    // Counts a delivery, and says in the journal what a person should do about a failure.
    void report(const billing::ProcessOutcome &outcome, qint64 now);
    // The lane for a customer: one customer's events are always stored by the same
    // thread, in arrival order, and lanes rarely touch the same rows.
    WebhookIngest *laneFor(QByteArrayView customer) const;

    struct Lane {
        std::unique_ptr<QThread> thread;
        WebhookIngest *ingest = nullptr;
    };

    InFlight &m_inFlight;
    ServerMetrics &m_metrics;
    qsizetype m_maxBody; // WEBHOOK_MAX_BODY_BYTES
    billing::WebhookVerifier m_verifier;
    std::vector<Lane> m_lanes;
    QThread m_refreshThread;
    SubscriptionRefresher *m_refresher;
    PayoutReader *m_payoutReader; // on m_refreshThread too
    QHash<quint64, Exchange> m_waiting;
    quint64 m_nextTicket = 1;
};

} // namespace companion::server
