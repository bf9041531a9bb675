#include "AdminApiClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace companion::serverapi {

AdminApiClient::AdminApiClient(QNetworkAccessManager *network, QUrl baseUrl, QString adminToken, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(adminToken))
{
}

void AdminApiClient::listWebhookEvents(const WebhookEventQuery &query, QObject *context, Done done)
{
    QList<QPair<QString, QString>> items;
    const QList<QPair<QString, QString>> texts{{QStringLiteral("type"), query.type},
                                               {QStringLiteral("outcome"), query.outcome},
                                               {QStringLiteral("user_id"), query.userId},
                                               {QStringLiteral("starting_after"), query.startingAfter}};
    for (const auto &[name, value] : texts) {
        if (!value.trimmed().isEmpty())
            items.append({name, value.trimmed()});
    }
    if (query.since > 0)
        items.append({QStringLiteral("since"), QString::number(query.since)});
    if (query.until > 0)
        items.append({QStringLiteral("until"), QString::number(query.until)});
    items.append({QStringLiteral("limit"), QString::number(query.limit)});
    send("GET", QStringLiteral("/api/v1/admin/webhook-events"), items, context, std::move(done));
}

void AdminApiClient::webhookEvent(const QString &key, QObject *context, Done done)
{
    send("GET", QStringLiteral("/api/v1/admin/webhook-events/") + QString::fromLatin1(QUrl::toPercentEncoding(key)), {}, context, std::move(done));
}

void AdminApiClient::reprocess(const QString &key, QObject *context, Done done)
{
    send("POST", QStringLiteral("/api/v1/admin/webhook-events/%1/reprocess").arg(QString::fromLatin1(QUrl::toPercentEncoding(key))), {}, context,
         std::move(done));
}

void AdminApiClient::health(QObject *context, Done done)
{
    send("GET", QStringLiteral("/api/v1/admin/health"), {}, context, std::move(done));
}

void AdminApiClient::webhookStats(qint64 since, QObject *context, Done done)
{
    QList<QPair<QString, QString>> items;
    if (since > 0)
        items.append({QStringLiteral("since"), QString::number(since)});
    send("GET", QStringLiteral("/api/v1/admin/webhook-stats"), items, context, std::move(done));
}

void AdminApiClient::send(const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &query, QObject *context,
                          Done done)
{
    QUrl url = m_baseUrl.resolved(QUrl(path));
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    dispatch({m_network, m_baseUrl, method, request, method == "GET" ? kReadRetries : 0}, context, std::move(done));
}

void AdminApiClient::dispatch(const Call &call, QObject *context, Done done)
{
    QNetworkReply *reply = call.method == "POST" ? call.network->post(call.request, QByteArray()) : call.network->get(call.request);
    QPointer<QObject> guard(context);
    // Tied to the reply, not to this client: a client replaced while its requests
    // are in flight still delivers their answers.
    connect(reply, &QNetworkReply::finished, reply, [call, reply, guard, done = std::move(done)] {
        reply->deleteLater();
        const AdminApiResult result = read(call.baseUrl, reply, reply->error() == QNetworkReply::OperationCanceledError);
        if (!guard)
            return;
        // The server's database was briefly unavailable (say, a SQLite file the desk is
        // writing): a read is safe to ask again, after the pause the server names.
        const int retryAfter = reply->rawHeader("Retry-After").toInt();
        if (result.httpStatus == 503 && call.retriesLeft > 0 && retryAfter > 0) {
            Call again = call;
            --again.retriesLeft;
            QTimer::singleShot(qMin(retryAfter, kMaxRetryPauseMs / 1000) * 1000, guard.data(), [again, guard, done] {
                dispatch(again, guard.data(), done);
            });
            return;
        }
        done(result);
    });
}

AdminApiResult AdminApiClient::read(const QUrl &baseUrl, QNetworkReply *reply, bool timedOut)
{
    AdminApiResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.requestId = QString::fromLatin1(reply->rawHeader("Request-Id"));
    result.readOrigin.source = QString::fromLatin1(reply->rawHeader("Companion-Read-Source"));
    if (reply->hasRawHeader("Companion-Replica-Lag"))
        result.readOrigin.lagSeconds = reply->rawHeader("Companion-Replica-Lag").toDouble();
    result.readOrigin.skipped = QString::fromLatin1(reply->rawHeader("Companion-Replica-Skipped"));
    const QString server = baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    if (result.httpStatus == 0) {
        result.errorCode = timedOut ? QStringLiteral("timeout") : QStringLiteral("network");
        result.message = timedOut ? tr("companion-server at %1 did not answer in time.").arg(server)
                                  : tr("companion-server at %1 cannot be reached (%2).").arg(server, reply->errorString());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.errorCode = QStringLiteral("invalid_response");
        result.message = tr("The answer from %1 is not the admin API's (is the server URL right?).").arg(server);
        return result;
    }
    result.body = document.object();
    if (result.httpStatus < 300)
        return result;
    const QJsonObject error = result.body.value(QStringLiteral("error")).toObject();
    result.errorCode = error.value(QStringLiteral("code")).toString(QStringLiteral("http_%1").arg(result.httpStatus));
    switch (result.httpStatus) {
    case 401:
        result.message = tr("The server refused the admin token (revoked or mistyped). Store a new one in Settings.");
        break;
    case 503:
        result.message = tr("The server cannot reach its database right now; try again shortly.");
        break;
    default:
        result.message = error.value(QStringLiteral("message")).toString(tr("The server answered with status %1.").arg(result.httpStatus));
    }
    return result;
}

} // namespace companion::serverapi
