#include "PayoutLedger.h"

#include "db/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace companion::billing {

namespace {
// Each payout with what it carried, its own debit aside (a manual payout's debit is
// carried by the next automatic one): the transactions summed per payout first, along
// the payout index that holds their net (migration 010), then joined to the payouts.
// %1: which transactions (by payout_id), %2: which payouts.
const QString kPayoutsCarrying = QStringLiteral(
    "SELECT p.id, p.amount, p.currency, p.status, p.automatic, p.created, p.arrival_date, p.failure_code, p.failure_message, "
    "p.transactions_read, COALESCE(c.n, 0), COALESCE(c.net, 0) FROM payouts p LEFT JOIN (SELECT payout_id, COUNT(*) AS n, SUM(net) AS net "
    "FROM balance_transactions WHERE %1 AND NOT (type = 'payout' AND source_id = payout_id) GROUP BY payout_id) c ON c.payout_id = p.id "
    "WHERE %2");

PayoutRow payoutAt(const QSqlQuery &q)
{
    PayoutRow r;
    r.id = q.value(0).toString();
    r.amount = q.value(1).toLongLong();
    r.currency = q.value(2).toString();
    r.status = q.value(3).toString();
    r.automatic = q.value(4).toBool();
    r.created = q.value(5).toLongLong();
    r.arrivalDate = q.value(6).toLongLong();
    r.failureCode = q.value(7).toString();
    r.failureMessage = q.value(8).toString();
    r.transactionsRead = q.value(9).toBool();
    r.transactions = q.value(10).toInt();
    r.transactionsNet = q.value(11).toLongLong();
    return r;
}

} // namespace

PayoutLedger::PayoutLedger(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

bool PayoutLedger::payouts(const QString &currency, QList<PayoutRow> *out, QString *error) const
{
    const QString which = currency.isEmpty() ? QStringLiteral("1 = 1") : QStringLiteral("p.currency = ?");
    return read(kPayoutsCarrying.arg(QStringLiteral("payout_id IS NOT NULL"), which)
                    + QStringLiteral(" ORDER BY p.arrival_date DESC, p.created DESC, p.id DESC"),
                currency.isEmpty() ? QVariantList() : QVariantList{currency}, out, error);
}

bool PayoutLedger::payoutsById(const QStringList &ids, QList<PayoutRow> *out, QString *error) const
{
    out->clear();
    if (ids.isEmpty())
        return true;
    const QVariant list = db::boundList(m_dialect, ids);
    return read(kPayoutsCarrying.arg(db::inBoundList(m_dialect, QStringLiteral("payout_id")), db::inBoundList(m_dialect, QStringLiteral("p.id")))
                    + QStringLiteral(" ORDER BY p.id"),
                {list, list}, out, error);
}

bool PayoutLedger::read(const QString &sql, const QVariantList &binds, QList<PayoutRow> *out, QString *error) const
{
    QSqlQuery q(m_db);
    if (!db::Database::exec(q, sql, binds, error))
        return false;
    out->clear();
    while (q.next())
        out->append(payoutAt(q));
    return true;
}

PayoutDetail PayoutLedger::detail(const QString &payoutId) const
{
    PayoutDetail d;
    QList<PayoutRow> rows;
    if (!read(kPayoutsCarrying.arg(QStringLiteral("payout_id = ?"), QStringLiteral("p.id = ?")), {payoutId, payoutId}, &rows, &d.error))
        return d;
    if (rows.isEmpty()) {
        d.error = QCoreApplication::translate("companion::billing::PayoutLedger", "Payout %1 is not in our copy.").arg(payoutId);
        return d;
    }
    d.payout = rows.constFirst();
    QSqlQuery q(m_db);
    if (!db::Database::exec(q, QStringLiteral("SELECT b.id, b.type, b.reporting_category, b.amount, b.fee, b.net, b.created, b.source_id, b.charge_id, "
                                              "i.id, i.user_id, u.email, b.description FROM balance_transactions b "
                                              "LEFT JOIN invoices i ON i.charge_id = b.charge_id LEFT JOIN users u ON u.id = i.user_id "
                                              "WHERE b.payout_id = ? AND NOT (b.type = 'payout' AND b.source_id = ?) ORDER BY b.created, b.id"),
                            {payoutId, payoutId}, &d.error))
        return d;
    QHash<QString, int> categoryAt;
    while (q.next()) {
        PayoutTransaction t;
        t.id = q.value(0).toString();
        t.type = q.value(1).toString();
        t.reportingCategory = q.value(2).toString();
        t.gross = q.value(3).toLongLong();
        t.fee = q.value(4).toLongLong();
        t.net = q.value(5).toLongLong();
        t.created = q.value(6).toLongLong();
        t.sourceId = q.value(7).toString();
        t.chargeId = q.value(8).toString();
        t.invoiceId = q.value(9).toString();
        t.userId = q.value(10).toString();
        t.email = q.value(11).toString();
        t.description = q.value(12).toString();
        auto at = categoryAt.find(t.reportingCategory);
        if (at == categoryAt.end()) {
            at = categoryAt.insert(t.reportingCategory, int(d.categories.size()));
            d.categories.append({t.reportingCategory, 0, 0, 0, 0});
        }
        CashCategory &c = d.categories[at.value()];
        ++c.count;
        c.gross += t.gross;
        c.fee += t.fee;
        c.net += t.net;
        d.transactions.append(t);
    }
    const auto byCategory = [](const QString &a, const QString &b) { return CashReconciliation::categoryRank(a) < CashReconciliation::categoryRank(b); };
    std::sort(d.categories.begin(), d.categories.end(), [&](const CashCategory &a, const CashCategory &b) { return byCategory(a.category, b.category); });
    std::stable_sort(d.transactions.begin(), d.transactions.end(),
                     [&](const PayoutTransaction &a, const PayoutTransaction &b) { return byCategory(a.reportingCategory, b.reportingCategory); });
    return d;
}

QStringList PayoutLedger::currencies(QString *error) const
{
    return CashReconciliation::currenciesIn(m_db, error);
}

} // namespace companion::billing
