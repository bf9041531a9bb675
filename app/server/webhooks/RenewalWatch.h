#pragma once

#include "db/SqlDialect.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace companion::server {

class WorkerPool;

// The original guide's webhook endpoint listens to three events only
// (checkout.session.completed, customer.subscription.deleted,
// invoice.payment_failed): a renewal, a retry that finally paid or Stripe giving
// up on a past-due subscription reach us through no event. Every interval this
// asks Stripe about the subscriptions that may have moved so (BillingStore::
// subscriptionsToAskAbout), each at most once per interval; the answers are
// applied like any of Stripe's answers (SubscriptionRefresher).
class RenewalWatch : public QObject
{
    Q_OBJECT
public:
    using Ask = std::function<void(const QString &subscriptionId)>;
    RenewalWatch(WorkerPool &workers, db::Dialect dialect, int intervalSeconds, Ask ask, QObject *parent = nullptr);

    void start();

private:
    void check();

    static constexpr int kPerCheck = 200; // Stripe's read limit is 100 a second: spread the questions out

    WorkerPool &m_workers;
    db::Dialect m_dialect;
    int m_intervalSeconds;
    Ask m_ask;
    QTimer m_timer;
    QHash<QString, qint64> m_askedAt; // subscription -> when it was last asked (seconds)
};

} // namespace companion::server
