#include "CashBench.h"

#include "BenchOutput.h"
#include "BenchSql.h"
#include "billing/CashReconciliation.h"
#include "billing/MonthPackBuilder.h"
#include "billing/PayoutLedger.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace companion::bench::CashBench {

using BenchOutput::say;

bool seed(const QSqlDatabase &db, qint64 now)
{
    // The payout of day d (Unix days) arrives at 00:00 of d; only past days have one.
    const QString payoutOf = QStringLiteral("CASE WHEN (%1) * 86400 <= %2 THEN 'po_' || (%1) END");
    const QString chargeDay = QStringLiteral("paid_at / 86400 + 2");
    const QString refundDay = QStringLiteral("(paid_at + 86400) / 86400 + 1");
    const QStringList statements{
        QStringLiteral("INSERT INTO balance_transactions (id, type, reporting_category, amount, fee, net, currency, created, available_on, status, "
                       "source_id, charge_id, payout_id, updated_at) SELECT 'txn_' || substr(id, 4), 'charge', 'charge', amount_paid, 59, "
                       "amount_paid - 59, 'usd', paid_at, (%1) * 86400, 'available', charge_id, charge_id, %2, paid_at "
                       "FROM invoices WHERE amount_paid > 0")
            .arg(chargeDay, payoutOf.arg(chargeDay).arg(now)),
        QStringLiteral("INSERT INTO balance_transactions (id, type, reporting_category, amount, fee, net, currency, created, available_on, status, "
                       "source_id, charge_id, payout_id, updated_at) SELECT 'txn_r' || substr(id, 4), 'refund', 'refund', -500, 0, -500, 'usd', "
                       "paid_at + 86400, paid_at + 86400, 'available', 're_' || substr(id, 4), charge_id, %1, paid_at + 86400 "
                       "FROM invoices WHERE amount_refunded = 500")
            .arg(payoutOf.arg(refundDay).arg(now)),
        QStringLiteral("INSERT INTO payouts (id, amount, currency, status, automatic, created, arrival_date, transactions_read, "
                       "last_event_created, livemode, updated_at) SELECT 'po_' || d, SUM(net), 'usd', 'paid', 1 = 1, d * 86400 - 86400, "
                       "d * 86400, 1 = 1, d * 86400, 1 = 0, d * 86400 FROM (SELECT CAST(substr(payout_id, 4) AS BIGINT) AS d, net "
                       "FROM balance_transactions WHERE payout_id IS NOT NULL) x GROUP BY d"),
        QStringLiteral("INSERT INTO balance_transactions (id, type, reporting_category, amount, fee, net, currency, created, available_on, status, "
                       "source_id, payout_id, updated_at) SELECT 'txn_' || id, 'payout', 'payout', -amount, 0, -amount, 'usd', created, created, "
                       "'available', id, id, created FROM payouts"),
    };
    for (const QString &sql : statements) {
        QString error;
        if (!BenchSql::exec(db, sql, {}, &error)) {
            say(QStringLiteral("bench_revenue: seeding payouts failed: ") + error);
            return false;
        }
    }
    // Settled before timing: statistics, the visibility map, and no checkpoint of
    // the seeding's writes running under the measurements.
    BenchSql::exec(db, QStringLiteral("VACUUM ANALYZE"));
    BenchSql::exec(db, QStringLiteral("CHECKPOINT"));
    return true;
}

bool run(const QSqlDatabase &db, db::Dialect dialect, qint64 now)
{
    say(QStringLiteral("bench_revenue: cash reconciliation over %1 balance transactions and %2 payouts")
            .arg(BenchOutput::number(BenchSql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM balance_transactions")).toDouble()),
                 BenchOutput::number(BenchSql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM payouts")).toDouble())));
    const billing::CashReconciliation cash(db, dialect);
    const QDate today = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).date();
    bool ok = true;
    double slowest = 0, slowestCeiling = 0;
    int months = 0, matching = 0;
    QString busiest;
    QDate busiestMonth;
    int busiestCount = 0;
    for (int back = 17; back >= 0; --back) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
        billing::CashReport report;
        const double ms = BenchOutput::medianMs([&] {
            report = cash.read({month, QStringLiteral("usd")}, now);
            return report.error.isEmpty();
        });
        if (ms < 0) {
            say(QStringLiteral("  %1 failed: %2").arg(month.toString(u"yyyy-MM"), report.error));
            return false;
        }
        const auto [from, to] = billing::CashReconciliation::monthBounds(month);
        const double ceiling = BenchOutput::medianMs([&] {
            return BenchSql::scalar(db, QStringLiteral("SELECT SUM(net) FROM balance_transactions WHERE currency = ? AND created >= ? AND created < ?"),
                                    {QStringLiteral("usd"), from, to}).isValid();
        });
        ++months;
        matching += report.matches();
        if (report.transactions > busiestCount) {
            busiestCount = report.transactions;
            busiestMonth = month;
            busiest = QStringLiteral("%1: %2 transactions, median %3 ms (ceiling, one SUM over them: %4 ms); net %5 = paid out %6 + in transit %7 "
                                     "+ in balance %8; %9")
                          .arg(month.toString(u"yyyy-MM"), BenchOutput::number(report.transactions)).arg(ms, 0, 'f', 1).arg(ceiling, 0, 'f', 1)
                          .arg(report.net).arg(report.paidOut).arg(report.inTransit).arg(report.inBalance)
                          .arg(report.matches() ? QStringLiteral("matches") : QStringLiteral("%1 differences").arg(report.differences.size()));
        }
        slowest = std::max(slowest, ms);
        slowestCeiling = std::max(slowestCeiling, ceiling);
        ok = ok && ms < 1000 && report.matches();
    }
    say(QStringLiteral("  busiest month %1").arg(busiest));
    say(QStringLiteral("  %1 months: slowest median %2 ms (goal < 1000 ms; ceiling %3 ms); %4 of %1 match to the cent")
            .arg(months).arg(slowest, 0, 'f', 1).arg(slowestCeiling, 0, 'f', 1).arg(matching));

    const billing::PayoutLedger ledger(db, dialect);
    QList<billing::PayoutRow> rows;
    QString error;
    const double listMs = BenchOutput::medianMs([&] { return ledger.payouts({}, &rows, &error); });
    int addUp = int(std::count_if(rows.begin(), rows.end(), [](const billing::PayoutRow &r) { return r.addsUp(); }));
    billing::PayoutDetail detail;
    const double detailMs = rows.isEmpty() ? 0 : BenchOutput::medianMs([&] {
        detail = ledger.detail(rows.at(rows.size() / 2).id);
        return detail.error.isEmpty();
    });
    say(QStringLiteral("  payouts list: %1 payouts, median %2 ms, %3 add up; one payout's detail: %4 transactions, median %5 ms")
            .arg(rows.size()).arg(listMs, 0, 'f', 1).arg(addUp).arg(detail.transactions.size()).arg(detailMs, 0, 'f', 1));

    // Closing the busiest month reads its whole pack: no goal of its own (once a month, behind a busy bar), its parts are above.
    const QDate lastMonth = busiestMonth.isValid() ? busiestMonth : QDate(today.year(), today.month(), 1).addMonths(-1);
    std::optional<billing::MonthPack> pack;
    const double packMs = BenchOutput::medianMs([&] {
        pack = billing::MonthPackBuilder(db, dialect).build(lastMonth, billing::MrrMode::Companion, QStringLiteral("usd"), now, &error);
        return pack.has_value();
    });
    if (!pack) {
        say(QStringLiteral("  month-end pack of %1 failed: %2").arg(lastMonth.toString(u"yyyy-MM"), error));
        return false;
    }
    say(QStringLiteral("  month-end pack of %1 (12-month report, %2 customers behind the movements, reconciliation, %3 payouts): median %4 ms")
            .arg(lastMonth.toString(u"yyyy-MM"), BenchOutput::number(pack->movers.size())).arg(pack->payouts.size()).arg(packMs, 0, 'f', 1));
    return ok && listMs >= 0 && listMs < 1000 && addUp == rows.size();
}

} // namespace companion::bench::CashBench
