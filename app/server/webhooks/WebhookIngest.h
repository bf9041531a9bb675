#pragma once

#include "billing/EventProcessor.h"
#include "db/DatabaseConfig.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

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
    // `canAskStripe`: a Stripe key is configured, so refreshWanted() will be answered.
    // `batchWritten`: told of each batch's size and the seconds its transaction took (metrics).
    using BatchObserver = std::function<void(int events, double seconds)>;
    WebhookIngest(db::DatabaseConfig database, bool canAskStripe, BatchObserver batchWritten = {}, QObject *parent = nullptr);
    ~WebhookIngest() override;

    static constexpr int kMaxBatch = 128;

public Q_SLOTS:
    void submit(quint64 ticket, const QByteArray &payload, qint64 receivedAt);
    void recordRejected(const QByteArray &payload, const QString &reason, qint64 receivedAt);

    // Stripe's current state of a subscription an event asked about.
    void applyCurrentSubscription(const QJsonObject &subscription, qint64 fetchedAt);

public:
    // A stored event applied again (runs on this object's thread).
    billing::ProcessOutcome reprocess(const QString &eventId);

Q_SIGNALS:
    void processed(const QList<quint64> &tickets, const QList<companion::billing::ProcessOutcome> &outcomes);
    // Processing wants Stripe's current state of this subscription (asked asynchronously).
    void refreshWanted(const QString &subscriptionId);
    // A stored event said an automatic payout is final: what it carried can be read (PayoutReader).
    void payoutSettled();

private:
    void flush();
    static bool settlesAPayout(const QByteArray &payload);
    void applyFetched();
    void startAfresh();
    billing::EventProcessor *processor();

    db::DatabaseConfig m_database;
    bool m_canAskStripe = false;
    BatchObserver m_batchWritten;
    QList<quint64> m_tickets;
    QList<QByteArray> m_payloads;
    qint64 m_receivedAt = 0;
    bool m_flushQueued = false;
    std::unique_ptr<billing::EventProcessor> m_processor;
    QList<billing::EventProcessor::FetchedSubscription> m_fetched;
};

} // namespace companion::server
