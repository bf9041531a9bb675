#include "MonthPackBuilder.h"

#include "RevenueMetrics.h"

#include <algorithm>

namespace companion::billing {

namespace {
bool empty(const PeriodFigures &p)
{
    return p.startMrr == 0 && p.endMrr == 0 && p.moves.net() == 0 && p.moves.churn == 0 && p.cash.gross == 0 && p.cash.refunds == 0
           && p.cash.disputes == 0 && p.cash.failed == 0;
}
} // namespace

MonthPackBuilder::MonthPackBuilder(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

std::optional<MonthPack> MonthPackBuilder::build(const QDate &month, MrrMode mode, const QString &currency, qint64 now,
                                                 QString *error) const
{
    MonthPack pack;
    pack.month = QDate(month.year(), month.month(), 1);
    pack.mode = mode;
    pack.currency = currency;
    pack.computedAt = now;

    const RevenueMetrics metrics(m_db, m_dialect);
    RevenueRequest request;
    request.from = pack.month.addMonths(1 - kTrendMonths);
    request.to = pack.month;
    request.mode = mode;
    request.currency = currency;
    const RevenueReport report = metrics.report(request);
    if (!report.error.isEmpty() || report.periods.isEmpty()) {
        *error = report.error;
        return std::nullopt;
    }
    pack.figures = report.periods.constLast();
    const auto first = std::find_if_not(report.periods.cbegin(), report.periods.cend() - 1, empty);
    pack.trend = QList<PeriodFigures>(first, report.periods.cend());

    request.from = pack.month;
    for (Movement movement : {Movement::New, Movement::Expansion, Movement::Reactivation, Movement::Contraction, Movement::Churn}) {
        QString failure;
        QList<MovementLine> lines = metrics.movers(request, pack.month, movement, &failure);
        if (!failure.isEmpty()) {
            *error = failure;
            return std::nullopt;
        }
        // Largest change first, then by customer: the same order every time it is read.
        std::stable_sort(lines.begin(), lines.end(), [](const MovementLine &a, const MovementLine &b) {
            const qint64 da = std::abs(a.after - a.before), db = std::abs(b.after - b.before);
            return da != db ? da > db : a.customer < b.customer;
        });
        pack.movers += lines;
    }

    pack.cash = CashReconciliation(m_db, m_dialect).read({pack.month, currency}, now);
    if (!pack.cash.error.isEmpty()) {
        *error = pack.cash.error;
        return std::nullopt;
    }

    QList<PayoutRow> payouts;
    if (!PayoutLedger(m_db, m_dialect).payouts(currency, &payouts, error))
        return std::nullopt;
    const auto [start, end] = CashReconciliation::monthBounds(pack.month);
    for (const PayoutRow &p : payouts)
        if (p.arrivalDate >= start && p.arrivalDate < end)
            pack.payouts.append(p);
    std::sort(pack.payouts.begin(), pack.payouts.end(),
              [](const PayoutRow &a, const PayoutRow &b) { return a.arrivalDate != b.arrivalDate ? a.arrivalDate < b.arrivalDate : a.id < b.id; });
    return pack;
}

} // namespace companion::billing
