#include "PayoutReader.h"

#include "SubscriptionRefresher.h"
#include "billing/StripeImport.h"
#include "stripe/StripeClient.h"
#include "util/Log.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace companion::server {

PayoutReader::PayoutReader(QUrl stripeApiBase, QString stripeSecretKey, db::DatabaseConfig database, QObject *parent)
    : QObject(parent)
    , m_apiBase(std::move(stripeApiBase))
    , m_key(std::move(stripeSecretKey))
    , m_database(std::move(database))
{
}

stripe::StripeClient *PayoutReader::client()
{
    // Made on first use, so it lives on the thread this object was moved to.
    if (!m_stripe) {
        m_network = new QNetworkAccessManager(this);
        m_stripe = new stripe::StripeClient(m_network, m_apiBase, m_key, this);
        m_stripe->setObserver(m_stripeObserver);
    }
    return m_stripe;
}

void PayoutReader::request()
{
    if (m_key.isEmpty())
        return;
    if (m_running) {
        m_again = true; // the read under way may have listed the payouts before this one was final
        return;
    }
    run(1);
}

void PayoutReader::run(int attempt)
{
    m_running = true;
    m_again = false;
    auto *import = new billing::StripeImport(client(), m_database, this);
    connect(import, &billing::StripeImport::finished, this, [this, import, attempt](const billing::StripeImport::Summary &summary) {
        import->deleteLater();
        m_running = false;
        if (summary.ok()) {
            if (summary.payoutsReconciled > 0)
                qCInfo(lcStripe) << "read what" << summary.payoutsReconciled << "payouts carried";
            Q_EMIT read(summary.payoutsReconciled);
            if (m_again)
                run(1);
            return;
        }
        const QList<int> schedule = SubscriptionRefresher::retrySchedule();
        if (attempt > schedule.size()) {
            qCWarning(lcStripe).noquote() << "could not read what payouts carried after" << attempt
                                          << "tries - sync-stripe will:" << summary.error;
            return;
        }
        const int pause = schedule.at(attempt - 1);
        qCInfo(lcStripe).noquote() << "could not read what payouts carried - asking again in" << pause << "s:" << summary.error;
        m_running = true; // requests meanwhile are answered by the retry
        QTimer::singleShot(pause * 1000, this, [this, attempt] { run(attempt + 1); });
    });
    import->startPayoutTransactions();
}

} // namespace companion::server
