#pragma once

#include "ApiKeyCheck.h"
#include "ApiRouter.h"
#include "EventLog.h"
#include "Ids.h"
#include "IdempotencyCache.h"
#include "SandboxClock.h"
#include "SandboxConfig.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "UnitOfWork.h"
#include "http/HttpServer.h"
#include "util/ServiceInfo.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <memory>

namespace sandbox {

class AuthenticationPages;
class HostedPages;
class InvoicePages;
class WebhookDispatcher;

// The HTTP face of stripe-sandbox: Stripe's transport rules (auth, Request-Id,
// Stripe-Version, idempotency, error envelope, optional chaos) around the resources.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error);
    quint16 port() const { return m_port; }
    int seededCustomers() const { return m_seeded; } // by --seed-demo; 0 when the account had data
    QUrl baseUrl() const;

private:
    struct Outcome {
        int status = 200;
        QJsonObject body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    void handleApi(const companion::http::HttpRequest &request, companion::http::HttpResponder &&responder);
    Outcome execute(const companion::http::HttpRequest &http, ApiRequest &request);
    Outcome runInTransaction(ApiRequest &request);
    std::optional<Outcome> chaosBefore(const ApiRequest &request);
    void registerRoutes();

    SandboxConfig m_config;
    ApiKeyCheck m_auth;
    companion::util::ServiceInfo m_info;
    SandboxStore m_store;
    std::unique_ptr<SandboxClock> m_clock;
    Ids m_ids;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<IdempotencyCache> m_idempotency;
    std::unique_ptr<UnitOfWork> m_work;
    std::unique_ptr<WebhookDispatcher> m_webhooks;
    std::unique_ptr<HostedPages> m_pages;
    std::unique_ptr<AuthenticationPages> m_authentication;
    std::unique_ptr<InvoicePages> m_invoicePages; // hosted invoice page and PDF
    ApiRouter m_router;
    QRandomGenerator m_chaos;
    companion::http::HttpServer m_http;
    quint16 m_port = 0;
    int m_seeded = 0;
    using DelayedAnswer = std::pair<companion::http::HttpResponder, companion::http::HttpResponse>;
    QSet<std::shared_ptr<DelayedAnswer>> m_delayed; // --latency / --chaos: answers sent later
};

} // namespace sandbox
