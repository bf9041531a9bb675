#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace companion::test {

// March 2026's cash, small enough to work out by hand (tst_cash_reconciliation has
// the arithmetic). Nine $9.99 charges (Stripe's fee $0.59, net $9.40) paying
// invoices in_c1…in_c9 of learners cash1…cash3; a partial refund of $5.00 on
// ch_c2; a lost dispute on ch_c3 ($9.99 back, $15.00 fee); a won dispute on ch_c1
// ($9.99 taken and given back, the $15.00 fee kept). Payouts: po_c1 (paid, 10
// March) carried c1–c3 = $28.20; po_c2 (paid, 20 March) c4–c7, the refund and the
// lost dispute = $7.61; po_c3 (failed on 26 March, insufficient funds) carried c8 =
// $9.40, which came back. The won dispute and c9 are still in the balance.
//   charges $89.91 - refunds $5.00 - disputes $9.99 - fees $35.31 = net $39.61
//   = paid out $35.81 + in the balance $3.80
// Written with plain bound INSERTs, as sync-stripe leaves the tables.
class CashFixture
{
public:
    static QDate month() { return QDate(2026, 3, 1); }
    static qint64 at(int day, int hour = 10); // March 2026, UTC seconds

    static bool seed(QSqlDatabase db, QString *error);
    // A balance transaction as sync-stripe writes it.
    static bool addTransaction(QSqlDatabase db, const QString &id, const QString &category, qint64 amount, qint64 fee, qint64 created,
                               const QString &chargeId, const QString &payoutId, QString *error, const QString &currency = QStringLiteral("usd"),
                               const QString &sourceId = {});
    // A paid invoice of `userId` for $9.99 by `chargeId` with Stripe's fee recorded.
    static bool addPaidInvoice(QSqlDatabase db, const QString &id, const QString &userId, const QString &chargeId, qint64 paidAt,
                               QString *error);
};

} // namespace companion::test
