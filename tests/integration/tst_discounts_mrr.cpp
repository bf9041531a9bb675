// Discounts in MRR, end to end: coupons and a promotion code made in the sandbox
// over HTTP, learners subscribing with them, four months of renewals, then every
// event Stripe sent delivered to our pipeline in order. The mirror holds the
// coupons, the code and the subscriptions' discounts; MRR counts what is billed
// after them (docs/metrics.md): 20 % forever lowers it for good, $5 off for three
// months until the discount's end (then an expansion of $5), a once coupon not at all.
#include "SandboxClient.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"
#include "billing/EventProcessor.h"
#include "billing/RevenueMetrics.h"
#include "db/UserDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>

using namespace companion;

namespace {
QDate dayOf(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).date();
}

// A subscription's stretches of MRR, oldest first: (valid_from, mrr).
QList<QPair<qint64, qint64>> stretches(const QSqlDatabase &db, const QString &subscription)
{
    QList<QPair<qint64, qint64>> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT valid_from, mrr FROM mrr_segments WHERE subscription_id = ? ORDER BY valid_from"));
    q.addBindValue(subscription);
    if (!q.exec())
        return out;
    while (q.next())
        out << qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

// What the three subscriptions' webhooks leave in the ledger: $7.99 for good with 20 %
// forever; $4.99 until the repeating discount's `end`, then $9.99; $9.99 with a once coupon.
void checkDiscountedStretches(const QSqlDatabase &db, const QString &forever, const QString &repeating, const QString &once, qint64 end)
{
    const auto foreverStretches = stretches(db, forever);
    QCOMPARE(foreverStretches.size(), 1);
    QCOMPARE(foreverStretches.first().second, 799);
    const auto repeatingStretches = stretches(db, repeating);
    QCOMPARE(repeatingStretches.size(), 2);
    QCOMPARE(repeatingStretches.at(0).second, 499);
    QCOMPARE(repeatingStretches.at(1), qMakePair(end, qint64(999)));
    const auto onceStretches = stretches(db, once);
    QCOMPARE(onceStretches.size(), 1);
    QCOMPARE(onceStretches.first().second, 999);
}
} // namespace

class TestDiscountsMrr : public QObject
{
    Q_OBJECT
private:
    test::SandboxClient m_sandbox;
    QString m_forever; // the subscriptions of discountsLowerMrrWhileTheyLast
    QString m_repeating;
    QString m_once;
    qint64 m_end = 0;              // the $5 discount's end
    QList<QJsonObject> m_events;   // every event the sandbox sent, oldest first

    static void addUsers(const QSqlDatabase &db, db::Dialect dialect)
    {
        for (const char *name : {"usr_forever", "usr_repeat", "usr_once", "usr_plain"}) {
            db::UserRecord u;
            u.id = QString::fromLatin1(name);
            u.email = u.id + QStringLiteral("@example.com");
            QString error;
            QVERIFY2(db::UserDirectory(db, dialect).insert(u, &error), qPrintable(error));
        }
    }

    QString subscribe(const QString &price, const QString &user, const QList<QPair<QString, QString>> &discount)
    {
        const auto session = m_sandbox.subscribe(price, user + QStringLiteral("@example.com"), QStringLiteral("4242424242424242"),
                                                 QList<QPair<QString, QString>>{{QStringLiteral("subscription_data[metadata][user_id]"), user}} + discount);
        if (session.status != 200)
            qWarning() << session.body;
        return session.body.value(QStringLiteral("subscription")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void discountsLowerMrrWhileTheyLast()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        addUsers(db, testDb.config().dialect);
        if (QTest::currentTestFailed())
            return;

        // Marketing's side, over HTTP.
        const QString price = m_sandbox.createPremiumPrice();
        QVERIFY(!price.isEmpty());
        QCOMPARE(m_sandbox.post(QStringLiteral("/v1/coupons"), {{QStringLiteral("id"), QStringLiteral("FOREVER20")},
                                                                {QStringLiteral("percent_off"), QStringLiteral("20")},
                                                                {QStringLiteral("duration"), QStringLiteral("forever")}}).status, 200);
        QCOMPARE(m_sandbox.post(QStringLiteral("/v1/coupons"), {{QStringLiteral("id"), QStringLiteral("OFF5X3")},
                                                                {QStringLiteral("name"), QStringLiteral("$5 off for 3 months")},
                                                                {QStringLiteral("amount_off"), QStringLiteral("500")},
                                                                {QStringLiteral("currency"), QStringLiteral("usd")},
                                                                {QStringLiteral("duration"), QStringLiteral("repeating")},
                                                                {QStringLiteral("duration_in_months"), QStringLiteral("3")}}).status, 200);
        QCOMPARE(m_sandbox.post(QStringLiteral("/v1/coupons"), {{QStringLiteral("id"), QStringLiteral("ONCE50")},
                                                                {QStringLiteral("percent_off"), QStringLiteral("50")},
                                                                {QStringLiteral("duration"), QStringLiteral("once")}}).status, 200);
        const auto code = m_sandbox.post(QStringLiteral("/v1/promotion_codes"), {{QStringLiteral("code"), QStringLiteral("SPRING")},
                                                                                 {QStringLiteral("promotion[type]"), QStringLiteral("coupon")},
                                                                                 {QStringLiteral("promotion[coupon]"), QStringLiteral("OFF5X3")}});
        QCOMPARE(code.status, 200);

        // Four learners subscribe at $9.99 a month: three with a discount.
        const QString forever = subscribe(price, QStringLiteral("usr_forever"), {{QStringLiteral("discounts[0][coupon]"), QStringLiteral("FOREVER20")}});
        const QString repeating = subscribe(price, QStringLiteral("usr_repeat"), {{QStringLiteral("discounts[0][promotion_code]"), code.id()}});
        const QString once = subscribe(price, QStringLiteral("usr_once"), {{QStringLiteral("discounts[0][coupon]"), QStringLiteral("ONCE50")}});
        const QString plain = subscribe(price, QStringLiteral("usr_plain"), {});
        for (const QString &id : {forever, repeating, once, plain})
            QVERIFY(id.startsWith(QLatin1String("sub_")));
        m_forever = forever;
        m_repeating = repeating;
        m_once = once;
        const QJsonObject repeatingSub = m_sandbox.get(QStringLiteral("/v1/subscriptions/") + repeating,
                                                       {{QStringLiteral("expand[]"), QStringLiteral("discounts")}}).body;
        const QJsonObject discount = repeatingSub.value(QStringLiteral("discounts")).toArray().first().toObject();
        const qint64 start = discount.value(QStringLiteral("start")).toInteger();
        const qint64 end = discount.value(QStringLiteral("end")).toInteger();
        QVERIFY(end > start);
        m_end = end;
        for (int month = 0; month < 4; ++month)
            QCOMPARE(m_sandbox.advanceDays(31).status, 200);

        // Every event Stripe sent, delivered in the order it was created.
        const QJsonArray listed = m_sandbox.listAll(QStringLiteral("/v1/events"));
        QList<QJsonObject> events;
        for (const QJsonValue &event : listed) // newest first: reversed
            events.prepend(event.toObject());
        std::stable_sort(events.begin(), events.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("created")).toInteger() < b.value(QStringLiteral("created")).toInteger();
        });
        m_events = events;
        QStringList types;
        billing::EventProcessor processor(db, testDb.config().dialect);
        for (const QJsonObject &event : std::as_const(events)) {
            const qint64 created = event.value(QStringLiteral("created")).toInteger();
            processor.setClock([created] { return created; });
            const auto outcome = processor.process(QJsonDocument(event).toJson(QJsonDocument::Compact), created);
            QVERIFY2(outcome.name() != QLatin1String("failed"), qPrintable(outcome.error));
            types << event.value(QStringLiteral("type")).toString();
        }
        for (const char *type : {"coupon.created", "promotion_code.created", "customer.discount.created"})
            QVERIFY2(types.contains(QString::fromLatin1(type)), type);

        // The mirror: the coupons' terms exactly, the code, each subscription's discount.
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM coupons")), 3);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM coupons WHERE id = 'FOREVER20' AND percent_off_bp = 2000 "
                                                    "AND amount_off IS NULL AND duration = 'forever'")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM coupons WHERE id = 'OFF5X3' AND amount_off = 500 AND currency = 'usd' "
                                                    "AND duration = 'repeating' AND duration_in_months = 3 AND percent_off_bp IS NULL")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM promotion_codes WHERE id = ? AND code = 'SPRING' AND coupon_id = 'OFF5X3'"),
                                 {code.id()}), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscription_discounts WHERE subscription_id = ? AND coupon_id = 'OFF5X3' "
                                                    "AND promotion_code_id = ? AND starts_at = ? AND ends_at = ?"),
                                 {repeating, code.id(), start, end}), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscription_discounts WHERE subscription_id = ? AND coupon_id = 'FOREVER20' "
                                                    "AND ends_at IS NULL"), {forever}), 1);

        checkDiscountedStretches(db, forever, repeating, once, end);
        if (QTest::currentTestFailed())
            return;

        // The discount's end is an expansion of $5.00 for that learner, the only movement of its month.
        billing::RevenueRequest request;
        request.from = dayOf(start);
        request.to = dayOf(end).addMonths(1);
        const billing::RevenueReport report = billing::RevenueMetrics(db, testDb.config().dialect).report(request);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.ledgerConsistent);
        QCOMPARE(report.periods.first().moves.newMrr, 799 + 499 + 999 + 999);
        QCOMPARE(report.periods.first().moves.newCustomers, 4);
        bool seen = false;
        for (const billing::PeriodFigures &f : report.periods) {
            QVERIFY(f.rollsForward());
            if (dayOf(end) < f.start || dayOf(end) >= f.end)
                continue;
            seen = true;
            QCOMPARE(f.moves.expansion, 500);
            QCOMPARE(f.moves.expanded, 1);
            QCOMPARE(f.moves.contraction, 0);
            QCOMPARE(f.endMrr, 799 + 999 + 999 + 999);
        }
        QVERIFY(seen);
    }

    // The same events, but every coupon, code and discount event after all the
    // subscriptions' own: the discounts still reach MRR, dated by their own start
    // and end (the subscriptions are observed again when their discounts arrive).
    void discountsArrivingLateStillCount()
    {
        QVERIFY(!m_events.isEmpty());
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        addUsers(db, testDb.config().dialect);
        if (QTest::currentTestFailed())
            return;
        QList<QJsonObject> late;
        QList<QJsonObject> order;
        for (const QJsonObject &event : std::as_const(m_events)) {
            const QString type = event.value(QStringLiteral("type")).toString();
            (type.startsWith(QLatin1String("coupon.")) || type.startsWith(QLatin1String("promotion_code."))
                     || type.startsWith(QLatin1String("customer.discount."))
                 ? late
                 : order)
                << event;
        }
        QVERIFY(late.size() >= 5);
        order += late;
        billing::EventProcessor processor(db, testDb.config().dialect);
        for (const QJsonObject &event : std::as_const(order)) {
            const qint64 created = event.value(QStringLiteral("created")).toInteger();
            processor.setClock([created] { return created; });
            const auto outcome = processor.process(QJsonDocument(event).toJson(QJsonDocument::Compact), created);
            QVERIFY2(outcome.name() != QLatin1String("failed"), qPrintable(outcome.error));
        }
        checkDiscountedStretches(db, m_forever, m_repeating, m_once, m_end);
    }

    // sync-stripe into an empty database, four months on: the coupons and the code,
    // and the discounts still on subscriptions (Stripe dropped the ended $5 one and
    // the used once one): $7.99 for the forever coupon since the start.
    void syncMirrorsTheDiscountsStillOnSubscriptions()
    {
        QVERIFY(!m_forever.isEmpty());
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        addUsers(db, testDb.config().dialect);
        if (QTest::currentTestFailed())
            return;
        int discounts = 0;
        for (const QJsonValue &value : m_sandbox.listAll(QStringLiteral("/v1/subscriptions"), {{QStringLiteral("status"), QStringLiteral("all")}}))
            discounts += int(value.toObject().value(QStringLiteral("discounts")).toArray().size());
        QCOMPARE(discounts, 1);
        int exitCode = -1;
        const QString summary = test::serverCommand(QStringLiteral(COMPANION_SERVER_BIN), {QStringLiteral("sync-stripe")}, testDb.url(), &exitCode,
                                                    {{QStringLiteral("STRIPE_API_BASE"), m_sandbox.baseUrl().toString()}});
        QCOMPARE(exitCode, 0);
        QCOMPARE(summary.section(QLatin1Char('\n'), 2, 2), QStringLiteral("coupons: read 3; promotion codes: read 1; subscription discounts: read 1"));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM coupons")), 3);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM coupons WHERE id = 'OFF5X3' AND amount_off = 500 AND duration_in_months = 3")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM promotion_codes WHERE code = 'SPRING' AND times_redeemed = 1")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscription_discounts WHERE subscription_id = ? AND coupon_id = 'FOREVER20'"),
                                 {m_forever}), 1);
        const auto foreverStretches = stretches(db, m_forever);
        QCOMPARE(foreverStretches.size(), 1);
        QCOMPARE(foreverStretches.first().second, 799);
        // Nothing tells a sync about a discount that ended before it: list price all along.
        const auto repeatingStretches = stretches(db, m_repeating);
        QCOMPARE(repeatingStretches.size(), 1);
        QCOMPARE(repeatingStretches.first().second, 999);
    }

    void cleanupTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.stop(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDiscountsMrr)
#include "tst_discounts_mrr.moc"
