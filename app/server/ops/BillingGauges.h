#pragma once

#include "ops/ServerMetrics.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace companion::server {

class WorkerPool;

// Every 30 s (METRICS_PROBE_SECONDS), a look at the database for the numbers alerts need that no single
// request shows: learners with Premium and at risk, failed events still open, the
// newest delivery any instance received (so "no webhook for an hour" holds across
// restarts and instances), and whether the database answers at all.
class BillingGauges : public QObject
{
    Q_OBJECT
public:
    BillingGauges(WorkerPool &workers, ServerMetrics &metrics, int intervalSeconds, QObject *parent = nullptr);

    void start();

    // The query itself, on a worker's connection (tests call it directly).
    static ServerMetrics::BillingState read(QSqlDatabase db, qint64 now, QString *error);

private:
    void probe();

    WorkerPool &m_workers;
    ServerMetrics &m_metrics;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace companion::server
