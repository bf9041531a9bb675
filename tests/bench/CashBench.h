#pragma once

#include "db/SqlDialect.h"

#include <QSqlDatabase>

namespace companion::bench {

// Finance's cash reconciliation over bench_revenue's history: every paid invoice
// charged (Stripe's $0.59 fee), every 100th partly refunded, and a payout each day
// carrying what became available two days earlier (about 550 over 18 months), each
// with its own debit — as sync-stripe leaves the tables. Then times, median of 5,
// CashReconciliation::read for each month of the range, the payouts list, one
// payout's detail and the busiest month's whole month-end pack, beside the physical ceiling: one aggregate over the month's
// transactions, the least any reconciliation must read.
namespace CashBench {

bool seed(const QSqlDatabase &db, qint64 now);
// False when a figure misses the goal (< 1 s) or a month does not reconcile.
bool run(const QSqlDatabase &db, db::Dialect dialect, qint64 now);

} // namespace CashBench

} // namespace companion::bench
