#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

#include "stripe/StripeClient.h"

namespace companion::server {

// Asks Stripe for subscriptions' current state when webhook processing wants it
// (an out-of-order event, a paid invoice…), on its own thread and asynchronously:
// the ingest thread only queues the id and goes on, so a slow or unreachable
// Stripe never holds up storing webhooks. Each id is asked for once at a time;
// the answers come back through fetched(). A question Stripe could not answer
// (no answer, 429, 5xx) is asked again later, with growing pauses, for about an
// hour: until then the event's own payload stands, which may be the older state.
class SubscriptionRefresher : public QObject
{
    Q_OBJECT
public:
    SubscriptionRefresher(QUrl stripeApiBase, QString stripeSecretKey, QObject *parent = nullptr);

    // Pauses before the 2nd, 3rd… question about one id after failures (seconds).
    static QList<int> retrySchedule();

    // Set before the object moves to its thread. `stripe`: told of every request
    // (metrics); `gaveUp`: told of each subscription it stopped asking about.
    void setObservers(std::function<void()> gaveUp, stripe::StripeClient::Observer stripe);
    // Subscriptions being asked about or waiting to be asked again: readable from any
    // thread, and for as long as the reader keeps it (it may outlive this object).
    std::shared_ptr<const std::atomic<int>> pending() const { return m_pending; }

public Q_SLOTS:
    void request(const QString &subscriptionId);

Q_SIGNALS:
    // `fetchedAt`: when the question was sent, so events created before it count as older.
    void fetched(const QJsonObject &subscription, qint64 fetchedAt);

private:
    stripe::StripeClient *client();
    void fetch(const QString &subscriptionId, int attempt);
    void countPending() { *m_pending = int(m_inFlight.size() + m_waiting.size()); }

    QUrl m_apiBase;
    QString m_key;
    QNetworkAccessManager *m_network = nullptr;
    stripe::StripeClient *m_stripe = nullptr;
    QSet<QString> m_inFlight;
    QSet<QString> m_askedAgain; // asked while in flight: ask once more when it returns
    QSet<QString> m_waiting;    // failed, to be asked again after a pause
    std::shared_ptr<std::atomic<int>> m_pending = std::make_shared<std::atomic<int>>(0);
    std::function<void()> m_gaveUp;
    stripe::StripeClient::Observer m_stripeObserver;
};

} // namespace companion::server
