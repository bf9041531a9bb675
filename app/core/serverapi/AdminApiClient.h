#pragma once

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace companion::serverapi {

// Where the server read an answer's data, when it has a read replica
// (Companion-Read-Source and friends); empty source: no replica configured.
struct ReadOrigin {
    QString source;         // "replica" or "primary"
    double lagSeconds = -1; // the replica's lag just before the read; -1: unknown
    QString skipped;        // why the primary: lagging, not_receiving, unreachable
    bool known() const { return !source.isEmpty(); }
};

// What companion-server answered (or why there is no answer), with a message a
// support person can act on.
struct AdminApiResult {
    int httpStatus = 0;       // 0: no answer at all
    QJsonObject body;
    QString errorCode;        // the server's error.code, or network / timeout / invalid_response
    QString message;          // in words, for the status bar or a message box
    QString requestId;        // the server's Request-Id, for its log
    ReadOrigin readOrigin;
    bool ok() const { return errorCode.isEmpty() && httpStatus >= 200 && httpStatus < 300; }
};

// What the webhook log asks for; empty fields are not sent.
struct WebhookEventQuery {
    QString type;      // exact, or a prefix ending in ".*"
    QString outcome;
    QString userId;
    qint64 since = 0;
    qint64 until = 0;
    QString startingAfter; // the previous page's next_cursor
    int limit = 50;
};

// companion-server's admin API (webhook log, reprocess, stats) over an injected
// QNetworkAccessManager and base URL, with the admin token as a Bearer token.
// Asynchronous: each call reports once to `done`, on `context`'s thread, unless
// `context` died first. The token is never logged or put in a message.
class AdminApiClient : public QObject
{
    Q_OBJECT
public:
    AdminApiClient(QNetworkAccessManager *network, QUrl baseUrl, QString adminToken, QObject *parent = nullptr);

    using Done = std::function<void(const AdminApiResult &)>;
    void listWebhookEvents(const WebhookEventQuery &query, QObject *context, Done done);
    void webhookEvent(const QString &key, QObject *context, Done done); // evt_… or row id
    void reprocess(const QString &key, QObject *context, Done done);
    void webhookStats(qint64 since, QObject *context, Done done);
    // The Health page's report (GET /api/v1/admin/health).
    void health(QObject *context, Done done);

    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // A read answered 503 with Retry-After is asked again this often, waiting what
    // the server says (at most kMaxRetryPauseMs) before each.
    static constexpr int kReadRetries = 2;
    static constexpr int kMaxRetryPauseMs = 10000;

private:
    struct Call {
        QNetworkAccessManager *network = nullptr;
        QUrl baseUrl;
        QByteArray method;
        QNetworkRequest request;
        int retriesLeft = 0;
    };
    void send(const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &query, QObject *context, Done done);
    static void dispatch(const Call &call, QObject *context, Done done);
    static AdminApiResult read(const QUrl &baseUrl, QNetworkReply *reply, bool timedOut);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 15000;
};

} // namespace companion::serverapi
