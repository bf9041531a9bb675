#include "RangePreset.h"

namespace companion::billing {

RangePreset::Range RangePreset::range(Kind kind, const QDate &today)
{
    switch (kind) {
    case Last30Days: return {today.addDays(-29), today, Granularity::Day};
    case Last90Days: return {today.addDays(-89), today, Granularity::Week};
    case Last365Days: return {today.addDays(-364), today, Granularity::Month};
    case MonthToDate: return {QDate(today.year(), today.month(), 1), today, Granularity::Day};
    case YearToDate: return {QDate(today.year(), 1, 1), today, Granularity::Month};
    case LastFullMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1), Granularity::Day};
    }
    case Custom: break;
    }
    return {};
}

namespace {
const char *const kKeys[RangePreset::kCount] = {"last30", "last90", "last365", "mtd", "ytd", "lastmonth", "custom"};
}

QString RangePreset::key(Kind kind)
{
    return QString::fromLatin1(kKeys[int(kind)]);
}

RangePreset::Kind RangePreset::fromKey(const QString &key, Kind fallback)
{
    for (int k = 0; k < kCount; ++k)
        if (key == QLatin1String(kKeys[k]))
            return Kind(k);
    return fallback;
}

RevenueRequest RangePreset::previous(const RevenueRequest &request)
{
    RevenueRequest out = request;
    const auto periods = revenuePeriods(request.from, request.to, request.granularity);
    if (periods.isEmpty())
        return out;
    const auto n = periods.size();
    // Days compare the very days before; weeks and months whole periods, as they are drawn.
    const QDate first = request.granularity == Granularity::Day ? request.from : periods.first().first;
    switch (request.granularity) {
    case Granularity::Day: out.from = first.addDays(-request.from.daysTo(request.to) - 1); break;
    case Granularity::Week: out.from = first.addDays(-7 * n); break;
    case Granularity::Month: out.from = first.addMonths(-int(n)); break;
    }
    out.to = first.addDays(-1);
    return out;
}

} // namespace companion::billing
