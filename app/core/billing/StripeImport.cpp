#include "StripeImport.h"

#include "EventProcessor.h"
#include "db/Database.h"
#include "stripe/StripeSync.h"

#include <QDateTime>

namespace companion::billing {

namespace {
const QString kSubscriptions = QStringLiteral("/v1/subscriptions");
const QString kInvoices = QStringLiteral("/v1/invoices");
} // namespace

StripeImport::StripeImport(stripe::StripeClient *client, db::DatabaseConfig database, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(std::move(database))
{
}

void StripeImport::start()
{
    read(kSubscriptions, {{QStringLiteral("status"), QStringLiteral("all")}});
}

void StripeImport::read(const QString &path, const QJsonObject &params)
{
    m_sync = new stripe::StripeSync(m_client, {{path, params}}, stripe::StripeSync::Settings{}, this);
    connect(m_sync, &stripe::StripeSync::progress, this,
            [this, path](int received, int done, int total) { Q_EMIT progress(path, received, done, total); });
    connect(m_sync, &stripe::StripeSync::objects, this, [this, path](const QString &, const QJsonArray &items) { apply(path, items); });
    connect(m_sync, &stripe::StripeSync::finished, this, [this, path](const std::optional<stripe::StripeError> &error) {
        m_sync->deleteLater();
        if (error)
            return finish(error->userMessage());
        if (path == kSubscriptions && !m_done)
            return read(kInvoices, {});
        finish(QString());
    });
    m_sync->start();
}

void StripeImport::cancel()
{
    if (m_sync)
        m_sync->cancel();
    finish(tr("cancelled"));
}

void StripeImport::apply(const QString &path, const QJsonArray &objects)
{
    if (m_done || objects.isEmpty())
        return;
    db::Connection connection = db::Database::connection(m_database);
    if (!connection.ok()) {
        m_sync->cancel();
        return finish(connection.error);
    }
    EventProcessor processor(connection.db, m_database.dialect);
    QString error;
    if (path == kSubscriptions) {
        const qint64 readAt = QDateTime::currentSecsSinceEpoch();
        QList<EventProcessor::FetchedSubscription> fetched;
        for (const QJsonValue &subscription : objects)
            fetched.append({subscription.toObject(), readAt});
        m_summary.subscriptionsRead += int(objects.size());
        m_summary.subscriptionsApplied += processor.applyCurrentSubscriptions(fetched, &error);
    } else {
        QList<QJsonObject> invoices;
        for (const QJsonValue &invoice : objects)
            invoices.append(invoice.toObject());
        m_summary.invoicesRead += int(objects.size());
        m_summary.invoicesApplied += processor.applyCurrentInvoices(invoices, &error);
    }
    if (!error.isEmpty()) {
        m_sync->cancel();
        finish(error);
    }
}

void StripeImport::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_summary.error = error;
    Q_EMIT finished(m_summary);
}

} // namespace companion::billing
