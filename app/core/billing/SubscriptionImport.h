#pragma once

#include "db/DatabaseConfig.h"

#include <QObject>
#include <QPointer>

namespace companion::stripe {
class StripeClient;
class StripeSync;
}

namespace companion::billing {

// Stripe's subscriptions (every status) into our copy, through the same code that
// applies Stripe's answers to webhook refreshes (EventProcessor::applyCurrentSubscriptions):
// the owner comes from metadata.user_id or the customer already linked, the row is
// stamped with when Stripe was read (so older webhooks are stale), and entitlement
// is re-derived. Subscriptions of no user of ours are counted, not guessed.
class SubscriptionImport : public QObject
{
    Q_OBJECT
public:
    struct Summary {
        int received = 0; // from Stripe
        int applied = 0;  // written to our copy
        QString error;    // empty: complete
        bool ok() const { return error.isEmpty(); }
    };

    // `client` must outlive the import; the database is opened on the calling thread.
    SubscriptionImport(stripe::StripeClient *client, db::DatabaseConfig database, QObject *parent = nullptr);

    void start();
    void cancel();

Q_SIGNALS:
    void progress(int received, int windowsDone, int windowsTotal);
    void finished(const companion::billing::SubscriptionImport::Summary &summary);

private:
    void apply(const QJsonArray &subscriptions);
    void finish(const QString &error);

    stripe::StripeClient *m_client;
    db::DatabaseConfig m_database;
    QPointer<stripe::StripeSync> m_sync;
    Summary m_summary;
    bool m_done = false;
};

} // namespace companion::billing
