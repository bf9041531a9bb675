// The real main window, driven by objectName as a support person would use it:
// it opens on the users view, lists users from the database page by page, and
// type-ahead search narrows the list.
#include "AdminStartup.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Transaction.h"
#include "db/UserDirectory.h"
#include "models/UsersModel.h"
#include "dialogs/PreferencesDialog.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCommandLineParser>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    static void seed(const test::TestDatabase &testDb, int count)
    {
        QString error;
        const QSqlDatabase database = testDb.openMigrated(&error);
        QVERIFY2(database.isOpen(), qPrintable(error));
        db::Transaction tx(database, testDb.config().dialect);
        db::UserDirectory users(database, testDb.config().dialect);
        for (int i = 0; i < count; ++i) {
            db::UserRecord u;
            u.id = QStringLiteral("usr_%1").arg(i);
            u.email = QStringLiteral("student%1@school.example").arg(i, 4, 10, QLatin1Char('0'));
            u.name = QStringLiteral("Student %1").arg(i);
            QVERIFY2(users.insert(u, &error), qPrintable(error));
        }
        db::UserRecord bob;
        bob.id = QStringLiteral("usr_bob");
        bob.email = QStringLiteral("bob.builder@example.com");
        bob.name = QStringLiteral("Bob Builder");
        bob.stripeCustomerId = QStringLiteral("cus_Bob123");
        QVERIFY2(users.insert(bob, &error), qPrintable(error));
        QVERIFY(tx.commit());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English plurals come from companion_en.ts, as in the shipped app.
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
    }

    // The windows here use the application's QSettings: each test starts from a
    // desk that remembers nothing (section, widths, sort).
    void init()
    {
        QSettings().clear();
    }

    // The window and task bar show the app's own icon, in the sizes desktops ask for.
    void windowIconComesInEverySize()
    {
        const QIcon icon = admin::AdminStartup::applicationIcon();
        QVERIFY(!icon.isNull());
        for (int size : {16, 32, 48, 256})
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
        QCOMPARE(icon.pixmap(48, 48).size(), QSize(48, 48));
    }

    void opensOnUsersViewAndPages()
    {
        COMPANION_TEST_DATABASE(testDb);
        seed(testDb, 450);
        admin::MainWindow window(testDb.config());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("usersView"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("usersStatus"));
        auto *dbStatus = window.findChild<QLabel *>(QStringLiteral("databaseStatus"));
        QVERIFY(navigation && pages && view && status && dbStatus);
        QCOMPARE(navigation->currentItem()->text(), QStringLiteral("Users"));
        // Settings are in Preferences (a dialog), not a section of their own.
        QVERIFY(navigation->findItems(QStringLiteral("Settings"), Qt::MatchExactly).isEmpty());
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("usersPage"));
        QVERIFY(view->isVisible());

        // First page only: the window never loads the whole table. (No model tester
        // here: it calls fetchMore itself. The other tests attach one.)
        QTRY_COMPARE(view->model()->rowCount(), 200);
        QTRY_VERIFY(dbStatus->text().contains(QStringLiteral("schema")));
        QVERIFY2(status->text().contains(QStringLiteral("scroll for more")), qPrintable(status->text()));
        // How many there are in all, counted once the first page is on screen.
        QTRY_COMPARE(status->text(), QStringLiteral("451 users · 200 listed, scroll for more"));
        QCOMPARE(view->model()->index(0, admin::UsersModel::Email).data().toString(), QStringLiteral("bob.builder@example.com"));

        // Scrolling to the end fetches the following pages.
        for (int i = 0; i < 10 && view->model()->rowCount() < 451; ++i) {
            view->scrollToBottom();
            QTest::qWait(50);
        }
        QTRY_COMPARE(view->model()->rowCount(), 451);
        QTRY_COMPARE(status->text(), QStringLiteral("451 users"));
    }

    void searchNarrowsTheList()
    {
        COMPANION_TEST_DATABASE(testDb);
        seed(testDb, 30);
        admin::MainWindow window(testDb.config());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.findChild<QTableView *>(QStringLiteral("usersView"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("usersSearch"));
        QVERIFY(view && search);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(view->model()->rowCount(), 31);

        // Ctrl+F puts the cursor in the search box.
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());

        QTest::keyClicks(search, QStringLiteral("BOB"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, admin::UsersModel::StripeCustomer).data().toString(), QStringLiteral("cus_Bob123"));
        QCOMPARE(view->model()->index(0, admin::UsersModel::Tier).data().toString(), QStringLiteral("Free"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("nobody-like-this"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("usersStatus"));
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QTRY_VERIFY2(status->text().contains(QStringLiteral("No user matches")), qPrintable(status->text()));
    }

    // SQL injection strings and LIKE wildcards typed into every search box of the
    // desk find nothing and break nothing: no error, the tables intact.
    void searchBoxesTakeAnyText()
    {
        COMPANION_TEST_DATABASE(testDb);
        seed(testDb, 30);
        {
            // Something in every view, so "nothing found" means the search found nothing.
            QString error;
            QSqlQuery q(testDb.openMigrated(&error));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO subscriptions (id, user_id, customer_id, status, updated_at) "
                                           "VALUES ('sub_s1', 'usr_1', 'cus_s1', 'active', 1)")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, source, action, user_id) VALUES (1, 'sue', 'admin-app', 'grant.create', 'usr_1')")),
                     qPrintable(q.lastError().text()));
        }
        admin::MainWindow window(testDb.config());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *users = window.findChild<QTableView *>(QStringLiteral("usersView"));
        auto *subscriptions = window.findChild<QTableView *>(QStringLiteral("subscriptionsView"));
        auto *audit = window.findChild<QTableView *>(QStringLiteral("entries"));
        QVERIFY(users && subscriptions && audit);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        const auto show = [navigation](const QString &page) {
            navigation->setCurrentItem(navigation->findItems(page, Qt::MatchExactly).value(0));
        };
        QTRY_COMPARE(users->model()->rowCount(), 31);
        show(QStringLiteral("Subscriptions"));
        QTRY_COMPARE(subscriptions->model()->rowCount(), 1);
        show(QStringLiteral("Audit log"));
        QTRY_COMPARE(audit->model()->rowCount(), 1);
        const QList<std::tuple<const char *, QTableView *, QString>> boxes{
            {"usersSearch", users, QStringLiteral("Users")}, {"subscriptionsSearch", subscriptions, QStringLiteral("Subscriptions")},
            {"actorFilter", audit, QStringLiteral("Audit log")}, {"actionFilter", audit, QStringLiteral("Audit log")},
            {"userFilter", audit, QStringLiteral("Audit log")}};
        const QStringList attacks{QStringLiteral("'; DROP TABLE users; --"), QStringLiteral("\" OR 1=1 --"), QStringLiteral("%' OR '1'='1"),
                                  QStringLiteral("x') UNION SELECT id, email FROM users --"), QStringLiteral("%"), QStringLiteral("_"),
                                  QStringLiteral("\\"), QStringLiteral("[a-z]*"), QStringLiteral("Zoë'\"`;")};
        for (const auto &[name, view, page] : boxes) {
            show(page);
            auto *box = window.findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY2(box, name);
            for (const QString &attack : attacks) {
                box->setText(attack);
                QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, 10000);
            }
            box->clear();
        }
        QTRY_COMPARE(audit->model()->rowCount(), 1);
        show(QStringLiteral("Subscriptions"));
        QTRY_COMPARE(subscriptions->model()->rowCount(), 1);
        show(QStringLiteral("Users"));
        QTRY_COMPARE(users->model()->rowCount(), 31);
        for (const char *status : {"usersStatus", "subscriptionsStatus", "auditStatus"}) {
            const QString text = window.findChild<QLabel *>(QLatin1String(status))->text();
            QVERIFY2(!text.contains(QStringLiteral("rror")) && !text.contains(QStringLiteral("failed")), qPrintable(text));
        }
    }

    void freshDatabaseIsMigratedAndEmpty()
    {
        COMPANION_TEST_DATABASE(testDb);
        admin::MainWindow window(testDb.config());
        QSignalSpy ready(&window, &admin::MainWindow::databaseReady);
        window.show();
        QTRY_COMPARE(ready.count(), 1);
        auto *status = window.findChild<QLabel *>(QStringLiteral("usersStatus"));
        QTRY_COMPARE(status->text(), QStringLiteral("No users yet."));
    }

    void unreachableDatabaseIsExplained()
    {
        if (test::TestDatabase::dialectUnderTest() != db::Dialect::SQLite)
            QSKIP("one dialect is enough for the unreachable case");
        QString error;
        const auto config = db::DatabaseConfig::fromUrl(QStringLiteral("postgresql://nobody:secret-pw@127.0.0.1:1/none"), &error);
        QVERIFY(config);
        admin::MainWindow window(*config);
        QSignalSpy failed(&window, &admin::MainWindow::databaseFailed);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        auto *dbStatus = window.findChild<QLabel *>(QStringLiteral("databaseStatus"));
        QVERIFY2(dbStatus->text().contains(QStringLiteral("unavailable")), qPrintable(dbStatus->text()));
        QVERIFY(!dbStatus->text().contains(QStringLiteral("secret-pw")));
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("secret-pw")));
    }

    // Runs last: the German translator stays installed.
    void followsTheChosenLanguage()
    {
        COMPANION_TEST_DATABASE(testDb);
        // As at start-up: no --lang, German chosen in Preferences.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
        QCommandLineParser parser;
        admin::AdminStartup::addOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("companion-admin")}));
        admin::AdminStartup::installTranslator(*qApp, admin::AdminStartup::language(parser, settings));
        QCOMPARE(QLocale().language(), QLocale::German);
        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("usersSearch"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("usersStatus"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Benutzer"));
        QVERIFY2(search->placeholderText().startsWith(QStringLiteral("Suche nach E-Mail")), qPrintable(search->placeholderText()));
        QTRY_COMPARE(status->text(), QStringLiteral("Noch keine Benutzer."));
        QCOMPARE(window.preferences(), nullptr);
        admin::PreferencesDialog *preferences = window.showPreferences();
        QVERIFY(preferences && preferences->isVisible());
        QCOMPARE(window.preferences(), preferences);
        auto *language = preferences->findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(preferences->findChild<QLabel *>(QStringLiteral("languageLabel"))->text(), QStringLiteral("&Sprache:"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
