#pragma once

#include "MonthPack.h"
#include "db/SqlDialect.h"

#include <QSqlDatabase>

namespace companion::billing {

// Reads a month's pack from the mirror: the revenue report of the twelve months
// ending with it (leading months with nothing in them left out), the customers
// behind each movement, the cash reconciliation and the payouts due at the bank
// in the month. Runs on the database thread.
class MonthPackBuilder
{
public:
    static constexpr int kTrendMonths = 12;

    MonthPackBuilder(QSqlDatabase db, db::Dialect dialect);

    // `month`: any day of it; `now` decides whether the month is over. nullopt and
    // *error on a database failure.
    std::optional<MonthPack> build(const QDate &month, MrrMode mode, const QString &currency, qint64 now, QString *error) const;

private:
    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

} // namespace companion::billing
