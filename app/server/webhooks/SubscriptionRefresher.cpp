#include "SubscriptionRefresher.h"

#include "stripe/StripeClient.h"
#include "util/Log.h"

#include <QDateTime>
#include <QNetworkAccessManager>

namespace companion::server {

SubscriptionRefresher::SubscriptionRefresher(QUrl stripeApiBase, QString stripeSecretKey, QObject *parent)
    : QObject(parent)
    , m_apiBase(std::move(stripeApiBase))
    , m_key(std::move(stripeSecretKey))
{
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
    if (subscriptionId.isEmpty() || m_key.isEmpty())
        return;
    if (m_inFlight.contains(subscriptionId)) {
        m_askedAgain.insert(subscriptionId); // the answer on its way may predate what prompted this
        return;
    }
    m_inFlight.insert(subscriptionId);
    const qint64 askedAt = QDateTime::currentSecsSinceEpoch();
    client()->get(QStringLiteral("/v1/subscriptions/") + subscriptionId)->then(this, [this, subscriptionId, askedAt](const stripe::StripeResult &result) {
        m_inFlight.remove(subscriptionId);
        if (result.ok())
            Q_EMIT fetched(result.body, askedAt);
        else
            qCWarning(lcStripe).noquote() << "could not refresh" << subscriptionId << "- reconciliation will catch up:" << result.error->logText();
        if (m_askedAgain.remove(subscriptionId))
            request(subscriptionId);
    });
}

} // namespace companion::server
