// The Revenue page's quick ranges: month ends, the first of January, leap
// years, and the range each report is compared with.
#include "billing/RangePreset.h"

#include <QtTest>

using namespace companion::billing;
using Range = RangePreset::Range;

Q_DECLARE_METATYPE(RangePreset::Kind)
Q_DECLARE_METATYPE(RangePreset::Range)

namespace {
Range r(const char *from, const char *to, Granularity g)
{
    return {QDate::fromString(QLatin1String(from), Qt::ISODate), QDate::fromString(QLatin1String(to), Qt::ISODate), g};
}
} // namespace

class TestRangePreset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranges_data()
    {
        QTest::addColumn<RangePreset::Kind>("kind");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<Range>("expected");
        const QDate mid(2025, 4, 10);
        QTest::newRow("30 days") << RangePreset::Last30Days << mid << r("2025-03-12", "2025-04-10", Granularity::Day);
        QTest::newRow("90 days by week") << RangePreset::Last90Days << mid << r("2025-01-11", "2025-04-10", Granularity::Week);
        QTest::newRow("365 days by month") << RangePreset::Last365Days << mid << r("2024-04-11", "2025-04-10", Granularity::Month);
        QTest::newRow("30 days across a leap day") << RangePreset::Last30Days << QDate(2024, 3, 15) << r("2024-02-15", "2024-03-15", Granularity::Day);
        QTest::newRow("365 days in a leap year") << RangePreset::Last365Days << QDate(2024, 12, 31) << r("2024-01-02", "2024-12-31", Granularity::Month);
        QTest::newRow("month to date") << RangePreset::MonthToDate << mid << r("2025-04-01", "2025-04-10", Granularity::Day);
        QTest::newRow("month to date on the 1st") << RangePreset::MonthToDate << QDate(2025, 5, 1) << r("2025-05-01", "2025-05-01", Granularity::Day);
        QTest::newRow("year to date") << RangePreset::YearToDate << mid << r("2025-01-01", "2025-04-10", Granularity::Month);
        QTest::newRow("year to date on 1 January") << RangePreset::YearToDate << QDate(2026, 1, 1) << r("2026-01-01", "2026-01-01", Granularity::Month);
        QTest::newRow("last full month") << RangePreset::LastFullMonth << mid << r("2025-03-01", "2025-03-31", Granularity::Day);
        QTest::newRow("last full month on 31 March") << RangePreset::LastFullMonth << QDate(2025, 3, 31) << r("2025-02-01", "2025-02-28", Granularity::Day);
        QTest::newRow("leap February") << RangePreset::LastFullMonth << QDate(2024, 3, 1) << r("2024-02-01", "2024-02-29", Granularity::Day);
        QTest::newRow("December on 1 January") << RangePreset::LastFullMonth << QDate(2026, 1, 1) << r("2025-12-01", "2025-12-31", Granularity::Day);
    }

    void ranges()
    {
        QFETCH(RangePreset::Kind, kind);
        QFETCH(QDate, today);
        QFETCH(Range, expected);
        const Range got = RangePreset::range(kind, today);
        QCOMPARE(got.from, expected.from);
        QCOMPARE(got.to, expected.to);
        QCOMPARE(int(got.granularity), int(expected.granularity));
    }

    void customHasNoDates() { QVERIFY(!RangePreset::range(RangePreset::Custom, QDate(2025, 4, 10)).from.isValid()); }

    void keysRoundTrip()
    {
        for (int k = 0; k < RangePreset::kCount; ++k)
            QCOMPARE(RangePreset::fromKey(RangePreset::key(RangePreset::Kind(k))), RangePreset::Kind(k));
        QCOMPARE(RangePreset::fromKey(QStringLiteral("nonsense"), RangePreset::MonthToDate), RangePreset::MonthToDate);
    }

    void previous_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<QDate>("previousFrom");
        QTest::addColumn<QDate>("previousTo");
        // 30 days before 30 days, across the end of February of a leap year.
        QTest::newRow("days") << QDate(2024, 3, 1) << QDate(2024, 3, 30) << int(Granularity::Day) << QDate(2024, 1, 31) << QDate(2024, 2, 29);
        // Month to date on the 10th: the ten days before.
        QTest::newRow("month to date") << QDate(2025, 4, 1) << QDate(2025, 4, 10) << int(Granularity::Day) << QDate(2025, 3, 22) << QDate(2025, 3, 31);
        // Wed 2025-01-01 … Sun 2025-01-12 is two ISO weeks from Mon 2024-12-30: the two before.
        QTest::newRow("weeks") << QDate(2025, 1, 1) << QDate(2025, 1, 12) << int(Granularity::Week) << QDate(2024, 12, 16) << QDate(2024, 12, 29);
        // January to April: the four months before, over a year end.
        QTest::newRow("months") << QDate(2025, 1, 1) << QDate(2025, 4, 30) << int(Granularity::Month) << QDate(2024, 9, 1) << QDate(2024, 12, 31);
        QTest::newRow("one leap month") << QDate(2024, 3, 1) << QDate(2024, 3, 31) << int(Granularity::Month) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    }

    void previous()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, granularity);
        RevenueRequest request;
        request.from = from;
        request.to = to;
        request.granularity = Granularity(granularity);
        request.currency = QStringLiteral("eur");
        const RevenueRequest before = RangePreset::previous(request);
        QTEST(before.from, "previousFrom");
        QTEST(before.to, "previousTo");
        QCOMPARE(before.currency, request.currency);
        QCOMPARE(revenuePeriods(before.from, before.to, before.granularity).size(), revenuePeriods(from, to, request.granularity).size());
    }
};

QTEST_GUILESS_MAIN(TestRangePreset)
#include "tst_range_preset.moc"
