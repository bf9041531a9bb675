#pragma once

#include "CpuProbe.h"
#include "WebhookBenchOptions.h"
#include "WebhookBenchReport.h"
#include "WebhookBenchWorld.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace companion::bench {

class FakeStripeApi;

// The measured runs against a running companion-server, one per concurrency: the
// plan of signed events, the closed-loop load, the figures around it and the
// database check after. The runs share one world, so each carries on from the
// shop the previous one left.
class WebhookBenchRunner
{
public:
    // `stripe`: the fake Stripe API the server talks to, or nullptr when it talks to another.
    WebhookBenchRunner(const QSqlDatabase &db, const WebhookBenchOptions &options, quint16 port, const CpuProbe &cpu,
                       FakeStripeApi *stripe, qint64 startedAt);

    // Prints the run's figures and its database check.
    RunSummary run(int concurrency, StripeEventFactory::Shape shape);
    // The body of the first event sent: a realistic payload for pgbench.
    QByteArray samplePayload() const { return m_samplePayload; }

private:
    QSqlDatabase m_db;
    WebhookBenchOptions m_options;
    quint16 m_port;
    CpuProbe m_cpu;
    FakeStripeApi *m_stripe;
    QRandomGenerator m_rng;
    WebhookBenchWorld m_world;
    QSqlQuery m_visible;
    int m_runs = 0;
    QByteArray m_samplePayload;
};

} // namespace companion::bench
