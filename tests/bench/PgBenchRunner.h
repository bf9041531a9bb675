#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace companion::bench {

struct PgBenchResult {
    int clients = 0;
    double tps = 0;
    double latencyMs = 0;
    QString error;
};

// pgbench beside the webhook benchmark, on the same database.
namespace PgBenchRunner {

// pgbench on PATH, else the newest under /usr/lib/postgresql/<version>/bin; empty when none.
QString findBinary();

// The same writes as one event, one transaction each: the webhook_events row (with
// a real payload) and the user's update. No Stripe, no HTTP, no JSON: what the
// database alone allows on this machine. One run each with 1, 16 and 64 clients.
QList<PgBenchResult> run(const QString &pgbench, const QString &databaseName, int users, int seconds, const QByteArray &samplePayload);

} // namespace PgBenchRunner

} // namespace companion::bench
