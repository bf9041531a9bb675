#include "PayoutMirror.h"

#include "StripeObjects.h"

#include <QSqlQuery>

namespace companion::billing {

namespace {
QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

// A payout moves pending -> in_transit -> paid, and may still fail or be canceled:
// of two states seen in the same second, the later one in that order wins.
QString statusRank(const QString &column)
{
    return QStringLiteral("CASE %1 WHEN 'pending' THEN 0 WHEN 'in_transit' THEN 1 WHEN 'paid' THEN 2 ELSE 3 END").arg(column);
}

const QString kUpsertPayout = QStringLiteral(
    "INSERT INTO payouts (id, amount, currency, status, automatic, created, arrival_date, failure_code, failure_message, "
    "balance_transaction_id, failure_balance_transaction_id, last_event_created, livemode, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET amount = excluded.amount, status = excluded.status, arrival_date = excluded.arrival_date, "
    "failure_code = excluded.failure_code, failure_message = excluded.failure_message, "
    "balance_transaction_id = COALESCE(excluded.balance_transaction_id, payouts.balance_transaction_id), "
    "failure_balance_transaction_id = COALESCE(excluded.failure_balance_transaction_id, payouts.failure_balance_transaction_id), "
    "last_event_created = excluded.last_event_created, livemode = excluded.livemode, updated_at = excluded.updated_at "
    "WHERE excluded.last_event_created > payouts.last_event_created "
    "OR (excluded.last_event_created = payouts.last_event_created AND %1 >= %2)")
    .arg(statusRank(QStringLiteral("excluded.status")), statusRank(QStringLiteral("payouts.status")));

// The payout a transaction was carried by is never forgotten by a plain list read
// (which does not say it).
const QString kUpsertTransaction = QStringLiteral(
    "INSERT INTO balance_transactions (id, type, reporting_category, amount, fee, net, currency, created, available_on, status, "
    "source_id, charge_id, payout_id, description, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET status = excluded.status, fee = excluded.fee, net = excluded.net, "
    "available_on = excluded.available_on, charge_id = COALESCE(excluded.charge_id, balance_transactions.charge_id), "
    "payout_id = COALESCE(excluded.payout_id, balance_transactions.payout_id), updated_at = excluded.updated_at");
} // namespace

int PayoutMirror::upsertPayouts(const QList<PayoutWrite> &payouts)
{
    int changed = 0;
    for (const PayoutWrite &w : payouts) {
        const QJsonObject &p = w.payout;
        QSqlQuery &q = m_store.query(
            kUpsertPayout,
            {p.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("amount")).toInteger(), p.value(QStringLiteral("currency")).toString(),
             p.value(QStringLiteral("status")).toString(), p.value(QStringLiteral("automatic")).toBool(true),
             p.value(QStringLiteral("created")).toInteger(), p.value(QStringLiteral("arrival_date")).toInteger(),
             nullableText(p.value(QStringLiteral("failure_code")).toString()), nullableText(p.value(QStringLiteral("failure_message")).toString()),
             nullableText(StripeObjects::idOf(p.value(QStringLiteral("balance_transaction")))),
             nullableText(StripeObjects::idOf(p.value(QStringLiteral("failure_balance_transaction")))), w.seenAt,
             p.value(QStringLiteral("livemode")).toBool(), m_store.now()});
        changed += q.numRowsAffected() > 0 ? 1 : 0;
    }
    return changed;
}

QString PayoutMirror::chargeOf(const QJsonObject &transaction)
{
    const QJsonValue source = transaction.value(QStringLiteral("source"));
    if (source.isObject()) {
        const QJsonObject object = source.toObject();
        const QString kind = object.value(QStringLiteral("object")).toString();
        if (kind == QLatin1String("charge"))
            return object.value(QStringLiteral("id")).toString();
        if (kind == QLatin1String("refund") || kind == QLatin1String("dispute"))
            return StripeObjects::idOf(object.value(QStringLiteral("charge")));
        return {};
    }
    const QString id = source.toString();
    return id.startsWith(QLatin1String("ch_")) || id.startsWith(QLatin1String("py_")) ? id : QString();
}

void PayoutMirror::upsertTransactions(const QList<QJsonObject> &transactions, const QString &payoutId)
{
    for (const QJsonObject &t : transactions) {
        const QString type = t.value(QStringLiteral("type")).toString();
        const QString source = StripeObjects::idOf(t.value(QStringLiteral("source")));
        // A payout's own debit is part of it even when read from the plain list.
        const QString carrier = !payoutId.isEmpty() ? payoutId : (type == QLatin1String("payout") ? source : QString());
        const QString category = t.value(QStringLiteral("reporting_category")).toString();
        m_store.query(kUpsertTransaction,
                      {t.value(QStringLiteral("id")).toString(), type, category.isEmpty() ? type : category,
                       t.value(QStringLiteral("amount")).toInteger(), t.value(QStringLiteral("fee")).toInteger(),
                       t.value(QStringLiteral("net")).toInteger(), t.value(QStringLiteral("currency")).toString(),
                       t.value(QStringLiteral("created")).toInteger(), t.value(QStringLiteral("available_on")).toInteger(),
                       t.value(QStringLiteral("status")).toString(), nullableText(source), nullableText(chargeOf(t)), nullableText(carrier),
                       nullableText(t.value(QStringLiteral("description")).toString()), m_store.now()});
    }
}

void PayoutMirror::markTransactionsRead(const QString &payoutId)
{
    m_store.query(QStringLiteral("UPDATE payouts SET transactions_read = ? WHERE id = ? AND status IN ('paid', 'failed', 'canceled')"),
                  {true, payoutId});
}

QStringList PayoutMirror::payoutsToRead() const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT id FROM payouts WHERE automatic = ? AND transactions_read = ? ORDER BY created, id"),
                                 {true, false});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace companion::billing
