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

void SubscriptionRefresher::setObservers(std::function<void()> gaveUp, stripe::StripeClient::Observer stripe)
{
    m_gaveUp = std::move(gaveUp);
    m_stripeObserver = std::move(stripe);
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
        m_stripe->setObserver(m_stripeObserver);
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
    countPending();
    const qint64 askedAt = QDateTime::currentSecsSinceEpoch();
    stripe::RequestOptions options;
    options.retryRateLimits = true; // background work: waiting out a 429 costs nobody anything
    client()->get(QStringLiteral("/v1/subscriptions/") + subscriptionId, {}, options)
        ->then(this, [this, subscriptionId, askedAt, attempt](const stripe::StripeResult &result) {
            m_inFlight.remove(subscriptionId);
            const bool again = m_askedAgain.remove(subscriptionId);
            countPending();
            if (result.ok()) {
                Q_EMIT fetched(result.body, askedAt);
                if (again)
                    fetch(subscriptionId, 1);
                return;
            }
            const QList<int> schedule = retrySchedule();
            if (!result.error->isTransient() || attempt > schedule.size()) {
                qCWarning(lcStripe).noquote()
                    << QStringLiteral("gave up asking Stripe for subscription %1 after %2 tries (%3): the state its last webhook "
                                      "carried stands, which may be older. Next: the scheduled missed-event recovery or the desk's "
                                      "Reconciliation (Compare, then Fix) reads it again; check Stripe's status and the secret key "
                                      "if this repeats.")
                           .arg(subscriptionId)
                           .arg(attempt)
                           .arg(result.error->logText());
                if (m_gaveUp)
                    m_gaveUp();
                return;
            }
            const int pause = schedule.at(attempt - 1);
            qCInfo(lcStripe).noquote() << "could not refresh" << subscriptionId << "- asking again in" << pause << "s:" << result.error->logText();
            m_waiting.insert(subscriptionId);
            countPending();
            QTimer::singleShot(pause * 1000, this, [this, subscriptionId, attempt] {
                m_waiting.remove(subscriptionId);
                fetch(subscriptionId, attempt + 1);
            });
        });
}

} // namespace companion::server
