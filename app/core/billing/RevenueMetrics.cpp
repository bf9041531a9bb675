#include "RevenueMetrics.h"

#include "FeeSchedule.h"
#include "db/Database.h"
#include "db/ReadSnapshot.h"
#include "util/Log.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlQuery>

namespace companion::billing {

namespace {
qint64 secondsAt(const QDate &day)
{
    return day.startOfDay(Qt::UTC).toSecsSinceEpoch();
}

// db::Database::exec, each statement's time logged to companion.revenue at debug level (benchmarks read it).
bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error, const char *what = "query")
{
    QElapsedTimer timer;
    timer.start();
    const auto logged = qScopeGuard([&] { qCDebug(lcRevenue, "%s: %.1f ms", what, timer.nsecsElapsed() / 1e6); });
    return db::Database::exec(q, sql, binds, error);
}

// "(0, CAST(? AS BIGINT)), (1, CAST(? AS BIGINT)), …": a VALUES list both dialects read.
QString valueRows(int rows, int columns)
{
    QStringList out;
    for (int r = 0; r < rows; ++r) {
        QString row = u'(' + QString::number(r);
        for (int c = 0; c < columns; ++c)
            row += QStringLiteral(", CAST(? AS BIGINT)");
        out << row + u')';
    }
    return out.join(QStringLiteral(", "));
}

// The classified SQL names movements as movementName() does.
Movement movementOf(const QString &kind)
{
    for (Movement m : {Movement::Expansion, Movement::Contraction, Movement::Churn, Movement::Reactivation})
        if (movementName(m) == kind)
            return m;
    return Movement::New;
}

// MRR is read at the last second of a period: a subscription that starts at
// midnight on the 1st belongs to the month it starts in.
QList<qint64> snapshotInstants(const QList<QDate> &boundaries)
{
    QList<qint64> out;
    for (const QDate &day : boundaries)
        out << secondsAt(day) - 1;
    return out;
}

QString modeFilter(MrrMode mode)
{
    return mode == MrrMode::StripeCompatible ? QStringLiteral(" AND NOT g.cancel_requested") : QString();
}

// Each period i runs from instant s (exclusive) to e (inclusive). Only customers
// with a ledger change inside a period can move in it ("touched": found through
// the ledger's time indexes), so the work grows with changes, not with
// customers × periods. For them, MRR at s (m0) and at e (m1) and the first time
// they ever paid classify the movement (docs/metrics.md); their stretches come
// through the ledger's customer index.
// Binds: s and e per period, then the currency three times.
QString classifiedSql(int periods, MrrMode mode)
{
    const QString f = modeFilter(mode);
    return QStringLiteral(
               "WITH b(i, s, e) AS (VALUES %1), "
               "touched AS ("
               "  SELECT b.i, g.customer_key AS who FROM b JOIN mrr_segments g ON g.valid_from > b.s AND g.valid_from <= b.e "
               "  WHERE g.mrr > 0 AND g.currency = ?%2 "
               "  UNION "
               "  SELECT b.i, g.customer_key FROM b JOIN mrr_segments g ON g.valid_to > b.s AND g.valid_to <= b.e "
               "  WHERE g.mrr > 0 AND g.currency = ?%2), "
               "moved AS (SELECT t.i, t.who, b.s, "
               "  SUM(CASE WHEN g.valid_from <= b.s AND (g.valid_to IS NULL OR g.valid_to > b.s) THEN g.mrr ELSE 0 END) AS m0, "
               "  SUM(CASE WHEN g.valid_from <= b.e AND (g.valid_to IS NULL OR g.valid_to > b.e) THEN g.mrr ELSE 0 END) AS m1, "
               "  MIN(g.valid_from) AS first_paid "
               "  FROM touched t JOIN b ON b.i = t.i "
               "  JOIN mrr_segments g ON g.customer_key = t.who AND g.mrr > 0 AND g.currency = ?%2 GROUP BY t.i, t.who, b.s), "
               "classified AS (SELECT i, who, m0, m1, CASE "
               "  WHEN m0 = 0 AND m1 > 0 AND first_paid > s THEN 'new' WHEN m0 = 0 AND m1 > 0 THEN 'reactivation' "
               "  WHEN m0 > 0 AND m1 = 0 THEN 'churn' WHEN m1 > m0 THEN 'expansion' WHEN m1 < m0 THEN 'contraction' ELSE '' END AS kind "
               "  FROM moved) ")
        .arg(valueRows(periods, 2), f);
}

// Columns 0–3 of a customer listing: who, e-mail, name, MRR before.
MovementLine customerLine(const QSqlQuery &q, Movement movement)
{
    MovementLine line;
    line.customer = q.value(0).toString();
    line.email = q.value(1).toString();
    line.name = q.value(2).toString();
    line.before = q.value(3).toLongLong();
    line.movement = movement;
    return line;
}

QVariantList periodBinds(const QList<qint64> &instants, const QString &currency)
{
    QVariantList binds;
    for (int i = 0; i + 1 < instants.size(); ++i)
        binds << instants.at(i) << instants.at(i + 1);
    return binds << currency << currency << currency;
}
} // namespace

RevenueMetrics::RevenueMetrics(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool RevenueMetrics::movements(const QList<qint64> &instants, MrrMode mode, const QString &currency, QList<MovementFigures> *out,
                               QString *error) const
{
    *out = QList<MovementFigures>(instants.size() - 1);
    QSqlQuery q(m_db);
    if (!run(q, classifiedSql(int(instants.size() - 1), mode)
                    + QStringLiteral("SELECT i, kind, COUNT(*), SUM(m1 - m0) FROM classified WHERE kind <> '' GROUP BY i, kind"),
             periodBinds(instants, currency), error, "movements"))
        return false;
    while (q.next()) {
        MovementFigures &m = (*out)[q.value(0).toInt()];
        const int count = q.value(2).toInt();
        const qint64 amount = q.value(3).toLongLong();
        switch (movementOf(q.value(1).toString())) {
        case Movement::New: m.newMrr = amount, m.newCustomers = count; break;
        case Movement::Reactivation: m.reactivation = amount, m.reactivated = count; break;
        case Movement::Expansion: m.expansion = amount, m.expanded = count; break;
        case Movement::Contraction: m.contraction = -amount, m.contracted = count; break;
        case Movement::Churn: m.churn = -amount, m.churned = count; break;
        }
    }
    return true;
}

bool RevenueMetrics::snapshot(qint64 instant, MrrMode mode, const QString &currency, qint64 *mrr, int *customers, QString *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT SUM(g.mrr), COUNT(DISTINCT g.customer_key) FROM mrr_segments g WHERE g.mrr > 0 AND g.currency = ?%1 "
                               "AND g.valid_from <= ? AND (g.valid_to IS NULL OR g.valid_to > ?)").arg(modeFilter(mode)),
             {currency, instant, instant}, error, "snapshot"))
        return false;
    q.next();
    *mrr = q.value(0).toLongLong();
    *customers = q.value(1).toInt();
    return true;
}

RevenueMetrics::Chain RevenueMetrics::Chain::from(int first) const
{
    Chain out;
    out.moves = moves.mid(first);
    out.mrr = mrr.mid(first);
    out.customers = customers.mid(first);
    return out;
}

bool RevenueMetrics::chain(const QList<qint64> &instants, MrrMode mode, const QString &currency, Chain *out, QString *error) const
{
    qint64 mrr = 0;
    int customers = 0;
    if (!snapshot(instants.first(), mode, currency, &mrr, &customers, error) || !movements(instants, mode, currency, &out->moves, error))
        return false;
    out->mrr = {mrr};
    out->customers = {customers};
    for (const MovementFigures &m : std::as_const(out->moves)) {
        out->mrr << out->mrr.constLast() + m.net();
        out->customers << out->customers.constLast() + m.newCustomers + m.reactivated - m.churned;
    }
    return true;
}

RevenueReport RevenueMetrics::report(const RevenueRequest &request) const
{
    RevenueReport out;
    out.request = request;
    const auto periods = revenuePeriods(request.from, request.to, request.granularity);
    if (periods.isEmpty())
        return out;
    QList<QDate> boundaries;
    for (const auto &p : periods)
        boundaries << p.first;
    boundaries << periods.constLast().second;
    const int n = int(boundaries.size());
    const QList<qint64> instants = snapshotInstants(boundaries);
    const QString &currency = request.currency;
    const db::ReadSnapshot snapshotScope(m_db, m_dialect);

    // LTV needs the monthly churn of the six months before each period; by
    // month, those months and the range are one chain of movements.
    const QDate firstMonth = QDate(boundaries.first().year(), boundaries.first().month(), 1).addMonths(-5);
    const QDate lastDay = boundaries.constLast().addDays(-1);
    QList<QDate> months;
    for (QDate m = firstMonth; m <= QDate(lastDay.year(), lastDay.month(), 1).addMonths(1); m = m.addMonths(1))
        months << m;
    Chain monthly, ranged;
    if (!chain(snapshotInstants(months), request.mode, currency, &monthly, &out.error))
        return out;
    if (request.granularity == Granularity::Month)
        ranged = monthly.from(5);
    else if (!chain(instants, request.mode, currency, &ranged, &out.error))
        return out;
    for (int i = 0; i + 1 < n; ++i) {
        PeriodFigures f;
        f.start = periods.at(i).first;
        f.end = periods.at(i).second;
        f.moves = ranged.moves.at(i);
        f.startMrr = ranged.mrr.at(i);
        f.endMrr = ranged.mrr.at(i + 1);
        f.customersAtStart = ranged.customers.at(i);
        f.customersAtEnd = ranged.customers.at(i + 1);
        out.periods << f;
    }
    // The end as carried by the movements, against the ledger read directly there.
    qint64 endMrr = 0;
    int endCustomers = 0;
    if (!snapshot(instants.constLast(), request.mode, currency, &endMrr, &endCustomers, &out.error))
        return out;
    if (endMrr != ranged.mrr.constLast() || endCustomers != ranged.customers.constLast()) {
        out.ledgerConsistent = false;
        qCWarning(lcRevenue, "the MRR ledger does not add up: %lld by movements, %lld read directly", ranged.mrr.constLast(), endMrr);
    }
    QList<std::optional<double>> monthlyChurn;
    for (int k = 0; k < monthly.moves.size(); ++k) {
        const int atStart = monthly.customers.at(k);
        monthlyChurn << (atStart > 0 ? std::optional<double>(double(monthly.moves.at(k).churned) / atStart) : std::nullopt);
    }
    for (PeriodFigures &f : out.periods) {
        const QDate last = f.end.addDays(-1);
        const int index = (last.year() - firstMonth.year()) * 12 + last.month() - firstMonth.month();
        double sum = 0;
        int count = 0;
        for (int k = qMax(0, index - 5); k <= index && k < monthlyChurn.size(); ++k) {
            if (monthlyChurn.at(k)) {
                sum += *monthlyChurn.at(k);
                ++count;
            }
        }
        f.ltvChurn = count > 0 ? sum / count : 0.0;
    }

    QSqlQuery q(m_db);
    // Scheduled churn and past-due MRR at each period's end: few ledger rows carry either.
    QVariantList flaggedBinds;
    for (int i = 1; i < n; ++i)
        flaggedBinds << instants.at(i);
    if (!run(q, QStringLiteral("WITH flagged AS MATERIALIZED (SELECT g.valid_from, g.valid_to, g.mrr, g.cancel_requested, g.status "
                               "FROM mrr_segments g WHERE g.mrr > 0 AND g.currency = ? AND (g.cancel_requested OR g.status = 'past_due')%2), "
                               "b(i, s) AS (VALUES %1) SELECT b.i, SUM(CASE WHEN f.cancel_requested THEN f.mrr ELSE 0 END), "
                               "SUM(CASE WHEN f.status = 'past_due' THEN f.mrr ELSE 0 END) FROM b JOIN flagged f "
                               "ON f.valid_from <= b.s AND (f.valid_to IS NULL OR f.valid_to > b.s) GROUP BY b.i")
                    .arg(valueRows(n - 1, 1), modeFilter(request.mode)),
             QVariantList{currency} + flaggedBinds, &out.error, "scheduled and at risk"))
        return out;
    while (q.next()) {
        PeriodFigures &f = out.periods[q.value(0).toInt()];
        f.scheduledChurn = request.mode == MrrMode::Companion ? q.value(1).toLongLong() : 0;
        f.atRiskMrr = q.value(2).toLongLong();
    }

    // Cash, by when it was paid; failed payments, by when the invoice was created.
    QVariantList ranges;
    for (int i = 0; i + 1 < n; ++i)
        ranges << secondsAt(boundaries.at(i)) << secondsAt(boundaries.at(i + 1));
    const QString periodsWith = QStringLiteral("WITH b(i, t0, t1) AS (VALUES %1) ").arg(valueRows(n - 1, 2));
    const QString estimated = QString::fromLatin1(FeeSchedule::estimatedFeeSql()).arg(QStringLiteral("v.amount_paid"));
    if (!run(q, periodsWith + QStringLiteral(
                    "SELECT b.i, SUM(v.amount_paid), "
                    "SUM(CASE WHEN v.fee IS NOT NULL AND NOT v.fee_estimated THEN v.fee ELSE 0 END), "
                    "SUM(CASE WHEN v.fee IS NULL OR v.fee_estimated THEN %1 ELSE 0 END), "
                    "SUM(CASE WHEN v.fee IS NULL OR v.fee_estimated THEN 1 ELSE 0 END), SUM(v.amount_refunded) "
                    "FROM b JOIN invoices v ON v.paid_at >= b.t0 AND v.paid_at < b.t1 "
                    "WHERE v.amount_paid > 0 AND v.currency = ? GROUP BY b.i").arg(estimated),
             ranges + QVariantList{request.currency}, &out.error, "cash"))
        return out;
    while (q.next()) {
        CashFigures &c = out.periods[q.value(0).toInt()].cash;
        c.gross = q.value(1).toLongLong();
        c.estimatedFees = q.value(3).toLongLong();
        c.fees = q.value(2).toLongLong() + c.estimatedFees;
        c.estimatedPayments = q.value(4).toInt();
        c.refunds = q.value(5).toLongLong();
    }
    if (!run(q, periodsWith + QStringLiteral("SELECT b.i, SUM(v.amount_disputed + v.dispute_fee) FROM b JOIN invoices v "
                                             "ON v.disputed_at >= b.t0 AND v.disputed_at < b.t1 WHERE v.amount_disputed > 0 AND v.currency = ? "
                                             "GROUP BY b.i"),
             ranges + QVariantList{request.currency}, &out.error, "disputes"))
        return out;
    while (q.next())
        out.periods[q.value(0).toInt()].cash.disputes = q.value(1).toLongLong();
    if (!run(q, periodsWith + QStringLiteral(
                    "SELECT b.i, SUM(v.amount_due), COUNT(*), SUM(CASE WHEN v.status = 'paid' THEN v.amount_due ELSE 0 END), "
                    "SUM(CASE WHEN v.status = 'paid' THEN 1 ELSE 0 END) "
                    "FROM b JOIN invoices v ON v.created >= b.t0 AND v.created < b.t1 "
                    "WHERE v.amount_due > 0 AND v.currency = ? AND (v.attempt_count > 1 OR (v.attempt_count >= 1 AND v.status <> 'paid')) "
                    "GROUP BY b.i"),
             ranges + QVariantList{request.currency}, &out.error, "failed payments"))
        return out;
    while (q.next()) {
        CashFigures &c = out.periods[q.value(0).toInt()].cash;
        c.failed = q.value(1).toLongLong();
        c.failedInvoices = q.value(2).toInt();
        c.recovered = q.value(3).toLongLong();
        c.recoveredInvoices = q.value(4).toInt();
    }

    return out;
}

QList<MovementLine> RevenueMetrics::movers(const RevenueRequest &request, const QDate &periodStart, Movement movement, QString *error) const
{
    QList<MovementLine> out;
    QString ignored;
    QString *err = error ? error : &ignored;
    const auto periods = revenuePeriods(periodStart, periodStart, request.granularity);
    if (periods.isEmpty())
        return out;
    const db::ReadSnapshot snapshotScope(m_db, m_dialect);
    QSqlQuery q(m_db);
    if (!run(q, classifiedSql(1, request.mode)
                    + QStringLiteral("SELECT c.who, u.email, u.name, c.m0, c.m1 FROM classified c LEFT JOIN users u ON u.id = c.who "
                                     "WHERE c.kind = ? ORDER BY ABS(c.m1 - c.m0) DESC, c.who"),
             periodBinds(snapshotInstants({periods.first().first, periods.first().second}), request.currency)
                 + QVariantList{movementName(movement)},
             err, "movers"))
        return out;
    while (q.next()) {
        MovementLine line = customerLine(q, movement);
        line.after = q.value(4).toLongLong();
        out << line;
    }
    return out;
}

QList<MovementLine> RevenueMetrics::modeDifferences(const QDate &day, const QString &currency, QString *error) const
{
    QList<MovementLine> out;
    QString ignored;
    QString *err = error ? error : &ignored;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral(
                    "SELECT COALESCE(sub.user_id, sub.customer_id), u.email, u.name, g.mrr, g.valid_from, "
                    "COALESCE(sub.ended_at, sub.cancel_at, sub.current_period_end), sub.id "
                    "FROM mrr_segments g JOIN subscriptions sub ON sub.id = g.subscription_id LEFT JOIN users u ON u.id = sub.user_id "
                    "WHERE g.cancel_requested AND g.mrr > 0 AND g.currency = ? AND g.valid_from <= ? AND (g.valid_to IS NULL OR g.valid_to > ?) "
                    "ORDER BY u.email, sub.id"),
             {currency, secondsAt(day) - 1, secondsAt(day) - 1}, err))
        return out;
    while (q.next()) {
        MovementLine line = customerLine(q, Movement::Churn);
        line.subscriptionId = q.value(6).toString();
        line.cancelRequestedAt = q.value(4).toLongLong();
        line.endsAt = q.value(5).toLongLong();
        out << line;
    }
    return out;
}

} // namespace companion::billing
