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

// Where a run's load goes: one instance's port, or HAProxy's in front of several;
// the processes behind it are sampled for CPU.
struct RunTarget {
    WebhookBenchOptions::Topology topology;
    quint16 port = 0;
    QList<qint64> serverPids;
    qint64 haproxyPid = -1;
    QString label() const;
};

// The measured runs against running companion-servers, one per concurrency: the
// plan of signed events, the closed-loop load, the figures around it and the
// database check after. The runs share one world, so each carries on from the
// shop the previous one left, whichever topology it went through.
class WebhookBenchRunner
{
public:
    // `cpu`: this process and PostgreSQL (the servers come with each RunTarget).
    // `stripe`: the fake Stripe API the servers talk to, or nullptr when they talk to another.
    WebhookBenchRunner(const QSqlDatabase &db, const WebhookBenchOptions &options, const CpuProbe &cpu, FakeStripeApi *stripe,
                       qint64 startedAt);

    // Prints the run's figures and its database check.
    RunSummary run(const RunTarget &target, int concurrency, StripeEventFactory::Shape shape);
    // The body of the first event sent: a realistic payload for pgbench.
    QByteArray samplePayload() const { return m_samplePayload; }

private:
    QMap<QString, double> sampleCpu(const RunTarget &target) const;

    QSqlDatabase m_db;
    WebhookBenchOptions m_options;
    CpuProbe m_cpu;
    FakeStripeApi *m_stripe;
    QRandomGenerator m_rng;
    WebhookBenchWorld m_world;
    QSqlQuery m_visible;
    int m_runs = 0;
    QByteArray m_samplePayload;
};

} // namespace companion::bench
