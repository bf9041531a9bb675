// The desk as a well-kept desktop app: every command in the menus with its
// shortcut and an explanation, the rows' context menus, the keyboard reaching
// every section, the arrangement remembered across a restart, and a refresh
// that keeps the operator's place.
#include "AdminStartup.h"
#include "TestDatabase.h"
#include "db/Transaction.h"
#include "db/UserDirectory.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/UserDetailDialog.h"
#include "models/UsersModel.h"
#include "pages/UsersPage.h"
#include "widgets/EmptyState.h"
#include "widgets/RowContextMenu.h"
#include "windows/DeskActions.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QToolBar>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;

class TestDeskShell : public QObject
{
    Q_OBJECT
private:
    static void addUser(const test::TestDatabase &testDb, const QString &id, const QString &email, const QString &customer = {})
    {
        QString error;
        const QSqlDatabase database = testDb.openMigrated(&error);
        QVERIFY2(database.isOpen(), qPrintable(error));
        db::UserRecord user;
        user.id = id;
        user.email = email;
        user.name = email.section(u'@', 0, 0);
        user.stripeCustomerId = customer;
        QVERIFY2(db::UserDirectory(database, testDb.config().dialect).insert(user, &error), qPrintable(error));
    }

    static void seed(const test::TestDatabase &testDb, int students = 40)
    {
        for (int i = 0; i < students; ++i)
            addUser(testDb, QStringLiteral("usr_%1").arg(i), QStringLiteral("student%1@school.example").arg(i, 3, 10, QLatin1Char('0')));
        addUser(testDb, QStringLiteral("usr_bob"), QStringLiteral("bob.builder@example.com"), QStringLiteral("cus_Bob123"));
    }

    static QModelIndex rowOf(QTableView *view, const QString &userId)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(admin::UsersModel::UserIdRole).toString() == userId)
                return index;
        }
        return {};
    }

    static QStringList titles(const QList<QAction *> &actions)
    {
        QStringList out;
        for (const QAction *action : actions)
            if (!action->isSeparator())
                out << action->text().remove(u'&');
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
    }

    void menusCarryEveryCommandWithItsKeyAndWhy()
    {
        COMPANION_TEST_DATABASE(testDb);
        seed(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A 1366×768 laptop (minus panels) holds the whole desk.
        QVERIFY2(window.minimumSizeHint().height() <= 680 && window.minimumSizeHint().width() <= 1280,
                 qPrintable(QStringLiteral("%1×%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        QCOMPARE(titles(window.menuBar()->actions()),
                 (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Go"),
                              QStringLiteral("Learner"), QStringLiteral("Help")}));
        // Every command says what it does (What's This and the status bar), every menu entry has a mnemonic.
        const auto menus = window.menuBar()->findChildren<QMenu *>();
        for (const QMenu *menu : menus) {
            for (const QAction *action : menu->actions()) {
                if (action->isSeparator() || action->menu() || action->objectName() == QLatin1String("actionWhatsThis"))
                    continue;
                QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->text()));
                QVERIFY2(action->text().contains(u'&') || menu->objectName() == QLatin1String("menuGo"), qPrintable(action->text()));
            }
        }
        admin::DeskActions *actions = window.deskActions();
        QCOMPARE(actions->refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        QCOMPARE(actions->find->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(actions->quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(actions->preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        QVERIFY(actions->toolBar->isVisible());
        QVERIFY(actions->toolBar->actions().contains(actions->refresh));

        // Ctrl+1…N walk the sections; the Go menu and the sidebar agree.
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int section = int(window.sections().size()) - 1; section >= 0; --section) {
            QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + section)));
            QCOMPARE(window.currentSection(), section);
            QCOMPARE(navigation->currentRow(), section);
            QVERIFY(actions->sections->checkedAction());
            QCOMPARE(actions->sections->checkedAction()->text(), window.sections().at(section).title);
        }

        // Find acts on the page shown: the webhook log's own filter; Ctrl+K always the learner search.
        window.showSection(2);
        actions->find->trigger();
        QTRY_VERIFY(window.focusWidget() && window.focusWidget()->objectName() == QLatin1String("typeFilter"));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K));
        QCOMPARE(window.currentSection(), 0);
        QTRY_VERIFY(window.focusWidget() && window.focusWidget()->objectName() == QLatin1String("usersSearch"));

        // F5 reads the page again: a learner added meanwhile appears.
        auto *view = window.usersPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 41);
        addUser(testDb, QStringLiteral("usr_new"), QStringLiteral("aaron.new@example.com"));
        QTest::keySequence(&window, QKeySequence(QKeySequence::Refresh));
        QTRY_COMPARE(view->model()->rowCount(), 42);
        QCOMPARE(view->model()->index(0, admin::UsersModel::Email).data().toString(), QStringLiteral("aaron.new@example.com"));
        // Pages without a list to export say so by a disabled command.
        QVERIFY(!actions->exportCsv->isEnabled() || window.sections().at(0).exportCsv);
        window.showSection(4);
        QVERIFY(actions->exportCsv->isEnabled()); // revenue exports
    }

    void rowsOfferTheLearnerCommands()
    {
        COMPANION_TEST_DATABASE(testDb);
        seed(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        QSignalSpy ready(&window, &admin::MainWindow::databaseReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.wait() || ready.count() == 1);
        admin::DeskActions *actions = window.deskActions();
        auto *view = window.usersPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 41);

        // Nothing chosen: the learner commands wait for a row.
        QVERIFY(!actions->openLearner->isEnabled());
        QVERIFY(!actions->copyEmail->isEnabled());

        const QModelIndex bob = rowOf(view, QStringLiteral("usr_bob"));
        QVERIFY(bob.isValid());
        view->setCurrentIndex(bob);
        QCOMPARE(window.currentLearner().email, QStringLiteral("bob.builder@example.com"));
        auto *rowMenu = view->findChild<admin::RowContextMenu *>();
        QVERIFY(rowMenu);
        const std::unique_ptr<QMenu> menu = rowMenu->menuFor(bob);
        const QStringList offered = titles(menu->actions());
        for (const QString &command : {QStringLiteral("Open learner"), QStringLiteral("Copy e-mail"), QStringLiteral("Copy learner id"),
                                       QStringLiteral("Copy Stripe customer id"), QStringLiteral("Open in Stripe's Dashboard"),
                                       QStringLiteral("Send checkout link…"), QStringLiteral("Grant Premium…"),
                                       QStringLiteral("Cancel subscription…"), QStringLiteral("Copy row")})
            QVERIFY2(offered.contains(command), qPrintable(offered.join(QStringLiteral(", "))));
        QVERIFY2(offered.contains(QStringLiteral("Copy “bob.builder@example.com”")), qPrintable(offered.join(QStringLiteral(", "))));
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty()) {
            window.resize(1280, 720);
            menu->adjustSize();
            QPixmap shot = window.grab();
            {
                // The menu where a right-click on Bob's row opens it, drawn onto the window's picture.
                QPainter painter(&shot);
                const QRect row = view->visualRect(bob);
                painter.drawPixmap(view->viewport()->mapTo(&window, row.center()), menu->grab());
            }
            QVERIFY(shot.save(shots + QStringLiteral("/row-context-menu.png")));
        }
        QVERIFY(actions->copyCustomerId->isEnabled());

        actions->copyEmail->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("bob.builder@example.com"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("bob.builder@example.com")),
                 qPrintable(window.statusBar()->currentMessage()));
        actions->copyCustomerId->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("cus_Bob123"));

        // A learner never at Stripe has no customer id to copy or open.
        view->setCurrentIndex(rowOf(view, QStringLiteral("usr_3")));
        QVERIFY(actions->openLearner->isEnabled());
        QVERIFY(!actions->copyCustomerId->isEnabled());
        QVERIFY(!actions->openInStripe->isEnabled());

        // Grant Premium… from the Learner menu opens the learner and, once read, the grant dialog.
        view->setCurrentIndex(bob);
        actions->grantPremium->trigger();
        auto *detail = window.findChild<admin::UserDetailDialog *>(QStringLiteral("userDetail"));
        QVERIFY(detail);
        QCOMPARE(detail->userId(), QStringLiteral("usr_bob"));
        QTRY_VERIFY(detail->grantDialog());
        QTRY_VERIFY(detail->grantDialog()->isVisible());
        detail->grantDialog()->reject();
        // Cancel subscription… on a learner without one says why instead of doing nothing.
        actions->cancelSubscription->trigger();
        auto *actionStatus = detail->findChild<QLabel *>(QStringLiteral("actionStatus"));
        QVERIFY(actionStatus);
        QTRY_VERIFY2(actionStatus->text().contains(QStringLiteral("does not apply")), qPrintable(actionStatus->text()));
        detail->close();
    }

    void arrangementIsRememberedAcrossARestart()
    {
        COMPANION_TEST_DATABASE(testDb);
        seed(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QList<int> splitterSizes;
        QSize size;
        {
            admin::MainWindow window(testDb.config(), &settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1234, 777);
            auto *header = window.usersPage()->view()->horizontalHeader();
            header->resizeSection(admin::UsersModel::Email, 333);
            header->moveSection(header->visualIndex(admin::UsersModel::Created), 0);
            header->setSortIndicator(admin::UsersModel::Name, Qt::DescendingOrder);
            window.deskActions()->toolBar->toggleViewAction()->trigger();
            window.showSection(3); // the audit log
            auto *audit = window.sections().at(3).page->findChild<QSplitter *>(QStringLiteral("splitter"));
            QVERIFY(audit);
            audit->setSizes({150, 400});
            splitterSizes = audit->sizes();
            size = window.size();
            QCOMPARE(size.width(), 1234);
            window.close();
        }
        admin::MainWindow again(testDb.config(), &settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QCOMPARE(again.currentSection(), 3);
        QVERIFY(!again.deskActions()->toolBar->isVisible());
        auto *header = again.usersPage()->view()->horizontalHeader();
        QCOMPARE(header->sectionSize(admin::UsersModel::Email), 333);
        QCOMPARE(header->visualIndex(admin::UsersModel::Created), 0);
        QCOMPARE(header->sortIndicatorSection(), int(admin::UsersModel::Name));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        // The list is read in that order, too.
        auto *view = again.usersPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 41);
        QCOMPARE(view->model()->index(0, admin::UsersModel::Email).data().toString(), QStringLiteral("student039@school.example"));
        auto *audit = again.sections().at(3).page->findChild<QSplitter *>(QStringLiteral("splitter"));
        QCOMPARE(audit->sizes(), splitterSizes);
    }

    void refreshKeepsTheOperatorsPlace()
    {
        COMPANION_TEST_DATABASE(testDb);
        seed(testDb, 150);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.resize(1000, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.usersPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 151);
        const QModelIndex chosen = rowOf(view, QStringLiteral("usr_130"));
        view->setCurrentIndex(chosen.siblingAtColumn(admin::UsersModel::Name));
        view->scrollTo(chosen);
        const int scrolled = view->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        addUser(testDb, QStringLiteral("usr_new"), QStringLiteral("aaron.new@example.com")); // a row above it
        window.deskActions()->refresh->trigger();
        QTRY_COMPARE(view->model()->rowCount(), 152);
        QTRY_COMPARE(view->currentIndex().siblingAtColumn(0).data(admin::UsersModel::UserIdRole).toString(), QStringLiteral("usr_130"));
        QCOMPARE(view->currentIndex().column(), int(admin::UsersModel::Name));
        QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
        QCOMPARE(view->verticalScrollBar()->value(), scrolled);
        QCOMPARE(window.currentLearner().userId, QStringLiteral("usr_130"));

        // A search that no longer lists the row lets it go; choosing another row is never undone by a late page.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("usersSearch"));
        QTest::keyClicks(search, QStringLiteral("bob.builder"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(!window.currentLearner().isValid() || window.currentLearner().userId == QStringLiteral("usr_bob"));

        // A search that finds nobody says so in the list, with the way out.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nobody-here"));
        QTRY_COMPARE(view->model()->rowCount(), 0);
        auto *empty = view->findChild<admin::EmptyState *>();
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->plainText().contains(QStringLiteral("nobody-here")), qPrintable(empty->plainText()));
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/users-no-match.png")));
        Q_EMIT empty->linkActivated(QStringLiteral("#step")); // "Clear the search"
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(view->model()->rowCount(), 152);
        QVERIFY(!empty->isVisible());
    }

    void aboutAndShortcutsTellWhatATicketNeeds()
    {
        COMPANION_TEST_DATABASE(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        QSignalSpy ready(&window, &admin::MainWindow::databaseReady);
        QSignalSpy opened(&window, &admin::MainWindow::dialogOpened);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.wait() || ready.count() == 1);

        window.deskActions()->about->trigger();
        QCOMPARE(opened.count(), 1);
        auto *about = qobject_cast<admin::AboutDialog *>(opened.at(0).at(0).value<QWidget *>());
        QVERIFY(about);
        const QString facts = about->factsText();
        QVERIFY2(facts.contains(QStringLiteral("Qt: %1").arg(QString::fromLatin1(qVersion()))), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("schema")), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("Stripe: ")), qPrintable(facts));
        about->findChild<QPushButton *>(QStringLiteral("copyVersions"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), facts);
        about->close();

        window.deskActions()->shortcuts->trigger();
        QCOMPARE(opened.count(), 2);
        auto *table = opened.at(1).at(0).value<QWidget *>()->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        QStringList lines;
        for (int row = 0; row < table->rowCount(); ++row)
            lines << table->item(row, 0)->text() + QStringLiteral(" = ") + table->item(row, 1)->text();
        const QString f5 = QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText);
        QVERIFY2(lines.filter(QStringLiteral("Refresh = ")).value(0).contains(f5), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.filter(QStringLiteral("Find learner")).value(0).contains(QStringLiteral("Ctrl+K")), qPrintable(lines.join(u'\n')));
    }
};

QTEST_MAIN(TestDeskShell)
#include "tst_desk_shell.moc"
