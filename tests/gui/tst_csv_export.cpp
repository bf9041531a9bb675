// Export CSV… on the users and subscriptions pages, driven by objectName: among
// 100,000 users the file holds exactly what the search shows, or all of them;
// progress rises while the GUI stays live; Cancel leaves no file behind.
#include "AdminStartup.h"
#include "TestDatabase.h"
#include "actions/CsvExporter.h"
#include "db/DatabaseThread.h"
#include "models/SubscriptionsModel.h"
#include "models/UsersModel.h"
#include "pages/SubscriptionsPage.h"
#include "pages/UsersPage.h"
#include "widgets/CsvExportFlow.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace companion;

namespace {

constexpr int kUsers = 100000;
constexpr int kWaitMs = 60000; // a slow sanitizer build; QTRY returns as soon as it holds

// One statement in both dialects (a recursive series). Every 100th user has an
// e-mail at subset.example: 1,000 users a search for it must find, no others.
bool seed(const QSqlDatabase &db, int users = kUsers)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral(
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
               "INSERT INTO users (id, email, name, created_at, updated_at) "
               "SELECT 'usr_' || i, 'learner' || i || CASE WHEN i % 100 = 0 THEN '@subset.example' ELSE '@bulk.example' END, "
               "'Learner ' || i, 1700000000 + i, 1700000000 + i FROM n")
                      .arg(users))
        && q.exec(QStringLiteral(
               "INSERT INTO subscriptions (id, user_id, customer_id, status, price_id, interval, amount, currency, created, "
               "current_period_start, current_period_end, cancel_at_period_end, updated_at) VALUES "
               "('sub_a', 'usr_100', 'cus_a', 'active', 'price_monthly', 'month', 999, 'usd', 1700000000, 1700000000, 1702592000, FALSE, 0), "
               "('sub_b', 'usr_200', 'cus_b', 'past_due', 'price_monthly', 'month', 999, 'usd', 1700000100, 1700000100, 1702592100, TRUE, 0), "
               "('sub_c', 'usr_300', 'cus_c', 'active', 'price_yearly', 'year', 9599, 'usd', 1700000200, 1700000200, 1731536200, FALSE, 0)"));
}

// One CSV line's fields (RFC 4180 quoting, as util::csvLine writes it).
QStringList csvFields(const QString &line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            fields.last() += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << QString();
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void exportsWhatTheViewShows()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(seed(db));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        db::DatabaseThread database(testDb.config());
        admin::UsersPage page(&database);
        page.show();
        auto *status = page.findChild<QLabel *>(QStringLiteral("usersStatus"));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("usersSearch"));
        auto *button = page.findChild<QToolButton *>(QStringLiteral("exportCsv"));
        QVERIFY(status && search && button);
        QCOMPARE(button->text(), QStringLiteral("Export CSV…"));
        admin::CsvExporter *exporter = page.csvExport()->exporter();

        // A search: the file holds exactly its 1,000 users, the header first, ISO dates.
        search->setText(QStringLiteral("subset.example"));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->search(), QStringLiteral("subset.example"), kWaitMs);
        const QString subsetPath = dir.filePath(QStringLiteral("subset.csv"));
        QSignalSpy started(exporter, &admin::CsvExporter::started);
        page.exportTo(subsetPath);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Exported 1,000 users to subset.csv"), kWaitMs);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toLongLong(), qint64(kUsers / 100)); // the count matches the search too
        const QStringList subset = readLines(subsetPath);
        QCOMPARE(subset.size(), 1 + kUsers / 100);
        QCOMPARE(subset.first(), QStringLiteral("User id,E-mail,Name,Tier,Subscription,Premium until,Stripe customer,Joined"));
        QSet<QString> ids;
        for (int line = 1; line < subset.size(); ++line) {
            const QStringList fields = csvFields(subset.at(line));
            QCOMPARE(fields.size(), 8);
            QVERIFY2(fields.at(1).endsWith(QLatin1String("@subset.example")), qPrintable(subset.at(line)));
            ids.insert(fields.at(0));
        }
        QCOMPARE(ids.size(), kUsers / 100);
        QVERIFY(ids.contains(QStringLiteral("usr_100000")));
        // In e-mail order "learner100000@" comes first ('0' sorts before '@').
        QCOMPARE(subset.at(1), QStringLiteral("usr_100000,learner100000@subset.example,Learner 100000,Free,,,,2023-11-16T02:00:00Z"));

        // Everyone, through the button (the file dialog answered by the test):
        // progress rises page by page in the dialog, and the file has every user.
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->search().isEmpty(), kWaitMs);
        const QString allPath = dir.filePath(QStringLiteral("all.csv"));
        page.csvExport()->setPathChooser([&](QWidget *, const QString &suggested) {
            return suggested == QLatin1String("users.csv") ? allPath : QString();
        });
        QList<int> shown;     // the progress dialog's value at each step
        QStringList labels;   // and its text
        QSignalSpy progress(exporter, &admin::CsvExporter::progress);
        const auto watch = connect(exporter, &admin::CsvExporter::progress, this, [&] {
            if (QProgressDialog *dialog = page.csvExport()->progressDialog()) {
                shown << dialog->value();
                labels << dialog->labelText();
            }
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled()); // one export at a time
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Exported 100,000 users to all.csv"), kWaitMs);
        disconnect(watch);
        QVERIFY(button->isEnabled());
        QCOMPARE(readLines(allPath).size(), 1 + kUsers);
        QVERIFY2(progress.size() >= 2, "progress is reported per page");
        QCOMPARE(shown.size(), progress.size());
        for (int i = 1; i < shown.size(); ++i)
            QVERIFY2(shown.at(i) > shown.at(i - 1), "the progress dialog's value only rises");
        QCOMPARE(shown.constLast(), kUsers);
        QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(kUsers)); // the total, from the count
        QCOMPARE(labels.first(), QStringLiteral("Exporting 1,000 of 100,000 users…"));

        // Cancel mid-way, with the dialog's own button: no file, and the page says so.
        const QString cancelledPath = dir.filePath(QStringLiteral("cancelled.csv"));
        bool clicked = false;
        const auto cancelMidway = connect(exporter, &admin::CsvExporter::progress, this, [&](qint64 rows) {
            QProgressDialog *dialog = page.csvExport()->progressDialog();
            if (clicked || rows < 3000 || !dialog)
                return;
            clicked = true;
            const auto buttons = dialog->findChildren<QPushButton *>();
            QCOMPARE(buttons.size(), 1);
            QTest::mouseClick(buttons.first(), Qt::LeftButton);
        });
        page.exportTo(cancelledPath);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Export cancelled"), kWaitMs);
        disconnect(cancelMidway);
        QVERIFY(clicked);
        QVERIFY(!QFile::exists(cancelledPath));
        // Nor a temporary one: only the two finished files are there.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("all.csv"), QStringLiteral("subset.csv")}));
        QCOMPARE(readLines(allPath).size(), 1 + kUsers); // an earlier file is untouched
    }

    void exportsSubscriptions()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(seed(db, 1000));
        QTemporaryDir dir;
        db::DatabaseThread database(testDb.config());
        admin::SubscriptionsPage page(&database);
        page.show();
        auto *status = page.findChild<QLabel *>(QStringLiteral("subscriptionsStatus"));
        QVERIFY(page.findChild<QToolButton *>(QStringLiteral("exportCsv")));
        const QString path = dir.filePath(QStringLiteral("subscriptions.csv"));
        page.exportTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Exported 3 subscriptions to subscriptions.csv"), kWaitMs);
        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("Subscription id,User id,E-mail,Status,Plan,Amount,Currency,Period ends,Cancels,Started,Stripe customer"));
        // In the view's order (period end first), amounts as plain numbers, ISO dates.
        QCOMPARE(lines.at(1), QStringLiteral("sub_a,usr_100,learner100@subset.example,active,monthly,9.99,USD,2023-12-14T22:13:20Z,,2023-11-14T22:13:20Z,cus_a"));
        QCOMPARE(lines.at(3), QStringLiteral("sub_c,usr_300,learner300@subset.example,active,yearly,95.99,USD,2024-11-13T22:16:40Z,,2023-11-14T22:16:40Z,cus_c"));
    }
};

QTEST_MAIN(TestCsvExport)
#include "tst_csv_export.moc"
