// billing::SubscriptionCommand: what a cancel, a cancel now and a resume send to
// Stripe and how their audit rows read, the same from the desk and the server.
#include "billing/SubscriptionCommand.h"

#include <QJsonArray>
#include <QtTest>

using namespace companion::billing;
using Kind = SubscriptionCommand::Kind;

class TestSubscriptionCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachCommandIsOneStripeRequest()
    {
        const SubscriptionCommand cancel(Kind::CancelAtPeriodEnd, QStringLiteral("sub_1"), QStringLiteral("  moving abroad "));
        QCOMPARE(cancel.method(), QStringLiteral("POST"));
        QCOMPARE(cancel.path(), QStringLiteral("/v1/subscriptions/sub_1"));
        QCOMPARE(cancel.params().value(QStringLiteral("cancel_at_period_end")).toBool(), true);
        // Stripe keeps the reason (trimmed) where its Dashboard shows it.
        QCOMPARE(cancel.params().value(QStringLiteral("cancellation_details")).toObject().value(QStringLiteral("comment")).toString(),
                 QStringLiteral("moving abroad"));
        QCOMPARE(cancel.action(), QStringLiteral("subscription.cancel_at_period_end"));

        const SubscriptionCommand now(Kind::CancelNow, QStringLiteral("sub_1"), QStringLiteral("fraud"));
        QCOMPARE(now.method(), QStringLiteral("DELETE"));
        QVERIFY(!now.params().contains(QStringLiteral("cancel_at_period_end")));
        QCOMPARE(now.action(), QStringLiteral("subscription.cancel_now"));

        const SubscriptionCommand resume(Kind::Resume, QStringLiteral("sub_1"), QStringLiteral("changed their mind"));
        QCOMPARE(resume.method(), QStringLiteral("POST"));
        QCOMPARE(resume.params(), (QJsonObject{{QStringLiteral("cancel_at_period_end"), false}}));
        QCOMPARE(resume.action(), QStringLiteral("subscription.resume"));

        // No reason: nothing empty is sent.
        QVERIFY(!SubscriptionCommand(Kind::CancelAtPeriodEnd, QStringLiteral("sub_1"), QString()).params().contains(QStringLiteral("cancellation_details")));
    }

    void auditRowsHaveOneShape()
    {
        const SubscriptionCommand cancel(Kind::CancelAtPeriodEnd, QStringLiteral("sub_1"), QStringLiteral("too expensive"));
        const QJsonObject before = SubscriptionCommand::summary(QStringLiteral("active"), false, 1800000000);
        AuditEntry entry = cancel.audit(QStringLiteral("Dana Support"), QStringLiteral("admin-app"), QStringLiteral("usr_1"), before);
        QCOMPARE(entry.action, QStringLiteral("subscription.cancel_at_period_end"));
        QCOMPARE(entry.targetType, QStringLiteral("subscription"));
        QCOMPARE(entry.targetId, QStringLiteral("sub_1"));
        QCOMPARE(entry.userId, QStringLiteral("usr_1"));
        QCOMPARE(entry.reason, QStringLiteral("too expensive"));
        QCOMPARE(entry.before, before);

        // Stripe's answer at our pinned version keeps the period on the item: the row still says when it ends.
        const QJsonObject item{{QStringLiteral("current_period_start"), 1797408000}, {QStringLiteral("current_period_end"), 1800000000}};
        const QJsonObject answer{{QStringLiteral("id"), QStringLiteral("sub_1")},
                                 {QStringLiteral("status"), QStringLiteral("active")},
                                 {QStringLiteral("cancel_at_period_end"), true},
                                 {QStringLiteral("items"), QJsonObject{{QStringLiteral("data"), QJsonArray{item}}}}};
        entry = SubscriptionCommand::answered(entry, answer, QStringLiteral("req_1"));
        QCOMPARE(entry.stripeRequestId, QStringLiteral("req_1"));
        QCOMPARE(entry.after, SubscriptionCommand::summary(QStringLiteral("active"), true, 1800000000));
        QCOMPARE(entry.after.keys(), entry.before.keys());
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionCommand)
#include "tst_subscription_command.moc"
