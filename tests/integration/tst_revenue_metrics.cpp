// Finance's figures against RevenueFixture's hand-sized history (100 monthly and
// 10 yearly subscribers, 3 churned, 1 reactivated, 2 switches to yearly, 1
// scheduled cancel, a new one, a failed renewal, a trial): every figure exact,
// to the cent, in both MRR modes.
#include "RevenueFixture.h"
#include "TestDatabase.h"
#include "billing/BillingStore.h"
#include "billing/FeeSchedule.h"
#include "billing/MrrLedger.h"
#include "billing/RevenueMetrics.h"
#include "db/UserDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace companion;
using billing::MrrMode;
using billing::Movement;

using test::RevenueFixture;

namespace {
qint64 at(const char *isoDay, int hour = 10)
{
    return RevenueFixture::at(isoDay, hour);
}

QString user(int n)
{
    return RevenueFixture::user(n);
}
} // namespace

class TestRevenueMetrics : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_testDb;
    QSqlDatabase m_db;
    db::Dialect m_dialect = db::Dialect::SQLite;
    RevenueFixture m_fixture;

    billing::RevenueReport report(MrrMode mode, billing::Granularity granularity = billing::Granularity::Month) const
    {
        billing::RevenueRequest request;
        request.from = QDate(2025, 1, 1);
        request.to = QDate(2025, 4, 30);
        request.granularity = granularity;
        request.mode = mode;
        return billing::RevenueMetrics(m_db, m_dialect).report(request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_testDb.create(&error), qPrintable(error));
        m_db = m_testDb.openMigrated(&error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
        m_dialect = m_testDb.config().dialect;

        QVERIFY2(m_fixture.seed(m_db, m_dialect, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_db = {}; }

    void monthlyToYearlyNormalisesToTheCent()
    {
        QCOMPARE(billing::Mrr::monthlyAmount(999, 1, QStringLiteral("month"), 1), 999);
        QCOMPARE(billing::Mrr::monthlyAmount(9599, 1, QStringLiteral("year"), 1), 800); // 799.92 rounds up
        QCOMPARE(billing::Mrr::monthlyAmount(999, 3, QStringLiteral("month"), 3), 999);  // quarterly of three seats
        QCOMPARE(billing::Mrr::monthlyAmount(100, 1, QStringLiteral("week"), 1), 433);   // 100 × 52 ÷ 12
        QCOMPARE(billing::Mrr::monthlyAmount(0, 1, QStringLiteral("month"), 1), 0);
    }

    void companionModeFiguresAreExact()
    {
        const billing::RevenueReport r = report(MrrMode::Companion);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.ledgerConsistent);
        QCOMPARE(r.periods.size(), 4);
        const billing::PeriodFigures &jan = r.periods.at(0), &feb = r.periods.at(1), &mar = r.periods.at(2), &apr = r.periods.at(3);
        QCOMPARE(jan.start, QDate(2025, 1, 1));
        QCOMPARE(jan.startMrr, 107900); // 100 × 999 + 10 × 800
        QCOMPARE(jan.moves.churn, 2997);
        QCOMPARE(jan.moves.churned, 3);
        QCOMPARE(jan.endMrr, 104903);
        QCOMPARE(jan.customersAtStart, 110);
        QCOMPARE(jan.customersAtEnd, 107);
        QCOMPARE(*jan.customerChurnRate(), 3.0 / 110);
        QCOMPARE(*jan.grossMrrChurn(), 2997.0 / 107900);
        QCOMPARE(*jan.netMrrChurn(), 2997.0 / 107900);
        QCOMPARE(jan.arpu(), 980);
        QCOMPARE(jan.arr(), 104903 * 12);
        QCOMPARE(*jan.quickRatio(), 0.0);

        QCOMPARE(feb.moves.contraction, 398); // 2 × (999 − 800)
        QCOMPARE(feb.moves.contracted, 2);
        QCOMPARE(feb.moves.churn, 0);
        QCOMPARE(feb.endMrr, 104505);

        QCOMPARE(mar.moves.reactivation, 999);
        QCOMPARE(mar.moves.reactivated, 1);
        QCOMPARE(mar.moves.newMrr, 0);  // u001 paid before: not new
        QCOMPARE(mar.moves.churn, 0);   // u020's cancel is only scheduled
        QCOMPARE(mar.scheduledChurn, 999);
        QCOMPARE(mar.endMrr, 105504);
        QCOMPARE(mar.customersAtEnd, 108);
        QVERIFY(!mar.quickRatio());     // nothing lost: no ratio
        QCOMPARE(*mar.netMrrChurn(), -999.0 / 104505);

        QCOMPARE(apr.moves.churn, 999);
        QCOMPARE(apr.moves.newMrr, 999);
        QCOMPARE(apr.moves.newCustomers, 1);
        QCOMPARE(apr.endMrr, 105504);
        QCOMPARE(apr.scheduledChurn, 0);
        QCOMPARE(apr.atRiskMrr, 999);   // u050 is past_due: still MRR, flagged
        QCOMPARE(*apr.quickRatio(), 1.0);
        QCOMPARE(apr.arpu(), 977);
        // Trailing churn Nov–Apr: Nov and Dec had no customers at their start.
        QCOMPARE(*apr.ltvChurn, (3.0 / 110 + 0 + 0 + 1.0 / 108) / 4);
        QCOMPARE(*apr.ltv(), 106975);

        for (int i = 0; i < r.periods.size(); ++i) {
            QVERIFY2(r.periods.at(i).rollsForward(), qPrintable(QString::number(i)));
            if (i > 0)
                QCOMPARE(r.periods.at(i).startMrr, r.periods.at(i - 1).endMrr);
        }
    }

    void stripeModeDropsAScheduledCancelWhenItIsAsked()
    {
        const billing::RevenueReport r = report(MrrMode::StripeCompatible);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.ledgerConsistent);
        const billing::PeriodFigures &mar = r.periods.at(2), &apr = r.periods.at(3);
        QCOMPARE(r.periods.at(0).endMrr, 104903);
        QCOMPARE(r.periods.at(1).endMrr, 104505);
        QCOMPARE(mar.moves.churn, 999);
        QCOMPARE(mar.moves.reactivation, 999);
        QCOMPARE(mar.endMrr, 104505);
        QCOMPARE(mar.scheduledChurn, 0);
        QCOMPARE(*mar.customerChurnRate(), 1.0 / 107);
        QCOMPARE(apr.moves.churn, 0);
        QCOMPARE(apr.moves.newMrr, 999);
        QCOMPARE(apr.endMrr, 105504);
        QCOMPARE(*apr.ltv(), 106722);
        for (const billing::PeriodFigures &f : r.periods)
            QVERIFY(f.rollsForward());
    }

    void drillDownNamesTheCustomers()
    {
        billing::RevenueRequest request;
        request.from = request.to = QDate(2025, 1, 1);
        billing::RevenueMetrics metrics(m_db, m_dialect);
        QString error;
        const auto churned = metrics.movers(request, QDate(2025, 1, 1), Movement::Churn, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList who;
        for (const auto &line : churned) {
            who << line.customer;
            QCOMPARE(line.before, 999);
            QCOMPARE(line.after, 0);
        }
        QCOMPARE(who, (QStringList{user(1), user(2), user(3)}));
        QCOMPARE(churned.first().email, QStringLiteral("u001@example.com"));

        const auto contracted = metrics.movers(request, QDate(2025, 2, 1), Movement::Contraction, &error);
        QCOMPARE(contracted.size(), 2);
        QCOMPARE(contracted.first().after, 800);
        const auto back = metrics.movers(request, QDate(2025, 3, 1), Movement::Reactivation, &error);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().customer, user(1));
    }

    void modeDifferencesListTheScheduledCancels()
    {
        QString error;
        const auto lines = billing::RevenueMetrics(m_db, m_dialect).modeDifferences(QDate(2025, 4, 1), QStringLiteral("usd"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().customer, user(20));
        QCOMPARE(lines.first().before, 999);
        QCOMPARE(lines.first().cancelRequestedAt, at("2025-03-20"));
        QCOMPARE(lines.first().endsAt, at("2025-04-05", 0));
        QVERIFY(billing::RevenueMetrics(m_db, m_dialect).modeDifferences(QDate(2025, 5, 1), QStringLiteral("usd"), &error).isEmpty());
    }

    void weeksAndDaysRollForwardToo()
    {
        for (auto granularity : {billing::Granularity::Week, billing::Granularity::Day}) {
            const billing::RevenueReport r = report(MrrMode::Companion, granularity);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QVERIFY(r.ledgerConsistent);
            QVERIFY(r.periods.size() > 4);
            qint64 churn = 0;
            for (int i = 0; i < r.periods.size(); ++i) {
                QVERIFY(r.periods.at(i).rollsForward());
                if (i > 0)
                    QCOMPARE(r.periods.at(i).startMrr, r.periods.at(i - 1).endMrr);
                churn += r.periods.at(i).moves.churn;
            }
            // Finer periods see the same four months' churn: 3 in January, u020 in April.
            QCOMPARE(churn, 2997 + 999);
        }
    }

    void theGuidesArithmetic()
    {
        QCOMPARE(billing::FeeSchedule::estimatedFee(999), 59); // $9.99 → fee $0.59
        QCOMPARE(999 - billing::FeeSchedule::estimatedFee(999), 940); // net $9.40
        QCOMPARE(billing::FeeSchedule::estimatedFee(9599), 308);
        QCOMPARE(billing::FeeSchedule::estimatedFee(999, true), 69);
    }

    void cashUsesActualFeesWhereKnown()
    {
        // June 2025: A estimated (and refunded), B with its balance transaction's fee,
        // C failed once then paid, D failed and still open.
        const qint64 june = at("2025-06-10");
        const auto invoice = [&](const char *id, const char *status, qint64 paid, int attempts, QVariant fee, qint64 refunded) {
            QSqlQuery q(m_db);
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO invoices (id, customer_id, status, currency, total, amount_due, amount_paid, "
                                             "amount_refunded, attempt_count, created, paid_at, fee, updated_at) "
                                             "VALUES (?, 'cus_cash', ?, 'usd', 999, 999, ?, ?, ?, ?, ?, ?, ?)")));
            for (const QVariant &v : QVariantList{QString::fromLatin1(id), QString::fromLatin1(status), paid, refunded, attempts, june,
                                                  paid > 0 ? QVariant(june + 60) : QVariant(QMetaType(QMetaType::LongLong)), fee, june})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        const QVariant noFee(QMetaType(QMetaType::LongLong));
        invoice("in_cash_a", "paid", 999, 1, noFee, 999);
        invoice("in_cash_b", "paid", 999, 1, qint64(69), 0);
        invoice("in_cash_c", "paid", 999, 2, noFee, 0);
        invoice("in_cash_d", "open", 0, 1, noFee, 0);
        // B is disputed on 20 June: $9.99 taken back and Stripe's $15.00 fee.
        QSqlQuery dispute(m_db);
        QVERIFY(dispute.prepare(QStringLiteral("UPDATE invoices SET amount_disputed = 999, dispute_fee = 1500, disputed_at = ? WHERE id = 'in_cash_b'")));
        dispute.addBindValue(at("2025-06-20"));
        QVERIFY2(dispute.exec(), qPrintable(dispute.lastError().text()));

        billing::RevenueRequest request;
        request.from = request.to = QDate(2025, 6, 1);
        const auto r = billing::RevenueMetrics(m_db, m_dialect).report(request);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const billing::CashFigures &c = r.periods.first().cash;
        QCOMPARE(c.gross, 2997);
        QCOMPARE(c.fees, 59 + 69 + 59);
        QCOMPARE(c.estimatedFees, 118);
        QCOMPARE(c.estimatedPayments, 2);
        QCOMPARE(c.refunds, 999);
        QCOMPARE(c.disputes, 999 + 1500);
        QCOMPARE(c.net(), 2997 - 187 - 999 - 2499);
        QCOMPARE(c.failed, 1998);
        QCOMPARE(c.failedInvoices, 2);
        QCOMPARE(c.recovered, 999);
        QCOMPARE(*c.recoveryRate(), 0.5);
    }

    // A subscription mirrored before we knew whose it was counts under Stripe's
    // customer; once tied to a user, its whole history counts under the user.
    void customerKeyFollowsTheUserOnceLinked()
    {
        QString error;
        QJsonObject late = m_fixture.subscriptionOf(user(111));
        late.insert(QStringLiteral("id"), QStringLiteral("sub_late"));
        late.insert(QStringLiteral("customer"), QStringLiteral("cus_late"));
        QVERIFY2(m_fixture.write(QString(), late, at("2025-06-01"), &error), qPrintable(error));
        QCOMPARE(test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM mrr_segments WHERE subscription_id = 'sub_late' AND customer_key = 'cus_late'")), 1);
        db::UserRecord u;
        u.id = QStringLiteral("u_late");
        u.email = QStringLiteral("late@example.com");
        QVERIFY2(db::UserDirectory(m_db, m_dialect).insert(u, &error), qPrintable(error));
        QVERIFY2(m_fixture.write(u.id, late, at("2025-06-02"), &error), qPrintable(error));
        QCOMPARE(test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM mrr_segments WHERE subscription_id = 'sub_late' AND customer_key = 'u_late'")), 1);
        QCOMPARE(test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM mrr_segments WHERE customer_key IS NULL")), 0);
    }

    void aRepeatedObservationChangesNothing()
    {
        const int before = test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM mrr_segments"));
        QString error;
        QVERIFY2(m_fixture.write(user(20), m_fixture.subscriptionOf(user(20)), at("2025-04-06"), &error), qPrintable(error));
        QVERIFY2(m_fixture.write(user(10), m_fixture.subscriptionOf(user(10)), at("2025-04-07"), &error), qPrintable(error));
        QCOMPARE(test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM mrr_segments")), before);
        QCOMPARE(test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM mrr_segments WHERE valid_to IS NULL")),
                 test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM subscriptions")));
    }
};

QTEST_GUILESS_MAIN(TestRevenueMetrics)
#include "tst_revenue_metrics.moc"
