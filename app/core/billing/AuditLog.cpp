#include "AuditLog.h"

#include "BillingStore.h"
#include "db/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::billing {

namespace {
QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QVariant jsonOrNull(const QJsonObject &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                           : QVariant(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}
} // namespace

void AuditLog::record(QSqlDatabase db, const AuditEntry &entry, qint64 at)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, source, action, target_type, target_id, user_id, reason, "
                             "before_state, after_state, stripe_request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(at), QVariant(entry.actor), QVariant(entry.source), QVariant(entry.action),
                                  textOrNull(entry.targetType), textOrNull(entry.targetId), textOrNull(entry.userId),
                                  textOrNull(entry.reason), jsonOrNull(entry.before), jsonOrNull(entry.after),
                                  textOrNull(entry.stripeRequestId)})
        q.addBindValue(value);
    if (!q.exec())
        throw StoreError(db::Database::errorText(q.lastError()));
}

} // namespace companion::billing
