#pragma once

#include "ServerConfig.h"
#include "util/ServiceInfo.h"

#include "http/HttpServer.h"
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace companion::db {
class ReadReplica;
}

namespace companion::stripe {
class StripeClient;
}

namespace companion::server {

class AdminRoutes;
class BillingGauges;
class EndpointWatch;
class HealthReport;
class MissedEventHealer;
class ChaptersRoutes;
class InFlight;
class LearnerGate;
class PaymentsRoutes;
class RenewalWatch;
class ServerMetrics;
class WebhookRoutes;
class WorkerPool;

// The HTTP service: opens and migrates the database, then serves the learner
// API, the webhook receiver, the admin API and the operations endpoints. HTTP
// runs on this thread; SQL on the worker pool and the webhook ingest thread;
// Stripe calls are asynchronous, so nothing here waits.
class CompanionServer : public QObject
{
    Q_OBJECT
public:
    explicit CompanionServer(ServerConfig config, QObject *parent = nullptr);
    ~CompanionServer() override;

    // Opens the database, applies migrations and starts listening.
    bool start(QString *error);
    quint16 port() const { return m_port; }

    // Graceful shutdown: stops accepting connections, waits up to the drain time
    // for requests in flight (webhooks being stored included), then calls `done`.
    // Asked a second time, it calls `done` at once.
    void shutdown(std::function<void()> done);

    static constexpr int kExpiryCheckMs = 60 * 1000;

private:
    void addOperationsRoutes();
    void recomputeExpired();
    void flushThen(std::function<void()> done);

    ServerConfig m_config;
    util::ServiceInfo m_info;
    std::unique_ptr<ServerMetrics> m_metrics; // before m_http: its observer counts into it
    http::HttpServer m_http;
    std::unique_ptr<InFlight> m_inFlight;
    std::unique_ptr<db::ReadReplica> m_readReplica; // before m_workers: their jobs use it
    std::unique_ptr<WorkerPool> m_workers;
    QNetworkAccessManager *m_network = nullptr;
    stripe::StripeClient *m_stripe = nullptr;
    std::unique_ptr<WebhookRoutes> m_webhooks;
    std::unique_ptr<LearnerGate> m_gate;
    std::unique_ptr<PaymentsRoutes> m_payments;
    std::unique_ptr<ChaptersRoutes> m_chapters;
    std::unique_ptr<AdminRoutes> m_admin;
    std::unique_ptr<RenewalWatch> m_renewals;
    std::unique_ptr<BillingGauges> m_gauges;
    std::unique_ptr<MissedEventHealer> m_healer;
    std::unique_ptr<EndpointWatch> m_endpointWatch;
    std::unique_ptr<HealthReport> m_health;
    QTimer m_expiryTimer;
    quint16 m_port = 0;
    int m_schemaVersion = 0;
    int m_expectedSchemaVersion = 0;
    bool m_shuttingDown = false;
};

} // namespace companion::server
