#pragma once

#include "Entitlement.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

#include "db/SqlDialect.h"

namespace companion::billing {

// One row of entitlement_grants, as support sees it.
struct GrantRecord {
    qint64 id = 0;
    QString userId;
    QString grantedBy;
    QString reason;
    qint64 startsAt = 0;
    std::optional<qint64> expiresAt; // none: until revoked
    std::optional<qint64> revokedAt;
    QString revokedBy;
    QString revokeReason;
    qint64 createdAt = 0;
    GrantState state() const { return {startsAt, expiresAt, revokedAt}; }
};

// Who changes access by hand, and why: every change is audited in the same
// transaction, and the user's entitlement is re-derived at once with the rules
// of Entitlement.h, so the server's chapter gating sees it on the next request.
struct GrantChange {
    QString actor;  // operator name
    QString source; // audit_log.source: admin-app, cli, …
    QString reason; // mandatory
};

class ManualGrants
{
public:
    ManualGrants(QSqlDatabase db, db::Dialect dialect);

    // Premium from `now` until `expiresAt` (none: until revoked). Throws StoreError
    // (with a message for people) on a missing reason, a past end, an unknown user
    // or a database failure; nothing is written then.
    Entitlement grant(const QString &userId, const GrantChange &change, std::optional<qint64> expiresAt, qint64 now);
    // Ends an active grant now; the user keeps whatever else entitles them.
    Entitlement revoke(qint64 grantId, const GrantChange &change, qint64 now);

    QList<GrantRecord> ofUser(const QString &userId) const;

private:
    std::optional<GrantRecord> find(qint64 grantId) const;

    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

} // namespace companion::billing
