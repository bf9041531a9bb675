#pragma once

#include "db/SqlDialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QStringList>

#include <functional>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

namespace companion::billing {

// A month's cash followed to the bank, from the mirrored balance transactions
// (docs/metrics.md, "Cash reconciliation"): what was charged, refunded, taken back
// by disputes and kept as fees in the month adds up to its net; the net is split by
// the payouts that settled it and what is still in the balance. Then every place
// where Stripe's money and our records disagree is listed with its cause: a paid
// invoice without its charge, a charge without an invoice, amounts, fees, refunds
// or disputes that differ, a payout whose transactions do not add up to what it
// sent. A failed payout is no difference: its money is back in the balance (or went
// out with a later payout), shown as such. The month "matches" only when no
// difference is left, to the cent. Amounts are minor units of one currency, never summed across currencies.
struct CashRequest {
    QDate month;      // any day of the month (UTC)
    QString currency = QStringLiteral("usd");
};

// One reporting category of the month's transactions.
struct CashCategory {
    QString category;   // Stripe's reporting_category: charge, refund, dispute, dispute_reversal, payout_reversal, fee, other…
    int count = 0;
    qint64 gross = 0;   // signed: money in > 0
    qint64 fee = 0;
    qint64 net = 0;
};

// Where a part of the month's net went.
struct CashSettlement {
    QString payoutId;   // empty: still in the Stripe balance
    QString status;     // the payout's: paid, in_transit, pending, failed, canceled
    qint64 arrivalDate = 0;
    qint64 payoutAmount = 0; // the whole payout, all months
    qint64 amount = 0;       // the part of this month's net it carried
    int transactions = 0;
    QString failureMessage;
    // A failed payout's money came back and went out again with this payout.
    QString settledBy;
    QString settledByStatus;
};

struct CashDifference {
    enum class Kind {
        InvoiceWithoutCharge,  // a paid invoice whose charge is not in the mirrored balance
        ChargeWithoutInvoice,  // a charge in the balance no invoice of ours names
        AmountDiffers,         // the invoice's amount paid vs its charge
        FeeDiffers,            // the fee recorded on the invoice vs its charge's balance transaction
        RefundDiffers,         // refunded on the invoice vs the refunds in the balance
        DisputeDiffers,        // disputed on the invoice vs the disputes in the balance
        PayoutDoesNotAddUp,    // what a payout sent vs the net of the transactions it carried
    };
    Kind kind = Kind::AmountDiffers;
    QString objectId;   // the invoice, charge or payout it is about
    QString invoiceId;
    QString userId;
    qint64 expected = 0; // what our records (or the payout) say
    qint64 actual = 0;   // what the balance transactions say
    qint64 difference() const { return actual - expected; }
    QString cause;       // for finance, translated
};

struct CashReport {
    CashRequest request;
    QDate start, end;    // [start, end)
    bool complete = true; // false: the month has not ended yet
    QList<CashCategory> categories;
    qint64 charges = 0, refunds = 0, disputes = 0, fees = 0, other = 0, net = 0; // refunds, disputes, fees as positive amounts
    QList<CashSettlement> settlements;
    qint64 paidOut = 0, inTransit = 0, inBalance = 0;
    QList<CashDifference> differences;
    QStringList currencies; // of every mirrored transaction, for the picker
    int transactions = 0;
    QString error;
    bool matches() const { return error.isEmpty() && differences.isEmpty(); }
};

// One line of the itemized CSV (Stripe's "itemized payout reconciliation" columns).
struct CashLine {
    QString balanceTransactionId;
    qint64 created = 0;
    qint64 availableOn = 0;
    QString currency;
    qint64 gross = 0, fee = 0, net = 0;
    QString reportingCategory;
    QString sourceId;
    QString chargeId;
    QString invoiceId;
    QString userId;
    QString email;
    QString payoutId;
    QString payoutStatus;
    qint64 payoutArrivalDate = 0;
    QString description;
};

class CashReconciliation
{
    Q_DECLARE_TR_FUNCTIONS(CashReconciliation)
public:
    CashReconciliation(QSqlDatabase db, db::Dialect dialect);

    CashReport read(const CashRequest &request, qint64 now) const;
    // Every transaction of the month, for the CSV, in created order; `line` is
    // called for each (streamed: a month may hold a hundred thousand). False and
    // *error on a database failure.
    bool lines(const CashRequest &request, const std::function<bool(const CashLine &)> &line, QString *error) const;

    static QString kindName(CashDifference::Kind kind); // "invoice_without_charge", … (CSV)
    // Reporting categories in the order finance reads them (charges first).
    static int categoryRank(const QString &category);
    // [start, end) of the month `day` is in, UTC seconds.
    static QPair<qint64, qint64> monthBounds(const QDate &day);

private:
    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::CashReport)
