// Reconciliation against the sandbox's 18-month demo history: right after a sync
// nothing differs; then each kind of drift is made on purpose (in our database
// and in Stripe) and found, with the webhook log's last word beside it. Fix all
// applies Stripe's truth through the webhook code, audited, and leaves only what
// needs a person; afterwards every user's access is what Stripe says.
#include "BillingStack.h"
#include "DemoImport.h"
#include "SandboxClient.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"
#include "billing/PayoutLedger.h"
#include "billing/Reconciler.h"
#include "billing/WebhookEndpointCheck.h"
#include "db/UserDirectory.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace companion;
using billing::DriftKind;

namespace {
QList<billing::Drift> compare(billing::Reconciler &reconciler)
{
    QSignalSpy done(&reconciler, &billing::Reconciler::compared);
    reconciler.compare();
    if (!done.wait(60000))
        return {};
    const QString error = done.first().at(1).toString();
    if (!error.isEmpty())
        qWarning("compare failed: %s", qPrintable(error));
    return done.first().first().value<QList<billing::Drift>>();
}

QList<billing::Drift> ofKind(const QList<billing::Drift> &drifts, DriftKind kind)
{
    QList<billing::Drift> out;
    for (const billing::Drift &d : drifts)
        if (d.kind == kind)
            out << d;
    return out;
}

QList<billing::MissedEvent> listMissed(billing::Reconciler &reconciler)
{
    QSignalSpy done(&reconciler, &billing::Reconciler::missedListed);
    reconciler.listMissed();
    if (!done.wait(60000))
        return {};
    if (const QString error = done.first().at(1).toString(); !error.isEmpty())
        qWarning("listing missed events failed: %s", qPrintable(error));
    return done.first().first().value<QList<billing::MissedEvent>>();
}

QString kinds(const QList<billing::Drift> &drifts)
{
    QStringList out;
    for (const billing::Drift &d : drifts)
        out << billing::Reconciliation::kindName(d.kind) + u':' + d.userId + u':' + d.subscriptionId;
    return out.join(QStringLiteral(", "));
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.isActive();
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}
} // namespace

class TestReconciliation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryDriftAndFixesWhatStripeKnows()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        test::SandboxClient sandbox;
        QString synced;
        QVERIFY2(test::importDemoHistory(QStringLiteral(COMPANION_SERVER_BIN), testDb, sandbox, &synced, &error), qPrintable(error));

        billing::Reconciler reconciler({billing::Reconciler::clientFor(sandbox.baseUrl(), QString::fromLatin1(test::SandboxClient::kKey)),
                                         testDb.config()});
        // Freshly synced: Stripe and we agree.
        QList<billing::Drift> drifts = compare(reconciler);
        QVERIFY2(drifts.isEmpty(), qPrintable(kinds(drifts)));

        // Drifts, one of each kind.
        const QString paying = scalar(db, QStringLiteral("SELECT u.id FROM users u JOIN subscriptions s ON s.user_id = u.id "
                                                         "WHERE s.status = 'active' AND NOT s.cancel_at_period_end ORDER BY u.id LIMIT 1"));
        const QString freeUser = scalar(db, QStringLiteral("SELECT id FROM users WHERE NOT is_premium AND stripe_customer_id IS NULL ORDER BY id LIMIT 1"));
        const QString drifting = scalar(db, QStringLiteral("SELECT s.id FROM subscriptions s WHERE s.status = 'active' AND s.user_id <> '%1' "
                                                           "ORDER BY s.id LIMIT 1").arg(paying));
        const QString forgotten = scalar(db, QStringLiteral("SELECT s.id FROM subscriptions s WHERE s.status = 'active' AND s.user_id <> '%1' "
                                                            "AND s.id <> '%2' ORDER BY s.id LIMIT 1").arg(paying, drifting));
        const QString forgottenUser = scalar(db, QStringLiteral("SELECT user_id FROM subscriptions WHERE id = '%1'").arg(forgotten));
        QVERIFY(!paying.isEmpty() && !freeUser.isEmpty() && !drifting.isEmpty() && !forgotten.isEmpty());
        QVERIFY(exec(db, QStringLiteral("UPDATE users SET is_premium = ?, tier = 'free', premium_source = NULL WHERE id = ?"), {false, paying}));
        QVERIFY(exec(db, QStringLiteral("UPDATE users SET is_premium = ?, tier = 'premium', premium_source = 'subscription' WHERE id = ?"),
                     {true, freeUser}));
        QVERIFY(exec(db, QStringLiteral("UPDATE subscriptions SET status = 'past_due' WHERE id = ?"), {drifting}));
        QVERIFY(exec(db, QStringLiteral("DELETE FROM subscriptions WHERE id = ?"), {forgotten}));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO subscriptions (id, user_id, customer_id, status, updated_at) VALUES "
                                        "('sub_ghost', ?, 'cus_ghost', 'canceled', 1)"), {freeUser}));
        const QString duplicated = scalar(db, QStringLiteral("SELECT id FROM users WHERE stripe_customer_id IS NOT NULL ORDER BY id LIMIT 1"));
        QCOMPARE(sandbox.post(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("again@example.com")},
                                                                 {QStringLiteral("metadata[user_id]"), duplicated}}).status, 200);
        const QString price = sandbox.get(QStringLiteral("/v1/prices")).body.value(QStringLiteral("data")).toArray().first()
                                  .toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(sandbox.subscribe(price, QStringLiteral("nobody@example.com"), QStringLiteral("4242424242424242"),
                                   {{QStringLiteral("subscription_data[metadata][user_id]"), QStringLiteral("usr_nobody")}}).status, 200);

        drifts = compare(reconciler);
        const auto one = [&](DriftKind kind) {
            const auto found = ofKind(drifts, kind);
            return found.size() == 1 ? found.first() : billing::Drift{};
        };
        QCOMPARE(one(DriftKind::PayingNotPremium).userId, paying);
        QVERIFY(one(DriftKind::PayingNotPremium).stripePremium);
        QCOMPARE(one(DriftKind::PremiumWithoutSubscription).userId, freeUser);
        QCOMPARE(one(DriftKind::StatusMismatch).subscriptionId, drifting);
        QCOMPARE(one(DriftKind::StatusMismatch).ourStatus, QStringLiteral("past_due"));
        QCOMPARE(one(DriftKind::StatusMismatch).stripeStatus, QStringLiteral("active"));
        QCOMPARE(one(DriftKind::MissingSubscription).subscriptionId, forgotten);
        QCOMPARE(one(DriftKind::MissingSubscription).userId, forgottenUser);
        QCOMPARE(one(DriftKind::UnknownToStripe).subscriptionId, QStringLiteral("sub_ghost"));
        QCOMPARE(one(DriftKind::DuplicateCustomers).userId, duplicated);
        QCOMPARE(one(DriftKind::DuplicateCustomers).customerIds.size(), 2);
        QCOMPARE(one(DriftKind::NoMatchingUser).stripeStatus, QStringLiteral("active"));
        QCOMPARE(drifts.size(), 7);
        int fixable = 0;
        for (const billing::Drift &d : drifts)
            fixable += d.fixable();
        QCOMPARE(fixable, 4);

        // Fix all: Stripe's current objects through the webhook code, one audit row each.
        QSignalSpy fixed(&reconciler, &billing::Reconciler::fixed);
        reconciler.fix(drifts, QStringLiteral("Rita Recon"));
        QVERIFY(fixed.wait(60000));
        const auto summary = fixed.first().first().value<billing::FixSummary>();
        QCOMPARE(summary.total, 4);
        QCOMPARE(summary.fixed, 4);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reconcile.fix' AND actor = 'Rita Recon'")), 4);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? AND is_premium"), {paying}), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? AND is_premium"), {freeUser}), 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions WHERE id = ? AND status = 'active'"), {drifting}), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions WHERE id = ? AND user_id = ?"), {forgotten, forgottenUser}), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM mrr_segments WHERE subscription_id = ? AND valid_to IS NULL"),
                                 {forgotten}), 1);

        // What is left needs a person; fixing it again changes nothing.
        drifts = compare(reconciler);
        QCOMPARE(drifts.size(), 3);
        for (const billing::Drift &d : drifts)
            QVERIFY2(!d.fixable(), qPrintable(kinds(drifts)));
        fixed.clear();
        reconciler.fix(drifts, QStringLiteral("Rita Recon"));
        QTRY_COMPARE_WITH_TIMEOUT(fixed.size(), 1, 10000); // nothing to ask Stripe: it may answer at once
        QCOMPARE(fixed.first().first().value<billing::FixSummary>().fixed, 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reconcile.fix'")), 4);
    }

    // The server receives Stripe's webhooks from a sandbox that never delivers 35%
    // of them: some learners paid and are not Premium, some left and still are.
    // Either way back works: Fix all on the differences, or Fetch & apply on the
    // events Stripe still lists as undelivered. Afterwards every learner's access
    // is Stripe's and nothing was applied twice.
    void droppedWebhooksAreRecovered_data()
    {
        QTest::addColumn<QString>("way");
        QTest::newRow("fix the differences") << QStringLiteral("fix");
        QTest::newRow("fetch and apply the missed events") << QStringLiteral("events");
        QTest::newRow("companion-server sync-stripe --events") << QStringLiteral("cli");
    }

    void droppedWebhooksAreRecovered()
    {
        QFETCH(QString, way);
        const bool byEvents = way != QLatin1String("fix");
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        db::UserDirectory users(db, testDb.config().dialect);
        constexpr int kLearners = 30;
        for (int i = 0; i < kLearners; ++i) {
            db::UserRecord u;
            u.id = QStringLiteral("usr_chaos_%1").arg(i, 2, 10, QLatin1Char('0'));
            u.email = u.id + QStringLiteral("@example.com");
            QVERIFY2(users.insert(u, &error), qPrintable(error));
        }
        test::BillingStack stack(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(stack.start(testDb.url(), QStringLiteral("whsec_reconcile_test_secret"), &error, {},
                             {QStringLiteral("--drop-webhooks"), QStringLiteral("0.35")}),
                 qPrintable(error));
        test::SandboxClient &sandbox = stack.sandbox();
        QStringList subscriptions;
        for (int i = 0; i < kLearners; ++i) {
            const QString user = QStringLiteral("usr_chaos_%1").arg(i, 2, 10, QLatin1Char('0'));
            const auto session = sandbox.subscribe(stack.premiumPrice(), user + QStringLiteral("@example.com"), QStringLiteral("4242424242424242"),
                                                   {{QStringLiteral("client_reference_id"), user},
                                                    {QStringLiteral("metadata[user_id]"), user},
                                                    {QStringLiteral("subscription_data[metadata][user_id]"), user}});
            QCOMPARE(session.status, 200);
            subscriptions << session.body.value(QStringLiteral("subscription")).toString();
        }
        for (int i = 0; i < 6; ++i) // some leave at period end, some at once
            QCOMPARE(sandbox.post(QStringLiteral("/v1/subscriptions/") + subscriptions.at(i), {{QStringLiteral("cancel_at_period_end"), QStringLiteral("true")}}).status, 200);
        for (int i = 6; i < 12; ++i)
            QCOMPARE(sandbox.del(QStringLiteral("/v1/subscriptions/") + subscriptions.at(i)).status, 200);
        // Deliveries settle: the count of stored events stops growing.
        int stored = -1;
        for (int quiet = 0, rounds = 0; quiet < 3 && rounds < 60; ++rounds) {
            QTest::qWait(500);
            const int now = test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM webhook_events"));
            quiet = now == stored ? quiet + 1 : 0;
            stored = now;
        }
        const auto undelivered = sandbox.get(QStringLiteral("/v1/events"), QUrlQuery{{QStringLiteral("delivery_success"), QStringLiteral("false")},
                                                                                   {QStringLiteral("limit"), QStringLiteral("100")}});
        QVERIFY(!undelivered.body.value(QStringLiteral("data")).toArray().isEmpty());

        billing::Reconciler reconciler({billing::Reconciler::clientFor(sandbox.baseUrl(), QString::fromLatin1(test::SandboxClient::kKey)),
                                         testDb.config()});
        if (byEvents) {
            QList<billing::MissedEvent> missed = listMissed(reconciler);
            QVERIFY(!missed.isEmpty());
            for (const billing::MissedEvent &m : missed) {
                QVERIFY2(m.ourOutcome.isEmpty(), qPrintable(m.id)); // never received (the server applies what it gets)
                QCOMPARE(m.pendingWebhooks, 1);                       // Stripe still waits to deliver it
            }
            if (way == QLatin1String("cli")) {
                int exitCode = -1;
                const QString out = test::serverCommand(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("sync-stripe"), QStringLiteral("--events")},
                                                        testDb.url(), &exitCode,
                                                        {{QStringLiteral("STRIPE_API_BASE"), sandbox.baseUrl().toString()}});
                QCOMPARE(exitCode, 0);
                QVERIFY2(out.startsWith(QStringLiteral("events: %1 missed since ").arg(missed.size())), qPrintable(out));
                QVERIFY2(out.endsWith(QStringLiteral(", %1 applied, 0 failed").arg(missed.size())), qPrintable(out));
            } else {
                QSignalSpy recovered(&reconciler, &billing::Reconciler::fixed);
                reconciler.recover(missed, QStringLiteral("Rita Recon"));
                QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 60000);
                const auto summary = recovered.first().first().value<billing::FixSummary>();
                QCOMPARE(summary.job, QStringLiteral("recover"));
                QCOMPARE(summary.fixed, int(missed.size()));
                QCOMPARE(summary.failed, 0);
            }
            QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'webhook.recover'")), int(missed.size()));
            QVERIFY(listMissed(reconciler).isEmpty());
            const QList<billing::Drift> drifts = compare(reconciler);
            QVERIFY2(drifts.isEmpty(), qPrintable(kinds(drifts)));
            // Each of Stripe's events in our log once, whichever way it came.
            QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM webhook_events")), stored + int(missed.size()));
            QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE is_premium")), kLearners - 6);
            QVERIFY(stack.stop(&error));
            return;
        }
        QList<billing::Drift> drifts = compare(reconciler);
        QVERIFY2(!drifts.isEmpty(), "35% of deliveries dropped, yet nothing differs");
        int fixable = 0;
        for (const billing::Drift &d : drifts)
            fixable += d.fixable();
        QCOMPARE(fixable, int(drifts.size()));
        qInfo("%d (at least, one page) of the events were never delivered; %d differences: %s", int(undelivered.body.value(QStringLiteral("data")).toArray().size()),
              int(drifts.size()), qPrintable(kinds(drifts)));
        QSignalSpy fixed(&reconciler, &billing::Reconciler::fixed);
        reconciler.fix(drifts, QStringLiteral("Rita Recon"));
        QTRY_COMPARE_WITH_TIMEOUT(fixed.size(), 1, 60000);
        const auto summary = fixed.first().first().value<billing::FixSummary>();
        QCOMPARE(summary.fixed, fixable);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reconcile.fix'")), fixable);

        // Every learner's access is Stripe's now; each subscription mirrored once, with one open MRR stretch.
        drifts = compare(reconciler);
        QVERIFY2(drifts.isEmpty(), qPrintable(kinds(drifts)));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions")), kLearners);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM mrr_segments WHERE valid_to IS NULL")), kLearners);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE is_premium")), kLearners - 6);
        QVERIFY(stack.stop(&error));
    }

    // The endpoint at Stripe sends exactly the events access needs (what the
    // endpoint check asks for), not payouts nor discounts. Finance still gets both:
    // recovering missed events applies the coupon, the learner's discount (MRR after
    // it) and the payout that went to the bank, then reads what the paid payout
    // carried, so the month's cash reconciles without a full sync-stripe.
    void missedPayoutsAndDiscountsAreRecovered_data()
    {
        QTest::addColumn<QString>("way");
        QTest::newRow("fetch and apply the missed events") << QStringLiteral("events");
        QTest::newRow("companion-server sync-stripe --events") << QStringLiteral("cli");
    }

    void missedPayoutsAndDiscountsAreRecovered()
    {
        QFETCH(QString, way);
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        const QString learner = QStringLiteral("usr_discounted");
        QVERIFY2(test::TestDatabase::addLearner(db, learner, &error), qPrintable(error));
        test::BillingStack stack(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(stack.start(testDb.url(), QStringLiteral("whsec_reconcile_test_secret"), &error, {{QStringLiteral("RENEWAL_CHECK_SECONDS"), QStringLiteral("0")}},
                             {QStringLiteral("--forward-events"), billing::WebhookEndpointCheck::requiredEvents().join(u',')}),
                 qPrintable(error));
        test::SandboxClient &sandbox = stack.sandbox();
        QCOMPARE(sandbox.post(QStringLiteral("/v1/coupons"), {{QStringLiteral("id"), QStringLiteral("FOREVER20")},
                                                              {QStringLiteral("percent_off"), QStringLiteral("20")},
                                                              {QStringLiteral("duration"), QStringLiteral("forever")}}).status, 200);
        const auto session = sandbox.subscribe(stack.premiumPrice(), learner + QStringLiteral("@example.com"), QStringLiteral("4242424242424242"),
                                               {{QStringLiteral("subscription_data[metadata][user_id]"), learner},
                                                {QStringLiteral("discounts[0][coupon]"), QStringLiteral("FOREVER20")}});
        QCOMPARE(session.status, 200);
        const QString subscription = session.body.value(QStringLiteral("subscription")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(test::isPremium(db, learner), 15000); // access came by webhook
        QCOMPARE(sandbox.advanceDays(7).status, 200);                 // the $7.99 settles and is paid out
        QTest::qWait(500);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM payouts")), 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscription_discounts")), 0);

        billing::Reconciler reconciler({billing::Reconciler::clientFor(sandbox.baseUrl(), QString::fromLatin1(test::SandboxClient::kKey)),
                                        testDb.config()});
        const QList<billing::MissedEvent> missed = listMissed(reconciler);
        QSet<QString> types;
        for (const billing::MissedEvent &m : missed)
            types.insert(m.type);
        for (const char *type : {"coupon.created", "customer.discount.created", "payout.created", "payout.paid"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
        if (way == QLatin1String("cli")) {
            int exitCode = -1;
            const QString out = test::serverCommand(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("sync-stripe"), QStringLiteral("--events")},
                                                    testDb.url(), &exitCode, {{QStringLiteral("STRIPE_API_BASE"), sandbox.baseUrl().toString()}});
            QCOMPARE(exitCode, 0);
            QVERIFY2(out.contains(QStringLiteral(", %1 applied, 0 failed\npayouts: transactions of 1 read").arg(missed.size())), qPrintable(out));
        } else {
            QSignalSpy recovered(&reconciler, &billing::Reconciler::fixed);
            reconciler.recover(missed, QStringLiteral("Rita Recon"));
            QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 60000);
            const auto summary = recovered.first().first().value<billing::FixSummary>();
            QCOMPARE(summary.fixed, int(missed.size()));
            QCOMPARE(summary.failed, 0);
            QCOMPARE(summary.payoutsRead, 1);
            QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
        }
        QVERIFY(listMissed(reconciler).isEmpty());

        // The discount: its coupon, the learner's discount, MRR after it.
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM coupons WHERE id = 'FOREVER20' AND percent_off_bp = 2000")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscription_discounts WHERE subscription_id = ? AND coupon_id = 'FOREVER20'"),
                                 {subscription}),
                 1);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT mrr FROM mrr_segments WHERE subscription_id = ? ORDER BY valid_from DESC"), {subscription}).toInt(),
                 799);
        // The payout: paid, what it carried read, and it adds up to the cent.
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM payouts WHERE status = 'paid' AND transactions_read = ?"), {true}), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM balance_transactions b JOIN payouts p ON p.id = b.payout_id "
                                                    "WHERE b.reporting_category = 'charge' AND b.amount = 799")),
                 1);
        QList<billing::PayoutRow> payouts;
        QVERIFY2(billing::PayoutLedger(db, testDb.config().dialect).payouts(QString(), &payouts, &error), qPrintable(error));
        QCOMPARE(payouts.size(), 1);
        QCOMPARE(payouts.constFirst().transactionsNet, payouts.constFirst().amount);
        QVERIFY(stack.stop(&error));
    }

    void stripeDownIsAClearErrorAndChangesNothing()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        billing::Reconciler reconciler({billing::Reconciler::clientFor(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                                                 QString::fromLatin1(test::SandboxClient::kKey)),
                                         testDb.config()});
        QSignalSpy done(&reconciler, &billing::Reconciler::compared);
        reconciler.compare();
        QVERIFY(done.wait(60000));
        QVERIFY(done.first().first().value<QList<billing::Drift>>().isEmpty());
        QVERIFY(!done.first().at(1).toString().isEmpty());
        QVERIFY(!done.first().at(1).toString().contains(QLatin1String(test::SandboxClient::kKey)));
    }
};

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
