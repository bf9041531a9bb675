#include "MissedEventHealer.h"

#include "ops/ServerMetrics.h"
#include "billing/Reconciler.h"
#include "db/Database.h"
#include "stripe/StripeClient.h"
#include "util/Log.h"
#include "util/ThreadCrypto.h"

#include <QDateTime>
#include <QPointer>
#include <QSqlQuery>

#include <functional>

namespace companion::server {

namespace {

// One run on the healer's thread: the lock, Stripe's list of events, the recovery,
// the lock given back; then `done` and the run deletes itself.
class RecoveryRun : public QObject
{
public:
    using Done = std::function<void(const QString &result, int found, int recovered, int failed, const QString &error)>;

    RecoveryRun(const MissedEventHealer::Config &config, stripe::StripeClient::Observer observer, Done done, QObject *parent)
        : QObject(parent)
        , m_config(config)
        , m_observer(std::move(observer))
        , m_done(std::move(done))
    {
    }

    void start()
    {
        const db::Connection connection = db::Database::connection(m_config.database);
        if (!connection.ok())
            return end(QStringLiteral("failed"), connection.error);
        if (m_config.database.dialect == db::Dialect::PostgreSQL) {
            // A session lock: a crashed instance's connection ends and frees it.
            QSqlQuery lock(connection.db);
            QString error;
            if (!db::Database::exec(lock, QStringLiteral("SELECT pg_try_advisory_lock(?)"), {MissedEventHealer::kLockKey}, &error) || !lock.next())
                return end(QStringLiteral("failed"), error);
            if (!lock.value(0).toBool())
                return end(QStringLiteral("skipped"), {});
            m_locked = true;
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_newest = now - m_config.graceSeconds;
        const qint64 since = billing::MissedEvents::recoverySince(connection.db, now);
        billing::Reconciler::Config config{[base = m_config.stripeApiBase, key = m_config.stripeSecretKey, observer = m_observer](QObject *parent) {
                                               stripe::StripeClient *client = billing::Reconciler::clientFor(base, key)(parent);
                                               client->setObserver(observer);
                                               return client;
                                           },
                                           m_config.database};
        config.auditSource = QStringLiteral("server");
        m_reconciler = new billing::Reconciler(config, this);
        connect(m_reconciler, &billing::Reconciler::missedListed, this, &RecoveryRun::listed);
        connect(m_reconciler, &billing::Reconciler::fixed, this, &RecoveryRun::recovered);
        m_reconciler->listMissed(since);
    }

private:
    void listed(const QList<billing::MissedEvent> &events, const QString &error)
    {
        if (!error.isEmpty())
            return end(QStringLiteral("failed"), error);
        for (const billing::MissedEvent &missed : events) {
            if (missed.created <= m_newest)
                m_missed << missed;
        }
        if (m_missed.isEmpty())
            return end(QStringLiteral("ok"), {});
        for (const billing::MissedEvent &missed : std::as_const(m_missed))
            qCInfo(lcStripe).noquote() << QStringLiteral("missed event %1 (%2, created %3): %4; applying it from Stripe's current objects")
                                              .arg(missed.id, missed.type,
                                                   QDateTime::fromSecsSinceEpoch(missed.created, Qt::UTC).toString(Qt::ISODate),
                                                   missed.ourOutcome.isEmpty() ? QStringLiteral("never received")
                                                                               : QStringLiteral("stored %1 (%2)").arg(missed.ourOutcome, missed.ourError));
        m_reconciler->recover(m_missed, QStringLiteral("companion-server (scheduled recovery)"));
    }

    void recovered(const billing::FixSummary &summary)
    {
        // The Reconciler labels each failure with its event id.
        for (const billing::MissedEvent &missed : std::as_const(m_missed)) {
            const auto error = std::find_if(summary.errors.cbegin(), summary.errors.cend(),
                                            [&](const QString &line) { return line.startsWith(missed.id + QLatin1Char(':')); });
            if (error == summary.errors.cend()) {
                qCInfo(lcStripe).noquote() << QStringLiteral("missed event %1 (%2) recovered").arg(missed.id, missed.type);
                continue;
            }
            qCWarning(lcStripe).noquote()
                << QStringLiteral("missed event %1 (%2) could not be applied: %3. Learner: %4. Next: make the learner known (their "
                                  "account, or the Stripe customer's metadata.user_id); the next scheduled recovery applies it, or "
                                  "the desk's Reconciliation > Missed events at once.")
                       .arg(missed.id, missed.type, error->mid(missed.id.size() + 1).trimmed(),
                            missed.userId.isEmpty() ? QStringLiteral("unknown") : missed.userId);
        }
        if (summary.payoutsRead > 0)
            qCInfo(lcStripe) << "read what" << summary.payoutsRead << "payouts carried";
        for (const QString &line : summary.errors) {
            if (line.startsWith(QLatin1String("payouts: ")))
                qCWarning(lcStripe).noquote() << QStringLiteral("missed payout events applied, but what the payouts carried could not be read "
                                                                "(%1). Next: the next delivered payout event or sync-stripe reads it.")
                                                     .arg(line.mid(9));
        }
        m_recovered = summary.fixed;
        m_failed = summary.failed;
        end(QStringLiteral("ok"), {});
    }

    void end(const QString &result, const QString &error)
    {
        if (m_locked) {
            const db::Connection connection = db::Database::connection(m_config.database);
            QSqlQuery unlock(connection.db);
            QString unlockError;
            if (connection.ok())
                db::Database::exec(unlock, QStringLiteral("SELECT pg_advisory_unlock(?)"), {MissedEventHealer::kLockKey}, &unlockError);
        }
        m_done(result, int(m_missed.size()), m_recovered, m_failed, error);
        deleteLater();
    }

    MissedEventHealer::Config m_config;
    stripe::StripeClient::Observer m_observer;
    Done m_done;
    billing::Reconciler *m_reconciler = nullptr;
    QList<billing::MissedEvent> m_missed;
    qint64 m_newest = 0;
    int m_recovered = 0;
    int m_failed = 0;
    bool m_locked = false;
};

} // namespace

MissedEventHealer::MissedEventHealer(Config config, ServerMetrics &metrics, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(metrics)
{
    m_thread.setObjectName(QStringLiteral("missed-events"));
    m_timer.setInterval(qMax(1, m_config.intervalSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, &MissedEventHealer::runNow);
}

MissedEventHealer::~MissedEventHealer()
{
    m_thread.quit(); // a run in flight is cut off: each recovery is whole on its own, the next run resumes
    m_thread.wait();
}

void MissedEventHealer::start(int firstRunMs)
{
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_anchor, [] {
        db::Database::dropThreadConnections();
        util::releaseThreadCrypto();
    }, Qt::DirectConnection);
    m_thread.start();
    m_timer.start();
    if (firstRunMs >= 0)
        QTimer::singleShot(firstRunMs, this, &MissedEventHealer::runNow);
}

QJsonObject MissedEventHealer::toJson() const
{
    QJsonObject out{{QStringLiteral("enabled"), true},
                    {QStringLiteral("interval_seconds"), m_config.intervalSeconds},
                    {QStringLiteral("last_run_at"), m_lastRunAt.isNull() ? QJsonValue() : QJsonValue(m_lastRunAt.toSecsSinceEpoch())},
                    {QStringLiteral("last_result"), m_lastResult.isEmpty() ? QJsonValue() : QJsonValue(m_lastResult)},
                    {QStringLiteral("last_found"), m_lastFound},
                    {QStringLiteral("last_recovered"), m_lastRecovered},
                    {QStringLiteral("pending"), m_pending},
                    {QStringLiteral("recovered_since_start"), m_recoveredTotal}};
    if (!m_lastError.isEmpty())
        out.insert(QStringLiteral("error"), m_lastError);
    return out;
}

void MissedEventHealer::runNow()
{
    if (m_running)
        return; // a run longer than the interval: the next starts after it
    m_running = true;
    QPointer<MissedEventHealer> self(this);
    QMetaObject::invokeMethod(m_anchor, [config = m_config, observer = m_metrics.stripeObserver(), anchor = m_anchor, self] {
        auto *run = new RecoveryRun(config, observer, [self](const QString &result, int found, int recovered, int failed, const QString &error) {
            if (!self)
                return;
            QMetaObject::invokeMethod(self, [self, result, found, recovered, failed, error] {
                if (self)
                    self->finished(result, found, recovered, failed, error);
            }, Qt::QueuedConnection);
        }, anchor);
        run->start();
    }, Qt::QueuedConnection);
}

void MissedEventHealer::finished(const QString &result, int found, int recovered, int failed, const QString &error)
{
    m_running = false;
    m_metrics.recoveryRun(result, found, recovered, failed);
    m_lastRunAt = QDateTime::currentDateTimeUtc();
    m_lastResult = result;
    m_lastError = error;
    if (result == QLatin1String("ok")) {
        m_lastFound = found;
        m_lastRecovered = recovered;
        m_pending = failed;
        m_recoveredTotal += recovered;
    }
    if (result == QLatin1String("failed"))
        qCWarning(lcStripe).noquote() << QStringLiteral("the scheduled missed-event recovery could not run: %1 It tries again in %2 s; "
                                                        "sync-stripe --events does the same by hand.")
                                             .arg(error.endsWith(u'.') ? error : error + u'.')
                                             .arg(m_config.intervalSeconds);
    else if (found > 0)
        qCInfo(lcStripe).noquote() << QStringLiteral("scheduled recovery: %1 missed events found, %2 recovered, %3 not applied")
                                          .arg(found)
                                          .arg(recovered)
                                          .arg(failed);
    Q_EMIT ran(result, found, recovered, failed);
}

} // namespace companion::server
