#include "PayoutLedger.h"

#include "db/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace companion::billing {

namespace {
const QString kPayoutColumns = QStringLiteral(
    "p.id, p.amount, p.currency, p.status, p.automatic, p.created, p.arrival_date, p.failure_code, p.failure_message, "
    "p.transactions_read, COUNT(b.id), COALESCE(SUM(b.net), 0)");
// What a payout carried, its own debit aside (a manual payout's debit is carried by the next automatic one).
const QString kCarried = QStringLiteral("LEFT JOIN balance_transactions b ON b.payout_id = p.id AND NOT (b.type = 'payout' AND b.source_id = p.id)");
const QString kPayoutGroup = QStringLiteral(
    " GROUP BY p.id, p.amount, p.currency, p.status, p.automatic, p.created, p.arrival_date, p.failure_code, p.failure_message, p.transactions_read");

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
    QSqlQuery q(m_db);
    const QString where = currency.isEmpty() ? QString() : QStringLiteral(" WHERE p.currency = ?");
    if (!db::Database::exec(q, QStringLiteral("SELECT ") + kPayoutColumns + QStringLiteral(" FROM payouts p ") + kCarried + where + kPayoutGroup
                                + QStringLiteral(" ORDER BY p.arrival_date DESC, p.created DESC, p.id DESC"),
                            currency.isEmpty() ? QVariantList() : QVariantList{currency}, error))
        return false;
    out->clear();
    while (q.next())
        out->append(payoutAt(q));
    return true;
}

PayoutDetail PayoutLedger::detail(const QString &payoutId) const
{
    PayoutDetail d;
    QSqlQuery q(m_db);
    if (!db::Database::exec(q, QStringLiteral("SELECT ") + kPayoutColumns + QStringLiteral(" FROM payouts p ") + kCarried + QStringLiteral(" WHERE p.id = ?")
                                + kPayoutGroup,
                            {payoutId}, &d.error))
        return d;
    if (!q.next()) {
        d.error = QCoreApplication::translate("companion::billing::PayoutLedger", "Payout %1 is not in our copy.").arg(payoutId);
        return d;
    }
    d.payout = payoutAt(q);
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
