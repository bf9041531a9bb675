#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace companion::billing {

// One row of audit_log: who did what to whom, why, and what it looked like
// before and after. Written in the same transaction as the change it records
// where there is one, so the log never claims a change that was rolled back.
struct AuditEntry {
    QString actor;   // operator name, admin-token label, or the learner's user id
    QString source;  // admin-app, admin-api, server, cli
    QString action;  // e.g. subscription.cancel_at_period_end, grant.create
    QString targetType;
    QString targetId;
    QString userId;
    QString reason;
    QJsonObject before;
    QJsonObject after;
    QString stripeRequestId;
};

class AuditLog
{
public:
    // Appends `entry` at `at` (Unix seconds); throws StoreError when the database refuses.
    static void record(QSqlDatabase db, const AuditEntry &entry, qint64 at);
};

} // namespace companion::billing
