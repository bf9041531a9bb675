#include "StripeIdLookup.h"

#include "Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::db {

StripeIdLookup::StripeIdLookup(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool StripeIdLookup::isStripeId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(cus|sub|in|ch|evt|pi|pm|re|cs)_[A-Za-z0-9_]+$"));
    return shape.match(text).hasMatch();
}

QString StripeIdLookup::userIdsSql(const QString &placeholder)
{
    // A subscription or invoice without a user is tied through its customer.
    return QStringLiteral(
               "SELECT 1 AS rank, u.id AS user_id FROM users u WHERE u.stripe_customer_id = %1 "
               "UNION ALL SELECT 2, s.user_id FROM subscriptions s WHERE s.id = %1 "
               "UNION ALL SELECT 3, u.id FROM subscriptions s JOIN users u ON u.stripe_customer_id = s.customer_id WHERE s.id = %1 "
               "UNION ALL SELECT 4, i.user_id FROM invoices i WHERE i.id = %1 "
               "UNION ALL SELECT 4, i.user_id FROM invoices i WHERE i.charge_id = %1 "
               "UNION ALL SELECT 5, u.id FROM invoices i JOIN users u ON u.stripe_customer_id = i.customer_id WHERE i.id = %1 OR i.charge_id = %1 "
               "UNION ALL SELECT 6, e.user_id FROM webhook_events e WHERE e.event_id = %1 "
               "UNION ALL SELECT 7, e.user_id FROM webhook_events e WHERE e.object_id = %1 "
               "UNION ALL SELECT 8, a.user_id FROM audit_log a WHERE a.target_id = %1")
        .arg(placeholder);
}

std::optional<QString> StripeIdLookup::userIdFor(const QString &stripeId, QString *error) const
{
    const QString id = stripeId.trimmed();
    if (!isStripeId(id))
        return std::nullopt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT known.user_id FROM (%1) AS known WHERE known.user_id IS NOT NULL "
                             "ORDER BY known.rank, known.user_id LIMIT 1")
                  .arg(userIdsSql(QStringLiteral(":stripe_id"))));
    q.bindValue(QStringLiteral(":stripe_id"), id);
    if (!q.exec()) {
        if (error)
            *error = Database::errorText(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace companion::db
