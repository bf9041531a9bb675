// The desk connected with an operator's own PostgreSQL role offers only what that
// role may do (migration 007's grants): finance sees no plan actions and no
// Stripe fixes but may close months; support acts on plans and fixes but does not
// close months; the owner sees everything. The status bar says why. Every role
// reads the payouts and a month's cash reconciliation.
#include "TestDatabase.h"
#include "dialogs/UserDetailDialog.h"
#include "models/PayoutsModel.h"
#include "pages/CashReconciliationTab.h"
#include "pages/PayoutListTab.h"
#include "pages/PayoutsPage.h"
#include "pages/ReconciliationPage.h"
#include "pages/RevenuePage.h"
#include "windows/DeskActions.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;

class TestRoleAwareDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offersOnlyWhatTheRoleMayDo_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<bool>("planActions");
        QTest::addColumn<bool>("closeMonths");
        QTest::addColumn<bool>("stripeFixes");
        QTest::newRow("finance") << QStringLiteral("companion_finance") << false << true << false;
        QTest::newRow("support") << QStringLiteral("companion_support") << true << false << true;
        QTest::newRow("admin") << QStringLiteral("companion_admin") << true << true << true;
        QTest::newRow("owner") << QString() << true << true << true;
    }
    void offersOnlyWhatTheRoleMayDo()
    {
        QFETCH(QString, group);
        QFETCH(bool, planActions);
        QFETCH(bool, closeMonths);
        QFETCH(bool, stripeFixes);
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        {
            const QSqlDatabase owner = testDb.openMigrated(&error);
            QVERIFY2(owner.isOpen(), qPrintable(error));
            QVERIFY(QSqlQuery(owner).exec(QStringLiteral(
                "INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('usr_role', 'role@example.com', 'Role', 1, 1)")));
            QVERIFY(QSqlQuery(owner).exec(QStringLiteral(
                "INSERT INTO payouts (id, amount, currency, status, created, arrival_date, updated_at) "
                "VALUES ('po_role', 940, 'usd', 'paid', 1740787200, 1740960000, 1)")));
        }
        const auto config = group.isEmpty() ? std::optional(testDb.config()) : testDb.loginRoleIn(group, &error);
        QVERIFY2(config, qPrintable(error));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(*config, &settings);
        QSignalSpy ready(&window, &admin::MainWindow::databaseReady);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
        QCOMPARE(window.privileges().supportActions, planActions);

        // Every role may follow the money to the bank (migration 009's grants), as it may read Revenue.
        admin::PayoutsPage *payouts = window.payoutsPage();
        QSignalSpy listed(payouts->payoutsTab(), &admin::PayoutListTab::payoutsShown);
        QSignalSpy reconciled(payouts->cashTab(), &admin::CashReconciliationTab::reportShown);
        payouts->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && !reconciled.isEmpty(), 15000);
        QCOMPARE(payouts->payoutsTab()->payoutsModel()->rowCount(), 1);
        QVERIFY2(payouts->cashTab()->report().error.isEmpty(), qPrintable(payouts->cashTab()->report().error));

        QCOMPARE(!window.revenuePage()->findChild<QPushButton *>(QStringLiteral("closeMonthButton"))->isHidden(), closeMonths);
        for (const char *name : {"fixButton", "fixAllButton", "applyButton", "applyAllButton"})
            QCOMPARE(!window.reconciliationPage()->findChild<QPushButton *>(QLatin1String(name))->isHidden(), stripeFixes);
        QVERIFY(!window.reconciliationPage()->findChild<QPushButton *>(QStringLiteral("compareButton"))->isHidden());

        admin::UserDetailDialog *detail = window.openUser(QStringLiteral("usr_role"));
        QVERIFY(detail);
        QCOMPARE(!detail->findChild<QGroupBox *>(QStringLiteral("actionsBox"))->isHidden(), planActions);
        // The Learner menu and the rows' context menus offer plan actions only to roles that may take them.
        for (QAction *action : {window.deskActions()->grantPremium, window.deskActions()->checkoutLink, window.deskActions()->cancelSubscription})
            QCOMPARE(action->isVisible(), planActions);
        QVERIFY(window.deskActions()->copyEmail->isVisible());

        const QString why = window.findChild<QLabel *>(QStringLiteral("databaseStatus"))->toolTip();
        if (planActions && closeMonths && stripeFixes)
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(config->user) && why.contains(QStringLiteral("may not")), qPrintable(why));
        detail->close();
    }
};

QTEST_MAIN(TestRoleAwareDesk)
#include "tst_role_aware_desk.moc"
