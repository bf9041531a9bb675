#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace sandbox {

class Ids;
class SandboxStore;

// Delivers events the way Stripe does: one signed POST per enabled endpoint
// (Stripe-Signature: t=…,v1=HMAC-SHA256("t.body") with the whole whsec_ secret),
// asynchronously, retried with backoff on non-2xx or timeout, every attempt recorded.
// With chaos, deliveries are duplicated and reordered as Stripe's may be.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    WebhookDispatcher(SandboxStore &store, Ids &ids, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // `events`: the types forwarded, as `stripe listen --events` takes them ("*": all).
    void setForward(const QUrl &url, const QString &secret, const QStringList &events = {QStringLiteral("*")});
    void setChaosRate(double rate, quint32 seed);
    // This share of deliveries is never sent: recorded as a failed attempt with no retry left.
    void setDropRate(double rate, quint32 seed);
    // Seconds to wait before each retry; the default is short enough for a demo.
    void setRetrySchedule(const QList<int> &seconds) { m_retrySchedule = seconds; }

    int endpointCount(const QString &eventType) const;
    QJsonArray attempts(const QString &endpoint, int limit) const;
    int inFlight() const { return m_inFlight; }

    // Stripe's signature header for `payload` at `timestamp`.
    static QByteArray signatureHeader(const QByteArray &secret, qint64 timestamp, const QByteArray &payload);
    static QString newSecret(Ids &ids);

public Q_SLOTS:
    void deliver(const QJsonObject &event);

Q_SIGNALS:
    void attempted(const QString &eventId, const QString &endpoint, bool succeeded);

private:
    struct Target {
        QString endpoint; // we_… or "forward"
        QUrl url;
        QByteArray secret;
    };
    QList<Target> targetsFor(const QString &eventType) const;
    void send(const Target &target, const QString &eventId, const QByteArray &payload, int attempt);
    void record(const Target &target, const QString &eventId, int attempt, int status, qint64 latencyMs,
                const QString &response, bool succeeded, qint64 nextRetryAt);
    void settle(const QString &eventId);

    SandboxStore &m_store;
    Ids &m_ids;
    QNetworkAccessManager *m_network;
    QUrl m_forwardUrl;
    QByteArray m_forwardSecret;
    QStringList m_forwardEvents{QStringLiteral("*")};
    double m_chaosRate = 0;
    double m_dropRate = 0;
    QRandomGenerator m_drops;
    QRandomGenerator m_chaos;
    QList<int> m_retrySchedule{2, 10, 60};
    int m_inFlight = 0;
};

} // namespace sandbox
