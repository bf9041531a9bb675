#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace companion::billing {

// One audit_log row as the audit view shows it.
struct AuditRecord {
    qint64 id = 0;
    qint64 at = 0;
    QString actor;
    QString source;
    QString action;
    QString targetType;
    QString targetId;
    QString userId;
    QString reason;
    QString before; // JSON text
    QString after;
    QString stripeRequestId;
};

// What the audit view asks for; empty fields match everything.
struct AuditFilter {
    QString actor;   // exact
    QString action;  // prefix ("subscription." finds every subscription action)
    QString userId;  // exact
    qint64 since = 0;
    qint64 until = 0;
};

struct AuditCursor {
    qint64 at = 0;
    qint64 id = 0;
};

struct AuditPage {
    QList<AuditRecord> rows;
    std::optional<AuditCursor> next; // set when more rows may follow
    QString error;
};

// Reads audit_log newest first, in keyset pages on (at, id) so a deep page costs
// what the first one does. Read-only: the log is only ever appended to.
class AuditTrail
{
public:
    explicit AuditTrail(QSqlDatabase db);
    AuditPage page(const AuditFilter &filter, int limit, const std::optional<AuditCursor> &after = std::nullopt) const;

private:
    QSqlDatabase m_db;
};

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::AuditPage)
