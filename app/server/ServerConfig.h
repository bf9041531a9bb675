#pragma once

#include "db/DatabaseConfig.h"
#include "http/ClientAddress.h"
#include "http/HttpLimits.h"
#include "util/ListenEndpoint.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace companion::server {

// Everything companion-server needs, from the command line first and the
// environment second (the original guide's variable names). Every secret may
// instead come from the file that NAME_FILE names (systemd credentials, Docker
// secrets), and none is ever logged.
struct ServerConfig {
    static constexpr quint16 kDefaultPort = 8000;

    util::ListenEndpoint listen;
    db::DatabaseConfig database;
    QList<QByteArray> webhookSecrets; // STRIPE_WEBHOOK_SECRET (comma-separated while rotating)
    QString stripeSecretKey;          // STRIPE_SECRET_KEY: sk_… or a restricted rk_…
    QString stripePublishableKey;     // STRIPE_PUBLISHABLE_KEY (optional): pk_…
    QUrl stripeApiBase{QStringLiteral("https://api.stripe.com")}; // STRIPE_API_BASE (stripe-sandbox for demos)
    QString premiumPriceId;           // STRIPE_PREMIUM_PRICE_ID: the $9.99/month price
    QString yearlyPriceId;            // STRIPE_YEARLY_PRICE_ID (optional)

    QByteArray jwtSecret;             // JWT_SECRET, shared with the course's sign-in service
    QString jwtIssuer;                // JWT_ISSUER (optional): required "iss"
    QString jwtAudience;              // JWT_AUDIENCE (optional): required "aud"
    // METRICS_TOKEN (optional): the bearer token Prometheus scrapes GET /metrics with.
    // Its own secret, not an admin token: it grants reading counters and nothing
    // else, and a scrape every 15 s is neither a database lookup nor an audit row.
    // Unset: /metrics answers 404 metrics_disabled.
    QByteArray metricsToken;

    QString checkoutSuccessUrl{QStringLiteral("https://chat.openai.com/?payment=success")}; // CHECKOUT_SUCCESS_URL
    QString checkoutCancelUrl{QStringLiteral("https://chat.openai.com/?payment=cancelled")}; // CHECKOUT_CANCEL_URL
    QStringList checkoutHttpHosts{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}; // CHECKOUT_HTTP_HOSTS

    ClientAddress clients;      // TRUSTED_PROXIES: reverse proxies whose X-Forwarded-For is believed
    int rateLimitPerUser = 60;  // RATE_LIMIT_PER_USER: payment requests a minute per learner (0: off)
    int rateLimitPerIp = 300;   // RATE_LIMIT_PER_IP: payment requests a minute per client address (0: off)
    int workers = 2;            // --workers / SERVER_WORKERS: database threads of the API
    int ingestThreads = 2;      // --ingest-threads / INGEST_THREADS: threads storing webhooks, by customer
    int drainSeconds = 10;      // --drain-seconds: how long a shutdown waits for requests in flight
    // RENEWAL_CHECK_SECONDS: how often Stripe is asked about subscriptions that may have
    // moved without an event we receive (renewed, or given up on); 0: never.
    int renewalCheckSeconds = 300;
    // MISSED_EVENT_RECOVERY_SECONDS: how often the server lists Stripe's events and applies
    // those its webhook log lacks or failed (sync-stripe --events, on a schedule; with
    // PostgreSQL one instance at a time); 0: never. MISSED_EVENT_GRACE_SECONDS: how old an
    // event must be before it counts as missed (its delivery may be on its way).
    int recoveryIntervalSeconds = 900;
    int recoveryGraceSeconds = 300;
    // METRICS_PROBE_SECONDS: how often the learners, failed-event and last-delivery gauges
    // are read from the database (at least 1).
    int metricsProbeSeconds = 30;
    // WEBHOOK_ENDPOINT_URL: the URL Stripe's webhook endpoint should point at (this
    // server's public /api/v1/payments/webhook); checked at start and hourly against
    // Stripe's endpoints. Unset: any endpoint on that path counts as ours.
    QUrl webhookEndpointUrl;
    // PROMETHEUS_URL: where the desk's Health page reads the alerts Prometheus has active.
    QUrl prometheusUrl;
    int endpointCheckSeconds = 3600; // ENDPOINT_CHECK_SECONDS: how often; 0: never
    // DATABASE_READ_URL (optional, PostgreSQL): a streaming replica that the admin API's
    // reads (webhook log, stats, health) go to while it is at most readMaxLagMs behind
    // (DATABASE_READ_MAX_LAG_MS); beyond that, or unreachable, they go to DATABASE_URL.
    // Writes, token checks and audit rows always go to DATABASE_URL.
    std::optional<db::DatabaseConfig> readDatabase;
    int readMaxLagMs = 5000;
    // What one client may cost (HTTP_* variables; docs/deployment.md lists them). The
    // webhook takes larger bodies than the JSON APIs (WEBHOOK_MAX_BODY_BYTES).
    http::HttpLimits http;
    int webhookMaxBodyBytes = 512 * 1024;

    // What `serve` cannot run without; the message names every missing setting at once.
    bool checkServeRequirements(QString *error) const;

    // A setting from the environment, or from the file `NAME_FILE` names.
    static QString secretFromEnvironment(const QProcessEnvironment &env, const QString &name, QString *error);

    static void addOptions(QCommandLineParser &parser);
    // nullopt + a message for the operator when something is unusable.
    static std::optional<ServerConfig> fromParser(const QCommandLineParser &parser,
                                                  const QProcessEnvironment &env, QString *error);
};

} // namespace companion::server
