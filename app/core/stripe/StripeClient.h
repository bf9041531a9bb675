#pragma once

#include "StripeError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace companion::stripe {

struct StripeResult {
    QJsonObject body;
    QString requestId;
    bool idempotentReplayed = false;
    int attempts = 1;
    QDateTime serverDate; // Stripe's Date header (its clock), when it sent one
    std::optional<StripeError> error; // set when the call failed
    bool ok() const { return !error.has_value(); }
};

struct RequestOptions {
    QString idempotencyKey;   // POST only; generated when empty, reused by every retry
    std::optional<int> maxRetries;
    std::optional<int> timeoutMs;
    bool retryRateLimits = false; // bulk work (sync) backs off on 429 instead of failing
};

class StripeCall;

// Stripe's REST API (v1) over an injected QNetworkAccessManager and base URL, so
// the same code talks to api.stripe.com and to stripe-sandbox. Asynchronous; the
// retry rules are the official libraries' (reference §2.3): network errors, 409,
// 5xx and Stripe-Should-Retry: true are retried (Stripe-Should-Retry: false wins),
// with exponential backoff and jitter; 429 only for bulk work, honouring
// Retry-After. Every POST carries an Idempotency-Key that its retries reuse.
class StripeClient : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        int maxRetries = 2;
        int timeoutMs = 80000;      // the official libraries' default
        int initialBackoffMs = 500;
        int maxBackoffMs = 5000;
        int rateLimitBackoffMs = 1000; // at least this long after a 429
    };

    StripeClient(QNetworkAccessManager *network, QUrl baseUrl, QString apiKey, QObject *parent = nullptr);

    void setSettings(const Settings &settings) { m_settings = settings; }
    // Told of every HTTP exchange with Stripe, each retry apart (the server's metrics):
    // the method, the endpoint with its ids as {id} (endpointOf), the HTTP status or
    // "timeout" / "network_error", and the seconds it took. Runs on the client's thread.
    using Observer = std::function<void(const QString &method, const QString &endpoint, const QString &status, double seconds)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // A path with every Stripe id in it replaced by {id}, so a label set stays small:
    // "/v1/subscriptions/sub_1Q2w3E" gives "/v1/subscriptions/{id}".
    static QString endpointOf(const QString &path);
    // The same account on another QNetworkAccessManager: bulk work spreads over several,
    // because each keeps at most six HTTP/1.1 connections per host.
    StripeClient *withNetwork(QNetworkAccessManager *network, QObject *parent) const;
    const Settings &settings() const { return m_settings; }
    QUrl baseUrl() const { return m_baseUrl; }
    bool isLiveMode() const;
    QString redactedKey() const;

    // The call reports once through StripeCall::finished; it deletes itself afterwards.
    StripeCall *send(const QString &method, const QString &path, const QJsonObject &params = {},
                     const RequestOptions &options = {});
    StripeCall *get(const QString &path, const QJsonObject &params = {}, const RequestOptions &options = {});
    StripeCall *post(const QString &path, const QJsonObject &params = {}, const RequestOptions &options = {});
    StripeCall *del(const QString &path, const QJsonObject &params = {}, const RequestOptions &options = {});

private:
    friend class StripeCall;
    QNetworkReply *start(const StripeCall &call);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    Settings m_settings;
    Observer m_observer;
};

// One logical API call, across its retries.
class StripeCall : public QObject
{
    Q_OBJECT
public:
    const QString &method() const { return m_method; }
    const QString &path() const { return m_path; }
    const QString &idempotencyKey() const { return m_idempotencyKey; }

    void cancel();
    // Convenience: run `handler` with the result (in this object's thread).
    void then(QObject *context, std::function<void(const StripeResult &)> handler);

Q_SIGNALS:
    void finished(const companion::stripe::StripeResult &result);
    void retrying(int attempt, int delayMs, const companion::stripe::StripeError &reason);

private:
    friend class StripeClient;
    StripeCall(StripeClient *client, QString method, QString path, QJsonObject params, RequestOptions options);

    void attempt();
    void onReply();
    void onTimeout();
    // Decides on a retry after a failed attempt; returns the delay or -1.
    int retryDelay(int status, const QByteArray &shouldRetry, const QByteArray &retryAfter, bool transportFailure) const;
    void finish(StripeResult result);

    QPointer<StripeClient> m_client;
    QString m_method;
    QString m_path;
    QJsonObject m_params;
    RequestOptions m_options;
    QString m_idempotencyKey;
    int m_attempt = 0;
    bool m_done = false;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_timer = nullptr;
    bool m_timedOut = false;
    QElapsedTimer m_attemptClock;
};

} // namespace companion::stripe

Q_DECLARE_METATYPE(companion::stripe::StripeResult)
