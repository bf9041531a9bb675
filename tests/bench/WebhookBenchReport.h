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

// One concurrency's figures, for the summary at the end.
struct RunSummary {
    int concurrency = 0;
    QString apiVersion; // the shape the events were rendered in
    double eventsPerSecond = 0;
    qint64 p50 = 0, p99 = 0;
    qint64 errors = 0;
    bool checked = false;
};

// bench_webhook_ingest's printed figures, section by section.
namespace WebhookBenchReport {

// `sorted` ascending; 0 when empty.
qint64 percentile(const std::vector<qint64> &sorted, double p);
// 200s per second of the measured window.
double eventsPerSecond(const LoadReport &report);

void printPlan(int concurrency, const WebhookBenchPlan &plan, double preparedSeconds);
// Throughput, latency (report.latencyNs sorted), errors and the answers' outcomes.
void printLoad(const LoadReport &report, const std::vector<LoadAnswer> &answers, const WebhookBenchPlan &plan);
// `ownStatements`: the commits the benchmark itself made meanwhile, left out.
void printPostgres(const PgCounters &before, const PgCounters &after, qint64 ownStatements, qint64 answered);
// The statements that took PostgreSQL longest, when pg_stat_statements is loaded.
void printTopStatements(const QSqlDatabase &db);
void printCpu(const QMap<QString, double> &atOpen, const QMap<QString, double> &atClose, double windowSeconds);
void printServerLog(const QByteArray &log);
void printSummary(const WebhookBenchOptions &options, const QList<RunSummary> &runs, const QList<PgBenchResult> &pgbench);

} // namespace WebhookBenchReport

} // namespace companion::bench
