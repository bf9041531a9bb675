#include "RenewalWatch.h"

#include "WorkerPool.h"
#include "billing/BillingStore.h"
#include "util/Log.h"

#include <QDateTime>

namespace companion::server {

namespace {
struct Due {
    QStringList ids;
    bool databaseFailed = false;
    QString databaseError;
};
} // namespace

RenewalWatch::RenewalWatch(WorkerPool &workers, db::Dialect dialect, int intervalSeconds, Ask ask, QObject *parent)
    : QObject(parent)
    , m_workers(workers)
    , m_dialect(dialect)
    , m_intervalSeconds(intervalSeconds)
    , m_ask(std::move(ask))
{
    m_timer.setInterval(intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &RenewalWatch::check);
}

void RenewalWatch::start()
{
    m_timer.start();
    check();
}

void RenewalWatch::check()
{
    const db::Dialect dialect = m_dialect;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_workers.run<Due>(
        this,
        [dialect, now](db::Connection &connection) {
            Due due;
            try {
                due.ids = billing::BillingStore(connection.db, dialect).subscriptionsToAskAbout(now, kPerCheck);
            } catch (const billing::StoreError &e) {
                due.databaseFailed = true;
                due.databaseError = e.message();
            }
            return due;
        },
        [this, now](const Due &due) {
            if (due.databaseFailed) {
                qCWarning(lcDb).noquote() << "renewal check failed:" << due.databaseError;
                return;
            }
            // Asked within the interval: its answer is applied or on the way.
            for (auto it = m_askedAt.begin(); it != m_askedAt.end();)
                it = now - it.value() >= m_intervalSeconds ? m_askedAt.erase(it) : std::next(it);
            int asked = 0;
            for (const QString &id : due.ids) {
                if (m_askedAt.contains(id))
                    continue;
                m_askedAt.insert(id, now);
                m_ask(id);
                ++asked;
            }
            if (asked > 0)
                qCInfo(lcHttp) << "asked Stripe about" << asked << "subscriptions whose period ended or that are past due";
        });
}

} // namespace companion::server
