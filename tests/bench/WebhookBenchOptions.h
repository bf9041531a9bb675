#pragma once

#include "StripeEventFactory.h"

#include <QList>
#include <QString>

namespace companion::bench {

// bench_webhook_ingest's command line, parsed (see its --help).
struct WebhookBenchOptions {
    // Where the load goes: one instance on its own port ("direct"), or HAProxy with the
    // shipped configuration in front of 1–3 instances ("haproxyN").
    struct Topology {
        bool haproxy = false;
        int instances = 1;
        QString name() const { return haproxy ? QStringLiteral("haproxy%1").arg(instances) : QStringLiteral("direct"); }
    };

    int users = 100000;
    int seconds = 20;
    int warmupSeconds = 2;
    QList<int> concurrency{16, 64};
    QString server;
    bool pgbench = true;
    int pgbenchSeconds = 10;
    int maxRate = 8000;
    // The guide's webhook traffic (default), or the older subscription-heavy mix.
    enum class Workload { Guide, Mix };
    Workload workload = Workload::Guide;
    // checkout.session.completed, customer.subscription.updated, .deleted, invoice.payment_failed (percent)
    int guideMix[4] = {50, 20, 15, 15};
    int mix[3] = {60, 10, 30}; // customer.subscription.updated, .created, invoice.paid (percent)
    // Each concurrency runs once per shape: the guide's API version and ours.
    QList<StripeEventFactory::Shape> shapes{StripeEventFactory::Shape::Guide20231016, StripeEventFactory::Shape::Pinned};
    int stripeLatencyMs = 0;
    QString stripeApiBase;
    QString fsync = QStringLiteral("on");
    // Each topology runs every shape and concurrency, in this order, on the same database.
    QList<Topology> topologies{Topology{}};
};

} // namespace companion::bench
