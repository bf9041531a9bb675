// `companion-server sync-stripe`: the sandbox's 18-month demo history (with
// metadata.user_id on each subscription, as our checkouts leave it) reaches the
// database through the same code as webhook refreshes. Every subscription and
// invoice Stripe has for one of our users is mirrored once, each user's tier
// follows its subscriptions, and a second run changes nothing.
#include "DemoImport.h"
#include "SandboxClient.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"
#include "billing/BillingStore.h"
#include "billing/CashReconciliation.h"
#include "billing/Entitlement.h"
#include "billing/MrrLedger.h"
#include "billing/RevenueMetrics.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QSqlQuery>
#include <QtTest>

using namespace companion;

namespace {
// Premium now by Stripe's rules: a premium status whose scheduled end has not passed.
bool premiumByStripe(const QJsonObject &s, qint64 now)
{
    const qint64 cancelAt = s.value(QStringLiteral("cancel_at")).toInteger();
    const qint64 periodEnd = s.value(QStringLiteral("current_period_end")).toInteger();
    const bool ended = s.value(QStringLiteral("cancel_at_period_end")).toBool() && periodEnd > 0 && periodEnd <= now;
    return billing::isPremiumStatus(s.value(QStringLiteral("status")).toString()) && !ended && !(cancelAt > 0 && cancelAt <= now);
}
} // namespace

class TestStripeImport : public QObject
{
    Q_OBJECT
private:
    // Revenue over the imported 18 months: every period rolls forward to the cent
    // in both modes, today's MRR is what Stripe's subscriptions add up to, and the
    // ledger rebuilt from the mirror rows alone gives the same figures.
    void checkRevenueHistory(const QSqlDatabase &db, db::Dialect dialect, const QJsonArray &subscriptions)
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        billing::RevenueMetrics metrics(db, dialect);
        for (auto mode : {billing::MrrMode::Companion, billing::MrrMode::StripeCompatible}) {
            billing::RevenueRequest request;
            request.from = today.addMonths(-19);
            request.to = today;
            request.mode = mode;
            const billing::RevenueReport months = metrics.report(request);
            QVERIFY2(months.error.isEmpty(), qPrintable(months.error));
            QVERIFY(months.ledgerConsistent);
            int estimated = 0;
            for (const billing::PeriodFigures &f : months.periods)
                estimated += f.cash.estimatedPayments;
            QCOMPARE(estimated, 0); // every fee is Stripe's own
            QCOMPARE(months.periods.size(), 20);
            qint64 churn = 0, added = 0;
            for (int i = 0; i < months.periods.size(); ++i) {
                const billing::PeriodFigures &f = months.periods.at(i);
                QVERIFY2(f.rollsForward(), qPrintable(f.start.toString(Qt::ISODate)));
                if (i > 0)
                    QCOMPARE(f.startMrr, months.periods.at(i - 1).endMrr);
                churn += f.moves.churn;
                added += f.moves.newMrr;
            }
            QCOMPARE(months.periods.first().startMrr, 0); // before the history began
            QVERIFY(churn > 0);
            QVERIFY(added > churn);

            // Today's MRR from Stripe's objects directly.
            qint64 stripeMrr = 0;
            for (const QJsonValue &value : subscriptions) {
                const billing::MrrInputs in = billing::MrrInputs::fromSubscription(value.toObject());
                const billing::MrrState state = billing::Mrr::stateOf(in, QDateTime::currentSecsSinceEpoch());
                if (mode == billing::MrrMode::Companion || !state.cancelRequested)
                    stripeMrr += state.mrr;
            }
            request.from = request.to = today;
            request.granularity = billing::Granularity::Day;
            const billing::RevenueReport now = metrics.report(request);
            QVERIFY2(now.error.isEmpty(), qPrintable(now.error));
            QCOMPARE(now.periods.constLast().endMrr, stripeMrr);
            QCOMPARE(months.periods.constLast().endMrr, stripeMrr);
        }

        billing::RevenueRequest request;
        request.from = today.addMonths(-19);
        request.to = today;
        const billing::RevenueReport before = metrics.report(request);
        QSqlQuery wipe(db);
        QVERIFY(wipe.exec(QStringLiteral("DELETE FROM mrr_segments")));
        billing::BillingStore store(db, dialect);
        QCOMPARE(billing::MrrLedger(store).backfill(), int(subscriptions.size()));
        QCOMPARE(billing::MrrLedger(store).backfill(), 0);
        const billing::RevenueReport rebuilt = metrics.report(request);
        for (int i = 0; i < before.periods.size(); ++i) {
            QCOMPARE(rebuilt.periods.at(i).endMrr, before.periods.at(i).endMrr);
            QCOMPARE(rebuilt.periods.at(i).moves.net(), before.periods.at(i).moves.net());
            QCOMPARE(rebuilt.periods.at(i).moves.churned, before.periods.at(i).moves.churned);
        }
    }

    // The launch campaign (20 % off for three months, by promotion code) reaches the
    // mirror. Its discounts all ended months ago, and Stripe drops an ended discount
    // from its subscription: the sync sees none of them (the webhooks did, when
    // they happened; docs/metrics.md), and no MRR is discounted today.
    static void checkDiscounts(const QSqlDatabase &db, test::SandboxClient &sandbox, const QString &summary)
    {
        const QJsonArray coupons = sandbox.listAll(QStringLiteral("/v1/coupons"));
        const QJsonArray codes = sandbox.listAll(QStringLiteral("/v1/promotion_codes"));
        int discounts = 0;
        for (const QJsonValue &value : sandbox.listAll(QStringLiteral("/v1/subscriptions"), {{QStringLiteral("status"), QStringLiteral("all")}}))
            discounts += int(value.toObject().value(QStringLiteral("discounts")).toArray().size());
        QCOMPARE(coupons.size(), 1);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(summary.section(QLatin1Char('\n'), 2, 2), QStringLiteral("coupons: read %1; promotion codes: read %2; subscription discounts: read %3")
                                                               .arg(coupons.size()).arg(codes.size()).arg(discounts));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM coupons WHERE percent_off_bp = 2000 AND duration = 'repeating' "
                                                    "AND duration_in_months = 3 AND times_redeemed = ?"),
                                 {coupons.first().toObject().value(QStringLiteral("times_redeemed")).toInteger()}), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM promotion_codes p JOIN coupons c ON c.id = p.coupon_id "
                                                    "WHERE p.code = ?"), {codes.first().toObject().value(QStringLiteral("code")).toString()}), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscription_discounts")), discounts);
    }

    // The demo's payouts and every balance transaction reach the mirror, each final
    // automatic payout with the transactions it carried, and every month of the
    // eighteen reconciles to the cent: charges - refunds - disputes - fees = net =
    // paid out + in transit + still in the balance, with no difference left.
    static void checkCashHistory(const QSqlDatabase &db, db::Dialect dialect, test::SandboxClient &sandbox, const QString &summary)
    {
        const QJsonArray payouts = sandbox.listAll(QStringLiteral("/v1/payouts"));
        const QJsonArray transactions = sandbox.listAll(QStringLiteral("/v1/balance_transactions"));
        // Every automatic payout's transactions are read, a final one's for the last time
        // (one still in transit is read again next sync: it may yet fail). Which payouts are
        // in transit depends on today's date.
        int automatic = 0, final = 0, failed = 0;
        for (const QJsonValue &value : payouts) {
            const QString status = value.toObject().value(QStringLiteral("status")).toString();
            automatic += value.toObject().value(QStringLiteral("automatic")).toBool();
            final += status == QLatin1String("paid") || status == QLatin1String("failed") || status == QLatin1String("canceled");
            failed += status == QLatin1String("failed");
        }
        // A payout on each day money became available (164 with this seed).
        QVERIFY2(payouts.size() >= 100, qPrintable(QStringLiteral("%1 payouts").arg(payouts.size())));
        QCOMPARE(summary.section(QLatin1Char('\n'), 1, 1), QStringLiteral("balance transactions: read %1; payouts: read %2, transactions of %3 read")
                                                               .arg(transactions.size()).arg(payouts.size()).arg(automatic));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM payouts")), int(payouts.size()));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM payouts WHERE status = 'failed'")), failed);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM payouts WHERE transactions_read = ?"), {true}), final);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM balance_transactions")), int(transactions.size()));
        // What Stripe says a payout carried is what the mirror links to it.
        const QString sample = payouts.at(payouts.size() / 2).toObject().value(QStringLiteral("id")).toString();
        const QJsonArray carried = sandbox.listAll(QStringLiteral("/v1/balance_transactions"), {{QStringLiteral("payout"), sample}});
        QVERIFY(carried.size() > 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM balance_transactions WHERE payout_id = ?"), {sample}), int(carried.size()));

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery range(db);
        QVERIFY(range.exec(QStringLiteral("SELECT MIN(created), MAX(created) FROM balance_transactions")) && range.next());
        const QDate first = QDateTime::fromSecsSinceEpoch(range.value(0).toLongLong(), QTimeZone::utc()).date();
        const QDate last = QDateTime::fromSecsSinceEpoch(range.value(1).toLongLong(), QTimeZone::utc()).date();
        int months = 0;
        qint64 charges = 0, paidOut = 0;
        const billing::CashReconciliation cash(db, dialect);
        for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
            const billing::CashReport report = cash.read({month, QStringLiteral("usd")}, now);
            QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
            QStringList differences;
            for (const billing::CashDifference &d : report.differences)
                differences << d.cause;
            QVERIFY2(report.matches(), qPrintable(month.toString(u"yyyy-MM: ") + differences.join(u"; ")));
            QCOMPARE(report.charges - report.refunds - report.disputes - report.fees + report.other, report.net);
            QCOMPARE(report.paidOut + report.inTransit + report.inBalance, report.net);
            charges += report.charges;
            paidOut += report.paidOut;
            ++months;
        }
        QVERIFY(months >= 18);
        QVERIFY(charges > 0 && paidOut > 0);
    }

private Q_SLOTS:
    void demoHistoryReachesTheDatabase()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        // The same seed gives the sandbox's customers the demo users' ids and e-mails.
        test::SandboxClient sandbox;
        QString summary;
        const QString server = QStringLiteral(COMPANION_SERVER_BIN);
        QVERIFY2(test::importDemoHistory(server, testDb, sandbox, &summary, &error), qPrintable(error));
        int exitCode = -1;
        const QList<QPair<QString, QString>> stripe{{QStringLiteral("STRIPE_API_BASE"), sandbox.baseUrl().toString()}};

        // Stripe's side, read directly.
        const auto list = sandbox.get(QStringLiteral("/v1/subscriptions"), QUrlQuery{{QStringLiteral("status"), QStringLiteral("all")},
                                                                                    {QStringLiteral("limit"), QStringLiteral("100")}});
        QCOMPARE(list.status, 200);
        const QJsonArray subscriptions = list.body.value(QStringLiteral("data")).toArray();
        QVERIFY(subscriptions.size() >= 30);
        QVERIFY(!list.body.value(QStringLiteral("has_more")).toBool());
        const QJsonArray invoices = sandbox.listAll(QStringLiteral("/v1/invoices"));
        QVERIFY(invoices.size() > subscriptions.size()); // months of renewals
        int paid = 0;
        for (const QJsonValue &invoice : invoices)
            paid += invoice.toObject().value(QStringLiteral("amount_paid")).toInteger() > 0;
        QCOMPARE(summary.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("subscriptions: read %1, applied %1; invoices: read %2, applied %2; fees from balance transactions: %3")
                     .arg(subscriptions.size()).arg(invoices.size()).arg(paid));
        // Stripe's own fees, net and refunds, none estimated.
        qint64 stripeFees = 0, stripeRefunds = 0;
        for (const QJsonValue &txn : sandbox.listAll(QStringLiteral("/v1/balance_transactions"), {{QStringLiteral("type"), QStringLiteral("charge")}}))
            stripeFees += txn.toObject().value(QStringLiteral("fee")).toInteger();
        for (const QJsonValue &refund : sandbox.listAll(QStringLiteral("/v1/refunds")))
            stripeRefunds += refund.toObject().value(QStringLiteral("amount")).toInteger();
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE amount_paid > 0 AND (fee IS NULL OR fee_estimated)")), 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT SUM(fee) FROM invoices")), int(stripeFees));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT SUM(amount_refunded) FROM invoices")), int(stripeRefunds));
        qint64 stripeDisputes = 0;
        for (const QJsonValue &dispute : sandbox.listAll(QStringLiteral("/v1/disputes")))
            for (const QJsonValue &txn : dispute.toObject().value(QStringLiteral("balance_transactions")).toArray())
                stripeDisputes += -txn.toObject().value(QStringLiteral("amount")).toInteger() + txn.toObject().value(QStringLiteral("fee")).toInteger();
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT SUM(amount_disputed + dispute_fee) FROM invoices")), int(stripeDisputes));
        // $9.99: fee $0.59 and net $9.40 at home, $0.69 for a card from abroad.
        QVERIFY(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE amount_paid = 999 AND fee = 59 AND net = 940")) > 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE amount_paid = 999 AND fee NOT IN (59, 69)")), 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions")), int(subscriptions.size()));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM invoices")), int(invoices.size()));
        // Each invoice with its owner and state: the owner is its subscription's user.
        for (const QJsonValue &value : invoices) {
            const QJsonObject invoice = value.toObject();
            QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM invoices i JOIN subscriptions s ON s.id = i.subscription_id "
                                                        "WHERE i.id = ? AND i.status = ? AND i.user_id = s.user_id AND i.amount_paid = ?"),
                                     {invoice.value(QStringLiteral("id")).toString(), invoice.value(QStringLiteral("status")).toString(),
                                      invoice.value(QStringLiteral("amount_paid")).toInteger()}),
                     1);
        }

        // Each user's tier is what Stripe's subscriptions say.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QHash<QString, bool> premiumByUser;
        for (const QJsonValue &value : subscriptions) {
            const QJsonObject s = value.toObject();
            const QString user = s.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
            QVERIFY(!user.isEmpty());
            premiumByUser[user] = premiumByUser.value(user) || premiumByStripe(s, now);
            QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions WHERE id = ? AND user_id = ? AND status = ?"),
                                     {s.value(QStringLiteral("id")).toString(), user, s.value(QStringLiteral("status")).toString()}), 1);
        }
        int premium = 0;
        for (auto it = premiumByUser.cbegin(); it != premiumByUser.cend(); ++it) {
            QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? AND is_premium"), {it.key()}), it.value() ? 1 : 0);
            premium += it.value();
        }
        QVERIFY(premium > 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE is_premium")), premium);

        // Again: the same rows, nothing doubled.
        test::serverCommand(server, {QStringLiteral("sync-stripe")}, testDb.url(), &exitCode, stripe);
        QCOMPARE(exitCode, 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions")), int(subscriptions.size()));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM invoices")), int(invoices.size()));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE is_premium")), premium);

        checkDiscounts(db, sandbox, summary);
        checkRevenueHistory(db, testDb.config().dialect, subscriptions);
        checkCashHistory(db, testDb.config().dialect, sandbox, summary);

        // Stripe unreachable: a clear error and a failing exit, the copy untouched.
        QVERIFY(sandbox.stop(&error));
        test::serverCommand(server, {QStringLiteral("sync-stripe")}, testDb.url(), &exitCode, stripe);
        QCOMPARE(exitCode, 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions")), int(subscriptions.size()));
    }
};

QTEST_GUILESS_MAIN(TestStripeImport)
#include "tst_stripe_import.moc"
