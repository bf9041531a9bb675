#include "SandboxServer.h"

#include "DemoHistory.h"
#include "FormDecoder.h"
#include "WebhookDispatcher.h"
#include "pages/HostedPages.h"
#include "pages/InvoicePages.h"
#include "resources/BillingPortalResource.h"
#include "resources/CatalogResource.h"
#include "resources/CheckoutResource.h"
#include "resources/CouponResource.h"
#include "resources/CustomerResource.h"
#include "resources/DisputeResource.h"
#include "resources/DiscountResource.h"
#include "resources/EventResource.h"
#include "resources/InvoiceItemResource.h"
#include "resources/InvoiceLinesResource.h"
#include "resources/InvoiceResource.h"
#include "resources/MoneyResource.h"
#include "resources/PromotionCodeResource.h"
#include "resources/SubscriptionResource.h"
#include "resources/TestClockResource.h"
#include "resources/TestHelperResource.h"
#include "resources/WebhookEndpointResource.h"
#include "resources/PaymentMethodResource.h"
#include "resources/PaymentIntentResource.h"
#include "resources/SetupIntentResource.h"
#include "pages/AuthenticationPages.h"
#include "resources/BalanceResource.h"
#include "resources/PayoutResource.h"
#include "resources/RefundResource.h"
#include "stripe/ApiVersion.h"
#include "util/Log.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QJsonDocument>
#include <QTimer>

namespace sandbox {

namespace {
constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

// A local tool's limits: the server's timers and sizes, a 1 MiB API body, and no
// per-address limit (every client is this machine).
companion::http::HttpLimits sandboxLimits()
{
    companion::http::HttpLimits limits;
    limits.maxBodyBytes = kMaxBodyBytes;
    limits.maxConnectionsPerAddress = 0;
    return limits;
}

QString newRequestId(Ids &ids)
{
    return ids.next(QStringLiteral("req_"), 14);
}

QString accountOf(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

companion::db::DatabaseConfig storeConfig(const QString &path)
{
    return companion::db::DatabaseConfig::sqlite(path);
}
} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_auth(m_config.apiKeys)
    , m_info(QStringLiteral("stripe-sandbox"))
    , m_store(storeConfig(m_config.dataPath))
    , m_ids(m_config.seed)
    , m_chaos(m_config.seed ^ 0x5eed)
    , m_http(sandboxLimits())
{
    // What the HTTP layer refuses itself reads like Stripe's own errors.
    m_http.setErrorBody([](int status, const QString &, const QString &message) {
        return companion::http::HttpResponse::json(
            status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                                                                      {QStringLiteral("message"), message}}}});
    });
}

SandboxServer::~SandboxServer()
{
    // Late answers still waiting are dropped, not answered: their connections close first.
    m_http.closeConnections();
    m_delayed.clear();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.listen.address.toString());
    url.setPort(m_port);
    return url;
}

bool SandboxServer::start(QString *error)
{
    if (!m_store.open(error))
        return false;
    // Listen first: hosted pages need the real port in the URLs they hand out.
    m_port = m_http.listen(m_config.listen.address, m_config.listen.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1 (port in use, or not allowed)").arg(m_config.listen.toString());
        return false;
    }
    m_clock = std::make_unique<SandboxClock>(&m_store);
    m_events = std::make_unique<EventLog>(&m_store, m_clock.get(), &m_ids);
    m_context = std::make_unique<SandboxContext>(SandboxContext{m_store, *m_clock, m_ids, *m_events, m_config.afterFailedRetries, baseUrl().toString()});
    m_idempotency = std::make_unique<IdempotencyCache>(m_store.database());
    m_work = std::make_unique<UnitOfWork>(m_store, *m_events);
    m_webhooks = std::make_unique<WebhookDispatcher>(m_store, m_ids);
    if (m_config.forwardTo.isValid())
        m_webhooks->setForward(m_config.forwardTo, m_config.forwardSecret, m_config.forwardEvents);
    m_webhooks->setChaosRate(m_config.chaosRate, m_config.seed);
    m_webhooks->setDropRate(m_config.dropRate, m_config.seed);
    registerRoutes();
    m_pages = std::make_unique<HostedPages>(*m_context, *m_work);
    m_pages->registerRoutes(m_http);
    m_authentication = std::make_unique<AuthenticationPages>(*m_context, *m_work, baseUrl().toString());
    m_authentication->registerRoutes(m_http);
    m_invoicePages = std::make_unique<InvoicePages>(*m_context, *m_work);
    m_invoicePages->registerRoutes(m_http);
    // A new account whose time starts in the past: test helpers then replay up to today.
    if (m_config.startDaysAgo > 0 && m_clock->offset() == 0 && m_store.all(QStringLiteral("customer")).isEmpty())
        m_clock->rewindTo(QDateTime::currentSecsSinceEpoch() - qint64(m_config.startDaysAgo) * 86400);
    // Demo history is the account's past: its events are listed but not delivered.
    if (m_config.seedDemo > 0) {
        m_seeded = DemoHistory(*m_context, *m_work, m_router).seed(m_config.seedDemo, m_config.seed, error);
        if (m_seeded < 0)
            return false;
    }
    m_events->setEndpointCounter([this](const QString &type) { return m_webhooks->endpointCount(type); });
    connect(m_events.get(), &EventLog::eventCreated, m_webhooks.get(), &WebhookDispatcher::deliver);

    m_http.route(QStringLiteral("/healthz"), companion::http::HttpMethod::Get,
                 [this](const companion::http::HttpRequest &, companion::http::HttpResponder &&responder) {
                     responder.respond(companion::http::HttpResponse::json(200, m_info.health({
                                                                                    {QStringLiteral("api_version"), QString::fromLatin1(companion::stripe::kApiVersion)},
                                                                                    {QStringLiteral("livemode"), false},
                                                                                    {QStringLiteral("clock"), m_clock->now()},
                                                                                })));
                 });
    m_http.setMissingHandler([this](const companion::http::HttpRequest &request, companion::http::HttpResponder &&responder) {
        handleApi(request, std::move(responder));
    });

    return true;
}

void SandboxServer::registerRoutes()
{
    const QString base = baseUrl().toString();
    CustomerResource::registerRoutes(m_router, *m_context);
    CatalogResource::registerRoutes(m_router, *m_context);
    CheckoutResource::registerRoutes(m_router, *m_context, base);
    BillingPortalResource::registerRoutes(m_router, *m_context, base);
    SubscriptionResource::registerRoutes(m_router, *m_context);
    MoneyResource::registerRoutes(m_router, *m_context);
    EventResource::registerRoutes(m_router, *m_context);
    TestHelperResource::registerRoutes(m_router, *m_context);
    TestClockResource::registerRoutes(m_router, *m_context);
    WebhookEndpointResource::registerRoutes(m_router, *m_context, *m_webhooks);
    PaymentMethodResource::registerRoutes(m_router, *m_context);
    PaymentIntentResource::registerRoutes(m_router, *m_context, base);
    SetupIntentResource::registerRoutes(m_router, *m_context, base);
    InvoiceResource::registerRoutes(m_router, *m_context);
    InvoiceItemResource::registerRoutes(m_router, *m_context);
    CouponResource::registerRoutes(m_router, *m_context);
    PromotionCodeResource::registerRoutes(m_router, *m_context);
    DiscountResource::registerRoutes(m_router, *m_context);
    InvoiceLinesResource::registerRoutes(m_router, *m_context);
    BalanceResource::registerRoutes(m_router, *m_context);
    PayoutResource::registerRoutes(m_router, *m_context);
    RefundResource::registerRoutes(m_router, *m_context);
    DisputeResource::registerRoutes(m_router, *m_context);
}

void SandboxServer::handleApi(const companion::http::HttpRequest &http, companion::http::HttpResponder &&responder)
{
    ApiRequest request;
    request.requestId = newRequestId(m_ids);
    request.method = QString::fromLatin1(http.methodName());
    request.path = http.url().path();
    const QByteArray version = http.value("Stripe-Version");
    request.apiVersion = QString::fromLatin1(version.isEmpty() ? QByteArray(companion::stripe::kApiVersion) : version);
    Outcome outcome = execute(http, request);

    companion::http::HttpResponse response = companion::http::HttpResponse::json(outcome.status, outcome.body);
    response.setHeader("Request-Id", request.requestId.toUtf8());
    response.setHeader("Stripe-Version", request.apiVersion.toLatin1());
    // The wall clock, as Stripe's Date is (test clocks do not move it): clients check their skew with it.
    response.setHeader("Date", QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1());
    if (!request.idempotencyKey.isEmpty())
        response.setHeader("Idempotency-Key", request.idempotencyKey.toUtf8());
    bool shouldRetrySet = false;
    for (const auto &[name, value] : std::as_const(outcome.headers)) {
        response.setHeader(name, value);
        shouldRetrySet = shouldRetrySet || name == "Stripe-Should-Retry";
    }
    if (!shouldRetrySet && outcome.status != 429)
        response.setHeader("Stripe-Should-Retry", "false");
    // Chaos also answers slowly now and then (after the work is done), so clients'
    // timeouts and retries meet the case where the request did go through.
    int delayMs = m_config.latencyMs;
    if (m_config.chaosRate > 0 && m_chaos.generateDouble() < m_config.chaosRate / 4)
        delayMs += 1500 + int(m_chaos.bounded(2500));
    if (delayMs <= 0) {
        responder.respond(response);
        return;
    }
    // The work is done; only the answer travels slowly. A client that gave up
    // meanwhile has closed its connection, and then nothing is written.
    auto pending = std::make_shared<DelayedAnswer>(std::move(responder), std::move(response));
    m_delayed.insert(pending);
    QTimer::singleShot(delayMs, this, [this, pending] {
        pending->first.respond(pending->second);
        m_delayed.remove(pending);
    });
}

SandboxServer::Outcome SandboxServer::execute(const companion::http::HttpRequest &http, ApiRequest &request)
{
    auto error = [](const StripeException &e) { return Outcome{e.status(), e.body(), {}}; };
    QString key;
    if (const auto why = m_auth.rejection(http, &key))
        return error(StripeException(401, QStringLiteral("invalid_request_error"), *why));
    if (!request.path.startsWith(QLatin1String("/v1/")))
        return error(StripeException(404, QStringLiteral("invalid_request_error"),
                                     QStringLiteral("Unrecognized request URL (%1: %2).").arg(request.method, request.path)));
    if (http.value("Content-Type").startsWith("application/json"))
        return error(StripeException::invalid(QStringLiteral("Invalid request: the v1 API takes form-encoded parameters "
                                                             "(application/x-www-form-urlencoded), not JSON.")));
    QString decodeError;
    const auto params = FormDecoder::decode(http.url().query(QUrl::FullyEncoded).toUtf8(),
                                            request.method == QLatin1String("POST") ? http.body() : QByteArray(), &decodeError);
    if (!params)
        return error(StripeException::invalid(decodeError));
    request.params = *params;
    if (const auto chaos = chaosBefore(request))
        return *chaos;

    const QString idempotencyKey = QString::fromUtf8(http.value("Idempotency-Key"));
    if (request.method != QLatin1String("POST") || idempotencyKey.isEmpty())
        return runInTransaction(request);
    if (idempotencyKey.size() > 255)
        return error(StripeException::invalid(QStringLiteral("Idempotency keys can be at most 255 characters.")));

    request.idempotencyKey = idempotencyKey;
    const QString account = accountOf(key);
    const QString fingerprint = IdempotencyCache::fingerprint(request.method, request.path, request.params);
    if (const auto stored = m_idempotency->find(account, idempotencyKey, fingerprint, m_clock->now())) {
        if (!stored->sameRequest) {
            return error(StripeException(400, QStringLiteral("idempotency_error"),
                                         QStringLiteral("Keys for idempotent requests can only be used with the same parameters they "
                                                        "were first used with. Try using a key other than '%1' if you meant to "
                                                        "execute a different request.").arg(idempotencyKey)));
        }
        return {stored->status, stored->body,
                {{"Idempotent-Replayed", "true"}, {"Original-Request", stored->requestId.toUtf8()}}};
    }
    Outcome outcome = runInTransaction(request);
    if (outcome.status != 429)
        m_idempotency->store(account, idempotencyKey, fingerprint, outcome.status, outcome.body, request.requestId, m_clock->now());
    outcome.headers.append({"Original-Request", request.requestId.toUtf8()});
    // Chaos after the work is done: the client sees a 500 and must retry with the
    // same key to learn what happened, exactly the case idempotency keys exist for.
    if (m_config.chaosRate > 0 && m_chaos.generateDouble() < m_config.chaosRate / 2) {
        return {500,
                StripeException(500, QStringLiteral("api_error"), QStringLiteral("An unknown error occurred (sandbox chaos).")).body(),
                {{"Stripe-Should-Retry", "true"}}};
    }
    return outcome;
}

SandboxServer::Outcome SandboxServer::runInTransaction(ApiRequest &request)
{
    const ApiResponse response = m_work->run([&] { return m_router.dispatch(request); });
    return {response.status, response.body, {}};
}

std::optional<SandboxServer::Outcome> SandboxServer::chaosBefore(const ApiRequest &request)
{
    if (m_config.chaosRate <= 0 || m_chaos.generateDouble() >= m_config.chaosRate)
        return std::nullopt;
    qCInfo(lcHttp).noquote() << "chaos before" << request.method << request.path;
    if (m_chaos.bounded(2) == 0) {
        return Outcome{429,
                       StripeException(429, QStringLiteral("invalid_request_error"),
                                       QStringLiteral("Too many requests hit the API too quickly (sandbox chaos)."),
                                       QStringLiteral("rate_limit")).body(),
                       {{"Retry-After", "1"}}};
    }
    return Outcome{503,
                   StripeException(503, QStringLiteral("api_error"), QStringLiteral("Stripe is temporarily unavailable (sandbox chaos).")).body(),
                   {{"Stripe-Should-Retry", "true"}}};
}

} // namespace sandbox
