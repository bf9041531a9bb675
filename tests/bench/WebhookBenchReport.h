#pragma once

#include "HttpLoadGenerator.h"
#include "PgBenchRunner.h"
#include "PgCounters.h"
#include "WebhookBenchOptions.h"
#include "WebhookBenchPlan.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace companion::bench {

// CPU over a measured window, in cores (CPU seconds per second), by who used it.
struct CpuSplit {
    double servers = 0; // every companion-server instance
    double haproxy = 0;
    double postgres = 0;
    double bench = 0; // this process: load generator, fake Stripe API
    double others = 0; // the rest of the machine (/proc/stat): noise from whatever else runs
    double ours() const { return servers + haproxy + postgres + bench; }
};

// One run's figures (topology, API version, concurrency), for the summary at the end.
struct RunSummary {
    QString topology; // direct, haproxy1, …
    int instances = 1;
    int concurrency = 0;
    QString apiVersion; // the shape the events were rendered in
    double eventsPerSecond = 0;
    qint64 p50 = 0, p99 = 0;
    qint64 errors = 0;
    CpuSplit cores;
    bool checked = false;
};

// bench_webhook_ingest's printed figures, section by section.
namespace WebhookBenchReport {

// `sorted` ascending; 0 when empty.
qint64 percentile(const std::vector<qint64> &sorted, double p);
// 200s per second of the measured window.
double eventsPerSecond(const LoadReport &report);

// `topology`: where the load goes, e.g. "haproxy2 (HAProxy, 2 instances)".
void printPlan(const QString &topology, int concurrency, const WebhookBenchPlan &plan, double preparedSeconds);
// Throughput, latency (report.latencyNs sorted), errors and the answers' outcomes.
void printLoad(const LoadReport &report, const std::vector<LoadAnswer> &answers, const WebhookBenchPlan &plan);
// `ownStatements`: the commits the benchmark itself made meanwhile, left out.
void printPostgres(const PgCounters &before, const PgCounters &after, qint64 ownStatements, qint64 answered);
// The statements that took PostgreSQL longest, when pg_stat_statements is loaded.
void printTopStatements(const QSqlDatabase &db);
void printCpu(const QMap<QString, double> &atOpen, const QMap<QString, double> &atClose, double windowSeconds);
// The samples' keys grouped by their prefix (see CpuProbe and WebhookBenchRunner).
CpuSplit cpuSplit(const QMap<QString, double> &atOpen, const QMap<QString, double> &atClose, double windowSeconds);
void printServerLog(const QByteArray &log);
void printSummary(const WebhookBenchOptions &options, const QList<RunSummary> &runs, const QList<PgBenchResult> &pgbench);

} // namespace WebhookBenchReport

} // namespace companion::bench
