// MRR after discounts (docs/metrics.md): the figures worked by hand, to the cent.
#include "billing/MrrLedger.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QtTest>

using namespace companion::billing;

namespace {
qint64 at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

const qint64 kStart = at(2025, 1, 15);

MrrInputs plan(qint64 amount, const QString &interval = QStringLiteral("month"))
{
    MrrInputs in;
    in.subscriptionId = QStringLiteral("sub_1");
    in.status = QStringLiteral("active");
    in.amount = amount;
    in.interval = interval;
    in.currency = QStringLiteral("usd");
    in.start = kStart;
    in.currentPeriodStart = kStart;
    return in;
}

MrrDiscount percent(qint64 basisPoints, const QString &duration, qint64 end = 0)
{
    MrrDiscount d;
    d.id = QStringLiteral("di_%1").arg(basisPoints);
    d.termsKnown = true;
    d.percentOffBp = basisPoints;
    d.duration = duration;
    d.start = kStart;
    d.end = end;
    return d;
}

MrrDiscount amountOff(qint64 minor, const QString &duration, qint64 end = 0, const QString &currency = QStringLiteral("usd"))
{
    MrrDiscount d;
    d.id = QStringLiteral("di_off%1").arg(minor);
    d.termsKnown = true;
    d.amountOff = minor;
    d.currency = currency;
    d.duration = duration;
    d.start = kStart;
    d.end = end;
    return d;
}
} // namespace

class TestMrrDiscounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foreverPercentOffRoundsOnce()
    {
        MrrInputs in = plan(999);
        in.discounts << percent(2000, QStringLiteral("forever"));
        QCOMPARE(Mrr::stateOf(in, at(2025, 3, 1)).mrr, 799); // 799.2
        QCOMPARE(Mrr::stateOf(in, at(2030, 3, 1)).mrr, 799);
        QCOMPARE(Mrr::stateOf(in, kStart - 1).mrr, 999);    // before the discount began
        const QList<MrrPoint> points = Mrr::history(in, at(2025, 6, 1));
        QCOMPARE(points.size(), 1);
        QCOMPARE(points.first().at, kStart);
        QCOMPARE(points.first().state.mrr, 799);
    }

    void yearlyPlanIsDiscountedThenSpreadOverTwelveMonths()
    {
        MrrInputs in = plan(9599, QStringLiteral("year"));
        in.discounts << percent(2000, QStringLiteral("forever"));
        QCOMPARE(Mrr::stateOf(in, at(2025, 3, 1)).mrr, 640); // 7679.2 ÷ 12 = 639.93
        // amount_off is per interval too: $10 off the year, 8599 ÷ 12 = 716.58.
        MrrInputs off = plan(9599, QStringLiteral("year"));
        off.discounts << amountOff(1000, QStringLiteral("forever"));
        QCOMPARE(Mrr::stateOf(off, at(2025, 3, 1)).mrr, 717);
    }

    void repeatingAmountOffEndsWithAnExpansion()
    {
        const qint64 end = at(2025, 4, 15);
        MrrInputs in = plan(999);
        in.discounts << amountOff(500, QStringLiteral("repeating"), end);
        QCOMPARE(Mrr::stateOf(in, at(2025, 2, 1)).mrr, 499);
        QCOMPARE(Mrr::stateOf(in, end - 1).mrr, 499);
        QCOMPARE(Mrr::stateOf(in, end).mrr, 999);

        // First seen after the end: both stretches, the end dated by the discount.
        const QList<MrrPoint> story = Mrr::history(in, at(2025, 6, 1));
        QCOMPARE(story.size(), 2);
        QCOMPARE(story.at(0).at, kStart);
        QCOMPARE(story.at(0).state.mrr, 499);
        QCOMPARE(story.at(1).at, end);
        QCOMPARE(story.at(1).state.mrr, 999);
        QCOMPARE(story.at(1).state.mrr - story.at(0).state.mrr, 500);

        // Seen before the end: discounted so far, nothing written ahead of time.
        const QList<MrrPoint> early = Mrr::history(in, at(2025, 3, 1));
        QCOMPARE(early.size(), 1);
        QCOMPARE(early.first().state.mrr, 499);

        // The next observation (the renewal after the end) dates the rise at the end.
        const QList<MrrPoint> later = Mrr::transition(early.first(), in, at(2025, 4, 15) + 3600);
        QCOMPARE(later.size(), 1);
        QCOMPARE(later.first().at, end);
        QCOMPARE(later.first().state.mrr, 999);
        QCOMPARE(later.first().state.status, QStringLiteral("active"));
        // Observed again at once: nothing more.
        QVERIFY(Mrr::transition(later.first(), in, at(2025, 4, 16)).isEmpty());
    }

    void onceCouponLeavesMrrAlone()
    {
        MrrInputs in = plan(999);
        in.discounts << percent(5000, QStringLiteral("once"));
        QCOMPARE(Mrr::stateOf(in, kStart).mrr, 999);
        QCOMPARE(Mrr::stateOf(in, at(2025, 2, 1)).mrr, 999);
        QCOMPARE(Mrr::history(in, at(2025, 6, 1)).size(), 1);
    }

    void discountsApplyInOrderToWhatIsLeft()
    {
        MrrInputs in = plan(999);
        in.discounts << percent(2000, QStringLiteral("forever")) << amountOff(100, QStringLiteral("forever"));
        QCOMPARE(Mrr::stateOf(in, at(2025, 2, 1)).mrr, 699); // 999 × 0.8 − 100 = 699.2
        MrrInputs reversed = plan(999);
        reversed.discounts << amountOff(100, QStringLiteral("forever")) << percent(2000, QStringLiteral("forever"));
        QCOMPARE(Mrr::stateOf(reversed, at(2025, 2, 1)).mrr, 719); // (999 − 100) × 0.8 = 719.2
        MrrInputs twice = plan(999);
        twice.discounts << percent(1250, QStringLiteral("forever")) << percent(1000, QStringLiteral("forever"));
        QCOMPARE(Mrr::stateOf(twice, at(2025, 2, 1)).mrr, 787); // 999 × 0.875 × 0.9 = 786.7125
    }

    void amountOffIsCappedAndKeepsToItsCurrency()
    {
        MrrInputs in = plan(999);
        in.discounts << amountOff(2000, QStringLiteral("forever"));
        QCOMPARE(Mrr::stateOf(in, at(2025, 2, 1)).mrr, 0);
        MrrInputs euros = plan(999);
        euros.discounts << amountOff(500, QStringLiteral("forever"), 0, QStringLiteral("eur"));
        QCOMPARE(Mrr::stateOf(euros, at(2025, 2, 1)).mrr, 999);
        MrrInputs seats = plan(999); // three seats: the amount off comes off the three
        seats.quantity = 3;
        seats.discounts << amountOff(500, QStringLiteral("forever"));
        QCOMPARE(Mrr::stateOf(seats, at(2025, 2, 1)).mrr, 2497);
    }

    void termsNotKnownCountNothing()
    {
        MrrInputs in = plan(999);
        MrrDiscount unknown;
        unknown.id = QStringLiteral("di_x");
        unknown.start = kStart;
        in.discounts << unknown;
        QCOMPARE(Mrr::stateOf(in, at(2025, 2, 1)).mrr, 999);
    }

    void aTrialThenADiscountedPlan()
    {
        MrrInputs in = plan(999);
        in.trialEnd = at(2025, 1, 29);
        in.discounts << percent(2000, QStringLiteral("repeating"), at(2025, 4, 15));
        const QList<MrrPoint> story = Mrr::history(in, at(2025, 6, 1));
        QCOMPARE(story.size(), 3);
        QCOMPARE(story.at(0).state.status, QStringLiteral("trialing"));
        QCOMPARE(story.at(0).state.mrr, 0);
        QCOMPARE(story.at(1).at, in.trialEnd);
        QCOMPARE(story.at(1).state.mrr, 799);
        QCOMPARE(story.at(2).at, at(2025, 4, 15));
        QCOMPARE(story.at(2).state.mrr, 999);
    }

    void canceledBeforeTheDiscountEnded()
    {
        MrrInputs in = plan(999);
        in.discounts << amountOff(500, QStringLiteral("repeating"), at(2025, 4, 15));
        in.status = QStringLiteral("canceled");
        in.endedAt = at(2025, 3, 1);
        const QList<MrrPoint> story = Mrr::history(in, at(2025, 6, 1));
        QCOMPARE(story.size(), 2);
        QCOMPARE(story.at(0).state.mrr, 499);
        QCOMPARE(story.at(1).at, at(2025, 3, 1));
        QCOMPARE(story.at(1).state.mrr, 0); // the end of the discount after that changes nothing
    }

    void aDiscountAddedAndRemovedMidLife()
    {
        // Observed at list price; then a 20 % forever discount applied on 1 March, seen later.
        MrrInputs in = plan(999);
        const QList<MrrPoint> first = Mrr::history(in, at(2025, 2, 1));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().state.mrr, 999);
        MrrDiscount added = percent(2000, QStringLiteral("forever"));
        added.start = at(2025, 3, 1);
        in.discounts << added;
        const QList<MrrPoint> lowered = Mrr::transition(first.first(), in, at(2025, 3, 5));
        QCOMPARE(lowered.size(), 1);
        QCOMPARE(lowered.first().at, at(2025, 3, 1)); // a contraction dated by the discount's start
        QCOMPARE(lowered.first().state.mrr, 799);
        // Removed on 10 May (customer.discount.deleted): its end is the removal.
        in.discounts.first().end = at(2025, 5, 10);
        const QList<MrrPoint> raised = Mrr::transition(lowered.first(), in, at(2025, 5, 10));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().at, at(2025, 5, 10));
        QCOMPARE(raised.first().state.mrr, 999);
    }

    void readFromStripesObjects()
    {
        // clover: discounts expanded, each with its coupon expanded.
        const QJsonObject coupon{{QStringLiteral("id"), QStringLiteral("SPRING")}, {QStringLiteral("percent_off"), 12.5},
                                 {QStringLiteral("duration"), QStringLiteral("forever")}};
        const QJsonObject discount{{QStringLiteral("id"), QStringLiteral("di_1")}, {QStringLiteral("object"), QStringLiteral("discount")},
                                   {QStringLiteral("start"), kStart}, {QStringLiteral("end"), QJsonValue()},
                                   {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("coupon")},
                                                                          {QStringLiteral("coupon"), coupon}}}};
        const QJsonObject subscription{{QStringLiteral("id"), QStringLiteral("sub_1")}, {QStringLiteral("status"), QStringLiteral("active")},
                                       {QStringLiteral("discounts"), QJsonArray{discount, QStringLiteral("di_2")}}};
        const MrrInputs in = MrrInputs::fromSubscription(subscription);
        QVERIFY(in.discountsListed);
        QCOMPARE(in.discounts.size(), 2);
        QCOMPARE(in.discounts.at(0).couponId, QStringLiteral("SPRING"));
        QVERIFY(in.discounts.at(0).termsKnown);
        QCOMPARE(in.discounts.at(0).percentOffBp, 1250);
        QCOMPARE(in.discounts.at(1).id, QStringLiteral("di_2"));
        QVERIFY(!in.discounts.at(1).termsKnown); // an id: its terms come from our tables

        // Before clover: one discount object with its coupon.
        const QJsonObject legacy{{QStringLiteral("id"), QStringLiteral("sub_2")},
                                 {QStringLiteral("discount"), QJsonObject{{QStringLiteral("id"), QStringLiteral("di_3")},
                                                                          {QStringLiteral("start"), kStart},
                                                                          {QStringLiteral("coupon"), QJsonObject{{QStringLiteral("id"), QStringLiteral("OFF5")},
                                                                                                                  {QStringLiteral("amount_off"), 500},
                                                                                                                  {QStringLiteral("currency"), QStringLiteral("usd")},
                                                                                                                  {QStringLiteral("duration"), QStringLiteral("repeating")},
                                                                                                                  {QStringLiteral("duration_in_months"), 3}}}}}};
        const MrrInputs old = MrrInputs::fromSubscription(legacy);
        QCOMPARE(old.discounts.size(), 1);
        QCOMPARE(old.discounts.first().amountOff, 500);
        // No end given: three months from the start.
        QVERIFY(old.discounts.first().lowersAt(at(2025, 4, 14)));
        QVERIFY(!old.discounts.first().lowersAt(at(2025, 4, 15)));
    }
};

QTEST_GUILESS_MAIN(TestMrrDiscounts)
#include "tst_mrr_discounts.moc"
