#pragma once

#include <QList>
#include <QString>

namespace companion::bench {

// bench_webhook_ingest's command line, parsed (see its --help).
struct WebhookBenchOptions {
    int users = 100000;
    int seconds = 20;
    int warmupSeconds = 2;
    QList<int> concurrency{16, 64};
    QString server;
    bool pgbench = true;
    int pgbenchSeconds = 10;
    int maxRate = 8000;
    int mix[3] = {60, 10, 30}; // customer.subscription.updated, .created, invoice.paid (percent)
    int stripeLatencyMs = 0;
    QString stripeApiBase;
    QString fsync = QStringLiteral("on");
};

} // namespace companion::bench
