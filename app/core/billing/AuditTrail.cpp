#include "AuditTrail.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace companion::billing {

AuditTrail::AuditTrail(QSqlDatabase db)
    : m_db(std::move(db))
{
}

AuditPage AuditTrail::page(const AuditFilter &filter, int limit, const std::optional<AuditCursor> &after) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.actor.isEmpty()) {
        where << QStringLiteral("actor = ?");
        binds << filter.actor;
    }
    if (!filter.action.isEmpty()) {
        // A prefix, with LIKE's wildcards in the text taken literally.
        QString pattern = filter.action;
        pattern.replace(u'!', QStringLiteral("!!")).replace(u'%', QStringLiteral("!%")).replace(u'_', QStringLiteral("!_"));
        where << QStringLiteral("action LIKE ? ESCAPE '!'");
        binds << QString(pattern + u'%');
    }
    if (!filter.userId.isEmpty()) {
        where << QStringLiteral("user_id = ?");
        binds << filter.userId;
    }
    if (filter.since > 0) {
        where << QStringLiteral("at >= ?");
        binds << filter.since;
    }
    if (filter.until > 0) {
        where << QStringLiteral("at < ?");
        binds << filter.until;
    }
    if (after) {
        where << QStringLiteral("(at < ? OR (at = ? AND id < ?))");
        binds << after->at << after->at << after->id;
    }
    binds << limit + 1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, at, actor, source, action, target_type, target_id, user_id, reason, before_state, after_state, "
                             "stripe_request_id FROM audit_log %1 ORDER BY at DESC, id DESC LIMIT ?")
                  .arg(where.isEmpty() ? QString() : QString(QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))));
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    AuditPage page;
    if (!q.exec()) {
        page.error = db::Database::errorText(q.lastError());
        return page;
    }
    while (q.next()) {
        if (page.rows.size() == limit) {
            const AuditRecord &last = page.rows.last();
            page.next = AuditCursor{last.at, last.id};
            break;
        }
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.at = q.value(1).toLongLong();
        r.actor = q.value(2).toString();
        r.source = q.value(3).toString();
        r.action = q.value(4).toString();
        r.targetType = q.value(5).toString();
        r.targetId = q.value(6).toString();
        r.userId = q.value(7).toString();
        r.reason = q.value(8).toString();
        r.before = q.value(9).toString();
        r.after = q.value(10).toString();
        r.stripeRequestId = q.value(11).toString();
        page.rows.append(r);
    }
    return page;
}

} // namespace companion::billing
