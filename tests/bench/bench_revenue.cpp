// Finance's Revenue figures over a large history: N invoices (default 1,000,000)
// of N ÷ 12 subscribers who joined over 18 months, a quarter of whom left, with
// their MRR ledger. Times RevenueMetrics::report (median of 5) for 18 months by
// month in both MRR modes, 26 weeks, 90 days, and a movement's drill-down; then
// each month's cash reconciliation to the payouts (CashBench).
//   scripts/lib/with-test-env build/…/tests/bench/bench_revenue [invoices]
// PostgreSQL by default; BENCH_DB=sqlite for the embedded database. Goal: < 1 s.
// BENCH_HOLD=<file>: after seeding, keeps the database (named on stdout) until <file> is removed.
#include "BenchOutput.h"
#include "BenchSql.h"
#include "CashBench.h"
#include "TestDatabase.h"
#include "billing/RangePreset.h"
#include "billing/RevenueMetrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>

using namespace companion;
using bench::BenchOutput::say;

namespace {
// One statement a table, set-based: a recursive counter both dialects know.
bool seed(const QSqlDatabase &db, qint64 invoices, qint64 now)
{
    const qint64 subs = qMax<qint64>(1, invoices / 12);
    const QString series = QStringLiteral("WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < %1) ");
    // Subscriber i joins between 18 and 12 months ago; every 4th leaves after 3–9 months;
    // every 20th asks to cancel at period end; every 33rd is past due; every 7th pays yearly.
    const QString start = QStringLiteral("(%1 - 548 * 86400 + (i * 7919 % 183) * 86400)").arg(now);
    const QStringList statements{
        series.arg(subs) + QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at) "
                                          "SELECT 'u' || i, 'u' || i || '@example.com', 'Learner ' || i, %1, %1 FROM g").arg(now),
        series.arg(subs) + QStringLiteral(
            "INSERT INTO subscriptions (id, user_id, customer_id, status, price_id, interval, quantity, amount, currency, created, "
            "current_period_start, current_period_end, cancel_at_period_end, canceled_at, ended_at, updated_at) "
            "SELECT 'sub_' || i, 'u' || i, 'cus_' || i, CASE WHEN i % 4 = 0 THEN 'canceled' WHEN i % 33 = 0 THEN 'past_due' ELSE 'active' END, "
            "CASE WHEN i % 7 = 0 THEN 'price_y' ELSE 'price_m' END, CASE WHEN i % 7 = 0 THEN 'year' ELSE 'month' END, 1, "
            "CASE WHEN i % 7 = 0 THEN 9599 ELSE 999 END, 'usd', %1, %2 - 86400 * 10, %2 + 86400 * 20, i % 20 = 1, "
            "CASE WHEN i % 20 = 1 THEN %2 - 86400 * 5 WHEN i % 4 = 0 THEN %1 + (90 + i % 180) * 86400 END, "
            "CASE WHEN i % 4 = 0 THEN %1 + (90 + i % 180) * 86400 END, %2 FROM g").arg(start).arg(now),
        // The ledger as MrrLedger writes it: paying from the start, the scheduled cancel, the end.
        QStringLiteral("INSERT INTO mrr_segments (subscription_id, valid_from, valid_to, status, mrr, currency, cancel_requested) "
                       "SELECT id, created, COALESCE(ended_at, CASE WHEN cancel_at_period_end THEN canceled_at END), 'active', "
                       "CASE WHEN interval = 'year' THEN 800 ELSE 999 END, 'usd', %1 FROM subscriptions").arg(QStringLiteral("1 = 0")),
        QStringLiteral("INSERT INTO mrr_segments (subscription_id, valid_from, status, mrr, currency, cancel_requested) "
                       "SELECT id, ended_at, 'canceled', 0, 'usd', 1 = 0 FROM subscriptions WHERE ended_at IS NOT NULL"),
        QStringLiteral("INSERT INTO mrr_segments (subscription_id, valid_from, status, mrr, currency, cancel_requested) "
                       "SELECT id, canceled_at, status, CASE WHEN interval = 'year' THEN 800 ELSE 999 END, 'usd', 1 = 1 "
                       "FROM subscriptions WHERE cancel_at_period_end"),
        QStringLiteral("UPDATE mrr_segments SET customer_key = 'u' || substr(subscription_id, 5)"),
        // Invoice k of subscriber s is its k-th month; 3 % failed, 2 % recovered, 30 % with the fee mirrored,
        // every 100th partly refunded; each paid one names its charge (CashBench adds the balance).
        series.arg(invoices) + QStringLiteral(
            "INSERT INTO invoices (id, subscription_id, customer_id, user_id, status, currency, subtotal, total, amount_due, amount_paid, "
            "attempt_count, created, paid_at, fee, charge_id, amount_refunded, updated_at) "
            "SELECT 'in_' || i, 'sub_' || s, 'cus_' || s, 'u' || s, CASE WHEN i % 33 = 0 THEN 'open' ELSE 'paid' END, 'usd', 999, 999, 999, "
            "CASE WHEN i % 33 = 0 THEN 0 ELSE 999 END, CASE WHEN i % 33 = 0 OR i % 50 = 0 THEN 2 ELSE 1 END, t, "
            "CASE WHEN i % 33 = 0 THEN NULL ELSE t + 60 END, CASE WHEN i % 10 < 3 THEN 59 END, "
            "CASE WHEN i % 33 = 0 THEN NULL ELSE 'ch_' || i END, CASE WHEN i % 33 <> 0 AND i % 100 = 0 THEN 500 ELSE 0 END, t "
            "FROM (SELECT i, 1 + i % %1 AS s, (%2 - 548 * 86400 + ((1 + i % %1) * 7919 % 183) * 86400) + (i / %1) * 30 * 86400 AS t FROM g) x")
                                          .arg(subs).arg(now),
    };
    for (const QString &sql : statements) {
        QString error;
        if (!bench::BenchSql::exec(db, sql, {}, &error)) {
            say(QStringLiteral("bench_revenue: seeding failed: ") + error);
            return false;
        }
    }
    // As autovacuum leaves a settled table: statistics and the visibility map.
    bench::BenchSql::exec(db, QStringLiteral("VACUUM ANALYZE"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("COMPANION_TEST_DB"))
        qputenv("COMPANION_TEST_DB", qgetenv("BENCH_DB").isEmpty() ? QByteArray("postgresql") : qgetenv("BENCH_DB"));
    const qint64 invoices = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 1000000;
    test::TestDatabase testDb;
    QString error;
    if (!testDb.create(&error)) {
        say(QStringLiteral("bench_revenue: ") + error + QStringLiteral(" (run it under scripts/lib/with-test-env)"));
        return 1;
    }
    const QSqlDatabase db = testDb.openMigrated(&error);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    if (!db.isOpen() || !seed(db, invoices, now))
        return 1;
    const auto dialect = testDb.config().dialect;
    say(QStringLiteral("bench_revenue: %1 invoices, %2 subscriptions, %3 ledger rows on %4, seeded in %5 s")
            .arg(bench::BenchOutput::number(bench::BenchSql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM invoices")).toDouble()),
                 bench::BenchOutput::number(bench::BenchSql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions")).toDouble()),
                 bench::BenchOutput::number(bench::BenchSql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM mrr_segments")).toDouble()),
                 db::dialectName(dialect))
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));

    if (qEnvironmentVariableIsSet("BENCH_EXPLAIN") && dialect == db::Dialect::PostgreSQL) {
        // Plans with timings, as notices on this connection (auto_explain).
        for (const char *sql : {"LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0", "SET auto_explain.log_analyze = on",
                                "SET auto_explain.log_level = 'notice'"})
            bench::BenchSql::exec(db, QString::fromLatin1(sql));
    }
    billing::RevenueMetrics metrics(db, dialect);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    struct Case {
        QString name;
        billing::RevenueRequest request;
    };
    QList<Case> cases;
    billing::RevenueRequest months;
    months.from = QDate(today.year(), today.month(), 1).addMonths(-17);
    months.to = today;
    cases << Case{QStringLiteral("18 months, Course Companion MRR"), months};
    months.mode = billing::MrrMode::StripeCompatible;
    cases << Case{QStringLiteral("18 months, Stripe-compatible MRR"), months};
    billing::RevenueRequest weeks = months;
    weeks.mode = billing::MrrMode::Companion;
    weeks.granularity = billing::Granularity::Week;
    weeks.from = today.addDays(-26 * 7);
    cases << Case{QStringLiteral("26 weeks"), weeks};
    billing::RevenueRequest days = weeks;
    days.granularity = billing::Granularity::Day;
    days.from = today.addDays(-89);
    cases << Case{QStringLiteral("90 days"), days};

    bool allUnder = true;
    for (const Case &c : cases) {
        billing::RevenueReport report;
        const double ms = bench::BenchOutput::medianMs([&] {
            report = metrics.report(c.request);
            return report.error.isEmpty();
        });
        if (ms < 0) {
            say(QStringLiteral("bench_revenue: %1 failed: %2").arg(c.name, report.error));
            return 1;
        }
        bool rolls = true;
        for (const billing::PeriodFigures &f : std::as_const(report.periods))
            rolls = rolls && f.rollsForward();
        rolls = rolls && report.ledgerConsistent;
        qint64 gross = 0, failed = 0;
        for (const billing::PeriodFigures &f : std::as_const(report.periods)) {
            gross += f.cash.gross;
            failed += f.cash.failed;
        }
        say(QStringLiteral("  %1: %2 periods, median %3 ms (goal < 1000 ms); end MRR %4, collected %5, failed %6; "
                           "rolls forward and matches the ledger: %7")
                .arg(c.name).arg(report.periods.size()).arg(ms, 0, 'f', 1)
                .arg(report.periods.constLast().endMrr).arg(gross).arg(failed).arg(rolls ? QStringLiteral("yes") : QStringLiteral("NO")));
        allUnder = allUnder && ms < 1000 && rolls;
    }
    // A dashboard refresh computes the range and the one before it (the tiles' deltas), for each preset.
    for (const auto kind : {billing::RangePreset::Last30Days, billing::RangePreset::Last90Days, billing::RangePreset::Last365Days,
                            billing::RangePreset::YearToDate}) {
        const billing::RangePreset::Range range = billing::RangePreset::range(kind, today);
        billing::RevenueRequest request;
        request.from = range.from;
        request.to = range.to;
        request.granularity = range.granularity;
        QString failure;
        const double ms = bench::BenchOutput::medianMs([&] {
            const billing::RevenueReport now = metrics.report(request);
            const billing::RevenueReport before = metrics.report(billing::RangePreset::previous(request));
            failure = now.error.isEmpty() ? before.error : now.error;
            return failure.isEmpty();
        });
        if (ms < 0) {
            say(QStringLiteral("bench_revenue: dashboard %1 failed: %2").arg(billing::RangePreset::key(kind), failure));
            return 1;
        }
        // No goal of its own: the page shows a busy bar and stays responsive meanwhile.
        say(QStringLiteral("  dashboard refresh, %1 and the range before: median %2 ms")
                .arg(billing::RangePreset::key(kind)).arg(ms, 0, 'f', 1));
    }
    QList<billing::MovementLine> churned;
    const double drill = bench::BenchOutput::medianMs([&] {
        QString e;
        churned = metrics.movers(cases.first().request, cases.first().request.from.addMonths(6), billing::Movement::Churn, &e);
        return e.isEmpty();
    });
    say(QStringLiteral("  drill-down, churned customers of one month: %1 rows, median %2 ms").arg(churned.size()).arg(drill, 0, 'f', 1));
    if (!bench::CashBench::seed(db, now))
        return 1;
    if (const QString hold = qEnvironmentVariable("BENCH_HOLD"); !hold.isEmpty()) {
        // For exploring plans by hand (psql, sqlite3): the seeded database stays until the file `hold` is removed.
        QFile(hold).open(QIODevice::WriteOnly);
        say(QStringLiteral("bench_revenue: seeded database %1 held until %2 is removed").arg(testDb.config().databaseName, hold));
        while (QFile::exists(hold))
            QThread::sleep(1);
    }
    allUnder = bench::CashBench::run(db, dialect, now) && allUnder;
    return allUnder ? 0 : 2;
}
