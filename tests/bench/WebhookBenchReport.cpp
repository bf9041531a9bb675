#include "WebhookBenchReport.h"

#include "BenchOutput.h"
#include "ProcessCpu.h"

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

void printPlan(int concurrency, const WebhookBenchPlan &plan, double preparedSeconds)
{
    say(QString());
    say(QStringLiteral("concurrency %1: %2 requests pre-signed in %3 s (%4 events; average body: updated %5, created %6, invoice.paid %7 bytes)")
            .arg(concurrency).arg(number(double(plan.requests.size()))).arg(preparedSeconds, 0, 'f', 1)
            .arg(number(double(plan.events.size())))
            .arg(plan.averageBodyBytes(EventKind::Updated))
            .arg(plan.averageBodyBytes(EventKind::Created))
            .arg(plan.averageBodyBytes(EventKind::InvoicePaid)));
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

void printServerLog(const QByteArray &log)
{
    const qsizetype fallbacks = log.count("batch path failed");
    const qsizetype warnings = log.count("not stored");
    say(QStringLiteral("\ncompanion-server log: %1 lines; batches replayed event by event: %2; batches not stored: %3")
            .arg(log.count('\n')).arg(fallbacks).arg(warnings));
}

void printSummary(const WebhookBenchOptions &options, const QList<RunSummary> &runs, const QList<PgBenchResult> &pgbench)
{
    say(QStringLiteral("\nsummary (%1 users, %2 s per run, shared %3-core machine: figures are noisy)")
            .arg(number(options.users)).arg(options.seconds).arg(QThread::idealThreadCount()));
    for (const RunSummary &s : runs) {
        say(QStringLiteral("  companion-server  c=%1: %2 events/s, p50 %3 ms, p99 %4 ms, %5 errors, database %6")
                .arg(s.concurrency, 2).arg(number(s.eventsPerSecond), 6).arg(ms(s.p50), ms(s.p99)).arg(s.errors)
                .arg(s.checked ? QStringLiteral("OK") : QStringLiteral("MISMATCH")));
    }
    for (const PgBenchResult &p : pgbench) {
        if (p.error.isEmpty())
            say(QStringLiteral("  pgbench same writes c=%1: %2 tps, latency average %3 ms").arg(p.clients, 2).arg(number(p.tps), 6).arg(p.latencyMs, 0, 'f', 2));
        else
            say(QStringLiteral("  pgbench c=%1: %2").arg(p.clients).arg(p.error));
    }
    for (const RunSummary &s : runs) {
        if (s.concurrency == 64) {
            const bool met = s.eventsPerSecond >= 4500 && s.p99 < 30 * 1000000LL;
            say(QStringLiteral("  goal at c=64 (≥ 4,500 events/s, p99 < 30 ms): %1").arg(met ? QStringLiteral("met") : QStringLiteral("NOT met")));
        }
    }
}

} // namespace companion::bench::WebhookBenchReport
