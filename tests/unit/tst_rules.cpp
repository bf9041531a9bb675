// billing::Rules without a database: which rule each of Stripe's event types
// falls under, whose an object is, when an event about a subscription is applied,
// stale or Stripe's to decide, and when an invoice sends us to Stripe.
#include "billing/Rules.h"

#include <QJsonArray>
#include <QtTest>

using namespace companion::billing;

namespace {
// Learners as a test states them: ids, and the customer each is linked to.
LoadedLearners learners(const QList<QPair<QString, QString>> &userAndCustomer)
{
    LoadedLearners known;
    for (const auto &[user, customer] : userAndCustomer) {
        known.customerOfUser.insert(user, customer);
        if (!customer.isEmpty())
            known.userOfCustomer.insert(customer, user);
    }
    return known;
}

SubscriptionMirror mirror(qint64 lastEventCreated, const QString &status, qint64 periodEnd = 2000)
{
    return {lastEventCreated, QStringLiteral("usr_held"), status, periodEnd};
}

QJsonObject invoice(qint64 periodEnd)
{
    return {{QStringLiteral("period_end"), periodEnd - 1000},
            {QStringLiteral("lines"), QJsonObject{{QStringLiteral("data"), QJsonArray{QJsonObject{
                                                      {QStringLiteral("period"), QJsonObject{{QStringLiteral("end"), periodEnd}}}}}}}}};
}
} // namespace

Q_DECLARE_METATYPE(companion::billing::EventKind)
Q_DECLARE_METATYPE(companion::billing::SubscriptionVerdict)

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDocumentedTypeHasItsRule_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<EventKind>("kind");
        // Stripe's subscription events, and one it may add later: each carries the whole subscription.
        for (const char *type : {"customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted",
                                 "customer.subscription.paused", "customer.subscription.resumed", "customer.subscription.trial_will_end",
                                 "customer.subscription.pending_update_applied", "customer.subscription.pending_update_expired",
                                 "customer.subscription.some_future_event"})
            QTest::newRow(type) << QString::fromLatin1(type) << EventKind::Subscription;
        for (const char *type : {"checkout.session.completed", "checkout.session.async_payment_succeeded", "checkout.session.async_payment_failed"})
            QTest::newRow(type) << QString::fromLatin1(type) << EventKind::Checkout;
        QTest::newRow("checkout.session.expired") << QStringLiteral("checkout.session.expired") << EventKind::Other;
        for (const char *type : {"invoice.paid", "invoice.payment_succeeded", "invoice.payment_failed", "invoice.payment_action_required",
                                 "invoice.marked_uncollectible", "invoice.voided"})
            QTest::newRow(type) << QString::fromLatin1(type) << EventKind::Invoice;
        for (const char *type : {"invoice.created", "invoice.finalized", "invoice.upcoming", "invoice.updated", "invoice_payment.paid"})
            QTest::newRow(type) << QString::fromLatin1(type) << EventKind::Other;
        QTest::newRow("charge.refunded") << QStringLiteral("charge.refunded") << EventKind::Refund;
        for (const char *type : {"charge.dispute.created", "charge.dispute.updated", "charge.dispute.closed", "charge.dispute.funds_withdrawn"})
            QTest::newRow(type) << QString::fromLatin1(type) << EventKind::Dispute;
        for (const char *type : {"charge.succeeded", "charge.failed", "charge.captured", "payment_intent.succeeded", "customer.created"})
            QTest::newRow(type) << QString::fromLatin1(type) << EventKind::Other;
        QTest::newRow("customer.updated") << QStringLiteral("customer.updated") << EventKind::Customer;
        QTest::newRow("customer.deleted") << QStringLiteral("customer.deleted") << EventKind::Customer;
        // What a subscription is billed after discounts (MRR): coupons, codes and the discounts themselves.
        for (const char *type : {"coupon.created", "coupon.updated", "coupon.deleted", "promotion_code.created", "promotion_code.updated",
                                 "customer.discount.created", "customer.discount.updated", "customer.discount.deleted"})
            QTest::newRow(type) << QString::fromLatin1(type) << EventKind::Discount;
        QTest::newRow("empty") << QString() << EventKind::Other;
    }
    void everyDocumentedTypeHasItsRule()
    {
        QFETCH(QString, type);
        QFETCH(EventKind, kind);
        QCOMPARE(Rules::kindOf(type), kind);
    }

    void outcomesHaveTheirStoredNames()
    {
        const QStringList names{QStringLiteral("applied"), QStringLiteral("duplicate"), QStringLiteral("stale"),
                                QStringLiteral("ignored"), QStringLiteral("failed"), QStringLiteral("rejected")};
        for (const QString &name : names) {
            const auto outcome = outcomeFromName(name);
            QVERIFY2(outcome, qPrintable(name));
            QCOMPARE(outcomeName(*outcome), name);
        }
        QVERIFY(!outcomeFromName(QStringLiteral("error")));
        QVERIFY(!outcomeFromName(QStringLiteral("Applied")));
    }

    void cluesComeFromEachObjectsOwnPlaces()
    {
        const QJsonObject session{{QStringLiteral("customer"), QStringLiteral("cus_1")},
                                  {QStringLiteral("client_reference_id"), QStringLiteral("usr_ref")},
                                  {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), QStringLiteral("usr_meta")}}}};
        const OwnerClues fromSession = Rules::cluesOf(session, EventKind::Checkout);
        QCOMPARE(fromSession.metadataUserId, QStringLiteral("usr_meta"));
        QCOMPARE(fromSession.clientReferenceId, QStringLiteral("usr_ref"));
        QCOMPARE(fromSession.customerId, QStringLiteral("cus_1"));

        // An expanded customer is read by its id.
        const QJsonObject subscription{{QStringLiteral("customer"), QJsonObject{{QStringLiteral("id"), QStringLiteral("cus_2")}}}};
        const OwnerClues fromSubscription = Rules::cluesOf(subscription, EventKind::Subscription, QStringLiteral("usr_mirror"));
        QCOMPARE(fromSubscription.customerId, QStringLiteral("cus_2"));
        QCOMPARE(fromSubscription.mirrorUserId, QStringLiteral("usr_mirror"));

        // An invoice names its subscription's metadata under parent (basil+) or beside it (before).
        const QJsonObject basil{{QStringLiteral("parent"), QJsonObject{{QStringLiteral("subscription_details"),
                                                                        QJsonObject{{QStringLiteral("metadata"),
                                                                                     QJsonObject{{QStringLiteral("user_id"), QStringLiteral("usr_b")}}}}}}}};
        QCOMPARE(Rules::cluesOf(basil, EventKind::Invoice).metadataUserId, QStringLiteral("usr_b"));
        const QJsonObject older{{QStringLiteral("subscription_details"),
                                 QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), QStringLiteral("usr_o")}}}}},
                                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), QStringLiteral("not_the_invoice_own")}}}};
        QCOMPARE(Rules::cluesOf(older, EventKind::Invoice).metadataUserId, QStringLiteral("usr_o"));

        // A customer event is about the customer itself.
        QCOMPARE(Rules::cluesOf({{QStringLiteral("id"), QStringLiteral("cus_9")}}, EventKind::Customer).customerId, QStringLiteral("cus_9"));
    }

    void theCustomersEmailIsReadWhereEachObjectCarriesIt()
    {
        const auto email = [](const QJsonObject &object, EventKind kind) { return Rules::cluesOf(object, kind).email; };
        // A Payment Link's session: only what the buyer typed.
        QCOMPARE(email({{QStringLiteral("customer_details"), QJsonObject{{QStringLiteral("email"), QStringLiteral(" Ada@Example.com ")}}}},
                       EventKind::Checkout),
                 QStringLiteral("Ada@Example.com"));
        // A session opened with customer_email (the guide's), before the buyer's details exist.
        QCOMPARE(email({{QStringLiteral("customer_email"), QStringLiteral("ada@example.com")}}, EventKind::Checkout), QStringLiteral("ada@example.com"));
        QCOMPARE(email({{QStringLiteral("customer_email"), QStringLiteral("ada@example.com")}}, EventKind::Invoice), QStringLiteral("ada@example.com"));
        QCOMPARE(email({{QStringLiteral("billing_details"), QJsonObject{{QStringLiteral("email"), QStringLiteral("b@example.com")}}},
                        {QStringLiteral("receipt_email"), QStringLiteral("r@example.com")}},
                       EventKind::Refund),
                 QStringLiteral("b@example.com"));
        QCOMPARE(email({{QStringLiteral("email"), QStringLiteral("c@example.com")}}, EventKind::Customer), QStringLiteral("c@example.com"));
        // A subscription carries it only with its customer expanded.
        QCOMPARE(email({{QStringLiteral("customer"), QStringLiteral("cus_1")}}, EventKind::Subscription), QString());
        QCOMPARE(email({{QStringLiteral("customer"), QJsonObject{{QStringLiteral("id"), QStringLiteral("cus_1")},
                                                                 {QStringLiteral("email"), QStringLiteral("d@example.com")}}}},
                       EventKind::Subscription),
                 QStringLiteral("d@example.com"));
    }

    // Subscriptions made outside our Checkout (Payment Links, the Dashboard, `stripe
    // trigger`) name none of our ids: the guide finds their learner by e-mail.
    void theEmailFindsTheLearnerWhenNothingElseDoes()
    {
        LoadedLearners known = learners({{QStringLiteral("usr_ada"), QString()}, {QStringLiteral("usr_cus"), QStringLiteral("cus_1")}});
        known.userOfEmail.insert(QStringLiteral("ada@example.com"), QStringLiteral("usr_ada"));
        OwnerClues clues;
        clues.email = QStringLiteral("ADA@example.COM"); // compared case-insensitively
        QCOMPARE(Rules::ownerOf(clues, known), QStringLiteral("usr_ada"));
        // Anything naming a learner outright comes first.
        clues.customerId = QStringLiteral("cus_1");
        QCOMPARE(Rules::ownerOf(clues, known), QStringLiteral("usr_cus"));
        clues.customerId.clear();
        clues.mirrorUserId = QStringLiteral("usr_mirror");
        QCOMPARE(Rules::ownerOf(clues, known), QStringLiteral("usr_mirror"));
        clues.mirrorUserId.clear();
        clues.email = QStringLiteral("someone.else@example.com");
        QCOMPARE(Rules::ownerOf(clues, known), QString());
        // The reason a failed event gives says which e-mail matched nobody.
        QVERIFY(Rules::noOwnerReason(QStringLiteral("sub_x"), clues).contains(QStringLiteral("someone.else@example.com")));
    }

    void ownerIsMetadataThenReferenceThenCustomerThenMirror()
    {
        const LoadedLearners known = learners({{QStringLiteral("usr_meta"), QString()},
                                               {QStringLiteral("usr_ref"), QString()},
                                               {QStringLiteral("usr_cus"), QStringLiteral("cus_1")}});
        OwnerClues clues{QStringLiteral("usr_meta"), QStringLiteral("usr_ref"), QStringLiteral("cus_1"), QStringLiteral("usr_mirror"), QString()};
        QCOMPARE(Rules::ownerOf(clues, known), QStringLiteral("usr_meta"));
        clues.metadataUserId = QStringLiteral("usr_deleted_or_foreign"); // names nobody we know: passed over
        QCOMPARE(Rules::ownerOf(clues, known), QStringLiteral("usr_ref"));
        clues.clientReferenceId.clear();
        QCOMPARE(Rules::ownerOf(clues, known), QStringLiteral("usr_cus"));
        clues.customerId = QStringLiteral("cus_unknown");
        QCOMPARE(Rules::ownerOf(clues, known), QStringLiteral("usr_mirror"));
        clues.mirrorUserId.clear();
        QCOMPARE(Rules::ownerOf(clues, known), QString());
        QCOMPARE(Rules::ownerOf(OwnerClues{}, known), QString());
    }

    void subscriptionEvents_data()
    {
        QTest::addColumn<qint64>("created");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("held");
        QTest::addColumn<QString>("heldStatus");
        QTest::addColumn<bool>("canAsk");
        QTest::addColumn<SubscriptionVerdict>("verdict");
        const auto apply = SubscriptionVerdict::Apply;
        const auto stale = SubscriptionVerdict::Stale;
        const auto ask = SubscriptionVerdict::AskStripe;
        QTest::newRow("first news") << qint64(100) << QStringLiteral("active") << false << QString() << true << apply;
        QTest::newRow("newer") << qint64(101) << QStringLiteral("past_due") << true << QStringLiteral("active") << true << apply;
        QTest::newRow("older") << qint64(99) << QStringLiteral("active") << true << QStringLiteral("canceled") << true << stale;
        QTest::newRow("older, thin") << qint64(99) << QString() << true << QStringLiteral("active") << true << stale;
        QTest::newRow("tie") << qint64(100) << QStringLiteral("unpaid") << true << QStringLiteral("past_due") << true << ask;
        QTest::newRow("tie, nobody to ask") << qint64(100) << QStringLiteral("unpaid") << true << QStringLiteral("past_due") << false << apply;
        QTest::newRow("tie: incomplete after active") << qint64(100) << QStringLiteral("incomplete") << true << QStringLiteral("active") << true << stale;
        QTest::newRow("tie: anything after canceled") << qint64(100) << QStringLiteral("active") << true << QStringLiteral("canceled") << false << stale;
        QTest::newRow("tie: after incomplete_expired") << qint64(100) << QStringLiteral("active") << true << QStringLiteral("incomplete_expired")
                                                       << true << stale;
        QTest::newRow("tie: active after incomplete") << qint64(100) << QStringLiteral("active") << true << QStringLiteral("incomplete") << true << ask;
        QTest::newRow("tie: same status") << qint64(100) << QStringLiteral("active") << true << QStringLiteral("active") << true << ask;
        QTest::newRow("thin, first news") << qint64(100) << QString() << false << QString() << false << ask;
        QTest::newRow("thin, newer") << qint64(101) << QString() << true << QStringLiteral("active") << false << ask;
    }
    void subscriptionEvents()
    {
        QFETCH(qint64, created);
        QFETCH(QString, status);
        QFETCH(bool, held);
        QFETCH(QString, heldStatus);
        QFETCH(bool, canAsk);
        QFETCH(SubscriptionVerdict, verdict);
        const auto ours = held ? std::optional(mirror(100, heldStatus)) : std::nullopt;
        QCOMPARE(Rules::judgeSubscriptionEvent(created, status, ours, canAsk), verdict);
    }

    void lifecycleOrder()
    {
        QVERIFY(Rules::statusCannotFollow(QStringLiteral("active"), QStringLiteral("incomplete")));
        QVERIFY(Rules::statusCannotFollow(QStringLiteral("past_due"), QStringLiteral("incomplete")));
        QVERIFY(Rules::statusCannotFollow(QStringLiteral("canceled"), QStringLiteral("active")));
        QVERIFY(Rules::statusCannotFollow(QStringLiteral("incomplete_expired"), QStringLiteral("incomplete")));
        QVERIFY(!Rules::statusCannotFollow(QStringLiteral("incomplete"), QStringLiteral("active")));
        QVERIFY(!Rules::statusCannotFollow(QStringLiteral("incomplete"), QStringLiteral("incomplete_expired")));
        QVERIFY(!Rules::statusCannotFollow(QStringLiteral("active"), QStringLiteral("canceled")));
        QVERIFY(!Rules::statusCannotFollow(QStringLiteral("past_due"), QStringLiteral("unpaid")));
        QVERIFY(!Rules::statusCannotFollow(QStringLiteral("canceled"), QStringLiteral("canceled")));
        QVERIFY(!Rules::statusCannotFollow(QString(), QStringLiteral("incomplete")));
    }

    void invoicesAskStripeOnlyWhenAhead()
    {
        const QString paid = QStringLiteral("invoice.paid");
        const QString failed = QStringLiteral("invoice.payment_failed");
        // Nothing mirrored yet: Stripe says what the subscription is.
        QVERIFY(Rules::invoiceNeedsStripe(invoice(3000), paid, std::nullopt));
        // A renewal: paid for a period past the mirror's end.
        QVERIFY(Rules::invoiceNeedsStripe(invoice(3000), paid, mirror(1, QStringLiteral("active"), 2000)));
        QVERIFY(Rules::invoiceNeedsStripe(invoice(3000), QStringLiteral("invoice.payment_succeeded"), mirror(1, QStringLiteral("active"), 2000)));
        // The period the mirror already shows: nothing new.
        QVERIFY(!Rules::invoiceNeedsStripe(invoice(2000), paid, mirror(1, QStringLiteral("active"), 2000)));
        // Paid while past_due or not live: the status moves.
        QVERIFY(Rules::invoiceNeedsStripe(invoice(2000), paid, mirror(1, QStringLiteral("past_due"), 2000)));
        QVERIFY(Rules::invoiceNeedsStripe(invoice(2000), paid, mirror(1, QStringLiteral("incomplete"), 2000)));
        // Failed while active: past_due now; already past_due or unpaid: nothing new.
        QVERIFY(Rules::invoiceNeedsStripe(invoice(2000), failed, mirror(1, QStringLiteral("active"), 2000)));
        QVERIFY(Rules::invoiceNeedsStripe(invoice(2000), failed, mirror(1, QStringLiteral("trialing"), 2000)));
        QVERIFY(!Rules::invoiceNeedsStripe(invoice(2000), failed, mirror(1, QStringLiteral("past_due"), 2000)));
        QVERIFY(!Rules::invoiceNeedsStripe(invoice(2000), failed, mirror(1, QStringLiteral("unpaid"), 2000)));
        // Other invoice news (voided, uncollectible, action required): Stripe decides.
        QVERIFY(Rules::invoiceNeedsStripe(invoice(2000), QStringLiteral("invoice.marked_uncollectible"), mirror(1, QStringLiteral("past_due"), 2000)));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
