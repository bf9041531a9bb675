#include "SubscriptionRecord.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace companion::billing {

QString subscriptionColumns(const QString &alias)
{
    static const QStringList columns{
        QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("status"), QStringLiteral("price_id"),
        QStringLiteral("interval"), QStringLiteral("interval_count"), QStringLiteral("amount"), QStringLiteral("currency"),
        QStringLiteral("created"), QStringLiteral("current_period_start"), QStringLiteral("current_period_end"),
        QStringLiteral("cancel_at_period_end"), QStringLiteral("cancel_at"), QStringLiteral("canceled_at"), QStringLiteral("ended_at"),
        QStringLiteral("livemode")};
    QStringList qualified;
    for (const QString &column : columns)
        qualified << alias + QLatin1Char('.') + column;
    return qualified.join(QStringLiteral(", "));
}

SubscriptionRecord readSubscription(const QSqlQuery &q, int first)
{
    SubscriptionRecord s;
    s.id = q.value(first + 0).toString();
    s.customerId = q.value(first + 1).toString();
    s.status = q.value(first + 2).toString();
    s.priceId = q.value(first + 3).toString();
    s.interval = q.value(first + 4).toString();
    s.intervalCount = q.value(first + 5).toInt();
    s.amount = q.value(first + 6).toLongLong();
    s.currency = q.value(first + 7).toString();
    s.created = q.value(first + 8).toLongLong();
    s.currentPeriodStart = q.value(first + 9).toLongLong();
    s.currentPeriodEnd = q.value(first + 10).toLongLong();
    s.cancelAtPeriodEnd = q.value(first + 11).toBool();
    s.cancelAt = q.value(first + 12).toLongLong();
    s.canceledAt = q.value(first + 13).toLongLong();
    s.endedAt = q.value(first + 14).toLongLong();
    s.livemode = q.value(first + 15).toBool();
    return s;
}

} // namespace companion::billing
