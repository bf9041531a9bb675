#include "SubscriptionRefresher.h"

#include "stripe/StripeClient.h"
#include "util/Log.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTimer>

namespace companion::server {

SubscriptionRefresher::SubscriptionRefresher(QUrl stripeApiBase, QString stripeSecretKey, QObject *parent)
    : QObject(parent)
    , m_apiBase(std::move(stripeApiBase))
    , m_key(std::move(stripeSecretKey))
{
}

QList<int> SubscriptionRefresher::retrySchedule()
{
    // About an hour in all; later, reconciliation is the way back.
    return {2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300, 300, 300, 300, 300, 300};
}

stripe::StripeClient *SubscriptionRefresher::client()
{
    // Made on first use, so it lives on the thread this object was moved to.
    if (!m_stripe) {
        m_network = new QNetworkAccessManager(this);
        m_stripe = new stripe::StripeClient(m_network, m_apiBase, m_key, this);
        auto settings = m_stripe->settings();
        settings.timeoutMs = 10000;
        m_stripe->setSettings(settings);
    }
    return m_stripe;
}

void SubscriptionRefresher::request(const QString &subscriptionId)
{
    if (subscriptionId.isEmpty() || m_key.isEmpty() || m_waiting.contains(subscriptionId))
        return; // a waiting retry reads the state of its own, later moment
    if (m_inFlight.contains(subscriptionId)) {
        m_askedAgain.insert(subscriptionId); // the answer on its way may predate what prompted this
        return;
    }
    fetch(subscriptionId, 1);
}

void SubscriptionRefresher::fetch(const QString &subscriptionId, int attempt)
{
    m_inFlight.insert(subscriptionId);
    const qint64 askedAt = QDateTime::currentSecsSinceEpoch();
    stripe::RequestOptions options;
    options.retryRateLimits = true; // background work: waiting out a 429 costs nobody anything
    client()->get(QStringLiteral("/v1/subscriptions/") + subscriptionId, {}, options)
        ->then(this, [this, subscriptionId, askedAt, attempt](const stripe::StripeResult &result) {
            m_inFlight.remove(subscriptionId);
            const bool again = m_askedAgain.remove(subscriptionId);
            if (result.ok()) {
                Q_EMIT fetched(result.body, askedAt);
                if (again)
                    fetch(subscriptionId, 1);
                return;
            }
            const QList<int> schedule = retrySchedule();
            if (!result.error->isTransient() || attempt > schedule.size()) {
                qCWarning(lcStripe).noquote() << "could not refresh" << subscriptionId << "after" << attempt
                                              << "tries - reconciliation will catch up:" << result.error->logText();
                return;
            }
            const int pause = schedule.at(attempt - 1);
            qCInfo(lcStripe).noquote() << "could not refresh" << subscriptionId << "- asking again in" << pause << "s:" << result.error->logText();
            m_waiting.insert(subscriptionId);
            QTimer::singleShot(pause * 1000, this, [this, subscriptionId, attempt] {
                m_waiting.remove(subscriptionId);
                fetch(subscriptionId, attempt + 1);
            });
        });
}

} // namespace companion::server
