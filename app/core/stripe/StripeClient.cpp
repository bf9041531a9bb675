#include "StripeClient.h"

#include "ApiVersion.h"
#include "FormEncoder.h"
#include "util/Log.h"
#include "util/Redact.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace companion::stripe {

StripeClient::StripeClient(QNetworkAccessManager *network, QUrl baseUrl, QString apiKey, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
{
    qRegisterMetaType<StripeResult>();
}

StripeClient *StripeClient::withNetwork(QNetworkAccessManager *network, QObject *parent) const
{
    auto *copy = new StripeClient(network, m_baseUrl, m_apiKey, parent);
    copy->setSettings(m_settings);
    copy->setObserver(m_observer);
    return copy;
}

QString StripeClient::endpointOf(const QString &path)
{
    // Collections are lowercase words joined by "_" ("balance_transactions"), versions
    // have none ("v1"); an id is a prefix, "_" and a random part, which nearly always
    // has a digit or a capital and is long.
    static const QRegularExpression word(QStringLiteral("^[a-z_]+$"));
    static const QRegularExpression id(QStringLiteral("^[a-z]+_[A-Za-z0-9]{14,}$"));
    QStringList segments = path.split(QLatin1Char('/'));
    for (QString &segment : segments) {
        if (segment.contains(u'_') && (!word.match(segment).hasMatch() || id.match(segment).hasMatch()))
            segment = QStringLiteral("{id}");
    }
    return segments.join(QLatin1Char('/'));
}

bool StripeClient::isLiveMode() const
{
    return m_apiKey.startsWith(QLatin1String("sk_live_")) || m_apiKey.startsWith(QLatin1String("rk_live_"));
}

QString StripeClient::redactedKey() const
{
    return util::redactSecret(m_apiKey);
}

StripeCall *StripeClient::send(const QString &method, const QString &path, const QJsonObject &params, const RequestOptions &options)
{
    auto *call = new StripeCall(this, method.toUpper(), path, params, options);
    QMetaObject::invokeMethod(call, &StripeCall::attempt, Qt::QueuedConnection); // callers connect first
    return call;
}

StripeCall *StripeClient::get(const QString &path, const QJsonObject &params, const RequestOptions &options)
{
    return send(QStringLiteral("GET"), path, params, options);
}

StripeCall *StripeClient::post(const QString &path, const QJsonObject &params, const RequestOptions &options)
{
    return send(QStringLiteral("POST"), path, params, options);
}

StripeCall *StripeClient::del(const QString &path, const QJsonObject &params, const RequestOptions &options)
{
    return send(QStringLiteral("DELETE"), path, params, options);
}

QNetworkReply *StripeClient::start(const StripeCall &call)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + call.path());
    const QByteArray form = FormEncoder::encode(call.m_params);
    const bool hasBody = call.method() == QLatin1String("POST");
    if (!hasBody && !form.isEmpty())
        url.setQuery(QString::fromLatin1(form), QUrl::StrictMode); // GET and DELETE carry params in the query

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("Stripe-Version", kApiVersion);
    request.setRawHeader("User-Agent", "CourseCompanion/" COMPANION_VERSION " (Qt)");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Idempotency-Key", call.idempotencyKey().toUtf8());
    }
    return m_network->sendCustomRequest(request, call.method().toLatin1(), hasBody ? form : QByteArray());
}

StripeCall::StripeCall(StripeClient *client, QString method, QString path, QJsonObject params, RequestOptions options)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_params(std::move(params))
    , m_options(std::move(options))
    , m_idempotencyKey(m_options.idempotencyKey)
    , m_timer(new QTimer(this))
{
    if (m_method == QLatin1String("POST") && m_idempotencyKey.isEmpty())
        m_idempotencyKey = QStringLiteral("cc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &StripeCall::onTimeout);
}

void StripeCall::then(QObject *context, std::function<void(const StripeResult &)> handler)
{
    connect(this, &StripeCall::finished, context, [handler = std::move(handler)](const StripeResult &r) { handler(r); });
}

void StripeCall::attempt()
{
    if (m_done || !m_client)
        return;
    ++m_attempt;
    m_timedOut = false;
    m_attemptClock.start();
    m_reply = m_client->start(*this);
    connect(m_reply, &QNetworkReply::finished, this, &StripeCall::onReply);
    m_timer->start(m_options.timeoutMs.value_or(m_client->settings().timeoutMs));
}

void StripeCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows, with OperationCanceledError
}

void StripeCall::cancel()
{
    if (m_done)
        return;
    StripeError error;
    error.kind = StripeError::Kind::Canceled;
    error.message = QStringLiteral("canceled");
    error.attempts = m_attempt;
    StripeResult result;
    result.error = error;
    result.attempts = m_attempt;
    if (m_reply) {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(result);
}

int StripeCall::retryDelay(int status, const QByteArray &shouldRetry, const QByteArray &retryAfter, bool transportFailure) const
{
    const auto &settings = m_client->settings();
    const int maxRetries = m_options.maxRetries.value_or(settings.maxRetries);
    if (m_attempt > maxRetries)
        return -1;
    bool retry = false;
    if (transportFailure)
        retry = true;
    else if (status == 429 && m_options.retryRateLimits)
        retry = true; // bulk work backs off on rate limits: they are transient by definition
    else if (shouldRetry == "false")
        retry = false;
    else if (shouldRetry == "true")
        retry = true;
    else if (status == 409 || status >= 500)
        retry = true;
    if (!retry)
        return -1;

    // min(0.5 s · 2^(n−1), 5 s) × random [0.5, 1], floored at 0.5 s — the official libraries' backoff.
    const int n = m_attempt;
    const double base = qMin(double(settings.initialBackoffMs) * double(1 << qMin(n - 1, 16)), double(settings.maxBackoffMs));
    int delay = qMax(settings.initialBackoffMs, int(base * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble())));
    if (status == 429) {
        delay = qMax(delay, settings.rateLimitBackoffMs * (1 << qMin(n - 1, 6)));
        bool numeric = false;
        const int seconds = retryAfter.trimmed().toInt(&numeric);
        if (numeric && seconds >= 0)
            delay = qMax(delay, qMin(seconds, 60) * 1000);
    }
    return delay;
}

void StripeCall::onReply()
{
    m_timer->stop();
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    const QString requestId = QString::fromUtf8(reply->rawHeader("Request-Id"));
    const bool transportFailure = status == 0;
    if (m_client && m_client->m_observer)
        m_client->m_observer(m_method, StripeClient::endpointOf(m_path),
                             transportFailure ? (m_timedOut ? QStringLiteral("timeout") : QStringLiteral("network_error")) : QString::number(status),
                             double(m_attemptClock.nsecsElapsed()) / 1e9);

    StripeResult result;
    result.requestId = requestId;
    result.attempts = m_attempt;
    result.idempotentReplayed = reply->rawHeader("Idempotent-Replayed") == "true";
    // HTTP's date (RFC 9110: "Thu, 03 Dec 2026 05:54:53 GMT"), which Qt's RFC 2822 parser refuses for its "GMT".
    result.serverDate = QLocale::c().toDateTime(QString::fromLatin1(reply->rawHeader("Date")), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    result.serverDate.setTimeZone(QTimeZone::utc());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (!transportFailure && status >= 200 && status < 300) {
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            StripeError error;
            error.kind = StripeError::Kind::InvalidResponse;
            error.httpStatus = status;
            error.requestId = requestId;
            error.message = QStringLiteral("the answer is not a JSON object: %1").arg(parseError.errorString());
            result.error = error;
        } else {
            result.body = document.object();
        }
        finish(result);
        return;
    }

    StripeError error;
    if (transportFailure) {
        error.kind = m_timedOut ? StripeError::Kind::Timeout : StripeError::Kind::Network;
        error.message = util::redactSecretsIn(reply->errorString());
    } else {
        error = StripeError::fromResponse(status, document.object(), requestId);
    }
    error.attempts = m_attempt;
    const int delay = retryDelay(status, reply->rawHeader("Stripe-Should-Retry"), reply->rawHeader("Retry-After"), transportFailure);
    if (delay >= 0) {
        qCInfo(lcStripe).noquote() << m_method << m_path << "attempt" << m_attempt << "failed:" << error.logText()
                                   << "- retrying in" << delay << "ms with the same idempotency key";
        Q_EMIT retrying(m_attempt, delay, error);
        QTimer::singleShot(delay, this, &StripeCall::attempt);
        return;
    }
    result.error = error;
    finish(result);
}

void StripeCall::finish(StripeResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (result.error)
        qCWarning(lcStripe).noquote() << m_method << m_path << "failed:" << result.error->logText();
    else
        qCDebug(lcStripe).noquote() << m_method << m_path << "ok" << result.requestId << "attempts" << result.attempts;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace companion::stripe
