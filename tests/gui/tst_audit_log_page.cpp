// Audit log view, driven by objectName: newest first, paged as it scrolls, filtered
// by who / action prefix / user, an entry's reason, Stripe request and before/after.
#include "AdminStartup.h"
#include "TestDatabase.h"
#include "billing/AuditLog.h"
#include "db/Transaction.h"
#include "models/AuditModel.h"
#include "pages/AuditLogPage.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QDateEdit>
#include <QtTest>

using namespace companion;

class TestAuditLogPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
    }

    void filtersPagesAndShowsWhatChanged()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        {
            db::Transaction tx(db, testDb.config().dialect);
            for (int i = 0; i < 230; ++i) {
                billing::AuditEntry e{QStringLiteral("desk"), QStringLiteral("admin-api"), QStringLiteral("webhook_events.list"), {}, {}, {}, {},
                                      {}, {}, {}};
                billing::AuditLog::record(db, e, 1790000000 + i);
            }
            billing::AuditEntry cancel{QStringLiteral("usr_mia"), QStringLiteral("server"), QStringLiteral("subscription.cancel_at_period_end"),
                                       QStringLiteral("subscription"), QStringLiteral("sub_mia"), QStringLiteral("usr_mia"),
                                       QStringLiteral("learner asked to cancel"),
                                       QJsonObject{{QStringLiteral("cancel_at_period_end"), false}},
                                       QJsonObject{{QStringLiteral("cancel_at_period_end"), true}}, QStringLiteral("req_stripe_42")};
            billing::AuditLog::record(db, cancel, 1790001000);
            billing::AuditEntry resume = cancel;
            resume.action = QStringLiteral("subscription.resume");
            billing::AuditLog::record(db, resume, 1790002000);
            QVERIFY(tx.commit());
        }
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Audit log"), Qt::MatchExactly).value(0));
        auto *page = window.auditLogPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *view = page->findChild<QTableView *>(QStringLiteral("entries"));
        auto *status = page->findChild<QLabel *>(QStringLiteral("auditStatus"));

        // A page (200) at a time, newest first; the view asks for the next as it needs it.
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 200, 15000);
        QCOMPARE(view->model()->index(0, admin::AuditModel::Action).data().toString(), QStringLiteral("subscription.resume"));
        if (view->model()->canFetchMore({}))
            view->model()->fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("232 entries"), 15000);
        QCOMPARE(view->model()->rowCount(), 232);
        QSet<qint64> ids; // each entry once, however the pages were asked for
        for (int row = 0; row < view->model()->rowCount(); ++row)
            ids.insert(view->model()->index(row, 0).data(admin::AuditModel::RecordIdRole).toLongLong());
        QCOMPARE(ids.size(), 232);

        // Filters: an action prefix, then one learner.
        QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("actionFilter")), QStringLiteral("subscription."));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 15000);
        auto *user = page->findChild<QLineEdit *>(QStringLiteral("userFilter"));
        QTest::keyClicks(user, QStringLiteral("usr_nobody"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("0 entries"), 15000);
        user->clear();
        QTest::keyClicks(user, QStringLiteral("usr_mia"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 15000);

        // A day range (local days): the entries' day keeps both, the day after none.
        const QDate day = QDateTime::fromSecsSinceEpoch(1790001000).date();
        auto *since = page->findChild<QDateEdit *>(QStringLiteral("sinceFilter"));
        auto *until = page->findChild<QDateEdit *>(QStringLiteral("untilFilter"));
        since->setDate(day.addDays(1));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("0 entries"), 15000);
        since->setDate(day);
        until->setDate(day);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 15000);
        until->setDate(day.addDays(-1));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("0 entries"), 15000);
        until->setDate(until->minimumDate()); // "to any day"
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 15000);
        QCOMPARE(until->text(), QStringLiteral("to any day"));

        // What the older entry changed, and why.
        view->setCurrentIndex(view->model()->index(1, 0));
        const QString detail = page->findChild<QPlainTextEdit *>(QStringLiteral("entryDetail"))->toPlainText();
        QVERIFY2(detail.startsWith(QStringLiteral("subscription.cancel_at_period_end by usr_mia (server)")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("Reason: learner asked to cancel")));
        QVERIFY(detail.contains(QStringLiteral("Stripe request: req_stripe_42")));
        QVERIFY(detail.contains(QStringLiteral("\"cancel_at_period_end\": true")));
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty()) {
            window.resize(1280, 800);
            QVERIFY(window.grab().save(shots + QStringLiteral("/audit-log.png")));
        }
    }
};

QTEST_MAIN(TestAuditLogPage)
#include "tst_audit_log_page.moc"
