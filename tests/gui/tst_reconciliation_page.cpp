// The Reconciliation view on the sandbox's demo history (Stripe key in the real
// keychain): compare, a difference with the webhook log's word beside it, Fix
// all after its dry run, and the database matching Stripe again.
#include "AdminStartup.h"
#include "DeskTestSupport.h"
#include "DemoImport.h"
#include "SandboxClient.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"
#include "actions/Confirmer.h"
#include "models/MissedEventsModel.h"
#include "models/PagedTableModel.h"
#include "models/SubscriptionsModel.h"
#include "models/UsersModel.h"
#include "models/ReconciliationModel.h"
#include "pages/ReconciliationPage.h"
#include "pages/SubscriptionsPage.h"
#include "pages/UsersPage.h"
#include "secrets/KeychainStore.h"
#include "settings/SupportSettings.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;
using admin::ReconciliationModel;
using test::ScriptedConfirmer;
using test::scriptConfirmations;
using test::storeStripeKey;
using test::deskProfile;

class TestReconciliationPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en")); }

    void supportComparesAndFixes()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        test::SandboxClient sandbox;
        QString summary;
        QVERIFY2(test::importDemoHistory(QStringLiteral(COMPANION_SERVER_BIN), testDb, sandbox, &summary, &error), qPrintable(error));
        // A paying learner whose Premium we lost, and a subscription we think ended (a lost webhook each).
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT u.id, u.email, s.id FROM users u JOIN subscriptions s ON s.user_id = u.id "
                                      "WHERE s.status = 'active' AND NOT s.cancel_at_period_end ORDER BY u.id LIMIT 2")));
        QVERIFY(q.next());
        const QString payingUser = q.value(0).toString(), payingEmail = q.value(1).toString();
        QVERIFY(q.next());
        const QString endedSub = q.value(2).toString();
        QVERIFY(q.exec(QStringLiteral("UPDATE users SET is_premium = %1, tier = 'free' WHERE id = '%2'")
                           .arg(testDb.config().dialect == db::Dialect::SQLite ? QStringLiteral("0") : QStringLiteral("FALSE"), payingUser)));
        QVERIFY(q.exec(QStringLiteral("UPDATE subscriptions SET status = 'canceled' WHERE id = '%1'").arg(endedSub)));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        deskProfile(settings, QStringLiteral("reconciliation"), testDb.config().dialect, sandbox.baseUrl());
        admin::SupportSettings::setOperatorName(settings, QStringLiteral("Rita Recon"));
        admin::KeychainStore keychain(&settings);
        QVERIFY(storeStripeKey(keychain, QString::fromLatin1(test::SandboxClient::kKey)));

        admin::MainWindow window(testDb.config(), &settings);
        ScriptedConfirmer *answers = scriptConfirmations(window);
        window.resize(1400, 800);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        // The demo's learners and subscriptions as support first sees them (the README's demo screenshots).
        struct Section {
            QString name;
            admin::PagedTableModel *model;
            QString shot;
        };
        for (const Section &section : {Section{QStringLiteral("Users"), window.usersPage()->model(), QStringLiteral("demo-users.png")},
                                       Section{QStringLiteral("Subscriptions"), window.subscriptionsPage()->model(), QStringLiteral("demo-subscriptions.png")}}) {
            navigation->setCurrentItem(navigation->findItems(section.name, Qt::MatchExactly).value(0));
            // Loaded (at start, or when first shown): the demo's 40 customers each have a subscription.
            QTRY_VERIFY2_WITH_TIMEOUT(section.model->rowCount() >= 40, qPrintable(section.name), 30000);
            if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
                QVERIFY(window.grab().save(shots + u'/' + section.shot));
        }
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Reconciliation"), Qt::MatchExactly).value(0));
        admin::ReconciliationPage *page = window.reconciliationPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *status = page->findChild<QLabel *>(QStringLiteral("status"));
        QSignalSpy compared(page, &admin::ReconciliationPage::compared);

        page->findChild<QPushButton *>(QStringLiteral("compareButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 60000);
        const ReconciliationModel *model = page->model();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY2(status->text().startsWith(QStringLiteral("2 differences")), qPrintable(status->text()));
        QStringList what;
        for (int row = 0; row < model->rowCount(); ++row)
            what << model->index(row, ReconciliationModel::What).data().toString() + u'|' + model->index(row, ReconciliationModel::User).data().toString();
        QVERIFY2(what.contains(QStringLiteral("Pays in Stripe, not Premium here|") + payingEmail), qPrintable(what.join(u',')));
        QVERIFY(what.filter(QStringLiteral("Subscription differs|")).size() == 1);
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/demo-reconciliation.png")));

        // Fix all: a dry run first, then Stripe's state for each, audited.
        compared.clear();
        QSignalSpy fixed(page, &admin::ReconciliationPage::fixed);
        page->findChild<QPushButton *>(QStringLiteral("fixAllButton"))->click();
        QCOMPARE(answers->asked.size(), 1);
        QVERIFY(answers->asked.first().text.startsWith(QStringLiteral("Dry run")));
        QTRY_VERIFY_WITH_TIMEOUT(!fixed.isEmpty(), 60000);
        QCOMPARE(fixed.first().first().value<billing::FixSummary>().fixed, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 60000); // it compares again by itself
        QCOMPARE(model->rowCount(), 0);
        QVERIFY2(status->text().startsWith(QStringLiteral("Fixed 2 of 2. Our database matches Stripe")), qPrintable(status->text()));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reconcile.fix' AND actor = 'Rita Recon'")), 2);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? AND is_premium"), {payingUser}), 1);

        // The history was synced, never delivered: Stripe's recent events are all missing
        // from the server's log, and Fetch & apply all puts each there once.
        QAbstractItemModelTester missedTester(page->missedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listed(page, &admin::ReconciliationPage::missedListed);
        page->findChild<QPushButton *>(QStringLiteral("listMissedButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 60000);
        const int missed = page->missedModel()->rowCount();
        QVERIFY2(missed > 0, qPrintable(status->text()));
        QCOMPARE(page->missedModel()->index(0, admin::MissedEventsModel::OurLog).data().toString(), QStringLiteral("never received"));
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/demo-missed-webhooks.png")));
        listed.clear();
        fixed.clear();
        page->findChild<QPushButton *>(QStringLiteral("applyAllButton"))->click();
        QCOMPARE(answers->asked.size(), 2);
        QVERIFY(answers->asked.last().text.startsWith(QStringLiteral("Dry run")));
        QTRY_VERIFY_WITH_TIMEOUT(!fixed.isEmpty(), 120000);
        QCOMPARE(fixed.first().first().value<billing::FixSummary>().fixed, missed);
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 60000);
        QCOMPARE(page->missedModel()->rowCount(), 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM webhook_events")), missed);
    }
};

QTEST_MAIN(TestReconciliationPage)
#include "tst_reconciliation_page.moc"
