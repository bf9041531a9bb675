// Finding users: prefix search on e-mail and name, exact ids, and keyset pages that
// walk the whole table once, in order, without gaps or repeats.
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Transaction.h"
#include "db/UserDirectory.h"

#include <QtTest>

using namespace companion;

class TestUserDirectory : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_testDb;
    QSqlDatabase m_db;

    db::UserDirectory directory() const { return db::UserDirectory(m_db, m_testDb.config().dialect); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_testDb.create(&error), qPrintable(error));
        m_db = m_testDb.openMigrated(&error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));

        db::Transaction tx(m_db, m_testDb.config().dialect);
        auto dir = directory();
        for (int i = 0; i < 530; ++i) {
            db::UserRecord u;
            u.id = QStringLiteral("usr_%1").arg(i, 4, 10, QLatin1Char('0'));
            u.email = QStringLiteral("learner%1@example.com").arg(i, 4, 10, QLatin1Char('0'));
            u.name = QStringLiteral("Learner %1").arg(i);
            QVERIFY2(dir.insert(u, &error), qPrintable(error));
        }
        const QList<std::tuple<QString, QString, QString, QString>> specials{
            {QStringLiteral("usr_grace"), QStringLiteral("Grace.Hopper@Navy.example"), QStringLiteral("Grace Hopper"), QStringLiteral("cus_Grace01")},
            {QStringLiteral("usr_under"), QStringLiteral("under_score@example.com"), QStringLiteral("Una Score"), QString()},
            {QStringLiteral("usr_under2"), QStringLiteral("underXscore@example.com"), QStringLiteral("Ulf X"), QString()},
            {QStringLiteral("usr_pct"), QStringLiteral("100%sure@example.com"), QStringLiteral("Percy"), QString()},
        };
        for (const auto &[id, email, name, customer] : specials) {
            db::UserRecord u;
            u.id = id;
            u.email = email;
            u.name = name;
            u.stripeCustomerId = customer;
            QVERIFY2(dir.insert(u, &error), qPrintable(error));
        }
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
    }

    void cleanupTestCase() { m_db = {}; }

    void pagesWalkEveryUserOnceInOrder()
    {
        QStringList seen;
        std::optional<db::UserCursor> cursor;
        int pages = 0;
        do {
            const auto page = directory().page({QString(), 100}, cursor);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            for (const auto &u : page.rows)
                seen << u.email.toLower();
            cursor = page.next;
            ++pages;
        } while (cursor && pages < 100);
        QCOMPARE(seen.size(), 534);
        QCOMPARE(pages, 6);
        QStringList sorted = seen;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(seen, sorted);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 534);
    }

    void prefixSearchIgnoresCase()
    {
        const auto page = directory().page({QStringLiteral("GRACE.h"), 50});
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.first().id, QStringLiteral("usr_grace"));
        QCOMPARE(page.rows.first().stripeCustomerId, QStringLiteral("cus_Grace01"));
    }

    void nameSearch()
    {
        const auto page = directory().page({QStringLiteral("grace hop"), 50});
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.first().email, QStringLiteral("Grace.Hopper@Navy.example"));
    }

    void exactIdAndCustomerId()
    {
        QCOMPARE(directory().page({QStringLiteral("usr_0042"), 50}).rows.size(), 1);
        QCOMPARE(directory().page({QStringLiteral("cus_Grace01"), 50}).rows.first().id, QStringLiteral("usr_grace"));
    }

    void wildcardsAreLiteral()
    {
        const auto underscore = directory().page({QStringLiteral("under_"), 50});
        QCOMPARE(underscore.rows.size(), 1); // "underX…" must not match "_"
        QCOMPARE(underscore.rows.first().id, QStringLiteral("usr_under"));
        QCOMPARE(directory().page({QStringLiteral("100%"), 50}).rows.size(), 1);
        QCOMPARE(directory().page({QStringLiteral("%"), 50}).rows.size(), 0);
    }

    void searchPagesToo()
    {
        auto first = directory().page({QStringLiteral("learner01"), 40});
        QCOMPARE(first.rows.size(), 40);
        QVERIFY(first.next);
        const auto second = directory().page({QStringLiteral("learner01"), 40}, first.next);
        QCOMPARE(second.rows.size(), 40);
        QVERIFY(second.next);
        const auto third = directory().page({QStringLiteral("learner01"), 40}, second.next);
        QCOMPARE(third.rows.size(), 20); // learner0100 … learner0199: 100 in all
        QVERIFY(!third.next);
        QCOMPARE(third.rows.last().email, QStringLiteral("learner0199@example.com"));
    }

    void injectionTextIsJustText()
    {
        const auto page = directory().page({QStringLiteral("x' OR '1'='1"), 50});
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.rows.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_user_directory.moc"
