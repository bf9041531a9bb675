// Finance's Revenue view on RevenueFixture's hand-sized history, driven by
// objectName: the figures in the tables and charts, the two MRR modes, the
// customers behind a movement, CSV and PDF export, and closing a month that is
// later restated by a late change.
#include "AdminStartup.h"
#include "DeskTestSupport.h"
#include "RevenueFixture.h"
#include "TestDatabase.h"
#include "actions/Confirmer.h"
#include "dialogs/MovementLinesDialog.h"
#include "models/RevenueTableModel.h"
#include "pages/RevenuePage.h"
#include "settings/SupportSettings.h"
#include "widgets/KpiStrip.h"
#include "widgets/KpiTile.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;
using admin::RevenueTableModel;
using test::RevenueFixture;
using test::ScriptedConfirmer;
using test::scriptConfirmations;

namespace {
QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

int columnNamed(const QAbstractItemModel *model, const QString &header)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    return -1;
}

void saveShot(QWidget *widget, const QString &name)
{
    if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(widget->grab().save(shots + u'/' + name));
}
} // namespace

class TestRevenuePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en")); }

    void financeReadsClosesAndExportsTheMonths()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        RevenueFixture fixture;
        QVERIFY2(fixture.seed(db, testDb.config().dialect, &error), qPrintable(error));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::SupportSettings::setOperatorName(settings, QStringLiteral("Fin Ance"));
        admin::MainWindow window(testDb.config(), &settings);
        ScriptedConfirmer *asked = scriptConfirmations(window);
        window.resize(1400, 900);
        window.show();
        admin::RevenuePage *page = window.revenuePage();
        QSignalSpy shown(page, &admin::RevenuePage::reportShown);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Revenue"), Qt::MatchExactly).value(0));
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 15000);

        QAbstractItemModelTester t1(page->mrrModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page->movementsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(page->cashModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // January to April 2025, by month.
        page->findChild<QDateEdit *>(QStringLiteral("toEdit"))->setDate(QDate(2025, 4, 1));
        page->findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(QDate(2025, 1, 1));
        const auto settle = [&] {
            shown.clear();
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
            QTest::qWait(50); // a queued newer answer replaces an older one
        };
        page->refresh();
        settle();
        const RevenueTableModel *mrr = page->mrrModel();
        QCOMPARE(mrr->rowCount(), 4);
        QCOMPARE(cell(mrr, 0, RevenueTableModel::Period), QLocale().toString(QDate(2025, 1, 1), QStringLiteral("MMM yyyy")));
        QCOMPARE(cell(mrr, 0, 1), QStringLiteral("$1,079.00")); // start MRR: 100 × $9.99 + 10 × $8.00
        QCOMPARE(cell(mrr, 0, 2), QStringLiteral("$1,049.03"));
        QCOMPARE(cell(mrr, 2, columnNamed(mrr, QStringLiteral("Scheduled churn"))), QStringLiteral("$9.99"));
        QCOMPARE(cell(mrr, 0, columnNamed(mrr, QStringLiteral("Customer churn"))), QLocale().toString(300.0 / 110, 'f', 2) + QStringLiteral(" %"));
        QCOMPARE(cell(mrr, 3, columnNamed(mrr, QStringLiteral("LTV"))), QStringLiteral("$1,069.75"));
        QVERIFY(!mrr->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        auto *mrrChart = page->findChild<QChartView *>(QStringLiteral("mrrChart"));
        QCOMPARE(mrrChart->chart()->series().size(), 3);
        QCOMPARE(page->kpis()->mrr()->valueText(), QStringLiteral("$1,055.04")); // MRR at the end of April
        saveShot(page, QStringLiteral("revenue.png"));

        // Stripe's way: u020's cancel leaves MRR in March, when it was asked.
        const RevenueTableModel *moves = page->movementsModel();
        const int churn = columnNamed(moves, QStringLiteral("Churn"));
        QCOMPARE(cell(moves, 2, churn), QStringLiteral("$0.00"));
        auto *mode = page->findChild<QComboBox *>(QStringLiteral("mode"));
        mode->setCurrentIndex(1);
        settle();
        QCOMPARE(cell(moves, 2, churn), QStringLiteral("-$9.99"));
        QCOMPARE(cell(moves, 3, churn), QStringLiteral("$0.00"));
        mode->setCurrentIndex(0);
        settle();

        // Who churned in January: a double-click on the cell.
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(1);
        saveShot(page, QStringLiteral("revenue-movements.png"));
        QSignalSpy opened(page, &admin::RevenuePage::dialogOpened);
        auto *movementsTable = page->findChild<QTableView *>(QStringLiteral("movementsTable"));
        Q_EMIT movementsTable->activated(moves->index(0, churn));
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<admin::MovementLinesDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 3, 15000);
        QCOMPARE(dialog->model()->index(0, 0).data().toString(), QStringLiteral("u001@example.com"));
        QCOMPARE(dialog->model()->index(0, 5).data().toString(), QStringLiteral("-$9.99"));
        saveShot(dialog, QStringLiteral("revenue-churned.png"));
        dialog->close();

        // CSV of the movements table: numbers a spreadsheet reads.
        const QString csvPath = dir.filePath(QStringLiteral("movements.csv"));
        page->setPathChooser([&](const QString &, const QString &, const QString &) { return csvPath; });
        page->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("Period,Start MRR,New,Expansion,Reactivation,Contraction,Churn,Net new MRR,MRR,"));
        QVERIFY2(lines.at(1).startsWith("2025-01-01,1079.00,0.00,0.00,0.00,0.00,-29.97,-29.97,1049.03,"), lines.at(1).constData());
        QCOMPARE(lines.size(), 6); // header, 4 months, and the empty rest after the last CRLF

        // Close January; a PDF of it names the hash.
        tabs->setCurrentIndex(0);
        page->findChild<QTableView *>(QStringLiteral("mrrTable"))->selectRow(0);
        page->findChild<QPushButton *>(QStringLiteral("closeMonthButton"))->click();
        QCOMPARE(asked->asked.size(), 1);
        settle();
        const int closedColumn = columnNamed(mrr, QStringLiteral("Close"));
        QCOMPARE(cell(mrr, 0, closedColumn), QStringLiteral("Closed by Fin Ance"));
        QCOMPARE(cell(mrr, 1, closedColumn), QString());
        const QString pdfPath = dir.filePath(QStringLiteral("january.pdf"));
        page->setPathChooser([&](const QString &, const QString &, const QString &) { return pdfPath; });
        page->findChild<QTableView *>(QStringLiteral("mrrTable"))->selectRow(0);
        page->findChild<QPushButton *>(QStringLiteral("pdfButton"))->click();
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);

        // A late webhook says u004 left on 20 January: January is restated, not rewritten.
        QJsonObject late = fixture.subscriptionOf(RevenueFixture::user(4));
        late.insert(QStringLiteral("status"), QStringLiteral("canceled"));
        late.insert(QStringLiteral("canceled_at"), RevenueFixture::at("2025-01-20"));
        late.insert(QStringLiteral("ended_at"), RevenueFixture::at("2025-01-20"));
        QVERIFY2(fixture.write(RevenueFixture::user(4), late, RevenueFixture::at("2025-01-20"), &error), qPrintable(error));
        page->refresh();
        settle();
        QCOMPARE(cell(mrr, 0, 2), QStringLiteral("$1,039.04"));
        QVERIFY(cell(mrr, 0, closedColumn).startsWith(QStringLiteral("Restated")));
        QVERIFY(mrr->index(0, closedColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("end_mrr: closed 104903, now 103904")));
        // Closing it again is refused: the frozen figures stay.
        page->findChild<QPushButton *>(QStringLiteral("closeMonthButton"))->setEnabled(true);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM revenue_closes")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'revenue.close' AND actor = 'Fin Ance'")), 1);
    }
};

QTEST_MAIN(TestRevenuePage)
#include "tst_revenue_page.moc"
