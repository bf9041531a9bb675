#pragma once

#include "billing/EventProcessor.h"
#include "billing/WebhookSignature.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

class QHttpServer;
class QHttpServerResponder;
class QTcpSocket;

namespace companion::server {

struct ServerConfig;
class WebhookIngest;

// POST /api/v1/payments/webhook: the raw body and Stripe-Signature are verified
// here; valid events are handed to the ingest thread and answered 200 only once
// durably stored (503 otherwise, so Stripe retries); invalid ones get 400 and are
// kept as rejected.
class WebhookRoutes : public QObject
{
    Q_OBJECT
public:
    WebhookRoutes(const ServerConfig &config, QObject *parent = nullptr);
    ~WebhookRoutes() override;

    void registerRoutes(QHttpServer &http);

    static constexpr qsizetype kMaxBody = 512 * 1024; // Stripe events are a few KB

private:
    void receive(const QByteArray &body, const QByteArray &signature, QHttpServerResponder &&responder);
    void answer(const QList<quint64> &tickets, const QList<billing::ProcessOutcome> &outcomes);

    billing::WebhookVerifier m_verifier;
    QThread m_thread;
    WebhookIngest *m_ingest;
    struct Waiting {
        QPointer<QTcpSocket> socket;
        std::shared_ptr<QHttpServerResponder> responder;
    };
    QHash<quint64, Waiting> m_waiting;
    quint64 m_nextTicket = 1;
};

} // namespace companion::server
