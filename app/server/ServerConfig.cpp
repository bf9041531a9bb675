#include "ServerConfig.h"

#include "auth/Jwt.h"
#include "util/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <tuple>

namespace companion::server {

namespace {
// A non-negative whole number from the environment, or the default.
std::optional<int> count(const QProcessEnvironment &env, const QString &name, int fallback, QString *error)
{
    if (!env.contains(name))
        return fallback;
    bool ok = false;
    const int value = env.value(name).trimmed().toInt(&ok);
    if (!ok || value < 0) {
        *error = QStringLiteral("%1 must be a whole number ≥ 0").arg(name);
        return std::nullopt;
    }
    return value;
}
// An http(s) address with a host, or nothing when unset; `what` is the sentence
// that says what the variable must be.
std::optional<QUrl> httpUrl(const QProcessEnvironment &env, const QString &name, const QString &what, QString *error)
{
    const QString text = env.value(name).trimmed();
    if (text.isEmpty())
        return QUrl();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()) {
        *error = QStringLiteral("%1 must be %2").arg(name, what);
        return std::nullopt;
    }
    return url;
}
// The HTTP_* limits (and WEBHOOK_MAX_BODY_BYTES): whole numbers ≥ 1, except the
// linger time and the per-address limit (0: none, for a server behind a proxy).
bool readHttpLimits(const QProcessEnvironment &env, ServerConfig *config, QString *error)
{
    http::HttpLimits &limits = config->http;
    const auto read = [&env, error](const char *name, auto *target, int least) {
        const QString variable = QString::fromLatin1(name);
        if (!env.contains(variable))
            return true;
        bool ok = false;
        const int value = env.value(variable).trimmed().toInt(&ok);
        if (!ok || value < least) {
            *error = QStringLiteral("%1 must be a whole number ≥ %2").arg(variable).arg(least);
            return false;
        }
        *target = value;
        return true;
    };
    return read("HTTP_MAX_REQUEST_LINE", &limits.maxRequestLine, 1) && read("HTTP_MAX_HEADER_LINE", &limits.maxHeaderLine, 1)
        && read("HTTP_MAX_HEADERS", &limits.maxHeaderCount, 1) && read("HTTP_MAX_HEAD_BYTES", &limits.maxHeadBytes, 1)
        && read("HTTP_MAX_BODY_BYTES", &limits.maxBodyBytes, 1) && read("WEBHOOK_MAX_BODY_BYTES", &config->webhookMaxBodyBytes, 1)
        && read("HTTP_HEAD_TIMEOUT_MS", &limits.headTimeoutMs, 1) && read("HTTP_BODY_TIMEOUT_MS", &limits.bodyTimeoutMs, 1)
        && read("HTTP_IDLE_TIMEOUT_MS", &limits.idleTimeoutMs, 1) && read("HTTP_LINGER_MS", &limits.lingerMs, 0)
        && read("HTTP_MAX_CONNECTIONS", &limits.maxConnections, 1)
        && read("HTTP_MAX_CONNECTIONS_PER_ADDRESS", &limits.maxConnectionsPerAddress, 0);
}
} // namespace

void ServerConfig::addOptions(QCommandLineParser &parser)
{
    util::ListenEndpoint::addOptions(parser, kDefaultPort);
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate("ServerConfig", "Database URL (default: $DATABASE_URL, else SQLite in the data folder)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("workers"),
                      QCoreApplication::translate("ServerConfig", "Database threads serving the API (default: $SERVER_WORKERS, else 2)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("ingest-threads"),
                      QCoreApplication::translate("ServerConfig", "Threads storing webhook events, each with its own connection (default: $INGEST_THREADS, else 2)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("drain-seconds"),
                      QCoreApplication::translate("ServerConfig", "On SIGTERM, wait this long for requests in flight (default 10)."),
                      QStringLiteral("s"), QStringLiteral("10")});
}

std::optional<ServerConfig> ServerConfig::fromParser(const QCommandLineParser &parser,
                                                     const QProcessEnvironment &env, QString *error)
{
    ServerConfig config;
    const auto listen = util::ListenEndpoint::fromParser(parser, kDefaultPort, env.value(QStringLiteral("PORT")), error);
    if (!listen)
        return std::nullopt;
    config.listen = *listen;

    std::optional<db::DatabaseConfig> database;
    if (parser.isSet(QStringLiteral("database")))
        database = db::DatabaseConfig::fromUrl(parser.value(QStringLiteral("database")), error);
    else
        database = db::DatabaseConfig::fromEnvironment(env, util::AppPaths::defaultDatabasePath(), error);
    if (!database)
        return std::nullopt;
    config.database = *database;

    QString secretError;
    const QString webhookSecrets = secretFromEnvironment(env, QStringLiteral("STRIPE_WEBHOOK_SECRET"), &secretError);
    config.stripeSecretKey = secretFromEnvironment(env, QStringLiteral("STRIPE_SECRET_KEY"), &secretError);
    config.stripePublishableKey = secretFromEnvironment(env, QStringLiteral("STRIPE_PUBLISHABLE_KEY"), &secretError);
    config.jwtSecret = secretFromEnvironment(env, QStringLiteral("JWT_SECRET"), &secretError).toUtf8();
    config.metricsToken = secretFromEnvironment(env, QStringLiteral("METRICS_TOKEN"), &secretError).toUtf8();
    if (!secretError.isEmpty()) {
        *error = secretError;
        return std::nullopt;
    }
    if (!config.metricsToken.isEmpty() && config.metricsToken.size() < 16) {
        *error = QStringLiteral("METRICS_TOKEN is too short: use at least 16 random characters (openssl rand -hex 20)");
        return std::nullopt;
    }
    for (const QString &secret : webhookSecrets.split(u',', Qt::SkipEmptyParts)) {
        if (!secret.trimmed().startsWith(QLatin1String("whsec_"))) {
            *error = QStringLiteral("STRIPE_WEBHOOK_SECRET must be whsec_… (comma-separated while rotating)");
            return std::nullopt;
        }
        config.webhookSecrets << secret.trimmed().toUtf8();
    }
    if (!config.stripeSecretKey.isEmpty() && !config.stripeSecretKey.startsWith(QLatin1String("sk_"))
        && !config.stripeSecretKey.startsWith(QLatin1String("rk_"))) {
        *error = QStringLiteral("STRIPE_SECRET_KEY must be a secret (sk_…) or restricted (rk_…) key");
        return std::nullopt;
    }
    if (!config.stripePublishableKey.isEmpty() && !config.stripePublishableKey.startsWith(QLatin1String("pk_"))) {
        *error = QStringLiteral("STRIPE_PUBLISHABLE_KEY must be pk_…");
        return std::nullopt;
    }
    if (env.contains(QStringLiteral("STRIPE_API_BASE"))) {
        config.stripeApiBase = QUrl(env.value(QStringLiteral("STRIPE_API_BASE")), QUrl::StrictMode);
        if (!config.stripeApiBase.isValid() || config.stripeApiBase.host().isEmpty()) {
            *error = QStringLiteral("STRIPE_API_BASE is not a URL");
            return std::nullopt;
        }
    }
    config.premiumPriceId = env.value(QStringLiteral("STRIPE_PREMIUM_PRICE_ID")).trimmed();
    config.yearlyPriceId = env.value(QStringLiteral("STRIPE_YEARLY_PRICE_ID")).trimmed();
    config.jwtIssuer = env.value(QStringLiteral("JWT_ISSUER")).trimmed();
    config.jwtAudience = env.value(QStringLiteral("JWT_AUDIENCE")).trimmed();
    if (env.contains(QStringLiteral("CHECKOUT_SUCCESS_URL")))
        config.checkoutSuccessUrl = env.value(QStringLiteral("CHECKOUT_SUCCESS_URL")).trimmed();
    if (env.contains(QStringLiteral("CHECKOUT_CANCEL_URL")))
        config.checkoutCancelUrl = env.value(QStringLiteral("CHECKOUT_CANCEL_URL")).trimmed();
    if (env.contains(QStringLiteral("CHECKOUT_HTTP_HOSTS")))
        config.checkoutHttpHosts = env.value(QStringLiteral("CHECKOUT_HTTP_HOSTS")).toLower().split(u',', Qt::SkipEmptyParts);
    for (QString &host : config.checkoutHttpHosts)
        host = host.trimmed();

    const auto clients = ClientAddress::fromList(env.value(QStringLiteral("TRUSTED_PROXIES")), error);
    if (!clients)
        return std::nullopt;
    config.clients = *clients;
    const auto perUser = count(env, QStringLiteral("RATE_LIMIT_PER_USER"), config.rateLimitPerUser, error);
    const auto perIp = count(env, QStringLiteral("RATE_LIMIT_PER_IP"), config.rateLimitPerIp, error);
    if (!perUser || !perIp)
        return std::nullopt;
    config.rateLimitPerUser = *perUser;
    config.rateLimitPerIp = *perIp;
    const auto renewalCheck = count(env, QStringLiteral("RENEWAL_CHECK_SECONDS"), config.renewalCheckSeconds, error);
    if (!renewalCheck)
        return std::nullopt;
    config.renewalCheckSeconds = *renewalCheck;
    const auto recovery = count(env, QStringLiteral("MISSED_EVENT_RECOVERY_SECONDS"), config.recoveryIntervalSeconds, error);
    const auto grace = count(env, QStringLiteral("MISSED_EVENT_GRACE_SECONDS"), config.recoveryGraceSeconds, error);
    if (!recovery || !grace)
        return std::nullopt;
    config.recoveryIntervalSeconds = *recovery;
    config.recoveryGraceSeconds = *grace;
    const auto probe = count(env, QStringLiteral("METRICS_PROBE_SECONDS"), config.metricsProbeSeconds, error);
    if (!probe)
        return std::nullopt;
    config.metricsProbeSeconds = qMax(1, *probe);
    const auto endpointCheck = count(env, QStringLiteral("ENDPOINT_CHECK_SECONDS"), config.endpointCheckSeconds, error);
    if (!endpointCheck)
        return std::nullopt;
    config.endpointCheckSeconds = *endpointCheck;
    if (const QString url = env.value(QStringLiteral("DATABASE_READ_URL")).trimmed(); !url.isEmpty()) {
        QString urlError;
        config.readDatabase = db::DatabaseConfig::fromUrl(url, &urlError);
        if (!config.readDatabase || config.readDatabase->dialect != db::Dialect::PostgreSQL || config.database.dialect != db::Dialect::PostgreSQL) {
            *error = QStringLiteral("DATABASE_READ_URL must name a PostgreSQL replica of DATABASE_URL's database%1")
                         .arg(urlError.isEmpty() ? QString() : QStringLiteral(": ") + urlError);
            return std::nullopt;
        }
    }
    const auto maxLag = count(env, QStringLiteral("DATABASE_READ_MAX_LAG_MS"), config.readMaxLagMs, error);
    if (!maxLag)
        return std::nullopt;
    config.readMaxLagMs = *maxLag;
    const auto prometheus = httpUrl(env, QStringLiteral("PROMETHEUS_URL"), QStringLiteral("Prometheus' address, e.g. http://prometheus.internal:9090"), error);
    const auto endpoint = httpUrl(env, QStringLiteral("WEBHOOK_ENDPOINT_URL"),
                                  QStringLiteral("the webhook's full URL, e.g. https://billing.example.com/api/v1/payments/webhook"), error);
    if (!prometheus || !endpoint)
        return std::nullopt;
    config.prometheusUrl = *prometheus;
    config.webhookEndpointUrl = *endpoint;
    if (!readHttpLimits(env, &config, error))
        return std::nullopt;
    for (auto [option, variable, target] : {std::tuple{"workers", "SERVER_WORKERS", &config.workers},
                                            std::tuple{"ingest-threads", "INGEST_THREADS", &config.ingestThreads}}) {
        const QString name = QString::fromLatin1(option);
        const QString text = parser.isSet(name) ? parser.value(name) : env.value(QString::fromLatin1(variable));
        if (text.isEmpty())
            continue;
        bool ok = false;
        *target = text.toInt(&ok);
        if (!ok || *target < 1 || *target > 64) {
            *error = QStringLiteral("--%1 (%2) must be between 1 and 64").arg(name, QString::fromLatin1(variable));
            return std::nullopt;
        }
    }
    bool drainOk = false;
    config.drainSeconds = parser.value(QStringLiteral("drain-seconds")).toInt(&drainOk);
    if (!drainOk || config.drainSeconds < 0) {
        *error = QStringLiteral("--drain-seconds must be a whole number ≥ 0");
        return std::nullopt;
    }
    return config;
}

bool ServerConfig::checkServeRequirements(QString *error) const
{
    QStringList missing;
    if (jwtSecret.isEmpty())
        missing << QStringLiteral("JWT_SECRET (the HS256 secret shared with the course's sign-in service)");
    if (stripeSecretKey.isEmpty())
        missing << QStringLiteral("STRIPE_SECRET_KEY (sk_test_… or sk_live_…)");
    if (webhookSecrets.isEmpty())
        missing << QStringLiteral("STRIPE_WEBHOOK_SECRET (whsec_… of the webhook endpoint)");
    if (premiumPriceId.isEmpty())
        missing << QStringLiteral("STRIPE_PREMIUM_PRICE_ID (price_… of the $9.99/month Premium price)");
    if (!missing.isEmpty()) {
        *error = QStringLiteral("cannot serve without these settings (environment, or NAME_FILE for secrets):\n  ")
            + missing.join(QStringLiteral("\n  "));
        return false;
    }
    if (jwtSecret.size() < JwtVerifier::kMinSecretBytes) {
        *error = QStringLiteral("JWT_SECRET is too short: HS256 needs at least %1 bytes").arg(JwtVerifier::kMinSecretBytes);
        return false;
    }
    return true;
}

QString ServerConfig::secretFromEnvironment(const QProcessEnvironment &env, const QString &name, QString *error)
{
    const QString file = env.value(name + QStringLiteral("_FILE"));
    if (file.isEmpty())
        return env.value(name).trimmed();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1_FILE names %2, which cannot be read: %3").arg(name, file, f.errorString());
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace companion::server
