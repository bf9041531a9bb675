#include "RolePrivileges.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace companion::db {

RolePrivileges RolePrivileges::read(const QSqlDatabase &db, Dialect dialect, QString *error)
{
    RolePrivileges out;
    if (dialect != Dialect::PostgreSQL)
        return out;
    // Each job needs every table it writes, and the audit log it leaves a trace in.
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral(
                        "SELECT current_user,"
                        " has_table_privilege('entitlement_grants', 'INSERT') AND has_table_privilege('entitlement_grants', 'UPDATE')"
                        "  AND has_table_privilege('subscriptions', 'UPDATE') AND has_table_privilege('users', 'UPDATE')"
                        "  AND has_table_privilege('audit_log', 'INSERT'),"
                        " has_table_privilege('revenue_closes', 'INSERT') AND has_table_privilege('audit_log', 'INSERT'),"
                        " has_table_privilege('subscriptions', 'INSERT') AND has_table_privilege('subscriptions', 'UPDATE')"
                        "  AND has_table_privilege('webhook_events', 'INSERT') AND has_table_privilege('mrr_segments', 'INSERT')"
                        "  AND has_table_privilege('users', 'UPDATE') AND has_table_privilege('audit_log', 'INSERT')"))
                    && q.next();
    if (!ok) {
        if (error)
            *error = Database::errorText(q.lastError());
        return out;
    }
    out.role = q.value(0).toString();
    out.supportActions = q.value(1).toBool();
    out.closeMonths = q.value(2).toBool();
    out.applyFromStripe = q.value(3).toBool();
    return out;
}

} // namespace companion::db
