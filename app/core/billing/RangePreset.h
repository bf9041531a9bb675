#pragma once

#include "RevenueFigures.h"

#include <QDate>

namespace companion::billing {

// The Revenue page's quick ranges ("last 30 days", "month to date", …) as
// dates, and the period a range is compared with. Pure date arithmetic on a
// given `today` (UTC), so tests choose the day.
class RangePreset
{
public:
    enum Kind { Last30Days, Last90Days, Last365Days, MonthToDate, YearToDate, LastFullMonth, Custom };
    static constexpr int kCount = int(Custom) + 1;

    struct Range {
        QDate from, to; // inclusive
        Granularity granularity = Granularity::Day;
        bool operator==(const Range &o) const { return from == o.from && to == o.to && granularity == o.granularity; }
    };

    // The days `kind` covers on `today`, with the period length that suits it
    // (days for 30 days, month to date and the last full month, weeks for 90,
    // months for 365 days and the year to date). Custom: an invalid range.
    static Range range(Kind kind, const QDate &today);

    // Stable keys for settings ("last30", "mtd", …) and back.
    static QString key(Kind kind);
    static Kind fromKey(const QString &key, Kind fallback = Last365Days);

    // The range just before `request`'s with as many periods of the same length:
    // what each figure is compared with.
    static RevenueRequest previous(const RevenueRequest &request);
};

} // namespace companion::billing
