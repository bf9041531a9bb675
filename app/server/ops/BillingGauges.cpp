#include "BillingGauges.h"

#include "WorkerPool.h"
#include "admin/WebhookLog.h"
#include "billing/BillingStore.h"
#include "db/Database.h"
#include "util/Log.h"

#include <QDateTime>
#include <QSqlQuery>

namespace companion::server {

namespace {
struct Probe : DatabaseJobResult {
    ServerMetrics::BillingState state;
};

// The first column of the first row, or -1 when the query failed.
qint64 single(QSqlDatabase db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    if (!db::Database::exec(q, sql, binds, error))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

BillingGauges::BillingGauges(WorkerPool &workers, ServerMetrics &metrics, int intervalSeconds, QObject *parent)
    : QObject(parent)
    , m_workers(workers)
    , m_metrics(metrics)
{
    m_timer.setInterval(qMax(1, intervalSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BillingGauges::probe);
}

void BillingGauges::start()
{
    m_timer.start();
    probe();
}

ServerMetrics::BillingState BillingGauges::read(QSqlDatabase db, qint64 now, QString *error)
{
    ServerMetrics::BillingState state;
    const qint64 premium = single(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE is_premium = ?"), {true}, error);
    const qint64 atRisk = premium < 0 ? -1
        : single(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE is_premium = ? AND payment_at_risk = ?"), {true, true}, error);
    if (atRisk < 0)
        return state;
    try { // the webhook log's numbers as the Health page reads them
        const WebhookLog log(db);
        state.failedEventsOpen = int(log.failedEventsOpen(now));
        state.lastDeliveryReceived = log.newestDelivery().value_or(0);
    } catch (const billing::StoreError &e) {
        *error = e.message();
        return state;
    }
    state.databaseUp = true;
    state.premiumLearners = int(premium);
    state.paymentAtRisk = int(atRisk);
    return state;
}

void BillingGauges::probe()
{
    if (m_running)
        return; // a database slower than 30 s: one probe at a time
    m_running = true;
    m_workers.run<Probe>(
        this,
        [](db::Connection &connection) {
            Probe probe;
            QString error;
            probe.state = read(connection.db, QDateTime::currentSecsSinceEpoch(), &error);
            if (!probe.state.databaseUp) {
                probe.databaseFailed = true;
                probe.databaseError = error;
            }
            return probe;
        },
        [this](const Probe &probe) {
            m_running = false;
            if (probe.databaseFailed)
                qCWarning(lcDb).noquote() << "the periodic look at the database failed:" << probe.databaseError;
            m_metrics.billingState(probe.state);
        });
}

} // namespace companion::server
