#include "ManualGrants.h"

#include "AuditLog.h"
#include "BillingStore.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::billing {

namespace {

QJsonObject entitlementJson(const Entitlement &e)
{
    QJsonObject json{{QStringLiteral("tier"), e.tier()}, {QStringLiteral("source"), e.source}};
    if (e.expiresAt)
        json.insert(QStringLiteral("premium_until"), *e.expiresAt);
    return json;
}

QJsonObject grantJson(const GrantRecord &g)
{
    QJsonObject json{{QStringLiteral("grant_id"), g.id}, {QStringLiteral("starts_at"), g.startsAt}};
    json.insert(QStringLiteral("expires_at"), g.expiresAt ? QJsonValue(*g.expiresAt) : QJsonValue());
    if (g.revokedAt)
        json.insert(QStringLiteral("revoked_at"), *g.revokedAt);
    return json;
}

QVariant nullableTime(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

GrantRecord readGrant(const QSqlQuery &q)
{
    GrantRecord g;
    g.id = q.value(0).toLongLong();
    g.userId = q.value(1).toString();
    g.grantedBy = q.value(2).toString();
    g.reason = q.value(3).toString();
    g.startsAt = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        g.expiresAt = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        g.revokedAt = q.value(6).toLongLong();
    g.revokedBy = q.value(7).toString();
    g.revokeReason = q.value(8).toString();
    g.createdAt = q.value(9).toLongLong();
    return g;
}

const QString kGrantColumns = QStringLiteral(
    "id, user_id, granted_by, reason, starts_at, expires_at, revoked_at, revoked_by, revoke_reason, created_at");

QString tr(const char *text)
{
    return QCoreApplication::translate("companion::billing::ManualGrants", text);
}

void checkChange(const GrantChange &change)
{
    if (change.reason.trimmed().isEmpty())
        throw StoreError(tr("A reason is required: it is kept in the audit log."));
    if (change.actor.trimmed().isEmpty())
        throw StoreError(tr("The operator's name is missing; set it in Settings."));
}

} // namespace

ManualGrants::ManualGrants(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

Entitlement ManualGrants::grant(const QString &userId, const GrantChange &change, std::optional<qint64> expiresAt, qint64 now)
{
    checkChange(change);
    if (expiresAt && *expiresAt <= now)
        throw StoreError(tr("The end of the grant must be in the future."));
    db::Transaction transaction(m_db, m_dialect);
    if (!transaction.isActive())
        throw StoreError(transaction.error());
    BillingStore store(m_db, m_dialect);
    if (!store.userExists(userId))
        throw StoreError(tr("This user no longer exists."));
    const Entitlement before = store.recomputeEntitlement(userId, now);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO entitlement_grants (user_id, granted_by, reason, starts_at, expires_at, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(userId), QVariant(change.actor.trimmed()), QVariant(change.reason.trimmed()), QVariant(now),
                              nullableTime(expiresAt), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        throw StoreError(db::Database::errorText(q.lastError()));
    GrantRecord created;
    created.id = q.value(0).toLongLong();
    q.finish();
    created.startsAt = now;
    created.expiresAt = expiresAt;
    const Entitlement after = store.recomputeEntitlement(userId, now);

    QJsonObject afterJson = entitlementJson(after);
    afterJson.insert(QStringLiteral("grant"), grantJson(created));
    AuditLog::record(m_db,
                     {change.actor.trimmed(), change.source, QStringLiteral("grant.create"), QStringLiteral("grant"),
                      QString::number(created.id), userId, change.reason.trimmed(), entitlementJson(before), afterJson, {}},
                     now);
    if (!transaction.commit())
        throw StoreError(transaction.error());
    return after;
}

Entitlement ManualGrants::revoke(qint64 grantId, const GrantChange &change, qint64 now)
{
    checkChange(change);
    db::Transaction transaction(m_db, m_dialect);
    if (!transaction.isActive())
        throw StoreError(transaction.error());
    const std::optional<GrantRecord> grant = find(grantId);
    if (!grant)
        throw StoreError(tr("This grant no longer exists."));
    if (!grant->state().activeAt(now))
        throw StoreError(tr("This grant has already ended."));
    BillingStore store(m_db, m_dialect);
    const Entitlement before = store.recomputeEntitlement(grant->userId, now);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE entitlement_grants SET revoked_at = ?, revoked_by = ?, revoke_reason = ? "
                             "WHERE id = ? AND revoked_at IS NULL"));
    for (const QVariant &v : {QVariant(now), QVariant(change.actor.trimmed()), QVariant(change.reason.trimmed()), QVariant(grantId)})
        q.addBindValue(v);
    if (!q.exec())
        throw StoreError(db::Database::errorText(q.lastError()));
    const Entitlement after = store.recomputeEntitlement(grant->userId, now);

    QJsonObject beforeJson = entitlementJson(before);
    beforeJson.insert(QStringLiteral("grant"), grantJson(*grant));
    GrantRecord revoked = *grant;
    revoked.revokedAt = now;
    QJsonObject afterJson = entitlementJson(after);
    afterJson.insert(QStringLiteral("grant"), grantJson(revoked));
    AuditLog::record(m_db,
                     {change.actor.trimmed(), change.source, QStringLiteral("grant.revoke"), QStringLiteral("grant"),
                      QString::number(grantId), grant->userId, change.reason.trimmed(), beforeJson, afterJson, {}},
                     now);
    if (!transaction.commit())
        throw StoreError(transaction.error());
    return after;
}

QList<GrantRecord> ManualGrants::ofUser(const QString &userId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kGrantColumns
              + QStringLiteral(" FROM entitlement_grants WHERE user_id = ? ORDER BY starts_at DESC, id DESC"));
    q.addBindValue(userId);
    if (!q.exec())
        throw StoreError(db::Database::errorText(q.lastError()));
    QList<GrantRecord> out;
    while (q.next())
        out << readGrant(q);
    return out;
}

std::optional<GrantRecord> ManualGrants::find(qint64 grantId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kGrantColumns + QStringLiteral(" FROM entitlement_grants WHERE id = ?"));
    q.addBindValue(grantId);
    if (!q.exec())
        throw StoreError(db::Database::errorText(q.lastError()));
    if (!q.next())
        return std::nullopt;
    return readGrant(q);
}

} // namespace companion::billing
