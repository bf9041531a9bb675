// The schema's own guarantees, which later features rely on: one row per Stripe
// event, one account per e-mail whatever its case, one user per Stripe customer,
// no manual grant without a reason.
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/UserDirectory.h"

#include <QtTest>
#include <QSqlQuery>

using namespace companion;

class TestSchemaConstraints : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_testDb;
    QSqlDatabase m_db;

    bool insertEvent(const QString &eventId, const QString &outcome = QStringLiteral("applied"))
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO webhook_events (event_id, type, created, received_at, last_received_at, outcome, payload) "
                                 "VALUES (?, 'customer.created', 1700000000, 1700000001, 1700000001, ?, '{}')"));
        q.addBindValue(eventId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(eventId));
        q.addBindValue(outcome);
        return q.exec();
    }

    bool addUser(const QString &id, const QString &email, const QString &customer = {})
    {
        db::UserRecord u;
        u.id = id;
        u.email = email;
        u.stripeCustomerId = customer;
        QString error;
        const bool ok = db::UserDirectory(m_db, m_testDb.config().dialect).insert(u, &error);
        if (!ok)
            qDebug("insert of %s refused: %s", qPrintable(email), qPrintable(error));
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_testDb.create(&error), qPrintable(error));
        m_db = m_testDb.openMigrated(&error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_db = {};
    }

    void duplicateEventIdIsRejected()
    {
        QVERIFY(insertEvent(QStringLiteral("evt_1Dup")));
        QVERIFY(!insertEvent(QStringLiteral("evt_1Dup")));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE event_id = 'evt_1Dup'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void onlyRejectedDeliveriesMayLackAnEventId()
    {
        QVERIFY(!insertEvent(QString(), QStringLiteral("applied")));
        QVERIFY(insertEvent(QString(), QStringLiteral("rejected")));
        QVERIFY(insertEvent(QString(), QStringLiteral("rejected"))); // many unverifiable bodies may arrive
        QVERIFY(!insertEvent(QStringLiteral("evt_badOutcome"), QStringLiteral("maybe")));
    }

    void emailIsUniqueIgnoringCase()
    {
        QVERIFY(addUser(QStringLiteral("u-ada"), QStringLiteral("Ada.Lovelace@Example.com")));
        QVERIFY(!addUser(QStringLiteral("u-ada2"), QStringLiteral("ada.lovelace@example.COM")));
        QVERIFY(addUser(QStringLiteral("u-ada3"), QStringLiteral("ada.lovelace2@example.com")));
        QVERIFY(!addUser(QStringLiteral("u-empty"), QString()));
    }

    void stripeCustomerBelongsToOneUser()
    {
        QVERIFY(addUser(QStringLiteral("u-c1"), QStringLiteral("c1@example.com"), QStringLiteral("cus_Shared")));
        QVERIFY(!addUser(QStringLiteral("u-c2"), QStringLiteral("c2@example.com"), QStringLiteral("cus_Shared")));
        // Users without a customer yet are many.
        QVERIFY(addUser(QStringLiteral("u-n1"), QStringLiteral("n1@example.com")));
        QVERIFY(addUser(QStringLiteral("u-n2"), QStringLiteral("n2@example.com")));
    }

    void subscriptionIdIsUnique()
    {
        QSqlQuery q(m_db);
        const QString sql = QStringLiteral("INSERT INTO subscriptions (id, customer_id, status, updated_at) VALUES ('sub_1', 'cus_1', 'active', 0)");
        QVERIFY(q.exec(sql));
        QVERIFY(!q.exec(sql));
    }

    void grantNeedsAReasonAndAnExistingUser()
    {
        QVERIFY(addUser(QStringLiteral("u-grant"), QStringLiteral("grant@example.com")));
        auto grant = [this](const QString &user, const QString &reason) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO entitlement_grants (user_id, granted_by, reason, starts_at, expires_at, created_at) "
                                     "VALUES (?, 'support@example.com', ?, 100, 200, 100)"));
            q.addBindValue(user);
            q.addBindValue(reason);
            return q.exec();
        };
        QVERIFY(grant(QStringLiteral("u-grant"), QStringLiteral("Refund dispute goodwill")));
        QVERIFY(!grant(QStringLiteral("u-grant"), QStringLiteral("   ")));
        QVERIFY(!grant(QStringLiteral("no-such-user"), QStringLiteral("typo in the id")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaConstraints)
#include "tst_schema_constraints.moc"
