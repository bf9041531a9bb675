#pragma once

#include "db/DatabaseConfig.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

#include "stripe/StripeClient.h"

namespace companion::server {

// What a payout carried, asked when its payout.* event says it is final (paid,
// failed, canceled), so finance's cash reconciliation is complete without waiting
// for the next sync-stripe: GET /v1/balance_transactions?payout= for every
// automatic payout not yet read (StripeImport::startPayoutTransactions), on its own
// thread like SubscriptionRefresher, never holding up storing webhooks. Requests
// while a read runs make one more read after it; a failed read is tried again with
// SubscriptionRefresher's growing pauses, then left to sync-stripe.
class PayoutReader : public QObject
{
    Q_OBJECT
public:
    PayoutReader(QUrl stripeApiBase, QString stripeSecretKey, db::DatabaseConfig database, QObject *parent = nullptr);

    // Set before the object moves to its thread: told of every request to Stripe (metrics).
    void setStripeObserver(stripe::StripeClient::Observer observer) { m_stripeObserver = std::move(observer); }

public Q_SLOTS:
    void request();

Q_SIGNALS:
    // A read finished: how many payouts had their transactions read whole.
    void read(int payouts);

private:
    stripe::StripeClient *client();
    void run(int attempt);

    QUrl m_apiBase;
    QString m_key;
    db::DatabaseConfig m_database;
    QNetworkAccessManager *m_network = nullptr;
    stripe::StripeClient *m_stripe = nullptr;
    stripe::StripeClient::Observer m_stripeObserver;
    bool m_running = false;
    bool m_again = false;
};

} // namespace companion::server
