// How the Revenue dashboard words its numbers: a tile's change against the range
// before, and the money on the charts' value axes (never "1e+06").
#include "widgets/KpiTile.h"
#include "widgets/RevenueCharts.h"
#include "util/Money.h"

#include <QtTest>

using namespace companion;
using admin::KpiTile;
using admin::RevenueCharts;

class TestRevenueDashboardFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void deltas()
    {
        const KpiTile::Format usd = [](qint64 amount) { return util::formatMoney(amount, QStringLiteral("usd")); };
        QCOMPARE(KpiTile::delta(112400, qint64(100000), usd), QStringLiteral("+12.4 %"));
        QCOMPARE(KpiTile::delta(105504, qint64(107900), usd), QStringLiteral("\u2212" "2.2 %"));
        QCOMPARE(KpiTile::delta(-500, qint64(-1000), usd), QStringLiteral("+50.0 %")); // a loss halved is a rise
        QCOMPARE(KpiTile::delta(3000, qint64(0), usd), QStringLiteral("+$30.00"));     // nothing before: the amount
        QCOMPARE(KpiTile::delta(-3000, qint64(0), usd), QStringLiteral("\u2212" "$30.00"));
        QCOMPARE(KpiTile::delta(0, qint64(0), usd), QStringLiteral("$0.00"));
        QCOMPARE(KpiTile::delta(999, std::nullopt, usd), QStringLiteral("—"));
        QCOMPARE(KpiTile::delta(500, qint64(500), usd), QStringLiteral("0.0 %"));
    }

    void moneyAxes()
    {
        const auto labels = [](double low, double high, const char *currency) {
            QStringList out;
            for (const auto &tick : RevenueCharts::moneyTicks(low, high, QLatin1String(currency)))
                out << tick.second;
            return out.join(u'|');
        };
        QCOMPARE(labels(0, 1055.04, "usd"), QStringLiteral("$0|$500|$1,000|$1,500"));
        QCOMPARE(labels(0, 2'400'000, "usd"), QStringLiteral("$0|$1,000,000|$2,000,000|$3,000,000"));
        QCOMPARE(labels(-29.97, 9.99, "usd"), QStringLiteral("-$30|-$20|-$10|$0|$10"));
        QCOMPARE(labels(0, 1, "usd"), QStringLiteral("$0.00|$0.50|$1.00"));          // cents only when the step needs them
        QCOMPARE(labels(0, 150000, "jpy"), QStringLiteral("¥0|¥50,000|¥100,000|¥150,000")); // a zero-decimal currency
        const auto ticks = RevenueCharts::moneyTicks(0, 9.99, QStringLiteral("usd"));
        QCOMPARE(ticks.constFirst().first, 0.0);
        QVERIFY(ticks.constLast().first >= 9.99);
    }
};

QTEST_MAIN(TestRevenueDashboardFormat)
#include "tst_revenue_dashboard_format.moc"
