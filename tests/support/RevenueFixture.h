#pragma once

#include "db/SqlDialect.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace companion::test {

// A revenue history small enough to work out by hand (tst_revenue_metrics has
// the arithmetic): 100 monthly ($9.99) and 10 yearly ($95.99 → $8.00 a month)
// subscribers u001…u110 join on 5 December 2024; on 10 January u001–u003 cancel
// at once; on 15 February u010 and u011 switch to yearly (a contraction); on
// 3 March u001 comes back; on 20 March u020 asks to cancel at period end and it
// ends on 5 April; on 12 April u111 joins; u050's renewal fails on 5 April
// (past_due); u112 starts a trial on 20 April. Written through BillingStore,
// the path webhooks take.
class RevenueFixture
{
public:
    static qint64 at(const char *isoDay, int hour = 10); // Unix seconds, UTC
    static QString user(int n);                          // "u001"

    bool seed(QSqlDatabase db, db::Dialect dialect, QString *error);
    // The last subscription object written for `userId`, to write it again.
    QJsonObject subscriptionOf(const QString &userId) const { return m_last.value(userId); }
    // Writes `subscription` for `userId` as observed at `observedAt`.
    bool write(const QString &userId, const QJsonObject &subscription, qint64 observedAt, QString *error);

private:
    QSqlDatabase m_db;
    db::Dialect m_dialect = db::Dialect::SQLite;
    QHash<QString, QJsonObject> m_last;
};

} // namespace companion::test
