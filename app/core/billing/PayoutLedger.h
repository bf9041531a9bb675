#pragma once

#include "CashReconciliation.h"
#include "db/SqlDialect.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace companion::billing {

// One payout as the mirror holds it.
struct PayoutRow {
    QString id;
    qint64 amount = 0;
    QString currency;
    QString status;          // pending, in_transit, paid, failed, canceled
    bool automatic = true;
    qint64 created = 0;
    qint64 arrivalDate = 0;
    QString failureCode;
    QString failureMessage;
    int transactions = 0;    // mirrored transactions it carried (its own debit not counted)
    qint64 transactionsNet = 0; // their net: equals amount when the payout adds up
    bool transactionsRead = false;
    bool failed() const { return status == QLatin1String("failed") || status == QLatin1String("canceled"); }
    bool addsUp() const { return !automatic || !transactionsRead || transactionsNet == amount; }
};

// One transaction a payout carried, with the invoice and learner it belongs to.
struct PayoutTransaction {
    QString id;
    QString type;
    QString reportingCategory;
    qint64 gross = 0, fee = 0, net = 0;
    qint64 created = 0;
    QString sourceId;
    QString chargeId;
    QString invoiceId;
    QString userId;
    QString email;
    QString description;
};

struct PayoutDetail {
    PayoutRow payout;
    QList<CashCategory> categories;        // grouped and summed, charges first
    QList<PayoutTransaction> transactions; // by category, then created
    QString error;
};

// The payouts view's reads: every payout (newest arrival first; a few a week), and
// one payout's transactions grouped by reporting category.
class PayoutLedger
{
public:
    PayoutLedger(QSqlDatabase db, db::Dialect dialect);

    // Empty `currency`: all. False and *error on a database failure.
    bool payouts(const QString &currency, QList<PayoutRow> *out, QString *error) const;
    // The payouts `ids` (those the mirror holds), by id.
    bool payoutsById(const QStringList &ids, QList<PayoutRow> *out, QString *error) const;
    PayoutDetail detail(const QString &payoutId) const;
    QStringList currencies(QString *error) const;

private:
    bool read(const QString &sql, const QVariantList &binds, QList<PayoutRow> *out, QString *error) const;

    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::PayoutRow)
Q_DECLARE_METATYPE(companion::billing::PayoutDetail)
