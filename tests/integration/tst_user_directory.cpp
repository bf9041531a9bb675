// Finding users: prefix search on e-mail and name, exact ids, and keyset pages that
// walk the whole table once, in order, without gaps or repeats.
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Transaction.h"
#include "db/UserDirectory.h"
#include "billing/SubscriptionDirectory.h"

#include <QSqlError>
#include <QSqlQuery>
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
            u.name = QStringLiteral("Learner %1").arg(i % 50); // names and join days repeat: ties need the id
            u.createdAt = 1700000000 + (i % 7) * 86400;
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
        // A few users with plans, as the webhook receiver would leave them.
        const auto exec = [this](const QString &sql) {
            QSqlQuery q(m_db);
            return q.exec(sql);
        };
        QVERIFY(exec(QStringLiteral("UPDATE users SET tier = 'premium', is_premium = TRUE, premium_source = 'subscription', "
                                    "subscription_expires_at = 1800000000 + length(id) WHERE id IN ('usr_0001', 'usr_0002', 'usr_0003')")));
        QVERIFY(exec(QStringLiteral("UPDATE users SET payment_at_risk = TRUE WHERE id = 'usr_0003'")));
        QVERIFY(exec(QStringLiteral("UPDATE users SET tier = 'premium', is_premium = TRUE, premium_source = 'grant' WHERE id = 'usr_grace'")));
        const QList<std::tuple<QString, QString, QString, bool, int>> subscriptions{
            {QStringLiteral("sub_1"), QStringLiteral("usr_0001"), QStringLiteral("active"), false, 10},
            {QStringLiteral("sub_2"), QStringLiteral("usr_0002"), QStringLiteral("active"), true, 10},
            {QStringLiteral("sub_3"), QStringLiteral("usr_0003"), QStringLiteral("past_due"), false, 10},
            {QStringLiteral("sub_4old"), QStringLiteral("usr_0004"), QStringLiteral("canceled"), true, 5},
            {QStringLiteral("sub_1old"), QStringLiteral("usr_0001"), QStringLiteral("canceled"), false, 20},
        };
        for (const auto &[id, user, status, cancel, created] : subscriptions) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO subscriptions (id, user_id, customer_id, status, cancel_at_period_end, created, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, 0)"));
            for (const QVariant &v : {QVariant(id), QVariant(user), QVariant(QStringLiteral("cus_") + user), QVariant(status), QVariant(cancel), QVariant(created)})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
    }

    // Every page of `query`, following the cursors.
    QVector<db::UserRecord> walk(db::UserQuery query)
    {
        QVector<db::UserRecord> rows;
        std::optional<db::UserCursor> cursor;
        for (int pages = 0; pages < 100; ++pages) {
            const auto page = directory().page(query, cursor);
            if (!page.error.isEmpty())
                qWarning("%s", qPrintable(page.error));
            rows += page.rows;
            cursor = page.next;
            if (!cursor)
                break;
        }
        return rows;
    }

    static QStringList ids(const QVector<db::UserRecord> &rows)
    {
        QStringList out;
        for (const auto &u : rows)
            out << u.id;
        return out;
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

    void everySortOrderWalksEveryUserOnce_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (const bool descending : {false, true}) {
            const char *way = descending ? "descending" : "ascending";
            QTest::addRow("e-mail %s", way) << int(db::UserSort::Email) << descending;
            QTest::addRow("name %s", way) << int(db::UserSort::Name) << descending;
            QTest::addRow("joined %s", way) << int(db::UserSort::Created) << descending;
            QTest::addRow("premium until %s", way) << int(db::UserSort::PremiumUntil) << descending;
        }
    }

    void everySortOrderWalksEveryUserOnce()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        db::UserQuery query;
        query.limit = 37; // pages end inside runs of equal names and join days
        query.sort = db::UserSort(sort);
        query.descending = descending;
        const auto rows = walk(query);
        QCOMPARE(rows.size(), 534);
        const QStringList seen = ids(rows);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 534);
        // Ordered by the key, ties by id, in the direction asked.
        const auto key = [&](const db::UserRecord &u) -> QVariant {
            switch (db::UserSort(sort)) {
            case db::UserSort::Name: return u.name.toLower();
            case db::UserSort::Created: return u.createdAt;
            case db::UserSort::PremiumUntil: return u.subscriptionExpiresAt;
            case db::UserSort::Email: break;
            }
            return u.email.toLower();
        };
        for (int i = 1; i < rows.size(); ++i) {
            const auto &a = rows.at(descending ? i : i - 1);
            const auto &b = rows.at(descending ? i - 1 : i);
            const int order = QVariant::compare(key(a), key(b)) == QPartialOrdering::Less ? -1
                : QVariant::compare(key(a), key(b)) == QPartialOrdering::Equivalent       ? 0
                                                                                        : 1;
            QVERIFY2(order < 0 || (order == 0 && a.id < b.id), qPrintable(a.id + QStringLiteral(" / ") + b.id));
        }
    }

    void filtersNarrowTheList_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("atRisk");
        QTest::addColumn<bool>("cancelPending");
        QTest::addColumn<bool>("grant");
        QTest::addColumn<QStringList>("expected"); // in e-mail order
        QTest::addRow("premium") << QStringLiteral("premium") << QStringLiteral("") << false << false << false
                                 << QStringList{QStringLiteral("usr_grace"), QStringLiteral("usr_0001"), QStringLiteral("usr_0002"), QStringLiteral("usr_0003")};
        QTest::addRow("manual grant") << QStringLiteral("") << QStringLiteral("") << false << false << true << QStringList{QStringLiteral("usr_grace")};
        QTest::addRow("payment at risk") << QStringLiteral("") << QStringLiteral("") << true << false << false << QStringList{QStringLiteral("usr_0003")};
        // An ended subscription's cancel flag is history, not a pending cancel.
        QTest::addRow("cancel pending") << QStringLiteral("") << QStringLiteral("") << false << true << false << QStringList{QStringLiteral("usr_0002")};
        QTest::addRow("has a canceled subscription") << QStringLiteral("") << QStringLiteral("canceled") << false << false << false << QStringList{QStringLiteral("usr_0001"), QStringLiteral("usr_0004")};
        QTest::addRow("active and free") << QStringLiteral("free") << QStringLiteral("active") << false << false << false << QStringList{};
        QTest::addRow("premium and active") << QStringLiteral("premium") << QStringLiteral("active") << false << false << false << QStringList{QStringLiteral("usr_0001"), QStringLiteral("usr_0002")};
    }

    void filtersNarrowTheList()
    {
        QFETCH(QString, tier);
        QFETCH(QString, status);
        QFETCH(bool, atRisk);
        QFETCH(bool, cancelPending);
        QFETCH(bool, grant);
        QFETCH(QStringList, expected);
        db::UserQuery query;
        query.limit = 2;
        query.filter = {tier, status, atRisk, cancelPending, grant};
        QCOMPARE(ids(walk(query)), expected);
    }

    void neverSubscribedFilterAndSearchCombine()
    {
        db::UserQuery query;
        query.filter.subscriptionStatus = QStringLiteral("none");
        QCOMPARE(walk(query).size(), 534 - 4);
        query.search = QStringLiteral("learner000");
        QCOMPARE(ids(walk(query)), (QStringList{QStringLiteral("usr_0000"), QStringLiteral("usr_0005"), QStringLiteral("usr_0006"), QStringLiteral("usr_0007"), QStringLiteral("usr_0008"), QStringLiteral("usr_0009")}));
    }

    void theDecidingSubscriptionIsShown()
    {
        // usr_0001 has a newer canceled subscription and an active one: the live one decides.
        const auto one = directory().find(QStringLiteral("usr_0001"));
        QVERIFY(one);
        QCOMPARE(one->subscriptionStatus, QStringLiteral("active"));
        QVERIFY(!one->cancelAtPeriodEnd);
        const auto two = directory().page({QStringLiteral("learner0002"), 10});
        QCOMPARE(two.rows.size(), 1);
        QVERIFY(two.rows.first().cancelAtPeriodEnd);
        QCOMPARE(directory().find(QStringLiteral("usr_0003"))->paymentAtRisk, true);
        QCOMPARE(directory().find(QStringLiteral("usr_0042"))->subscriptionStatus, QString());
    }

    void subscriptionsPageFilterAndSearch()
    {
        const billing::SubscriptionDirectory subscriptions(m_db, m_testDb.config().dialect);
        const auto walkSubscriptions = [&](billing::SubscriptionQuery query) {
            QStringList out;
            std::optional<billing::SubscriptionCursor> cursor;
            for (int pages = 0; pages < 20; ++pages) {
                const auto page = subscriptions.page(query, cursor);
                if (!page.error.isEmpty())
                    qWarning("%s", qPrintable(page.error));
                for (const auto &row : page.rows)
                    out << row.subscription.id;
                cursor = page.next;
                if (!cursor)
                    break;
            }
            return out;
        };
        billing::SubscriptionQuery query;
        query.limit = 2;
        // Ties on the key (no period ends here) are broken by id, across pages.
        QCOMPARE(walkSubscriptions(query), (QStringList{QStringLiteral("sub_1"), QStringLiteral("sub_1old"), QStringLiteral("sub_2"),
                                                        QStringLiteral("sub_3"), QStringLiteral("sub_4old")}));
        query.sort = billing::SubscriptionSort::Created;
        query.descending = true;
        QCOMPARE(walkSubscriptions(query).first(), QStringLiteral("sub_1old")); // created 20, the newest
        query.filter.status = QStringLiteral("active");
        QCOMPARE(walkSubscriptions(query).size(), 2);
        query.filter = {};
        query.filter.cancelPending = true;
        QCOMPARE(walkSubscriptions(query), QStringList{QStringLiteral("sub_2")});
        query.filter = {};
        query.search = QStringLiteral("LEARNER0001");
        QCOMPARE(walkSubscriptions(query).size(), 2);
        query.search = QStringLiteral("cus_usr_0003");
        QCOMPARE(walkSubscriptions(query), QStringList{QStringLiteral("sub_3")});
        query.search = QStringLiteral("x' OR '1'='1");
        QCOMPARE(walkSubscriptions(query).size(), 0);
        const auto one = subscriptions.page(billing::SubscriptionQuery(QStringLiteral("sub_3")));
        QCOMPARE(one.rows.size(), 1);
        QCOMPARE(one.rows.first().email, QStringLiteral("learner0003@example.com"));
        QCOMPARE(one.rows.first().subscription.status, QStringLiteral("past_due"));
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

    void searchSortedByAnotherColumnPagesToo()
    {
        // The e-mail arm is collected first here (few matches, sorted by name), and
        // still pages by the name cursor without gaps or repeats.
        db::UserQuery query(QStringLiteral("learner01"), 40);
        query.sort = db::UserSort::Name;
        query.filter.tier = QStringLiteral("free");
        const auto rows = walk(query);
        QCOMPARE(rows.size(), 100);
        const QStringList seen = ids(rows);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 100);
        for (int i = 1; i < rows.size(); ++i) {
            const auto &a = rows.at(i - 1);
            const auto &b = rows.at(i);
            QVERIFY(a.name.toLower() < b.name.toLower() || (a.name.toLower() == b.name.toLower() && a.id < b.id));
        }
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
