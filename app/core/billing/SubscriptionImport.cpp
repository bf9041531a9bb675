#include "SubscriptionImport.h"

#include "EventProcessor.h"
#include "db/Database.h"
#include "stripe/StripeSync.h"

#include <QDateTime>
#include <QJsonArray>

namespace companion::billing {

SubscriptionImport::SubscriptionImport(stripe::StripeClient *client, db::DatabaseConfig database, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(std::move(database))
{
}

void SubscriptionImport::start()
{
    m_sync = new stripe::StripeSync(m_client, {{QStringLiteral("/v1/subscriptions"), {{QStringLiteral("status"), QStringLiteral("all")}}}},
                                    stripe::StripeSync::Settings{}, this);
    connect(m_sync, &stripe::StripeSync::progress, this, &SubscriptionImport::progress);
    // Pages are applied as they come: an interrupted import keeps what it wrote,
    // and running it again converges (each write is Stripe's current state).
    connect(m_sync, &stripe::StripeSync::objects, this, [this](const QString &, const QJsonArray &items) { apply(items); });
    connect(m_sync, &stripe::StripeSync::finished, this, [this](const std::optional<stripe::StripeError> &error) {
        finish(error ? error->userMessage() : QString());
    });
    m_sync->start();
}

void SubscriptionImport::cancel()
{
    if (m_sync)
        m_sync->cancel();
    finish(tr("cancelled"));
}

void SubscriptionImport::apply(const QJsonArray &subscriptions)
{
    if (m_done || subscriptions.isEmpty())
        return;
    m_summary.received += int(subscriptions.size());
    const qint64 readAt = QDateTime::currentSecsSinceEpoch();
    QList<EventProcessor::FetchedSubscription> fetched;
    fetched.reserve(subscriptions.size());
    for (const QJsonValue &subscription : subscriptions)
        fetched.append({subscription.toObject(), readAt});
    db::Connection connection = db::Database::connection(m_database);
    if (!connection.ok()) {
        m_sync->cancel();
        return finish(connection.error);
    }
    QString error;
    m_summary.applied += EventProcessor(connection.db, m_database.dialect).applyCurrentSubscriptions(fetched, &error);
    if (!error.isEmpty()) {
        m_sync->cancel();
        finish(error);
    }
}

void SubscriptionImport::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_summary.error = error;
    Q_EMIT finished(m_summary);
}

} // namespace companion::billing
