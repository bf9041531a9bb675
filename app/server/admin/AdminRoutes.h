#pragma once

#include "ServerContext.h"
#include "WorkerPool.h"
#include "auth/AdminTokens.h"
#include "http/HttpExchange.h"
#include "db/ReadReplica.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace companion::http {
class HttpServer;
}

namespace companion::server {

class WebhookRoutes;

// What one admin job produced: an answer, or why there is none.
struct AdminAnswer : DatabaseJobResult {
    bool authorized = false;
    int status = 200;
    QJsonObject body;
    QJsonObject auditBefore; // what the audit row shows as "before", when it matters
    AdminTokenInfo token;
    std::optional<db::ReadRoute> readRoute; // set when a read replica was considered
};

// The admin API companion-admin reads the webhook log from: list, detail,
// reprocess, stats. Every call needs an admin token (Bearer cat_…) and every
// call, reads included, is written to the audit log with the token's label.
class AdminRoutes : public QObject
{
    Q_OBJECT
public:
    AdminRoutes(ServerContext context, WebhookRoutes &webhooks, QObject *parent = nullptr);

    void registerRoutes(http::HttpServer &http);
    // What GET /api/v1/admin/health adds to the webhook log's numbers (HealthReport).
    using HealthSource = std::function<void(std::function<void(const QJsonObject &)> done)>;
    void setHealthSource(HealthSource source) { m_health = std::move(source); }

private:
    // A job gets the connection to read from: the primary's, or the read replica's
    // for a Reads::MayLag job while the replica is within its bound.
    using Job = std::function<AdminAnswer(db::Connection &, const AdminTokenInfo &)>;
    using Then = std::function<void(const AdminAnswer &)>;
    enum class Reads { Primary, MayLag };
    // Verifies the token, runs `job`, audits `action` on `target`, all in one worker
    // job; then answers, or hands an authorized 2xx answer to `then` to finish.
    void run(const http::HttpRequest &request, const Exchange &exchange, const QString &action, const QString &target, Reads reads,
             Job job, Then then = {});
    void listEvents(const http::HttpRequest &request, const Exchange &exchange);
    void reprocess(const QString &key, const http::HttpRequest &request, const Exchange &exchange);

    ServerContext m_context;
    WebhookRoutes &m_webhooks;
    HealthSource m_health;
};

} // namespace companion::server
