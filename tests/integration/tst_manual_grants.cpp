// Manual upgrades and what support reads about a user: a grant makes the user
// Premium at once (the column the server's gating reads), is audited with its
// reason in the same transaction, and a revoke takes it back; bad requests write
// nothing. The dossier merges Stripe's events and audit rows into one timeline.
#include "TestDatabase.h"
#include "billing/BillingStore.h"
#include "billing/ManualGrants.h"
#include "billing/UserDossier.h"
#include "db/UserDirectory.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace companion;

class TestManualGrants : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_testDb;
    QSqlDatabase m_db;
    db::Dialect m_dialect = db::Dialect::SQLite;
    const billing::GrantChange m_change{QStringLiteral("Dana Support"), QStringLiteral("admin-app"), QStringLiteral("conference speaker")};

    bool isPremium(const QString &userId) const
    {
        return test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? AND is_premium AND tier = 'premium'"), {userId}) == 1;
    }

    void addUser(const QString &id)
    {
        db::UserRecord u;
        u.id = id;
        u.email = id + QStringLiteral("@example.com");
        QString error;
        QVERIFY2(db::UserDirectory(m_db, m_dialect).insert(u, &error), qPrintable(error));
    }

    void exec(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_testDb.create(&error), qPrintable(error));
        m_db = m_testDb.openMigrated(&error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
        m_dialect = m_testDb.config().dialect;
    }

    void cleanupTestCase() { m_db = {}; }

    void grantUnlocksAtOnceAndIsAudited()
    {
        addUser(QStringLiteral("usr_speaker"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        billing::ManualGrants grants(m_db, m_dialect);
        const auto after = grants.grant(QStringLiteral("usr_speaker"), m_change, now + 30 * 86400, now);
        QVERIFY(after.premium);
        QCOMPARE(after.source, QStringLiteral("grant"));
        QVERIFY(isPremium(QStringLiteral("usr_speaker")));

        QSqlQuery audit(m_db);
        QVERIFY(audit.exec(QStringLiteral("SELECT actor, source, action, reason, before_state, after_state, target_id FROM audit_log "
                                          "WHERE user_id = 'usr_speaker'")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), QStringLiteral("Dana Support"));
        QCOMPARE(audit.value(1).toString(), QStringLiteral("admin-app"));
        QCOMPARE(audit.value(2).toString(), QStringLiteral("grant.create"));
        QCOMPARE(audit.value(3).toString(), QStringLiteral("conference speaker"));
        QCOMPARE(QJsonDocument::fromJson(audit.value(4).toByteArray()).object().value(QStringLiteral("tier")).toString(), QStringLiteral("free"));
        const QJsonObject afterState = QJsonDocument::fromJson(audit.value(5).toByteArray()).object();
        QCOMPARE(afterState.value(QStringLiteral("tier")).toString(), QStringLiteral("premium"));
        QCOMPARE(afterState.value(QStringLiteral("premium_until")).toInteger(), now + 30 * 86400);
        const qint64 grantId = audit.value(6).toLongLong();
        QVERIFY(grantId > 0);
        QVERIFY(!audit.next());
        audit.finish();

        // Revoking ends it now, and says who and why.
        const auto revoked = grants.revoke(grantId, {QStringLiteral("Eli Support"), QStringLiteral("admin-app"), QStringLiteral("talk cancelled")}, now + 1);
        QVERIFY(!revoked.premium);
        QVERIFY(!isPremium(QStringLiteral("usr_speaker")));
        const auto list = grants.ofUser(QStringLiteral("usr_speaker"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().revokedBy, QStringLiteral("Eli Support"));
        QCOMPARE(list.first().revokeReason, QStringLiteral("talk cancelled"));
        QCOMPARE(test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'grant.revoke' AND target_id = ?"),
                                 {QString::number(grantId)}), 1);
        // Twice is refused: the grant has ended.
        QVERIFY_THROWS_EXCEPTION(billing::StoreError, grants.revoke(grantId, m_change, now + 2));
    }

    void refusedRequestsWriteNothing()
    {
        addUser(QStringLiteral("usr_refused"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        billing::ManualGrants grants(m_db, m_dialect);
        const auto grantWith = [&](const billing::GrantChange &change, std::optional<qint64> until, const QString &user) {
            try {
                grants.grant(user, change, until, now);
            } catch (const billing::StoreError &e) {
                return e.message();
            }
            return QString();
        };
        QVERIFY(grantWith({QStringLiteral("Dana"), QStringLiteral("admin-app"), QStringLiteral("   ")}, std::nullopt, QStringLiteral("usr_refused"))
                    .contains(QStringLiteral("reason")));
        QVERIFY(grantWith(m_change, now - 10, QStringLiteral("usr_refused")).contains(QStringLiteral("future")));
        QVERIFY(grantWith(m_change, std::nullopt, QStringLiteral("usr_nobody")).contains(QStringLiteral("no longer exists")));
        QCOMPARE(test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM entitlement_grants WHERE user_id IN ('usr_refused', 'usr_nobody')")), 0);
        QCOMPARE(test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_id IN ('usr_refused', 'usr_nobody')")), 0);
        QVERIFY(!isPremium(QStringLiteral("usr_refused")));

        // Indefinite: no end date.
        const auto forever = grants.grant(QStringLiteral("usr_refused"), m_change, std::nullopt, now);
        QVERIFY(forever.premium);
        QVERIFY(!forever.expiresAt);
    }

    void dossierTellsTheWholeStory()
    {
        addUser(QStringLiteral("usr_story"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        exec(QStringLiteral("INSERT INTO subscriptions (id, user_id, customer_id, status, interval, amount, currency, created, "
                            "current_period_end, cancel_at_period_end, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {QStringLiteral("sub_old"), QStringLiteral("usr_story"), QStringLiteral("cus_story"), QStringLiteral("canceled"),
              QStringLiteral("month"), 999, QStringLiteral("usd"), now - 90 * 86400, now - 60 * 86400, false, now});
        exec(QStringLiteral("INSERT INTO subscriptions (id, user_id, customer_id, status, interval, amount, currency, created, "
                            "current_period_end, cancel_at_period_end, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {QStringLiteral("sub_new"), QStringLiteral("usr_story"), QStringLiteral("cus_story"), QStringLiteral("active"),
              QStringLiteral("year"), 9900, QStringLiteral("usd"), now - 86400, now + 364 * 86400, true, now});
        exec(QStringLiteral("INSERT INTO invoices (id, subscription_id, user_id, status, currency, total, amount_paid, attempt_count, created, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {QStringLiteral("in_failed"), QStringLiteral("sub_old"), QStringLiteral("usr_story"), QStringLiteral("open"), QStringLiteral("usd"),
              999, 0, 2, now - 61 * 86400, now});
        const auto event = [&](const QString &id, const QString &outcome, int deliveries, qint64 created) {
            exec(QStringLiteral("INSERT INTO webhook_events (event_id, type, created, received_at, last_received_at, delivery_count, outcome, "
                                "user_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}')"),
                 {id, QStringLiteral("customer.subscription.updated"), created, created + 1, created + 5, deliveries, outcome, QStringLiteral("usr_story")});
        };
        event(QStringLiteral("evt_applied"), QStringLiteral("applied"), 3, now - 300);
        event(QStringLiteral("evt_late"), QStringLiteral("stale"), 1, now - 400);
        billing::ManualGrants(m_db, m_dialect).grant(QStringLiteral("usr_story"), m_change, std::nullopt, now - 100);

        const auto dossier = billing::UserDossierReader(m_db, m_dialect).read(QStringLiteral("usr_story"), now);
        QVERIFY2(dossier.found && dossier.error.isEmpty(), qPrintable(dossier.error));
        QCOMPARE(dossier.subscriptions.size(), 2);
        QCOMPARE(dossier.currentSubscription()->id, QStringLiteral("sub_new"));
        QVERIFY(dossier.currentSubscription()->cancelAtPeriodEnd);
        QCOMPARE(dossier.invoices.size(), 1);
        QVERIFY(dossier.invoices.first().failed());
        QCOMPARE(dossier.grants.size(), 1);
        QVERIFY(dossier.entitlement.premium);
        QVERIFY(!dossier.entitlement.reason.isEmpty());

        // Newest first: the grant's audit row, then the applied event (3 deliveries), then the late one.
        QCOMPARE(dossier.timeline.size(), 3);
        QCOMPARE(dossier.timeline.at(0).kind, billing::TimelineEntry::Kind::Audit);
        QCOMPARE(dossier.timeline.at(0).title, QStringLiteral("grant.create"));
        QVERIFY(dossier.timeline.at(0).detail.contains(QStringLiteral("Dana Support")));
        QCOMPARE(dossier.timeline.at(1).reference, QStringLiteral("evt_applied"));
        QCOMPARE(dossier.timeline.at(1).deliveries, 3);
        QCOMPARE(dossier.timeline.at(2).outcome, QStringLiteral("stale"));

        QVERIFY(!billing::UserDossierReader(m_db, m_dialect).read(QStringLiteral("usr_missing"), now).found);
    }
};

QTEST_GUILESS_MAIN(TestManualGrants)
#include "tst_manual_grants.moc"
