#pragma once

#include "billing/EventProcessor.h"
#include "billing/WebhookSignature.h"
#include "http/HttpExchange.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>

class QHttpServer;

namespace companion::server {

struct ServerConfig;
class InFlight;
class WebhookIngest;

// POST /api/v1/payments/webhook: the raw body and Stripe-Signature are verified
// here; valid events are handed to the ingest thread and answered 200 only once
// durably stored (503 otherwise, so Stripe retries); invalid ones get 400 and are
// kept as rejected.
class WebhookRoutes : public QObject
{
    Q_OBJECT
public:
    WebhookRoutes(const ServerConfig &config, InFlight &inFlight, QObject *parent = nullptr);
    ~WebhookRoutes() override;

    void registerRoutes(QHttpServer &http);
    // A stored event applied again on the ingest thread (the admin API's reprocess).
    void reprocess(const QString &eventId, QObject *context, std::function<void(const billing::ProcessOutcome &)> done);

    static constexpr qsizetype kMaxBody = 512 * 1024; // Stripe events are a few KB

private:
    void receive(const QByteArray &body, const QByteArray &signature, const Exchange &exchange);
    void answer(const QList<quint64> &tickets, const QList<billing::ProcessOutcome> &outcomes);

    InFlight &m_inFlight;
    billing::WebhookVerifier m_verifier;
    QThread m_thread;
    WebhookIngest *m_ingest;
    QHash<quint64, Exchange> m_waiting;
    quint64 m_nextTicket = 1;
};

} // namespace companion::server
