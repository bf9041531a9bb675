#include "CashFixture.h"

#include "TestDatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariantList>

namespace companion::test {

namespace {
bool exec(QSqlDatabase db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        *error = q.lastError().text() + QStringLiteral(" in ") + sql;
        return false;
    }
    return true;
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

bool addPayout(QSqlDatabase db, const QString &id, qint64 amount, const QString &status, qint64 arrival, QString *error,
               const QString &failureCode = {}, const QString &failureMessage = {})
{
    const qint64 created = arrival - 24 * 3600;
    return exec(db, QStringLiteral("INSERT INTO payouts (id, amount, currency, status, automatic, created, arrival_date, failure_code, "
                                   "failure_message, transactions_read, last_event_created, livemode, updated_at) "
                                   "VALUES (?, ?, 'usd', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, amount, status, true, created, arrival, text(failureCode), text(failureMessage), true, arrival, false, arrival}, error)
        // Its own debit, carried by itself.
        && CashFixture::addTransaction(db, QStringLiteral("txn_") + id, QStringLiteral("payout"), -amount, 0, created, {}, id, error,
                                       QStringLiteral("usd"), id);
}
} // namespace

qint64 CashFixture::at(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

bool CashFixture::addTransaction(QSqlDatabase db, const QString &id, const QString &category, qint64 amount, qint64 fee, qint64 created,
                                 const QString &chargeId, const QString &payoutId, QString *error, const QString &currency,
                                 const QString &sourceId)
{
    static const QHash<QString, QString> typeOf{{QStringLiteral("dispute"), QStringLiteral("adjustment")},
                                                {QStringLiteral("dispute_reversal"), QStringLiteral("adjustment")},
                                                {QStringLiteral("payout_reversal"), QStringLiteral("payout_failure")}};
    return exec(db, QStringLiteral("INSERT INTO balance_transactions (id, type, reporting_category, amount, fee, net, currency, created, "
                                   "available_on, status, source_id, charge_id, payout_id, description, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'available', ?, ?, ?, ?, ?)"),
                {id, typeOf.value(category, category), category, amount, fee, amount - fee, currency, created, created + 2 * 24 * 3600,
                 text(sourceId.isEmpty() ? chargeId : sourceId), text(chargeId), text(payoutId), text(category), created},
                error);
}

bool CashFixture::addPaidInvoice(QSqlDatabase db, const QString &id, const QString &userId, const QString &chargeId, qint64 paidAt,
                                 QString *error)
{
    return exec(db, QStringLiteral("INSERT INTO invoices (id, customer_id, user_id, status, currency, subtotal, total, amount_due, amount_paid, "
                                   "amount_remaining, attempt_count, created, paid_at, charge_id, fee, net, fee_estimated, updated_at) "
                                   "VALUES (?, ?, ?, 'paid', 'usd', 999, 999, 999, 999, 0, 1, ?, ?, ?, 59, 940, ?, ?)"),
                {id, QString(QStringLiteral("cus_") + userId), text(userId), paidAt, paidAt, text(chargeId), false, paidAt}, error);
}

bool CashFixture::seed(QSqlDatabase db, QString *error)
{
    for (int u = 1; u <= 3; ++u) {
        const QString id = QStringLiteral("cash%1").arg(u);
        if (!TestDatabase::addLearner(db, id, error, id + QStringLiteral("@example.com")))
            return false;
    }
    const QStringList chargePayout{QStringLiteral("po_c1"), QStringLiteral("po_c1"), QStringLiteral("po_c1"), QStringLiteral("po_c2"),
                                   QStringLiteral("po_c2"), QStringLiteral("po_c2"), QStringLiteral("po_c2"), QStringLiteral("po_c3"), QString()};
    const int chargeDay[] = {2, 3, 4, 11, 12, 13, 14, 21, 29};
    for (int n = 1; n <= 9; ++n) {
        const QString charge = QStringLiteral("ch_c%1").arg(n);
        const qint64 when = at(chargeDay[n - 1]);
        if (!addPaidInvoice(db, QStringLiteral("in_c%1").arg(n), QStringLiteral("cash%1").arg(1 + (n - 1) % 3), charge, when, error)
            || !addTransaction(db, QStringLiteral("txn_c%1").arg(n), QStringLiteral("charge"), 999, 59, when, charge, chargePayout.at(n - 1), error))
            return false;
    }
    return addTransaction(db, QStringLiteral("txn_r2"), QStringLiteral("refund"), -500, 0, at(15), QStringLiteral("ch_c2"), QStringLiteral("po_c2"),
                          error, QStringLiteral("usd"), QStringLiteral("re_c2"))
        && exec(db, QStringLiteral("UPDATE invoices SET amount_refunded = 500 WHERE id = 'in_c2'"), {}, error)
        && addTransaction(db, QStringLiteral("txn_d3"), QStringLiteral("dispute"), -999, 1500, at(16), QStringLiteral("ch_c3"),
                          QStringLiteral("po_c2"), error, QStringLiteral("usd"), QStringLiteral("dp_c3"))
        && exec(db, QStringLiteral("UPDATE invoices SET amount_disputed = 999, dispute_fee = 1500, disputed_at = ? WHERE id = 'in_c3'"), {at(16)}, error)
        && addTransaction(db, QStringLiteral("txn_d1"), QStringLiteral("dispute"), -999, 1500, at(22), QStringLiteral("ch_c1"), {}, error,
                          QStringLiteral("usd"), QStringLiteral("dp_c1"))
        && addTransaction(db, QStringLiteral("txn_d1r"), QStringLiteral("dispute_reversal"), 999, 0, at(28), QStringLiteral("ch_c1"), {}, error,
                          QStringLiteral("usd"), QStringLiteral("dp_c1"))
        && exec(db, QStringLiteral("UPDATE invoices SET amount_disputed = 0, dispute_fee = 1500, disputed_at = ? WHERE id = 'in_c1'"), {at(22)}, error)
        && addPayout(db, QStringLiteral("po_c1"), 2820, QStringLiteral("paid"), at(10), error)
        && addPayout(db, QStringLiteral("po_c2"), 761, QStringLiteral("paid"), at(20), error)
        && addPayout(db, QStringLiteral("po_c3"), 940, QStringLiteral("failed"), at(26), error, QStringLiteral("insufficient_funds"),
                     QStringLiteral("The bank account has insufficient funds."))
        // The failed payout's money back in the balance, not carried by any payout yet.
        && addTransaction(db, QStringLiteral("txn_pf3"), QStringLiteral("payout_reversal"), 940, 0, at(26, 12), {}, {}, error,
                          QStringLiteral("usd"), QStringLiteral("po_c3"));
}

} // namespace companion::test
