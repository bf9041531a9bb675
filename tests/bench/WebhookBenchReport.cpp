#include "WebhookBenchReport.h"

#include "BenchOutput.h"
#include "ProcessCpu.h"

#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <utility>

namespace companion::bench::WebhookBenchReport {

using BenchOutput::ms;
using BenchOutput::number;
using BenchOutput::say;

qint64 percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t at = size_t(std::clamp(p * double(sorted.size()) - 1.0, 0.0, double(sorted.size() - 1)));
    return sorted[at];
}

double eventsPerSecond(const LoadReport &report)
{
    return double(report.okInWindow) / qMax(1e-9, report.measuredSeconds);
}

void printPlan(const QString &topology, int concurrency, const WebhookBenchPlan &plan, double preparedSeconds)
{
    say(QString());
    QStringList sizes;
    for (int k = 0; k < kEventKinds; ++k) {
        if (plan.bodies[k] > 0)
            sizes << QStringLiteral("%1 %2").arg(QString::fromLatin1(eventTypeOf(EventKind(k)))).arg(plan.averageBodyBytes(EventKind(k)));
    }
    say(QStringLiteral("%1, concurrency %2, events at API version %3: %4 requests pre-signed in %5 s (%6 events; average body bytes: %7)")
            .arg(topology).arg(concurrency).arg(StripeEventFactory::apiVersion(plan.shape)).arg(number(double(plan.requests.size())))
            .arg(preparedSeconds, 0, 'f', 1).arg(number(double(plan.events.size()))).arg(sizes.join(QStringLiteral(", "))));
}

void printLoad(const LoadReport &report, const std::vector<LoadAnswer> &answers, const WebhookBenchPlan &plan)
{
    QMap<QByteArray, qint64> outcomes;
    for (qsizetype r = 0; r < report.sent; ++r) {
        if (answers[size_t(r)].status == 200)
            ++outcomes[answers[size_t(r)].outcome];
    }
    const qint64 duplicatesAnswered = outcomes.value("duplicate");
    say(QStringLiteral("  measured %1 s: %2 answers (%3 × 200): %4 events/s")
            .arg(report.measuredSeconds, 0, 'f', 2).arg(number(double(report.answeredInWindow)))
            .arg(number(double(report.okInWindow))).arg(number(eventsPerSecond(report))));
    say(QStringLiteral("  latency ms: p50 %1  p90 %2  p99 %3  max %4")
            .arg(ms(percentile(report.latencyNs, 0.50)), ms(percentile(report.latencyNs, 0.90)),
                 ms(percentile(report.latencyNs, 0.99)), ms(report.latencyNs.empty() ? 0 : report.latencyNs.back())));
    QStringList errorKinds;
    for (auto it = report.errors.cbegin(); it != report.errors.cend(); ++it)
        errorKinds << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    say(QStringLiteral("  errors: %1 in the window; whole run (warm-up, window, drain): %2%3")
            .arg(report.errorsInWindow)
            .arg(errorKinds.isEmpty() ? QStringLiteral("none") : errorKinds.join(QStringLiteral(", ")))
            .arg(report.unansweredAtEnd ? QStringLiteral(", %1 never answered").arg(report.unansweredAtEnd) : QString()));
    QStringList outcomeList;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        outcomeList << QStringLiteral("%1 %2").arg(QString::fromLatin1(it.key())).arg(number(double(it.value())));
    const qint64 redeliveriesSent = std::count(plan.redelivery.begin(), plan.redelivery.begin() + report.sent, char(1));
    say(QStringLiteral("  whole run: %1 requests sent, %2 of them redeliveries; 200 answers by outcome: %3; duplicates answered: %4")
            .arg(number(double(report.sent)), number(double(redeliveriesSent)), outcomeList.join(QStringLiteral(", ")),
                 number(double(duplicatesAnswered))));
    if (report.answersNamingOtherEvents)
        say(QStringLiteral("  MISMATCH: %1 answers named another event than their request").arg(report.answersNamingOtherEvents));
    if (report.poolExhausted)
        say(QStringLiteral("  note: the pre-signed pool ran out; the window ended early (raise --max-rate)"));
}

void printPostgres(const PgCounters &before, const PgCounters &after, qint64 ownStatements, qint64 answered)
{
    const qint64 commits = after.commits - before.commits - ownStatements; // about: minus this benchmark's own statements
    say(QStringLiteral("  PostgreSQL over the run: ~%1 commits (~%2 deliveries each), %3 rollbacks, "
                       "WAL %4 KB per delivery, %5 WAL syncs")
            .arg(number(double(commits))).arg(double(answered) / qMax<qint64>(1, commits), 0, 'f', 1)
            .arg(after.rollbacks - before.rollbacks)
            .arg(double(after.walBytes - before.walBytes) / 1024.0 / qMax<qint64>(1, answered), 0, 'f', 1)
            .arg(number(double(after.walSyncs - before.walSyncs))));
    if (before.statements >= 0 && after.statements >= 0) {
        say(QStringLiteral("  statements (pg_stat_statements): %1 per delivery, %2 ms of execution per delivery")
                .arg(double(after.statements - before.statements - ownStatements) / qMax<qint64>(1, answered), 0, 'f', 1)
                .arg((after.statementMs - before.statementMs) / double(qMax<qint64>(1, answered)), 0, 'f', 3));
    }
}

void printTopStatements(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT calls, total_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements "
                               "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                               "ORDER BY total_exec_time DESC LIMIT 12")))
        return; // not preloaded: COMPANION_TEST_PG_CONF=shared_preload_libraries=pg_stat_statements
    say(QStringLiteral("\nstatements by execution time, whole benchmark (pg_stat_statements):"));
    while (q.next()) {
        say(QStringLiteral("  %1 calls, %2 ms (%3 ms each), %4 rows: %5")
                .arg(number(q.value(0).toDouble()), 9).arg(number(q.value(1).toDouble()), 8)
                .arg(q.value(1).toDouble() / qMax(1.0, q.value(0).toDouble()), 0, 'f', 3).arg(number(q.value(2).toDouble()))
                .arg(q.value(3).toString()));
    }
}

void printCpu(const QMap<QString, double> &atOpen, const QMap<QString, double> &atClose, double windowSeconds)
{
    if (atClose.isEmpty() || windowSeconds <= 0)
        return;
    const QMap<QString, double> used = ProcessCpu::difference(atClose, atOpen);
    QList<std::pair<double, QString>> ranked;
    double total = 0;
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        total += it.value();
        if (it.value() / windowSeconds >= 0.01)
            ranked.append({it.value() / windowSeconds, it.key()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[cores, who] : std::as_const(ranked))
        parts << QStringLiteral("%1 %2").arg(who).arg(cores, 0, 'f', 2);
    say(QStringLiteral("  CPU in the window (cores, of %1; total %2): %3")
            .arg(QThread::idealThreadCount()).arg(total / windowSeconds, 0, 'f', 2).arg(parts.join(QStringLiteral(", "))));
}

CpuSplit cpuSplit(const QMap<QString, double> &atOpen, const QMap<QString, double> &atClose, double windowSeconds)
{
    CpuSplit split;
    if (windowSeconds <= 0)
        return split;
    const QMap<QString, double> used = ProcessCpu::difference(atClose, atOpen);
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        const double cores = it.value() / windowSeconds;
        if (it.key().startsWith(QLatin1String("companion-server: ")))
            split.servers += cores;
        else if (it.key().startsWith(QLatin1String("haproxy: ")))
            split.haproxy += cores;
        else if (it.key().startsWith(QLatin1String("postgres: ")))
            split.postgres += cores;
        else if (it.key().startsWith(QLatin1String("bench: ")))
            split.bench += cores;
    }
    return split;
}

void printServerLog(const QByteArray &log)
{
    const qsizetype fallbacks = log.count("replaying event by event");
    const qsizetype warnings = log.count("not stored");
    say(QStringLiteral("\ncompanion-server log: %1 lines; batches replayed event by event: %2; batches not stored: %3")
            .arg(log.count('\n')).arg(fallbacks).arg(warnings));
}

void printSummary(const WebhookBenchOptions &options, const QList<RunSummary> &runs, const QList<PgBenchResult> &pgbench)
{
    say(QStringLiteral("\nsummary (%1 users, %2 s per run, shared %3-core machine: figures are noisy; CPU: cores used in the measured window, "
                       "other = the rest of the machine)")
            .arg(number(options.users)).arg(options.seconds).arg(QThread::idealThreadCount()));
    // Column widths, negative: left-aligned.
    static constexpr int kWidths[] = {-8, 9, -17, 4, 9, 7, 7, 6, 9, 9, 9, 8, 9, 9, 0};
    const auto row = [](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded << QStringLiteral("%1").arg(cells.at(i), kWidths[i]);
        return QStringLiteral("  ") + padded.join(u' ');
    };
    say(row({QStringLiteral("topology"), QStringLiteral("instances"), QStringLiteral("API version"), QStringLiteral("c"), QStringLiteral("events/s"),
             QStringLiteral("p50 ms"), QStringLiteral("p99 ms"), QStringLiteral("errors"), QStringLiteral("vs direct"), QStringLiteral("CPU srv"),
             QStringLiteral("CPU hap"), QStringLiteral("CPU pg"), QStringLiteral("CPU bench"), QStringLiteral("CPU other"), QStringLiteral("database")}));
    for (const RunSummary &s : runs) {
        // Against one instance without the proxy, same events and concurrency.
        const auto direct = std::find_if(runs.cbegin(), runs.cend(), [&](const RunSummary &d) {
            return d.topology == QLatin1String("direct") && d.apiVersion == s.apiVersion && d.concurrency == s.concurrency;
        });
        const QString vsDirect = direct != runs.cend() && direct->eventsPerSecond > 0
            ? QStringLiteral("%1×").arg(s.eventsPerSecond / direct->eventsPerSecond, 0, 'f', 2)
            : QStringLiteral("–");
        const auto cores = [](double value) { return QString::number(value, 'f', 2); };
        say(row({s.topology, QString::number(s.instances), s.apiVersion, QString::number(s.concurrency), number(s.eventsPerSecond), ms(s.p50),
                 ms(s.p99), QString::number(s.errors), vsDirect, cores(s.cores.servers), cores(s.cores.haproxy), cores(s.cores.postgres),
                 cores(s.cores.bench), cores(s.cores.others), s.checked ? QStringLiteral("OK") : QStringLiteral("MISMATCH")}));
    }
    for (const PgBenchResult &p : pgbench) {
        if (p.error.isEmpty())
            say(QStringLiteral("  pgbench same writes c=%1: %2 tps, latency average %3 ms").arg(p.clients, 2).arg(number(p.tps), 6).arg(p.latencyMs, 0, 'f', 2));
        else
            say(QStringLiteral("  pgbench c=%1: %2").arg(p.clients).arg(p.error));
    }
    for (const RunSummary &s : runs) {
        if (s.concurrency == 64) {
            const bool met = s.eventsPerSecond >= 6000 && s.p99 < 30 * 1000000LL && s.errors == 0;
            say(QStringLiteral("  goal at c=64, %1 %2 (≥ 6,000 events/s, p99 < 30 ms, every 200 durable): %3")
                    .arg(s.topology, s.apiVersion, met ? QStringLiteral("met") : QStringLiteral("NOT met")));
        }
    }
}

} // namespace companion::bench::WebhookBenchReport
