#pragma once

#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace companion::bench {

// Just enough of Stripe's API for the webhook receiver under load: GET
// /v1/subscriptions/sub_bench<n>[g<k>] answers that subscription as it is now
// (period running; active, or canceled once the plan has deleted it). The server asks this when an event needs Stripe's current state
// (every invoice.paid, stale or same-second events). It runs on a thread of its own
// so its answers do not queue behind the load generator, and can answer late like
// a Stripe far away (latencyMs).
class FakeStripeApi
{
public:
    explicit FakeStripeApi(int latencyMs = 0);
    ~FakeStripeApi();
    FakeStripeApi(const FakeStripeApi &) = delete;
    FakeStripeApi &operator=(const FakeStripeApi &) = delete;

    bool start(QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    qint64 requests() const { return m_requests.load(); }
    // Stripe's truth moves on: these subscriptions are canceled from now on.
    void markCanceled(const QStringList &subscriptionIds);

    // What the API's thread reads, under one lock.
    struct Truth {
        QMutex lock;
        QSet<QString> canceled;
    };

private:
    int m_latencyMs;
    QThread m_thread;
    QObject *m_worker = nullptr;
    QUrl m_baseUrl;
    std::atomic<qint64> m_requests{0};
    Truth m_truth;
};

} // namespace companion::bench
