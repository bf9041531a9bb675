// A cancel-now with a prorated refund gives back the unused part of the last paid
// period, rounded down to the cent and never more than is still refundable.
// Figures computed by hand.
#include "billing/ProratedRefund.h"

#include <QtTest>

using companion::billing::proratedRefund;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kStart = 1767225600; // 2026-01-01 00:00 UTC
constexpr qint64 kMonthEnd = kStart + 30 * kDay;
constexpr qint64 kYearEnd = kStart + 365 * kDay;
} // namespace

class TestProratedRefund : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figures_data()
    {
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<qint64>("refunded");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("expected");

        // 9.99 for 30 days, canceled after 10: 20/30 of 999 = 666.
        QTest::newRow("a third used") << qint64(999) << qint64(0) << kStart << kMonthEnd << kStart + 10 * kDay << qint64(666);
        // After one day: 999 × 29/30 = 965.7 → 965 (down, never up).
        QTest::newRow("rounded down") << qint64(999) << qint64(0) << kStart << kMonthEnd << kStart + kDay << qint64(965);
        // One second past half: 999 × 1,295,999/2,592,000 = 499.4996… → 499.
        QTest::newRow("just past half") << qint64(999) << qint64(0) << kStart << kMonthEnd << kStart + 15 * kDay + 1 << qint64(499);
        // Exactly half of an even amount: 1000 × 1/2 = 500.
        QTest::newRow("exactly half") << qint64(1000) << qint64(0) << kStart << kMonthEnd << kStart + 15 * kDay << qint64(500);
        // The yearly 95.99 after 100 days: 9599 × 265/365 = 2,543,735/365 = 6969.13… → 6969.
        QTest::newRow("yearly plan") << qint64(9599) << qint64(0) << kStart << kYearEnd << kStart + 100 * kDay << qint64(6969);
        // Canceled the moment it started (or before): everything back.
        QTest::newRow("at the start") << qint64(999) << qint64(0) << kStart << kMonthEnd << kStart << qint64(999);
        QTest::newRow("before the start") << qint64(999) << qint64(0) << kStart << kMonthEnd << kStart - kDay << qint64(999);
        // 3.00 already refunded: 965 would exceed the 6.99 left, so 699.
        QTest::newRow("capped by an earlier refund") << qint64(999) << qint64(300) << kStart << kMonthEnd << kStart + kDay << qint64(699);
        // 8.00 refunded: 666 due but only 1.99 left.
        QTest::newRow("little left to refund") << qint64(999) << qint64(800) << kStart << kMonthEnd << kStart + 10 * kDay << qint64(199);
        // Not capped when the earlier refund leaves enough: 666 ≤ 999 − 100.
        QTest::newRow("earlier refund leaves enough") << qint64(999) << qint64(100) << kStart << kMonthEnd << kStart + 10 * kDay << qint64(666);
        QTest::newRow("fully refunded already") << qint64(999) << qint64(999) << kStart << kMonthEnd << kStart + kDay << qint64(0);
        // The last second: 999/2,592,000 of a cent → 0.
        QTest::newRow("last second") << qint64(999) << qint64(0) << kStart << kMonthEnd << kMonthEnd - 1 << qint64(0);
        QTest::newRow("period over") << qint64(999) << qint64(0) << kStart << kMonthEnd << kMonthEnd << qint64(0);
        QTest::newRow("long over") << qint64(999) << qint64(0) << kStart << kMonthEnd << kMonthEnd + 40 * kDay << qint64(0);
        QTest::newRow("nothing paid") << qint64(0) << qint64(0) << kStart << kMonthEnd << kStart + kDay << qint64(0);
        QTest::newRow("empty period") << qint64(999) << qint64(0) << kStart << kStart << kStart << qint64(0);
        QTest::newRow("reversed period") << qint64(999) << qint64(0) << kMonthEnd << kStart << kStart << qint64(0);
        // Large figures do not overflow: 10^15 cents over 10^9 seconds, half left → 5·10^14.
        QTest::newRow("large amounts") << qint64(1000000000000000) << qint64(0) << qint64(0) << qint64(1000000000) << qint64(500000000)
                                       << qint64(500000000000000);
    }

    void figures()
    {
        QFETCH(qint64, paid);
        QFETCH(qint64, refunded);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(qint64, now);
        QFETCH(qint64, expected);
        QCOMPARE(proratedRefund(paid, refunded, start, end, now), expected);
    }

    // Later is never more: a refund shrinks (or stays) as the period runs.
    void neverGrowsAsTimePasses()
    {
        qint64 previous = proratedRefund(999, 0, kStart, kMonthEnd, kStart);
        for (qint64 now = kStart; now <= kMonthEnd; now += 3607) {
            const qint64 amount = proratedRefund(999, 0, kStart, kMonthEnd, now);
            QVERIFY(amount <= previous);
            QVERIFY(amount >= 0);
            previous = amount;
        }
    }
};

QTEST_GUILESS_MAIN(TestProratedRefund)
#include "tst_prorated_refund.moc"
