#include "SubscriptionDirectory.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace companion::billing {

SubscriptionDirectory::SubscriptionDirectory(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

SubscriptionPage SubscriptionDirectory::page(const SubscriptionQuery &request, const std::optional<SubscriptionCursor> &after) const
{
    // Each order is an index of migration 003: (key, id).
    const QString key = request.sort == SubscriptionSort::Created ? QStringLiteral("COALESCE(s.created, 0)")
                                                                  : QStringLiteral("COALESCE(s.current_period_end, 0)");
    const QString direction = request.descending ? QStringLiteral(" DESC") : QString();
    QStringList where = conditions(request);
    if (after)
        where << QStringLiteral("(%1, s.id) %2 (:after, :after_id)").arg(key, request.descending ? QStringLiteral("<") : QStringLiteral(">"));
    const QString sql = QStringLiteral("SELECT %1, s.user_id, u.email, %2 AS sort_key FROM subscriptions s LEFT JOIN users u ON u.id = s.user_id "
                                       "WHERE %3 ORDER BY sort_key%4, s.id%4 LIMIT :limit")
                            .arg(subscriptionColumns(QStringLiteral("s")), key,
                                 where.isEmpty() ? QStringLiteral("1 = 1") : where.join(QStringLiteral(" AND ")), direction);

    SubscriptionPage page;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        page.error = db::Database::errorText(q.lastError());
        return page;
    }
    bindConditions(q, request);
    if (after) {
        q.bindValue(QStringLiteral(":after"), after->key);
        q.bindValue(QStringLiteral(":after_id"), after->id);
    }
    const int limit = qBound(1, request.limit, 1000);
    q.bindValue(QStringLiteral(":limit"), limit + 1); // one more tells whether more follow
    if (!q.exec()) {
        page.error = db::Database::errorText(q.lastError());
        return page;
    }
    qint64 lastKey = 0;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.next = SubscriptionCursor{lastKey, page.rows.constLast().subscription.id};
            break;
        }
        SubscriptionRow row;
        row.subscription = readSubscription(q);
        row.userId = q.value(kSubscriptionRecordColumns).toString();
        row.email = q.value(kSubscriptionRecordColumns + 1).toString();
        lastKey = q.value(kSubscriptionRecordColumns + 2).toLongLong();
        page.rows << row;
    }
    return page;
}

qint64 SubscriptionDirectory::count(const SubscriptionQuery &request, QString *error) const
{
    const QStringList where = conditions(request);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM subscriptions s WHERE ")
                   + (where.isEmpty() ? QStringLiteral("1 = 1") : where.join(QStringLiteral(" AND "))))) {
        if (error)
            *error = db::Database::errorText(q.lastError());
        return -1;
    }
    bindConditions(q, request);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = db::Database::errorText(q.lastError());
        return -1;
    }
    return q.value(0).toLongLong();
}

QStringList SubscriptionDirectory::conditions(const SubscriptionQuery &request) const
{
    QStringList where;
    if (!request.filter.status.isEmpty())
        where << QStringLiteral("s.status = :status");
    if (!request.filter.interval.isEmpty())
        where << QStringLiteral("s.interval = :interval");
    if (request.filter.cancelPending)
        where << QStringLiteral("s.cancel_at_period_end AND s.status IN ('active', 'trialing', 'past_due')");
    if (!request.search.trimmed().isEmpty()) {
        // Few rows match any of these; the planner starts from the matching index.
        where << QStringLiteral("(s.id = :exact OR s.customer_id = :exact OR s.user_id = :exact OR s.user_id IN "
                                "(SELECT u2.id FROM users u2 WHERE %1 >= :lo AND %1 < :hi))")
                     .arg(db::emailSortKey(m_dialect, QStringLiteral("u2.email")));
    }
    return where;
}

void SubscriptionDirectory::bindConditions(QSqlQuery &q, const SubscriptionQuery &request)
{
    if (!request.filter.status.isEmpty())
        q.bindValue(QStringLiteral(":status"), request.filter.status);
    if (!request.filter.interval.isEmpty())
        q.bindValue(QStringLiteral(":interval"), request.filter.interval);
    const QString search = request.search.trimmed();
    if (!search.isEmpty()) {
        const QString low = search.toLower();
        q.bindValue(QStringLiteral(":exact"), search);
        q.bindValue(QStringLiteral(":lo"), low);
        q.bindValue(QStringLiteral(":hi"), db::prefixSuccessor(low));
    }
}

} // namespace companion::billing
