#include "WebhookBenchRunner.h"

#include "BenchOutput.h"
#include "FakeStripeApi.h"
#include "HttpLoadGenerator.h"
#include "PgCounters.h"
#include "ProcessCpu.h"
#include "WebhookBenchCheck.h"
#include "WebhookBenchPlan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <numeric>

#include <unistd.h>

namespace companion::bench {

namespace {
// CPU seconds the whole machine has been busy (all cores): what the benchmark's own
// processes did not use of it went to others, e.g. a test suite running beside.
double machineBusySeconds()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // "cpu  user nice system idle iowait irq softirq steal …"
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    double ticks = 0;
    for (const int busy : {1, 2, 3, 6, 7, 8}) {
        if (busy < fields.size())
            ticks += fields.at(busy).toDouble();
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}
} // namespace

using BenchOutput::number;
using BenchOutput::say;
using WebhookBenchReport::percentile;

QString RunTarget::label() const
{
    if (!topology.haproxy)
        return QStringLiteral("direct (1 instance)");
    return QStringLiteral("%1 (HAProxy, %2 instance%3)").arg(topology.name()).arg(topology.instances).arg(topology.instances > 1 ? QStringLiteral("s") : QString());
}

WebhookBenchRunner::WebhookBenchRunner(const QSqlDatabase &db, const WebhookBenchOptions &options, const CpuProbe &cpu, FakeStripeApi *stripe,
                                       qint64 startedAt)
    : m_db(db)
    , m_options(options)
    , m_cpu(cpu)
    , m_stripe(stripe)
    , m_rng(20261028)
    , m_world(WebhookBenchWorld::seeded(options.users, startedAt, m_rng))
    , m_visible(db)
{
    m_visible.prepare(QStringLiteral("SELECT 1 FROM webhook_events WHERE event_id = ?"));
}

QMap<QString, double> WebhookBenchRunner::sampleCpu(const RunTarget &target) const
{
    QMap<QString, double> all = m_cpu.sample();
    // The instances' threads summed by name: one figure per role, however many run.
    for (const qint64 pid : target.serverPids) {
        const QMap<QString, double> threads = ProcessCpu::threads(pid, QStringLiteral("companion-server: "));
        for (auto it = threads.cbegin(); it != threads.cend(); ++it)
            all[it.key()] += it.value();
    }
    if (target.haproxyPid > 0)
        all.insert(ProcessCpu::threads(target.haproxyPid, QStringLiteral("haproxy: ")));
    return all;
}

RunSummary WebhookBenchRunner::run(const RunTarget &target, int concurrency, StripeEventFactory::Shape shape)
{
    const int c = concurrency;
    const qsizetype poolSize = qsizetype(m_options.maxRate) * (m_options.warmupSeconds + m_options.seconds) + 4 * c;
    QElapsedTimer prepared;
    prepared.start();
    const WebhookBenchPlan plan = WebhookBenchPlan::build(++m_runs, poolSize, c, m_options, shape, m_world, target.port, m_rng);
    // What the plan deletes, Stripe knows as canceled from now on (as when a learner
    // cancels: Stripe's state changes first, its events follow).
    if (m_stripe)
        m_stripe->markCanceled(m_world.canceledSincePlanned);
    m_world.canceledSincePlanned.clear();
    if (m_samplePayload.isEmpty())
        m_samplePayload = plan.firstPayload();
    WebhookBenchReport::printPlan(target.label(), c, plan, double(prepared.elapsed()) / 1000.0);

    HttpLoadGenerator load(QHostAddress::LocalHost, target.port, &plan.requests, c);
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
    double machineAtOpen = 0, machineAtClose = 0;
    load.setWindowHooks([&] { cpuAtOpen = sampleCpu(target); machineAtOpen = machineBusySeconds(); window.start(); },
                        [&] {
                            cpuAtClose = sampleCpu(target);
                            machineAtClose = machineBusySeconds();
                            windowSeconds = double(window.nsecsElapsed()) / 1e9;
                        });
    const PgCounters pgBefore = PgCounters::read(m_db);
    LoadReport report = load.run(m_options.warmupSeconds * 1000, m_options.seconds * 1000);
    QThread::msleep(1200); // backends publish their statistics within a second of going idle
    const PgCounters pgAfter = PgCounters::read(m_db);

    std::sort(report.latencyNs.begin(), report.latencyNs.end());
    WebhookBenchReport::printLoad(report, load.answers(), plan);
    WebhookBenchReport::printPostgres(pgBefore, pgAfter, probed, report.answered);
    WebhookBenchReport::printCpu(cpuAtOpen, cpuAtClose, windowSeconds);
    CpuSplit cores = WebhookBenchReport::cpuSplit(cpuAtOpen, cpuAtClose, windowSeconds);
    const double machineCores = (machineAtClose - machineAtOpen) / qMax(1e-9, windowSeconds);
    cores.others = qMax(0.0, machineCores - cores.ours());
    say(QStringLiteral("  machine CPU in the window: %1 of %2 cores busy, %3 of them by other processes than this benchmark's")
            .arg(machineCores, 0, 'f', 2).arg(QThread::idealThreadCount()).arg(cores.others, 0, 'f', 2));
    say(QStringLiteral("  durable before 200: %1 of %2 sampled answers found their row already committed")
            .arg(probed - probedInvisible).arg(probed));
    if (m_stripe)
        say(QStringLiteral("  Stripe API calls by the server so far: %1").arg(number(double(m_stripe->requests()))));

    const WebhookBenchCheck check = WebhookBenchCheck::ofRun(m_db, plan, load.answers(), report.sent);
    const bool ok = check.ok && probedInvisible == 0 && report.answersNamingOtherEvents == 0;
    say(QStringLiteral("  database check: %1").arg(ok ? QStringLiteral("OK") : QStringLiteral("MISMATCH")));
    for (const QString &line : check.lines)
        say(line);
    RunSummary summary;
    summary.topology = target.topology.name();
    summary.instances = target.topology.instances;
    summary.concurrency = c;
    summary.apiVersion = StripeEventFactory::apiVersion(shape);
    summary.eventsPerSecond = WebhookBenchReport::eventsPerSecond(report);
    summary.p50 = percentile(report.latencyNs, 0.50);
    summary.p99 = percentile(report.latencyNs, 0.99);
    summary.errors = std::accumulate(report.errors.cbegin(), report.errors.cend(), qint64(0));
    summary.cores = cores;
    summary.checked = ok;
    return summary;
}

} // namespace companion::bench
