#include "WebhookDispatcher.h"

#include "Ids.h"
#include "SandboxStore.h"
#include "util/Log.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>

namespace sandbox {

namespace {
constexpr int kTimeoutMs = 10000;      // Stripe does not publish its own; 10 s is the low end reported
constexpr int kExcerptBytes = 500;
}

WebhookDispatcher::WebhookDispatcher(SandboxStore &store, Ids &ids, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_ids(ids)
    , m_network(new QNetworkAccessManager(this))
{
}

WebhookDispatcher::~WebhookDispatcher() = default;

void WebhookDispatcher::setForward(const QUrl &url, const QString &secret, const QStringList &events)
{
    m_forwardUrl = url;
    m_forwardSecret = secret.toUtf8();
    m_forwardEvents = events;
}

void WebhookDispatcher::setDropRate(double rate, quint32 seed)
{
    m_dropRate = rate;
    m_drops.seed(seed ^ 0xd409);
}

void WebhookDispatcher::setChaosRate(double rate, quint32 seed)
{
    m_chaosRate = rate;
    m_chaos.seed(seed ^ 0xd311);
}

QString WebhookDispatcher::newSecret(Ids &ids)
{
    return ids.next(QStringLiteral("whsec_"), 32);
}

QByteArray WebhookDispatcher::signatureHeader(const QByteArray &secret, qint64 timestamp, const QByteArray &payload)
{
    const QByteArray t = QByteArray::number(timestamp);
    const QByteArray mac = QMessageAuthenticationCode::hash(t + '.' + payload, secret, QCryptographicHash::Sha256).toHex();
    return "t=" + t + ",v1=" + mac;
}

namespace {
// An endpoint's enabled_events (or the forwarded types): "*" or the exact type.
bool wants(const QStringList &types, const QString &eventType)
{
    return types.contains(QStringLiteral("*")) || types.contains(eventType);
}
} // namespace

QList<WebhookDispatcher::Target> WebhookDispatcher::targetsFor(const QString &eventType) const
{
    QList<Target> targets;
    if (m_forwardUrl.isValid() && wants(m_forwardEvents, eventType))
        targets.append({QStringLiteral("forward"), m_forwardUrl, m_forwardSecret});
    for (const QJsonObject &endpoint : m_store.all(QStringLiteral("webhook_endpoint"))) {
        if (endpoint.value(QStringLiteral("status")).toString() != QLatin1String("enabled"))
            continue;
        QStringList enabled;
        for (const QJsonValue &type : endpoint.value(QStringLiteral("enabled_events")).toArray())
            enabled << type.toString();
        if (wants(enabled, eventType)) {
            targets.append({endpoint.value(QStringLiteral("id")).toString(), QUrl(endpoint.value(QStringLiteral("url")).toString()),
                            endpoint.value(QStringLiteral("secret")).toString().toUtf8()});
        }
    }
    return targets;
}

int WebhookDispatcher::endpointCount(const QString &eventType) const
{
    return int(targetsFor(eventType).size());
}

void WebhookDispatcher::deliver(const QJsonObject &event)
{
    // Stripe sends the event pretty-printed; receivers must verify these exact bytes.
    const QByteArray payload = QJsonDocument(event).toJson(QJsonDocument::Indented);
    const QString eventId = event.value(QStringLiteral("id")).toString();
    for (const Target &target : targetsFor(event.value(QStringLiteral("type")).toString())) {
        if (m_dropRate > 0 && m_drops.generateDouble() < m_dropRate) {
            record(target, eventId, 1, 0, 0, QStringLiteral("dropped (--drop-webhooks): the endpoint never received it"), false, 0);
            continue; // pending_webhooks stays as it is
        }
        if (m_chaosRate > 0 && m_chaos.generateDouble() < m_chaosRate) {
            // Stripe's worst: the same event twice, and later than events created after it.
            const int delayMs = int(m_chaos.bounded(3000));
            QTimer::singleShot(delayMs, this, [this, target, eventId, payload] { send(target, eventId, payload, 1); });
            QTimer::singleShot(delayMs + int(m_chaos.bounded(2000)), this,
                               [this, target, eventId, payload] { send(target, eventId, payload, 1); });
            continue;
        }
        send(target, eventId, payload, 1);
    }
}

void WebhookDispatcher::send(const Target &target, const QString &eventId, const QByteArray &payload, int attempt)
{
    QNetworkRequest request(target.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setRawHeader("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
    request.setRawHeader("Cache-Control", "no-cache");
    // Signed with real time, not the sandbox clock: receivers check it against theirs.
    request.setRawHeader("Stripe-Signature", signatureHeader(target.secret, QDateTime::currentSecsSinceEpoch(), payload));
    request.setTransferTimeout(kTimeoutMs);
    ++m_inFlight;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network->post(request, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, target, eventId, payload, attempt, timer] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = status >= 200 && status < 300;
        const QString excerpt = status ? QString::fromUtf8(reply->read(kExcerptBytes)) : reply->errorString();
        qint64 nextRetryAt = 0;
        if (!ok && attempt <= m_retrySchedule.size()) {
            const int delay = m_retrySchedule.at(attempt - 1);
            nextRetryAt = QDateTime::currentSecsSinceEpoch() + delay;
            QTimer::singleShot(delay * 1000, this, [this, target, eventId, payload, attempt] {
                send(target, eventId, payload, attempt + 1);
            });
        }
        record(target, eventId, attempt, status, timer.elapsed(), excerpt, ok, nextRetryAt);
        if (ok)
            settle(eventId);
        qCInfo(lcHttp).noquote() << "webhook" << eventId << "to" << target.endpoint << "attempt" << attempt << "->"
                                 << (status ? QString::number(status) : excerpt);
        Q_EMIT attempted(eventId, target.endpoint, ok);
    });
}

void WebhookDispatcher::record(const Target &target, const QString &eventId, int attempt, int status, qint64 latencyMs,
                               const QString &response, bool succeeded, qint64 nextRetryAt)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO webhook_attempts (event_id, endpoint, url, attempt, attempted_at, status, latency_ms, "
                             "response, succeeded, next_retry_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(eventId);
    q.addBindValue(target.endpoint);
    q.addBindValue(target.url.toString());
    q.addBindValue(attempt);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(status ? QVariant(status) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(latencyMs);
    q.addBindValue(response);
    q.addBindValue(succeeded ? 1 : 0);
    q.addBindValue(nextRetryAt ? QVariant(nextRetryAt) : QVariant(QMetaType(QMetaType::LongLong)));
    q.exec();
}

void WebhookDispatcher::settle(const QString &eventId)
{
    auto event = m_store.get(eventId);
    if (!event)
        return;
    const int pending = event->value(QStringLiteral("pending_webhooks")).toInt();
    event->insert(QStringLiteral("pending_webhooks"), qMax(0, pending - 1));
    m_store.put(*event);
}

QJsonArray WebhookDispatcher::attempts(const QString &endpoint, int limit) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT event_id, url, attempt, attempted_at, status, latency_ms, response, succeeded, next_retry_at "
                             "FROM webhook_attempts WHERE endpoint = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(endpoint);
    q.addBindValue(limit);
    QJsonArray out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append(QJsonObject{
            {QStringLiteral("object"), QStringLiteral("webhook_attempt")},
            {QStringLiteral("event"), q.value(0).toString()},
            {QStringLiteral("url"), q.value(1).toString()},
            {QStringLiteral("attempt"), q.value(2).toInt()},
            {QStringLiteral("created"), q.value(3).toLongLong()},
            {QStringLiteral("response_status"), q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toInt())},
            {QStringLiteral("latency_ms"), q.value(5).toLongLong()},
            {QStringLiteral("response_excerpt"), q.value(6).toString()},
            {QStringLiteral("succeeded"), q.value(7).toBool()},
            {QStringLiteral("next_retry_at"), q.value(8).isNull() ? QJsonValue() : QJsonValue(q.value(8).toLongLong())},
        });
    }
    return out;
}

} // namespace sandbox
