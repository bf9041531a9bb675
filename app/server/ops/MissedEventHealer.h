#pragma once

#include "db/DatabaseConfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace companion::server {

class ServerMetrics;

// Missed events heal by themselves: on a schedule, the server lists Stripe's
// events and applies those its webhook log lacks or stored as failed, from
// Stripe's current objects (sync-stripe --events, the same Reconciler), on a
// thread of its own. With PostgreSQL a session advisory lock lets one instance
// of several do a run at a time; the others count the run as skipped. Each event
// recovered is audited (webhook.recover), counted and logged; one that cannot be
// applied is logged at warning with what to do, and tried again next run.
class MissedEventHealer : public QObject
{
    Q_OBJECT
public:
    struct Config {
        db::DatabaseConfig database;
        QUrl stripeApiBase;
        QString stripeSecretKey;
        int intervalSeconds = 900;
        int graceSeconds = 300; // events younger than this may still be on their way
    };
    MissedEventHealer(Config config, ServerMetrics &metrics, QObject *parent = nullptr);
    ~MissedEventHealer() override;

    // The first run one interval from now (or after `firstRunMs`), then every interval.
    void start(int firstRunMs = -1);

    // The last run, for the admin API's health: enabled, interval, last_run_at, result, found, recovered, pending.
    QJsonObject toJson() const;

    // The advisory lock's key: the same in every instance and release (pg_locks shows it).
    static constexpr qint64 kLockKey = 0x636f6d7061'6e00LL + 1; // "compan" + 1

Q_SIGNALS:
    // One run ended: "ok", "failed" or "skipped" (another instance held the lock).
    void ran(const QString &result, int found, int recovered, int failed);

private:
    void runNow();
    void finished(const QString &result, int found, int recovered, int failed, const QString &error);

    Config m_config;
    ServerMetrics &m_metrics;
    QThread m_thread;
    QTimer m_timer;
    QObject *m_anchor = nullptr; // lives on m_thread: runs are made there
    bool m_running = false;
    QDateTime m_lastRunAt;
    QString m_lastResult;
    QString m_lastError;
    int m_lastFound = 0;
    int m_lastRecovered = 0;
    int m_pending = 0;
    qint64 m_recoveredTotal = 0;
};

} // namespace companion::server
