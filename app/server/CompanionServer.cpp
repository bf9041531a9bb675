#include "CompanionServer.h"

#include "ServerContext.h"
#include "WorkerPool.h"
#include "admin/AdminRoutes.h"
#include "billing/BillingStore.h"
#include "billing/MrrLedger.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/ReadReplica.h"
#include "db/ReplicationState.h"
#include "http/ApiError.h"
#include "http/HttpExchange.h"
#include "http/InFlight.h"
#include "learner/ChaptersRoutes.h"
#include "learner/LearnerGate.h"
#include "learner/PaymentsRoutes.h"
#include "ops/BillingGauges.h"
#include "ops/EndpointWatch.h"
#include "ops/HealthReport.h"
#include "ops/MissedEventHealer.h"
#include "ops/ServerMetrics.h"
#include "stripe/StripeClient.h"
#include "util/ConstantTime.h"
#include "util/Log.h"
#include "webhooks/RenewalWatch.h"
#include "webhooks/WebhookRoutes.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QDeadlineTimer>

#include <algorithm>

namespace companion::server {

namespace {
struct ExpiryResult : DatabaseJobResult {
    int updated = 0;
};

struct SchemaProbe : DatabaseJobResult {
    int version = -1;
};
} // namespace

CompanionServer::CompanionServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_info(QStringLiteral("companion-server"))
    , m_metrics(std::make_unique<ServerMetrics>(util::ServiceInfo::buildVersion()))
    , m_http(m_config.http)
    , m_inFlight(std::make_unique<InFlight>())
{
}

CompanionServer::~CompanionServer()
{
    // Requests still in flight are cut off, not answered; then the routes, which hold
    // exchanges and callbacks into the pool and Stripe client, go first.
    m_http.closeConnections();
    m_admin.reset();
    m_health.reset();
    m_chapters.reset();
    m_payments.reset();
    m_gate.reset();
    m_renewals.reset();
    m_healer.reset();
    m_endpointWatch.reset();
    m_gauges.reset();
    m_webhooks.reset();
    m_workers.reset();
}

bool CompanionServer::start(QString *error)
{
    db::MigrationReport report;
    const db::Connection connection = db::openMigrated(m_config.database, &report);
    billing::completeLedgerMigration(connection.db, m_config.database.dialect, &report);
    if (!report.ok) {
        *error = report.error;
        return false;
    }
    m_schemaVersion = report.versionAfter;
    m_metrics->schemaVersion(m_schemaVersion);
    m_expectedSchemaVersion = db::MigrationSet::builtin(m_config.database.dialect).latestVersion();

    QString catalogError;
    ChapterCatalog catalog = ChapterCatalog::builtin(&catalogError);
    if (!catalogError.isEmpty()) {
        *error = catalogError;
        return false;
    }

    m_workers = std::make_unique<WorkerPool>(m_config.database, m_config.workers);
    m_workers->setFailureObserver([metrics = m_metrics.get()] { metrics->databaseJobFailed(); });
    m_metrics->registry().gaugeReadAtScrape(QStringLiteral("companion_database_workers"),
                                            QStringLiteral("Threads (each with its own connection) running the API's SQL."), {},
                                            [n = m_workers->size()] { return QList<metrics::MetricsRegistry::Sample>{{{}, double(n)}}; });
    m_metrics->registry().gaugeReadAtScrape(QStringLiteral("companion_database_jobs_pending"),
                                            QStringLiteral("API database jobs queued or running."), {}, [pending = m_workers->pending()] {
                                                return QList<metrics::MetricsRegistry::Sample>{{{}, double(pending->load())}};
                                            });
    m_network = new QNetworkAccessManager(this);
    m_stripe = new stripe::StripeClient(m_network, m_config.stripeApiBase, m_config.stripeSecretKey, this);
    m_stripe->setObserver(m_metrics->stripeObserver());
    if (m_config.readDatabase) {
        m_readReplica = std::make_unique<db::ReadReplica>(*m_config.readDatabase, m_config.readMaxLagMs);
        m_metrics->replicaConfigured();
        m_readReplica->setObserver([metrics = m_metrics.get()](const db::ReadRoute &route) {
            metrics->replicaRead(route.replica, route.reason, route.lagSeconds);
        });
    }
    const ServerContext context{m_config, *m_workers, *m_inFlight, *m_stripe, m_readReplica.get()};

    // What the HTTP layer refuses itself (too large, too slow, malformed) reads like every other error.
    m_http.setErrorBody([](int status, const QString &code, const QString &message) {
        return apiError(QHttpServerResponse::StatusCode(status), code, message);
    });
    m_http.setObserver([metrics = m_metrics.get()](const QString &route, http::HttpMethod method, int status, qint64 nanoseconds) {
        metrics->httpAnswered(route, method, status, nanoseconds);
    });
    // A trusted proxy brings every client's connections: only the total limit applies to it.
    m_http.setUnlimitedAddresses([clients = m_config.clients](const QHostAddress &address) { return clients.isTrusted(address); });
    addOperationsRoutes();
    m_webhooks = std::make_unique<WebhookRoutes>(m_config, *m_inFlight, *m_metrics);
    m_webhooks->registerRoutes(m_http);
    m_gate = std::make_unique<LearnerGate>(context);
    m_payments = std::make_unique<PaymentsRoutes>(context, *m_gate);
    m_payments->registerRoutes(m_http);
    m_chapters = std::make_unique<ChaptersRoutes>(context, *m_gate, std::move(catalog));
    m_chapters->registerRoutes(m_http);
    m_admin = std::make_unique<AdminRoutes>(context, *m_webhooks);
    m_admin->registerRoutes(m_http);
    m_http.setMissingHandler([this](const http::HttpRequest &request, http::HttpResponder &&responder) {
        beginExchange(request, std::move(responder), m_inFlight.get())
            ->error(QHttpServerResponse::StatusCode::NotFound, QStringLiteral("not_found"),
                    QStringLiteral("No route for %1 %2; see /api/v1/openapi.json.")
                        .arg(request.method() == http::HttpMethod::Get ? QStringLiteral("GET") : QStringLiteral("this method"),
                             request.url().path().left(200)));
    });

    m_port = m_http.listen(m_config.listen.address, m_config.listen.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1 (port in use, or not allowed)").arg(m_config.listen.toString());
        return false;
    }
    // Premium that ended without a webhook saying so (a late "deleted", an expired grant).
    m_expiryTimer.setInterval(kExpiryCheckMs);
    connect(&m_expiryTimer, &QTimer::timeout, this, &CompanionServer::recomputeExpired);
    m_expiryTimer.start();
    recomputeExpired();
    // Renewals and given-up subscriptions the endpoint hears nothing about.
    if (!m_config.stripeSecretKey.isEmpty() && m_config.renewalCheckSeconds > 0) {
        m_renewals = std::make_unique<RenewalWatch>(*m_workers, m_config.database.dialect, m_config.renewalCheckSeconds,
                                                    [webhooks = m_webhooks.get()](const QString &id) { webhooks->askStripe(id); });
        m_renewals->start();
    }
    m_gauges = std::make_unique<BillingGauges>(*m_workers, *m_metrics, m_config.metricsProbeSeconds);
    m_gauges->start();
    // Is Stripe set up to tell us what we need? At start and hourly.
    if (!m_config.stripeSecretKey.isEmpty() && m_config.endpointCheckSeconds > 0) {
        m_endpointWatch = std::make_unique<EndpointWatch>(*m_stripe, m_config.webhookEndpointUrl, *m_metrics);
        m_endpointWatch->start(m_config.endpointCheckSeconds);
    }
    // Missed events heal by themselves (docs/operations.md).
    if (!m_config.stripeSecretKey.isEmpty() && m_config.recoveryIntervalSeconds > 0) {
        m_healer = std::make_unique<MissedEventHealer>(
            MissedEventHealer::Config{m_config.database, m_config.stripeApiBase, m_config.stripeSecretKey, m_config.recoveryIntervalSeconds,
                                      m_config.recoveryGraceSeconds},
            *m_metrics);
        // The first run soon after start: events lost while this instance was down come back at once.
        m_healer->start(qMin(m_config.recoveryIntervalSeconds, 60) * 1000);
    }
    // The desk's Health page reads what the parts above know (after them: it points at them).
    m_health = std::make_unique<HealthReport>(HealthReport::Sources{m_metrics.get(), m_webhooks.get(), m_healer.get(), m_endpointWatch.get(),
                                                                    m_network, m_config.prometheusUrl, m_readReplica.get()});
    m_admin->setHealthSource([health = m_health.get()](std::function<void(const QJsonObject &)> done) { health->collect(std::move(done)); });
    qCInfo(lcHttp).noquote() << "database" << m_config.database.displayName() << "at schema version" << m_schemaVersion
                             << "with" << m_workers->size() << "worker threads; Stripe at" << m_config.stripeApiBase.toString();
    return true;
}

void CompanionServer::addOperationsRoutes()
{
    // Alive: answers without touching the database, so a slow database does not
    // get the process restarted.
    m_http.route(QStringLiteral("/healthz"), http::HttpMethod::Get,
                 [this](const http::HttpRequest &request, http::HttpResponder &&responder) {
                     beginExchange(request, std::move(responder), m_inFlight.get())
                         ->json(QHttpServerResponse::StatusCode::Ok, m_info.health({
                                    {QStringLiteral("schema_version"), m_schemaVersion},
                                    {QStringLiteral("database"), db::dialectName(m_config.database.dialect)},
                                }));
                 });
    // Ready: the database answers and the schema is what this build expects. Asked on
    // a worker: a database that does not answer must not hold up this thread.
    m_http.route(QStringLiteral("/readyz"), http::HttpMethod::Get,
                 [this](const http::HttpRequest &request, http::HttpResponder &&responder) {
                     const Exchange exchange = beginExchange(request, std::move(responder), m_inFlight.get());
                     const db::Dialect dialect = m_config.database.dialect;
                     m_workers->run<SchemaProbe>(
                         this,
                         [dialect](db::Connection &connection) {
                             SchemaProbe probe;
                             QString error;
                             const auto version = db::Migrator(connection.db, dialect).currentVersion(&error);
                             if (!version) {
                                 probe.databaseFailed = true;
                                 probe.databaseError = error;
                                 return probe;
                             }
                             probe.version = *version;
                             // A standby takes no writes: an instance connected to one (DATABASE_URL
                             // naming a replica, or a host list without target_session_attrs) must not
                             // get traffic. Its connection is dropped, to find the primary next time.
                             if (dialect == db::Dialect::PostgreSQL) {
                                 const auto replication = db::ReplicationState::read(connection.db, &error);
                                 if (!replication || replication->standby) {
                                     probe.databaseFailed = true;
                                     probe.databaseError = replication ? QStringLiteral("the database is a read-only standby; DATABASE_URL must "
                                                                                        "reach the primary (list every host with "
                                                                                        "target_session_attrs=read-write)")
                                                                       : error;
                                 }
                             }
                             return probe;
                         },
                         [this, exchange](const SchemaProbe &probe) {
                             const bool ready = !probe.databaseFailed && probe.version == m_expectedSchemaVersion && !m_shuttingDown;
                             QJsonObject body{
                                 {QStringLiteral("status"), ready ? QStringLiteral("ready")
                                                                  : (m_shuttingDown ? QStringLiteral("draining") : QStringLiteral("not_ready"))},
                                 {QStringLiteral("schema_version"), probe.databaseFailed ? -1 : probe.version},
                                 {QStringLiteral("expected_schema_version"), m_expectedSchemaVersion},
                             };
                             if (probe.databaseFailed)
                                 body.insert(QStringLiteral("error"), probe.databaseError);
                             exchange->json(ready ? QHttpServerResponse::StatusCode::Ok : QHttpServerResponse::StatusCode::ServiceUnavailable,
                                            body);
                         });
                 });
    // Prometheus scrapes with METRICS_TOKEN (ServerConfig says why not an admin token).
    m_http.route(QStringLiteral("/metrics"), http::HttpMethod::Get, [this](const http::HttpRequest &request, http::HttpResponder &&responder) {
        const Exchange exchange = beginExchange(request, std::move(responder), m_inFlight.get());
        if (m_config.metricsToken.isEmpty())
            return exchange->error(QHttpServerResponse::StatusCode::NotFound, QStringLiteral("metrics_disabled"),
                                   QStringLiteral("Metrics are off: set METRICS_TOKEN (or METRICS_TOKEN_FILE) and scrape with it as a bearer token."));
        const QByteArray authorization = request.value("Authorization");
        if (!authorization.startsWith("Bearer ") || !util::constantTimeEquals(authorization.mid(7).trimmed(), m_config.metricsToken))
            return exchange->error(QHttpServerResponse::StatusCode::Unauthorized, QStringLiteral("invalid_metrics_token"),
                                   QStringLiteral("Send the metrics token: \"Authorization: Bearer …\" (METRICS_TOKEN)."), {},
                                   {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"metrics\"")}});
        exchange->reply({200, metrics::MetricsRegistry::contentType(), {}, m_metrics->registry().exposition()});
    });
    m_http.route(QStringLiteral("/api/v1/openapi.json"), http::HttpMethod::Get,
                 [this](const http::HttpRequest &request, http::HttpResponder &&responder) {
                     QFile spec(QStringLiteral(":/openapi/openapi.json"));
                     spec.open(QIODevice::ReadOnly);
                     beginExchange(request, std::move(responder), m_inFlight.get())
                         ->reply({200, QByteArrayLiteral("application/json"), {}, spec.readAll()});
                 });
}

void CompanionServer::recomputeExpired()
{
    const db::Dialect dialect = m_config.database.dialect;
    m_workers->run<ExpiryResult>(
        this,
        [dialect](db::Connection &connection) {
            ExpiryResult result;
            try {
                result.updated = billing::BillingStore(connection.db, dialect).recomputeExpired(QDateTime::currentSecsSinceEpoch());
            } catch (const billing::StoreError &e) {
                result.databaseFailed = true;
                result.databaseError = e.message();
            }
            return result;
        },
        [](const ExpiryResult &result) {
            if (result.databaseFailed)
                qCWarning(lcDb).noquote() << "expiry check failed:" << result.databaseError;
            else if (result.updated > 0)
                qCInfo(lcDb) << "premium ended for" << result.updated << "users whose period or grant ran out";
        });
}

void CompanionServer::shutdown(std::function<void()> done)
{
    if (m_shuttingDown) {
        qCWarning(lcHttp) << "asked again to stop: not waiting for" << m_inFlight->count() << "requests in flight";
        return done(); // a second SIGTERM / Ctrl+C does not wait
    }
    m_shuttingDown = true;
    m_expiryTimer.stop();
    m_http.close(); // no new connections; the ones open finish their requests
    const int waiting = m_inFlight->count();
    qCInfo(lcHttp) << "shutting down:" << waiting << "requests in flight";
    if (waiting == 0)
        return flushThen(std::move(done));
    auto finished = std::make_shared<bool>(false);
    auto finish = [this, finished, done](bool drained) {
        if (std::exchange(*finished, true))
            return;
        if (!drained)
            qCWarning(lcHttp) << "drain time over:" << m_inFlight->count() << "requests cut off";
        flushThen(done);
    };
    connect(m_inFlight.get(), &InFlight::drained, this, [finish] { finish(true); });
    QTimer::singleShot(m_config.drainSeconds * 1000, this, [finish] { finish(false); });
}

void CompanionServer::flushThen(std::function<void()> done)
{
    // An answer written is not yet an answer sent: wait until the sockets have
    // handed their last bytes to the kernel (at most a second), then stop. The
    // timer belongs to this object, so quitting early leaves nothing behind.
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    QDeadlineTimer deadline(1000);
    connect(poll, &QTimer::timeout, this, [this, poll, deadline, done = std::move(done)] {
        if (m_http.unsentBytes() > 0 && !deadline.hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        done();
    });
    poll->start();
}

} // namespace companion::server
