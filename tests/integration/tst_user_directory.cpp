// Finding users: substring search on e-mail and name (case- and accent-blind),
// prefix search for short terms, exact ids and Stripe ids, and keyset pages that
// walk the whole table once, in order, without gaps or repeats.
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SearchFold.h"
#include "db/StripeIdLookup.h"
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

    bool m_searchUsers = false;

    db::UserDirectory directory() const { return db::UserDirectory(m_db, m_testDb.config().dialect); }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.isActive();
    }

    // Users for the substring and Stripe id searches, inserted by plain SQL as
    // other parts of the product do: the database folds them, not our code. Added
    // once, after the tests that count every user.
    void addSearchUsers()
    {
        if (m_searchUsers)
            return;
        m_searchUsers = true;
        const QList<std::tuple<QString, QString, QString, QString>> users{
            {QStringLiteral("usr_ada"), QStringLiteral("ada.byron@analytical.example.org"), QStringLiteral("Ada Lovelace"), QString()},
            {QStringLiteral("usr_jose"), QStringLiteral("j.nunez@correo.example.es"), QStringLiteral("José Núñez"), QString()},
            {QStringLiteral("usr_plainjose"), QStringLiteral("jose@plain.example.net"), QStringLiteral("Pepe"), QString()},
            {QStringLiteral("usr_mixed"), QStringLiteral("MiXeD.Case@Example.ORG"), QStringLiteral("Zoë Ångström"), QString()},
            {QStringLiteral("usr_bs"), QStringLiteral("back\\slash@example.com"), QStringLiteral("Back Slash"), QString()},
            {QStringLiteral("usr_bs2"), QStringLiteral("backXslash@example.com"), QStringLiteral("Back X"), QString()},
            {QStringLiteral("usr_stripe"), QStringLiteral("paying@example.net"), QStringLiteral("Paula Payer"), QStringLiteral("cus_Stripe9")},
        };
        for (const auto &[id, email, name, customer] : users) {
            QVERIFY(exec(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at, stripe_customer_id) VALUES (?, ?, ?, 1700000000, 0, ?)"),
                         {id, email, name, customer.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(customer)}));
        }
        // What our tables know of usr_stripe: a subscription, an invoice tied only
        // by its customer (and its charge), events and audited actions.
        QVERIFY(exec(QStringLiteral("INSERT INTO subscriptions (id, user_id, customer_id, status, cancel_at_period_end, created, updated_at) "
                                    "VALUES ('sub_Find1', 'usr_stripe', 'cus_Stripe9', 'active', FALSE, 30, 0)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO invoices (id, subscription_id, customer_id, status, currency, created, charge_id, updated_at) "
                                    "VALUES ('in_Find1', 'sub_Find1', 'cus_Stripe9', 'paid', 'usd', 30, 'ch_Find1', 0)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO webhook_events (event_id, type, received_at, last_received_at, outcome, user_id, object_id, payload) "
                                    "VALUES ('evt_Find1', 'payment_intent.succeeded', 30, 30, 'applied', 'usr_stripe', 'pi_Find1', '{}'), "
                                    "('evt_Find2', 'payment_method.attached', 30, 30, 'applied', 'usr_stripe', 'pm_Find1', '{}')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO audit_log (at, actor, source, action, target_type, target_id, user_id) "
                                    "VALUES (30, 'desk', 'admin-app', 'refund', 'refund', 're_Find1', 'usr_stripe'), "
                                    "(31, 'desk', 'admin-app', 'checkout', 'checkout_session', 'cs_Find1', 'usr_stripe')")));
    }

    QStringList found(const QString &term, db::UserDirectory::SubstringPlan plan = db::UserDirectory::SubstringPlan::ByCount)
    {
        auto dir = directory();
        dir.setSubstringPlan(plan);
        const auto page = dir.page({term, 100});
        if (!page.error.isEmpty())
            qWarning("%s", qPrintable(page.error));
        QStringList out = ids(page.rows);
        out.sort();
        return out;
    }

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
    QVector<db::UserRecord> walk(db::UserQuery query, db::UserDirectory::SubstringPlan plan = db::UserDirectory::SubstringPlan::ByCount)
    {
        QVector<db::UserRecord> rows;
        std::optional<db::UserCursor> cursor;
        auto dir = directory();
        dir.setSubstringPlan(plan);
        for (int pages = 0; pages < 100; ++pages) {
            const auto page = dir.page(query, cursor);
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

    static QVariant sortKey(db::UserSort sort, const db::UserRecord &u)
    {
        switch (sort) {
        case db::UserSort::Name: return u.name.toLower();
        case db::UserSort::Created: return u.createdAt;
        case db::UserSort::PremiumUntil: return u.subscriptionExpiresAt;
        case db::UserSort::Email: break;
        }
        return u.email.toLower();
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

    void substringFindsSurnamesDomainsAndFragments_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("surname") << QStringLiteral("lovelace") << QStringList{QStringLiteral("usr_ada")};
        QTest::addRow("inside an e-mail") << QStringLiteral("byron@anal") << QStringList{QStringLiteral("usr_ada")};
        QTest::addRow("domain") << QStringLiteral("example.org") << QStringList{QStringLiteral("usr_ada"), QStringLiteral("usr_mixed")};
        QTest::addRow("mixed case") << QStringLiteral("mIxEd.cAsE") << QStringList{QStringLiteral("usr_mixed")};
        QTest::addRow("upper-case domain") << QStringLiteral("EXAMPLE.ORG") << QStringList{QStringLiteral("usr_ada"), QStringLiteral("usr_mixed")};
        QTest::addRow("plain finds accented") << QStringLiteral("jose") << QStringList{QStringLiteral("usr_jose"), QStringLiteral("usr_plainjose")};
        QTest::addRow("accented finds plain") << QStringLiteral("JOSÉ") << QStringList{QStringLiteral("usr_jose"), QStringLiteral("usr_plainjose")};
        QTest::addRow("accented surname") << QStringLiteral("núñez") << QStringList{QStringLiteral("usr_jose")};
        QTest::addRow("surname without accents") << QStringLiteral("NUNEZ") << QStringList{QStringLiteral("usr_jose")};
        QTest::addRow("decomposed accents") << QStringLiteral("nu\u0301n\u0303ez") << QStringList{QStringLiteral("usr_jose")};
        QTest::addRow("Scandinavian") << QStringLiteral("angstrom") << QStringList{QStringLiteral("usr_mixed")};
        QTest::addRow("diaeresis") << QStringLiteral("zoe ang") << QStringList{QStringLiteral("usr_mixed")};
        QTest::addRow("nobody") << QStringLiteral("babbage") << QStringList{};
        // Two characters: a prefix of the e-mail or name, as before (no trigram).
        QTest::addRow("two characters, a prefix") << QStringLiteral("Ad") << QStringList{QStringLiteral("usr_ada")};
        QTest::addRow("two characters, not a prefix") << QStringLiteral("ov") << QStringList{};
        // %, _ and \ are letters like any other, not LIKE's wildcards.
        QTest::addRow("percent") << QStringLiteral("0%s") << QStringList{QStringLiteral("usr_pct")};
        QTest::addRow("percent alone") << QStringLiteral("%%%") << QStringList{};
        QTest::addRow("underscore") << QStringLiteral("r_sc") << QStringList{QStringLiteral("usr_under")};
        QTest::addRow("underscores") << QStringLiteral("___") << QStringList{};
        QTest::addRow("backslash") << QStringLiteral("k\\sl") << QStringList{QStringLiteral("usr_bs")};
        QTest::addRow("backslash escaping") << QStringLiteral("k\\%") << QStringList{};
        QTest::addRow("quote") << QStringLiteral("\"x' OR") << QStringList{};
    }

    void substringFindsSurnamesDomainsAndFragments()
    {
        addSearchUsers();
        QFETCH(QString, term);
        QFETCH(QStringList, expected);
        // Whichever way the matches are found, the same users.
        QCOMPARE(found(term), expected);
        QCOMPARE(found(term, db::UserDirectory::SubstringPlan::Collect), expected);
        QCOMPARE(found(term, db::UserDirectory::SubstringPlan::Walk), expected);
    }

    void searchFollowsChangesMadeInSql()
    {
        addSearchUsers();
        QVERIFY(exec(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('usr_temp', 'temp@example.net', 'Renée Temp', 1, 0)")));
        QCOMPARE(found(QStringLiteral("renee")), QStringList{QStringLiteral("usr_temp")});
        QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'Łukasz Čapek' WHERE id = 'usr_temp'")));
        QCOMPARE(found(QStringLiteral("renee")), QStringList{});
        QCOMPARE(found(QStringLiteral("capek")), QStringList{QStringLiteral("usr_temp")});
        QVERIFY(exec(QStringLiteral("UPDATE users SET email = 'moved@elsewhere.example' WHERE id = 'usr_temp'")));
        QCOMPARE(found(QStringLiteral("temp@")), QStringList{});
        QCOMPARE(found(QStringLiteral("elsewhere")), QStringList{QStringLiteral("usr_temp")});
        QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 'usr_temp'")));
        QCOMPARE(found(QStringLiteral("capek")), QStringList{});
    }

    void sqlAndCppFoldEveryLetterAlike()
    {
        // SQLite's triggers fold with generated replace(); a typed term is folded in
        // C++. PostgreSQL folds both sides with companion_fold().
        if (m_testDb.config().dialect != db::Dialect::SQLite)
            QSKIP("PostgreSQL folds the term in SQL too");
        QStringList letters;
        for (char16_t code = 0x00C0; code < 0x0180; ++code) {
            if (QChar(code).isLetter())
                letters << QString(QChar(code));
        }
        QVERIFY(exec(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('usr_letters', 'letters@example.net', ?, 1, 0)"),
                     {letters.join(u' ')}));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM users_search WHERE user_id = 'usr_letters'")) && q.next());
        const QStringList folded = q.value(0).toString().split(u' ');
        QCOMPARE(folded.size(), letters.size());
        for (int i = 0; i < letters.size(); ++i)
            QVERIFY2(folded.at(i) == db::SearchFold::fold(letters.at(i)),
                     qPrintable(QStringLiteral("%1: SQL %2, C++ %3").arg(letters.at(i), folded.at(i), db::SearchFold::fold(letters.at(i)))));
        QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 'usr_letters'")));
    }

    void substringPagesWithoutGapsOrRepeats_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("plan");
        for (const QString &term : {QStringLiteral("arner 1"), QStringLiteral("rner"), QStringLiteral("example.com")}) {
            for (const bool descending : {false, true}) {
                for (const int plan : {int(db::UserDirectory::SubstringPlan::Collect), int(db::UserDirectory::SubstringPlan::Walk)}) {
                    const char *how = plan == int(db::UserDirectory::SubstringPlan::Collect) ? "collected" : "walked";
                    const char *way = descending ? "descending" : "ascending";
                    const QByteArray t = term.toUtf8();
                    QTest::addRow("%s, e-mail %s, %s", t.constData(), way, how) << term << int(db::UserSort::Email) << descending << plan;
                    QTest::addRow("%s, name %s, %s", t.constData(), way, how) << term << int(db::UserSort::Name) << descending << plan;
                    QTest::addRow("%s, joined %s, %s", t.constData(), way, how) << term << int(db::UserSort::Created) << descending << plan;
                    QTest::addRow("%s, premium until %s, %s", t.constData(), way, how) << term << int(db::UserSort::PremiumUntil) << descending << plan;
                }
            }
        }
    }

    void substringPagesWithoutGapsOrRepeats()
    {
        addSearchUsers();
        QFETCH(QString, term);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(int, plan);
        // Who should be found, decided here from every user.
        QStringList expected;
        const QString needle = db::SearchFold::fold(term);
        for (const auto &u : walk(db::UserQuery(QString(), 1000))) {
            if (db::SearchFold::fold(u.email).contains(needle) || db::SearchFold::fold(u.name).contains(needle))
                expected << u.id;
        }
        QVERIFY(expected.size() > 40);
        db::UserQuery query(term, 17); // pages end inside runs of equal names and join days
        query.sort = db::UserSort(sort);
        query.descending = descending;
        const auto rows = walk(query, db::UserDirectory::SubstringPlan(plan));
        QStringList seen = ids(rows);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
        std::sort(seen.begin(), seen.end());
        expected.sort();
        QCOMPARE(seen, expected);
        for (int i = 1; i < rows.size(); ++i) {
            const auto &a = rows.at(descending ? i : i - 1);
            const auto &b = rows.at(descending ? i - 1 : i);
            const QVariant ka = sortKey(db::UserSort(sort), a);
            const QVariant kb = sortKey(db::UserSort(sort), b);
            const auto order = QVariant::compare(ka, kb);
            QVERIFY2(order == QPartialOrdering::Less || (order == QPartialOrdering::Equivalent && (sort == int(db::UserSort::Email) || a.id < b.id)),
                     qPrintable(a.id + QStringLiteral(" / ") + b.id));
        }
    }

    void filtersCombineWithSubstring()
    {
        addSearchUsers();
        for (const auto plan : {db::UserDirectory::SubstringPlan::Collect, db::UserDirectory::SubstringPlan::Walk}) {
            db::UserQuery query(QStringLiteral("ARNER000"), 2);
            query.filter.tier = QStringLiteral("premium");
            QCOMPARE(ids(walk(query, plan)), (QStringList{QStringLiteral("usr_0001"), QStringLiteral("usr_0002"), QStringLiteral("usr_0003")}));
            query.filter = {};
            query.filter.subscriptionStatus = QStringLiteral("canceled");
            QCOMPARE(ids(walk(query, plan)), (QStringList{QStringLiteral("usr_0001"), QStringLiteral("usr_0004")}));
            query.filter = {};
            query.filter.paymentAtRisk = true;
            QCOMPARE(ids(walk(query, plan)), QStringList{QStringLiteral("usr_0003")});
            query.filter = {};
            query.filter.cancelPending = true;
            QCOMPARE(ids(walk(query, plan)), QStringList{QStringLiteral("usr_0002")});
            query.search = QStringLiteral("hopper");
            query.filter = {};
            query.filter.manualGrant = true;
            QCOMPARE(ids(walk(query, plan)), QStringList{QStringLiteral("usr_grace")});
            query.filter.tier = QStringLiteral("free");
            QCOMPARE(ids(walk(query, plan)), QStringList{});
        }
    }

    void stripeIdsFindTheirLearner_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"cus_Stripe9", "sub_Find1", "in_Find1", "ch_Find1", "evt_Find1", "pi_Find1", "pm_Find1", "re_Find1", "cs_Find1"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void stripeIdsFindTheirLearner()
    {
        addSearchUsers();
        QFETCH(QString, id);
        QCOMPARE(found(id), QStringList{QStringLiteral("usr_stripe")});
        QCOMPARE(found(QStringLiteral("  ") + id + QStringLiteral(" ")), QStringList{QStringLiteral("usr_stripe")}); // pasted with blanks
        QString error;
        QCOMPARE(db::StripeIdLookup(m_db).userIdFor(id, &error), std::optional<QString>(QStringLiteral("usr_stripe")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void unknownStripeIdFindsNobody()
    {
        addSearchUsers();
        for (const QString &id : {QStringLiteral("pi_Unknown1"), QStringLiteral("in_Find2"), QStringLiteral("cus_Nobody")}) {
            QCOMPARE(found(id), QStringList{});
            QString error;
            QCOMPARE(db::StripeIdLookup(m_db).userIdFor(id, &error), std::nullopt);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // Not a Stripe id at all: nothing looked up.
        QCOMPARE(db::StripeIdLookup(m_db).userIdFor(QStringLiteral("usr_stripe")), std::nullopt);
        QVERIFY(!db::StripeIdLookup::isStripeId(QStringLiteral("x' OR '1'='1")));
    }
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_user_directory.moc"
