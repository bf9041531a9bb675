#pragma once

#include "billing/EventProcessor.h"
#include "db/DatabaseConfig.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace companion::stripe {
class StripeClient;
}

namespace companion::server {

// The database side of the webhook receiver, on its own thread with its own
// connection: deliveries that arrive while a batch is being written are gathered
// into the next one (group commit), so one commit makes many events durable and
// each is still applied atomically. Results go back with their tickets; an event
// that could not be stored comes back with stored = false, to be answered with 503.
class WebhookIngest : public QObject
{
    Q_OBJECT
public:
    WebhookIngest(db::DatabaseConfig database, QUrl stripeApiBase, QString stripeSecretKey, QObject *parent = nullptr);
    ~WebhookIngest() override;

    static constexpr int kMaxBatch = 128;

public Q_SLOTS:
    void submit(quint64 ticket, const QByteArray &payload, qint64 receivedAt);
    void recordRejected(const QByteArray &payload, const QString &reason, qint64 receivedAt);

public:
    // A stored event applied again (runs on this object's thread).
    billing::ProcessOutcome reprocess(const QString &eventId);

Q_SIGNALS:
    void processed(const QList<quint64> &tickets, const QList<companion::billing::ProcessOutcome> &outcomes);

private:
    void flush();
    billing::EventProcessor *processor();
    std::optional<QJsonObject> fetchSubscription(const QString &id);

    db::DatabaseConfig m_database;
    QUrl m_stripeApiBase;
    QString m_stripeSecretKey;
    QList<quint64> m_tickets;
    QList<QByteArray> m_payloads;
    qint64 m_receivedAt = 0;
    bool m_flushQueued = false;
    std::unique_ptr<billing::EventProcessor> m_processor;
    // Stripe calls run on a thread of their own while this one waits: waiting in a
    // nested event loop here would let the next batch start inside this one.
    QThread *m_fetchThread = nullptr;
    QObject *m_fetchContext = nullptr;
    stripe::StripeClient *m_stripe = nullptr;
};

} // namespace companion::server
