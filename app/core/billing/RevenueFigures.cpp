#include "RevenueFigures.h"

#include <cmath>

namespace companion::billing {

namespace {
constexpr double kLtvChurnFloor = 0.0167; // a churn of 0 would make LTV infinite: assume 1.67 % a month

std::optional<double> ratio(double numerator, qint64 denominator)
{
    return denominator > 0 ? std::optional<double>(numerator / double(denominator)) : std::nullopt;
}

QDate periodStart(const QDate &day, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day.addDays(1 - day.dayOfWeek()); // ISO weeks start on Monday
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate nextPeriod(const QDate &start, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return start.addDays(1);
    case Granularity::Week:
        return start.addDays(7);
    case Granularity::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}
} // namespace

std::optional<double> PeriodFigures::customerChurnRate() const
{
    return ratio(moves.churned, customersAtStart);
}

std::optional<double> PeriodFigures::grossMrrChurn() const
{
    return ratio(double(moves.churn + moves.contraction), startMrr);
}

std::optional<double> PeriodFigures::netMrrChurn() const
{
    return ratio(double(moves.churn + moves.contraction - moves.expansion - moves.reactivation), startMrr);
}

qint64 PeriodFigures::arpu() const
{
    return customersAtEnd > 0 ? qint64(std::llround(double(endMrr) / customersAtEnd)) : 0;
}

std::optional<qint64> PeriodFigures::ltv() const
{
    if (!ltvChurn || customersAtEnd == 0)
        return std::nullopt;
    const double churn = *ltvChurn > 0 ? *ltvChurn : kLtvChurnFloor;
    return qint64(std::llround(double(arpu()) / churn));
}

std::optional<double> PeriodFigures::quickRatio() const
{
    return ratio(double(moves.newMrr + moves.expansion + moves.reactivation), moves.contraction + moves.churn);
}

QString movementName(Movement movement)
{
    switch (movement) {
    case Movement::New:
        return QStringLiteral("new");
    case Movement::Expansion:
        return QStringLiteral("expansion");
    case Movement::Contraction:
        return QStringLiteral("contraction");
    case Movement::Churn:
        return QStringLiteral("churn");
    case Movement::Reactivation:
        return QStringLiteral("reactivation");
    }
    return QString();
}

QList<QPair<QDate, QDate>> revenuePeriods(const QDate &from, const QDate &to, Granularity granularity)
{
    QList<QPair<QDate, QDate>> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    for (QDate start = periodStart(from, granularity); start <= to; start = nextPeriod(start, granularity))
        out.append({start, nextPeriod(start, granularity)});
    return out;
}

} // namespace companion::billing
