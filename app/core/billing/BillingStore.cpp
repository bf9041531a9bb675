#include "BillingStore.h"

#include "MrrLedger.h"
#include "StripeObjects.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::billing {

namespace {
QVariant nullableInt(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

} // namespace

BillingStore::BillingStore(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

bool BillingStore::atomically(const std::function<void()> &work, QString *error)
{
    try {
        db::Transaction tx(m_db, m_dialect);
        if (!tx.isActive()) {
            *error = tx.error();
            return false;
        }
        work();
        if (!tx.commit()) {
            *error = tx.error();
            return false;
        }
    } catch (const StoreError &e) {
        *error = e.message();
        return false;
    }
    return true;
}

void BillingStore::exec(const QString &sql, const QVariantList &binds)
{
    query(sql, binds);
}

QSqlQuery &BillingStore::query(const QString &sql, const QVariantList &binds) const
{
    if (binds.isEmpty()) { // SAVEPOINT and friends cannot be prepared on PostgreSQL
        auto plain = std::make_shared<QSqlQuery>(m_db);
        if (!plain->exec(sql))
            throw StoreError(db::Database::errorText(plain->lastError()));
        m_statements.insert(QString(), plain);
        return *plain;
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_shared<QSqlQuery>(m_db);
        if (!prepared->prepare(sql))
            throw StoreError(db::Database::errorText(prepared->lastError()));
        it = m_statements.insert(sql, prepared);
    }
    QSqlQuery &q = *it.value();
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        throw StoreError(db::Database::errorText(q.lastError()));
    return q;
}

bool BillingStore::userExists(const QString &userId) const
{
    return !userId.isEmpty() && customersOfUsers({userId}).contains(userId);
}

void BillingStore::linkCustomer(const QString &userId, const QString &customerId)
{
    if (userId.isEmpty() || customerId.isEmpty())
        return;
    query(QStringLiteral("UPDATE users SET stripe_customer_id = ?, updated_at = ? WHERE id = ? AND stripe_customer_id IS NULL "
                             "AND NOT EXISTS (SELECT 1 FROM users other WHERE other.stripe_customer_id = ?)"),
        {customerId, now(), userId, customerId});
}

namespace {
const QString kSubscriptionColumns = QStringLiteral(
    "id, user_id, customer_id, status, price_id, product_id, interval, interval_count, quantity, amount, currency, created, "
    "current_period_start, current_period_end, trial_end, cancel_at_period_end, cancel_at, canceled_at, ended_at, livemode, "
    "last_event_created, last_event_id, updated_at");
constexpr int kSubscriptionColumnCount = 23;
// pg_advisory_xact_lock's first keys (the second is the id's hash; the two-key space
// does not meet the one-key locks of migrations and the missed-event recovery).
constexpr int kSubscriptionLockSpace = 25120; // one subscription's state is being decided
constexpr int kUserLockSpace = 25121;         // one learner's entitlement is being decided

const QString kSubscriptionConflict = QStringLiteral(
    " ON CONFLICT (id) DO UPDATE SET user_id = COALESCE(excluded.user_id, subscriptions.user_id), "
    "customer_id = excluded.customer_id, status = excluded.status, price_id = excluded.price_id, "
    "product_id = excluded.product_id, interval = excluded.interval, interval_count = excluded.interval_count, "
    "quantity = excluded.quantity, amount = excluded.amount, currency = excluded.currency, created = excluded.created, "
    "current_period_start = excluded.current_period_start, current_period_end = excluded.current_period_end, "
    "trial_end = excluded.trial_end, cancel_at_period_end = excluded.cancel_at_period_end, cancel_at = excluded.cancel_at, "
    "canceled_at = excluded.canceled_at, ended_at = excluded.ended_at, livemode = excluded.livemode, "
    "last_event_created = CASE WHEN excluded.last_event_created > COALESCE(subscriptions.last_event_created, 0) "
    "THEN excluded.last_event_created ELSE subscriptions.last_event_created END, "
    "last_event_id = COALESCE(excluded.last_event_id, subscriptions.last_event_id), updated_at = excluded.updated_at");

// "(?, ?, …), (?, ?, …)" for `rows` rows of `columns` values.
QString valueRows(int rows, int columns)
{
    const QString row = u'(' + db::placeholders(columns) + u')';
    QStringList all;
    for (int r = 0; r < rows; ++r)
        all << row;
    return all.join(QStringLiteral(", "));
}

QVariantList subscriptionValues(const QJsonObject &s, const QString &userId, qint64 eventCreated, const QString &eventId, qint64 now)
{
    const QJsonObject price = StripeObjects::firstPrice(s);
    const QJsonObject recurring = price.value(QStringLiteral("recurring")).toObject();
    const QJsonArray items = s.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray();
    const int quantity = items.isEmpty() ? 1 : items.first().toObject().value(QStringLiteral("quantity")).toInt(1);
    const QString interval = StripeObjects::billingInterval(s);
    return {s.value(QStringLiteral("id")).toString(), nullableText(userId), StripeObjects::idOf(s.value(QStringLiteral("customer"))),
            s.value(QStringLiteral("status")).toString(), nullableText(price.value(QStringLiteral("id")).toString()),
            nullableText(StripeObjects::idOf(price.value(QStringLiteral("product")))), nullableText(interval),
            recurring.value(QStringLiteral("interval_count")).toInt(1), quantity,
            price.contains(QStringLiteral("unit_amount")) ? QVariant(price.value(QStringLiteral("unit_amount")).toInteger()) : QVariant(QMetaType(QMetaType::LongLong)),
            nullableText(s.value(QStringLiteral("currency")).toString(price.value(QStringLiteral("currency")).toString())),
            nullableInt(s.value(QStringLiteral("created")).toInteger()), nullableInt(StripeObjects::currentPeriodStart(s)),
            nullableInt(StripeObjects::currentPeriodEnd(s)), nullableInt(s.value(QStringLiteral("trial_end")).toInteger()),
            s.value(QStringLiteral("cancel_at_period_end")).toBool(), nullableInt(s.value(QStringLiteral("cancel_at")).toInteger()),
            nullableInt(s.value(QStringLiteral("canceled_at")).toInteger()), nullableInt(s.value(QStringLiteral("ended_at")).toInteger()),
            s.value(QStringLiteral("livemode")).toBool(), eventCreated, nullableText(eventId), now};
}
} // namespace

void BillingStore::upsertSubscription(const QJsonObject &s, const QString &userId, qint64 eventCreated, const QString &eventId)
{
    upsertSubscriptions({{s, userId, eventCreated, eventId}});
}

void BillingStore::upsertSubscriptions(const QList<SubscriptionWrite> &writes)
{
    if (writes.isEmpty())
        return;
    // The row takes each subscription's last state (one statement cannot update a row
    // twice); the ledger gets every state, in order, so no stretch of MRR is lost.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < writes.size(); ++i)
        last.insert(writes.at(i).subscription.value(QStringLiteral("id")).toString(), i);
    QVariantList binds;
    int rows = 0;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        const SubscriptionWrite &w = writes.at(i);
        if (last.value(w.subscription.value(QStringLiteral("id")).toString()) != i)
            continue;
        binds += subscriptionValues(w.subscription, w.userId, w.eventCreated, w.eventId, now());
        ++rows;
    }
    query(QStringLiteral("INSERT INTO subscriptions (") + kSubscriptionColumns + QStringLiteral(") VALUES ")
              + valueRows(rows, kSubscriptionColumnCount) + kSubscriptionConflict,
          binds);
    // The row has just been overwritten: its history goes to the MRR ledger in the same transaction.
    QList<MrrLedger::Observation> observations;
    for (const SubscriptionWrite &w : writes)
        observations << MrrLedger::Observation{MrrInputs::fromSubscription(w.subscription), w.eventCreated > 0 ? w.eventCreated : now()};
    MrrLedger(*this).record(observations);
}

void BillingStore::takeTurns(int space, const QStringList &keys) const
{
    // PostgreSQL only (SQLite has one writer at a time anyway). A transaction-level
    // advisory lock per key, held to COMMIT; the statements after it take their
    // snapshot after the wait (READ COMMITTED). Sorted, so two batches do not
    // deadlock; one that still does is retried (EventProcessor).
    if (m_dialect != db::Dialect::PostgreSQL || keys.isEmpty())
        return;
    QStringList sorted = keys;
    sorted.sort();
    sorted.removeDuplicates();
    query(QStringLiteral("SELECT pg_advisory_xact_lock(%1, hashtext(k)) FROM (SELECT unnest(CAST(? AS TEXT[])) AS k ORDER BY 1) AS keys").arg(space),
          {db::boundList(m_dialect, sorted)});
}

QHash<QString, BillingStore::MirrorState> BillingStore::subscriptionMirrors(const QStringList &ids) const
{
    QHash<QString, MirrorState> out;
    if (ids.isEmpty())
        return out;
    // Instances storing events of one subscription at the same time take turns until
    // their transactions end, and the next reads what the one before wrote. Without
    // this, two first events of a subscription both find no row to compare with, and
    // the older one, committed last, overwrites the newer.
    takeTurns(kSubscriptionLockSpace, ids);
    QSqlQuery &q = query(QStringLiteral("SELECT id, last_event_created, user_id, status, current_period_end FROM subscriptions WHERE ")
                             + db::inBoundList(m_dialect, QStringLiteral("id")),
                         {db::boundList(m_dialect, ids)});
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()});
    return out;
}

QHash<QString, QString> BillingStore::lookupPairs(const QString &sqlTemplate, const QString &keyColumn, const QStringList &keys) const
{
    QHash<QString, QString> out;
    if (keys.isEmpty())
        return out;
    QSqlQuery &q = query(sqlTemplate.arg(db::inBoundList(m_dialect, keyColumn)), {db::boundList(m_dialect, keys)});
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QHash<QString, QString> BillingStore::customersOfUsers(const QStringList &userIds) const
{
    return lookupPairs(QStringLiteral("SELECT id, stripe_customer_id FROM users WHERE %1"), QStringLiteral("id"), userIds);
}

QHash<QString, QString> BillingStore::usersOfCustomers(const QStringList &customerIds) const
{
    return lookupPairs(QStringLiteral("SELECT stripe_customer_id, id FROM users WHERE %1"), QStringLiteral("stripe_customer_id"), customerIds);
}

QHash<QString, QString> BillingStore::usersOfEmails(const QStringList &emails) const
{
    // Compared as the unique index users_email_ci_key does, so it serves the lookup.
    QStringList lower;
    for (const QString &email : emails)
        lower << email.toLower();
    return lookupPairs(QStringLiteral("SELECT lower(email), id FROM users WHERE %1"), db::emailSortKey(m_dialect), lower);
}

namespace {
const QString kInvoiceInsert = QStringLiteral(
    "INSERT INTO invoices (id, subscription_id, customer_id, user_id, status, billing_reason, currency, subtotal, total, amount_due, "
    "amount_paid, amount_remaining, attempt_count, period_start, period_end, created, paid_at, livemode, updated_at) VALUES ");
const QString kInvoiceRow = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInvoiceConflict = QStringLiteral(
    " ON CONFLICT (id) DO UPDATE SET status = excluded.status, user_id = COALESCE(excluded.user_id, invoices.user_id), "
    "amount_due = excluded.amount_due, amount_paid = excluded.amount_paid, amount_remaining = excluded.amount_remaining, "
    "attempt_count = excluded.attempt_count, paid_at = COALESCE(excluded.paid_at, invoices.paid_at), updated_at = excluded.updated_at");

QVariantList invoiceValues(const QJsonObject &inv, const QString &userId, qint64 now)
{
    const qint64 paidAt = inv.value(QStringLiteral("status_transitions")).toObject().value(QStringLiteral("paid_at")).toInteger();
    return {inv.value(QStringLiteral("id")).toString(), nullableText(StripeObjects::invoiceSubscription(inv)),
            nullableText(StripeObjects::idOf(inv.value(QStringLiteral("customer")))), nullableText(userId),
            inv.value(QStringLiteral("status")).toString(), nullableText(inv.value(QStringLiteral("billing_reason")).toString()),
            inv.value(QStringLiteral("currency")).toString(), inv.value(QStringLiteral("subtotal")).toInteger(),
            inv.value(QStringLiteral("total")).toInteger(), inv.value(QStringLiteral("amount_due")).toInteger(),
            inv.value(QStringLiteral("amount_paid")).toInteger(), inv.value(QStringLiteral("amount_remaining")).toInteger(),
            inv.value(QStringLiteral("attempt_count")).toInt(), nullableInt(inv.value(QStringLiteral("period_start")).toInteger()),
            nullableInt(inv.value(QStringLiteral("period_end")).toInteger()), inv.value(QStringLiteral("created")).toInteger(),
            nullableInt(paidAt), inv.value(QStringLiteral("livemode")).toBool(), now};
}
} // namespace

void BillingStore::upsertInvoice(const QJsonObject &inv, const QString &userId)
{
    upsertInvoices({{inv, userId}});
}

void BillingStore::upsertInvoices(const QList<InvoiceWrite> &writes)
{
    // One row per invoice: a statement may not update the same row twice.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < writes.size(); ++i)
        last.insert(writes.at(i).invoice.value(QStringLiteral("id")).toString(), i);
    if (last.isEmpty())
        return;
    QVariantList binds;
    QStringList rows;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        if (last.value(writes.at(i).invoice.value(QStringLiteral("id")).toString()) != i)
            continue;
        binds += invoiceValues(writes.at(i).invoice, writes.at(i).userId, now());
        rows << kInvoiceRow;
    }
    query(kInvoiceInsert + rows.join(QStringLiteral(", ")) + kInvoiceConflict, binds);
}

void BillingStore::recordRefund(const QString &chargeId, qint64 amountRefunded)
{
    query(QStringLiteral("UPDATE invoices SET amount_refunded = ?, updated_at = ? WHERE charge_id = ?"),
        {amountRefunded, now(), chargeId});
}

void BillingStore::recordRefundOnInvoice(const QString &invoiceId, const QString &chargeId, qint64 refundedTotal)
{
    // Never lowers what a later charge.refunded webhook may already have written.
    query(QStringLiteral("UPDATE invoices SET charge_id = COALESCE(charge_id, ?), "
                         "amount_refunded = CASE WHEN amount_refunded < ? THEN ? ELSE amount_refunded END, updated_at = ? WHERE id = ?"),
          {chargeId, refundedTotal, refundedTotal, now(), invoiceId});
}

int BillingStore::recordPayment(const QString &invoiceId, const QString &chargeId, const QString &balanceTransactionId, qint64 fee,
                                qint64 net, qint64 refunded)
{
    QSqlQuery &q = query(QStringLiteral("UPDATE invoices SET charge_id = ?, balance_transaction_id = ?, fee = ?, net = ?, fee_estimated = ?, "
                                        "amount_refunded = ?, updated_at = ? WHERE id = ?"),
                         {chargeId, balanceTransactionId, fee, net, false, refunded, now(), invoiceId});
    return q.numRowsAffected() > 0 ? 1 : 0;
}

void BillingStore::recordDispute(const QString &chargeId, qint64 amount, qint64 fee, qint64 at)
{
    query(QStringLiteral("UPDATE invoices SET amount_disputed = ?, dispute_fee = ?, disputed_at = ?, updated_at = ? WHERE charge_id = ?"),
          {amount, fee, at, now(), chargeId});
}

QStringList BillingStore::subscriptionsToAskAbout(qint64 now, int limit) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT id FROM subscriptions WHERE status IN ('active', 'trialing', 'past_due') "
                                        "AND (current_period_end <= ? OR status = 'past_due') ORDER BY current_period_end LIMIT ?"),
                         {now, limit});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    return ids;
}

int BillingStore::recomputeExpired(qint64 now)
{
    QStringList users;
    QSqlQuery &q = query(QStringLiteral("SELECT id FROM users WHERE is_premium = ? AND subscription_expires_at <= ?"), {true, now});
    while (q.next())
        users << q.value(0).toString();
    for (const QString &user : std::as_const(users))
        recomputeEntitlement(user, now);
    return int(users.size());
}

Entitlement BillingStore::recomputeEntitlement(const QString &userId, qint64 now)
{
    return recomputeEntitlements({userId}, now).value(userId);
}

QHash<QString, Entitlement> BillingStore::recomputeEntitlements(const QStringList &userIds, qint64 now)
{
    QHash<QString, Entitlement> out;
    if (userIds.isEmpty())
        return out;
    // Two instances changing two subscriptions of one learner (a new checkout while the
    // old plan is deleted) would each decide Premium from the other's old row: the
    // second waits, then reads both.
    takeTurns(kUserLockSpace, userIds);
    const QVariantList ids{db::boundList(m_dialect, userIds)};
    QHash<QString, QList<SubscriptionState>> subs;
    QSqlQuery &q = query(QStringLiteral("SELECT user_id, id, status, current_period_end, cancel_at_period_end, cancel_at, ended_at "
                                        "FROM subscriptions WHERE ") + db::inBoundList(m_dialect, QStringLiteral("user_id")), ids);
    while (q.next())
        subs[q.value(0).toString()].append({q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toBool(),
                                            q.value(5).toLongLong(), q.value(6).toLongLong()});
    QHash<QString, QList<GrantState>> grants;
    QSqlQuery &g = query(QStringLiteral("SELECT user_id, starts_at, expires_at, revoked_at FROM entitlement_grants WHERE ")
                             + db::inBoundList(m_dialect, QStringLiteral("user_id")), ids);
    while (g.next()) {
        GrantState grant;
        grant.startsAt = g.value(1).toLongLong();
        if (!g.value(2).isNull())
            grant.expiresAt = g.value(2).toLongLong();
        if (!g.value(3).isNull())
            grant.revokedAt = g.value(3).toLongLong();
        grants[g.value(0).toString()].append(grant);
    }
    if (m_entitlementWriteHook)
        m_entitlementWriteHook();
    // One UPDATE … FROM (VALUES …) for all of them; VALUES columns are column1…column7 in both dialects.
    QVariantList binds;
    QStringList rows;
    const qint64 stamp = this->now();
    for (const QString &user : userIds) {
        const Entitlement e = deriveEntitlement(subs.value(user), grants.value(user), now);
        out.insert(user, e);
        rows << QStringLiteral("(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BOOLEAN), CAST(? AS TEXT), CAST(? AS BOOLEAN), CAST(? AS BIGINT), CAST(? AS BIGINT))");
        binds << user << e.tier() << e.premium << nullableText(e.source) << e.paymentAtRisk
              << (e.expiresAt ? QVariant(*e.expiresAt) : QVariant(QMetaType(QMetaType::LongLong))) << stamp;
    }
    query(QStringLiteral("UPDATE users SET tier = v.column2, is_premium = v.column3, premium_source = v.column4, payment_at_risk = v.column5, "
                         "subscription_expires_at = v.column6, updated_at = v.column7 FROM (VALUES %1) AS v WHERE users.id = v.column1")
              .arg(rows.join(QStringLiteral(", "))),
          binds);
    return out;
}

} // namespace companion::billing
