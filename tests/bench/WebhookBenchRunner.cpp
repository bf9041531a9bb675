#include "WebhookBenchRunner.h"

#include "BenchOutput.h"
#include "FakeStripeApi.h"
#include "HttpLoadGenerator.h"
#include "PgCounters.h"
#include "WebhookBenchCheck.h"
#include "WebhookBenchPlan.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <numeric>

namespace companion::bench {

using BenchOutput::number;
using BenchOutput::say;
using WebhookBenchReport::percentile;

WebhookBenchRunner::WebhookBenchRunner(const QSqlDatabase &db, const WebhookBenchOptions &options, quint16 port, const CpuProbe &cpu,
                                       FakeStripeApi *stripe, qint64 startedAt)
    : m_db(db)
    , m_options(options)
    , m_port(port)
    , m_cpu(cpu)
    , m_stripe(stripe)
    , m_rng(20261028)
    , m_world(WebhookBenchWorld::seeded(options.users, startedAt, m_rng))
    , m_visible(db)
{
    m_visible.prepare(QStringLiteral("SELECT 1 FROM webhook_events WHERE event_id = ?"));
}

RunSummary WebhookBenchRunner::run(int concurrency, StripeEventFactory::Shape shape)
{
    const int c = concurrency;
    const qsizetype poolSize = qsizetype(m_options.maxRate) * (m_options.warmupSeconds + m_options.seconds) + 4 * c;
    QElapsedTimer prepared;
    prepared.start();
    const WebhookBenchPlan plan = WebhookBenchPlan::build(++m_runs, poolSize, c, m_options, shape, m_world, m_port, m_rng);
    // What the plan deletes, Stripe knows as canceled from now on (as when a learner
    // cancels: Stripe's state changes first, its events follow).
    if (m_stripe)
        m_stripe->markCanceled(m_world.canceledSincePlanned);
    m_world.canceledSincePlanned.clear();
    if (m_samplePayload.isEmpty())
        m_samplePayload = plan.firstPayload();
    WebhookBenchReport::printPlan(c, plan, double(prepared.elapsed()) / 1000.0);

    HttpLoadGenerator load(QHostAddress::LocalHost, m_port, &plan.requests, c);
    // Durable before the 200: now and then, the moment a 200 arrives, the row must already be visible.
    qint64 probed = 0, probedInvisible = 0, acknowledged = 0;
    load.setAnswerHook([&](qsizetype index, const LoadAnswer &answer) {
        if (answer.status != 200 || ++acknowledged % 257 != 0)
            return;
        m_visible.addBindValue(QString::fromLatin1(plan.requests.at(index).eventId));
        ++probed;
        if (!m_visible.exec() || !m_visible.next())
            ++probedInvisible;
    });
    QMap<QString, double> cpuAtOpen, cpuAtClose;
    QElapsedTimer window;
    double windowSeconds = 0;
    load.setWindowHooks([&] { cpuAtOpen = m_cpu.sample(); window.start(); },
                        [&] { cpuAtClose = m_cpu.sample(); windowSeconds = double(window.nsecsElapsed()) / 1e9; });
    const PgCounters pgBefore = PgCounters::read(m_db);
    LoadReport report = load.run(m_options.warmupSeconds * 1000, m_options.seconds * 1000);
    QThread::msleep(1200); // backends publish their statistics within a second of going idle
    const PgCounters pgAfter = PgCounters::read(m_db);

    std::sort(report.latencyNs.begin(), report.latencyNs.end());
    WebhookBenchReport::printLoad(report, load.answers(), plan);
    WebhookBenchReport::printPostgres(pgBefore, pgAfter, probed, report.answered);
    WebhookBenchReport::printCpu(cpuAtOpen, cpuAtClose, windowSeconds);
    say(QStringLiteral("  durable before 200: %1 of %2 sampled answers found their row already committed")
            .arg(probed - probedInvisible).arg(probed));
    if (m_stripe)
        say(QStringLiteral("  Stripe API calls by the server so far: %1").arg(number(double(m_stripe->requests()))));

    const WebhookBenchCheck check = WebhookBenchCheck::ofRun(m_db, plan, load.answers(), report.sent);
    const bool ok = check.ok && probedInvisible == 0 && report.answersNamingOtherEvents == 0;
    say(QStringLiteral("  database check: %1").arg(ok ? QStringLiteral("OK") : QStringLiteral("MISMATCH")));
    for (const QString &line : check.lines)
        say(line);
    return {c, StripeEventFactory::apiVersion(shape), WebhookBenchReport::eventsPerSecond(report), percentile(report.latencyNs, 0.50), percentile(report.latencyNs, 0.99),
            std::accumulate(report.errors.cbegin(), report.errors.cend(), qint64(0)), ok};
}

} // namespace companion::bench
