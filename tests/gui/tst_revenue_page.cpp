// Finance's Revenue view on RevenueFixture's hand-sized history, driven by
// objectName: the figures in the tables and charts, the two MRR modes, the
// customers behind a movement, CSV and PDF export, and closing a month that is
// later restated by a late change.
#include "AdminStartup.h"
#include "DeskTestSupport.h"
#include "PdfReader.h"
#include "RevenueFixture.h"
#include "TestDatabase.h"
#include "actions/Confirmer.h"
#include "dialogs/MovementLinesDialog.h"
#include "models/RevenueTableModel.h"
#include "pages/RevenuePage.h"
#include "settings/DisplaySettings.h"
#include "settings/SupportSettings.h"
#include "widgets/KpiStrip.h"
#include "widgets/KpiTile.h"
#include "widgets/Sparkline.h"
#include "widgets/StatusPalette.h"
#include "widgets/ThemeApplier.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
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
using test::PdfReader;
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
        // The pack: figures, the three charts, the movements and their customers, the cash, the payouts; the hash it was frozen with.
        const QString januaryPack = PdfReader::text(pdfPath);
        const QString hash = mrr->index(0, closedColumn).data(Qt::ToolTipRole).toString().section(QStringLiteral(": "), 1).section(u'\n', 0, 0);
        QCOMPARE(hash.size(), 64);
        for (const QString &expected : {QStringLiteral("January 2025"), QStringLiteral("MRR at the end $1,049.03"),
                                        QStringLiteral("Customers behind the movements of January 2025"),
                                        QStringLiteral("Cash reconciled to the payouts"), QStringLiteral("Payouts due at the bank in January 2025"),
                                        QStringLiteral("Closed by Fin Ance"), hash, QStringLiteral("The stored pack matches its hash."),
                                        // the three who left on 10 January, each named
                                        QStringLiteral("Churn Learner 1 <u001@example.com> $9.99 $0.00 -$9.99"), QStringLiteral("Learner 3 <u003@example.com>"),
                                        QStringLiteral("3 customers."),
                                        QStringLiteral("Dec 2024 $0.00 $1,079.00"), QStringLiteral("Jan 2025 $1,079.00 $0.00 $0.00 $0.00 $0.00 -$29.97 $1,049.03")})
            QVERIFY2(januaryPack.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + januaryPack));
        QCOMPARE(PdfReader::images(pdfPath), 3);
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY2(PdfReader::pageAsPng(pdfPath, 2, 80, shots + QStringLiteral("/month-pack-trend.png"), &error), qPrintable(error));

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
        // Its pack prints what was frozen, byte for byte the same text, not today's figures.
        page->findChild<QTableView *>(QStringLiteral("mrrTable"))->selectRow(0);
        page->findChild<QPushButton *>(QStringLiteral("pdfButton"))->click();
        QCOMPARE(PdfReader::text(pdfPath), januaryPack);
        // A month not closed is gathered live, off the GUI thread, and says it may still change.
        QSignalSpy saved(page, &admin::RevenuePage::monthPackSaved);
        const QString februaryPath = dir.filePath(QStringLiteral("february.pdf"));
        page->setPathChooser([&](const QString &, const QString &, const QString &) { return februaryPath; });
        page->findChild<QTableView *>(QStringLiteral("mrrTable"))->selectRow(1);
        page->findChild<QPushButton *>(QStringLiteral("pdfButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
        const QString februaryPack = PdfReader::text(februaryPath);
        QVERIFY2(februaryPack.contains(QStringLiteral("Not closed: these figures may still change.")), qPrintable(februaryPack));
        QVERIFY(februaryPack.contains(QStringLiteral("February 2025")));
        // Closing it again is refused: the frozen figures stay.
        page->findChild<QPushButton *>(QStringLiteral("closeMonthButton"))->setEnabled(true);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM revenue_closes")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'revenue.close' AND actor = 'Fin Ance'")), 1);
    }

    // The dashboard on 10 April 2025: a preset sets the range, each tile compares
    // with the range before, April is marked as not over, the axes read as money
    // and scheduled churn is visible next to MRR's thousands.
    void dashboardPresetsDeltasAndTheMonthNotOver()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        RevenueFixture fixture;
        QVERIFY2(fixture.seed(db, testDb.config().dialect, &error), qPrintable(error));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.resize(1280, 800);
        admin::RevenuePage *page = window.revenuePage();
        page->setToday(QDate(2025, 4, 10));
        window.show();
        QSignalSpy shown(page, &admin::RevenuePage::reportShown);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Revenue"), Qt::MatchExactly).value(0));
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 15000);
        const auto settle = [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
            QTest::qWait(50); // a queued newer answer replaces an older one
        };

        auto *preset = page->findChild<QComboBox *>(QStringLiteral("preset"));
        auto *from = page->findChild<QDateEdit *>(QStringLiteral("fromEdit"));
        auto *to = page->findChild<QDateEdit *>(QStringLiteral("toEdit"));
        auto *granularity = page->findChild<QComboBox *>(QStringLiteral("granularity"));
        QCOMPARE(preset->currentText(), QStringLiteral("Last 365 days")); // the default

        // Year to date: January to 10 April, by month.
        shown.clear();
        preset->setCurrentIndex(preset->findText(QStringLiteral("Year to date")));
        settle();
        QCOMPARE(from->date(), QDate(2025, 1, 1));
        QCOMPARE(to->date(), QDate(2025, 4, 10));
        QCOMPARE(granularity->currentText(), QStringLiteral("Months"));
        const RevenueTableModel *mrr = page->mrrModel();
        QCOMPARE(mrr->rowCount(), 4);

        // April is not over: said in the table, in italics, and in the chart's labels.
        const QString april = QLocale().toString(QDate(2025, 4, 1), QStringLiteral("MMM yyyy"));
        QCOMPARE(cell(mrr, 3, RevenueTableModel::Period), april + QStringLiteral(" (so far)"));
        QCOMPARE(cell(mrr, 2, RevenueTableModel::Period), QLocale().toString(QDate(2025, 3, 1), QStringLiteral("MMM yyyy")));
        QVERIFY(mrr->index(3, 2).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!mrr->index(2, 2).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(mrr->index(3, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("Period not over yet: figures will change."));
        QCOMPARE(mrr->index(3, 0).data(RevenueTableModel::kCsvRole).toString(), QStringLiteral("2025-04-01")); // CSV stays plain
        auto *mrrChart = page->findChild<QChartView *>(QStringLiteral("mrrChart"));
        auto *periods = qobject_cast<QBarCategoryAxis *>(mrrChart->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(periods);
        QCOMPARE(periods->categories().constLast(), april + QStringLiteral(" *"));
        QVERIFY(mrrChart->chart()->title().contains(QStringLiteral("not over yet")));

        // The tiles, against September–December 2024. MRR: $1,055.04 at the end of April
        // against $1,079.00 (100 × $9.99 + 10 × $8.00) at the end of December:
        // −23.96 ÷ 1,079.00 = −2.2 %, red. Subscribers: 108 against 110, −1.8 %.
        admin::KpiStrip *kpis = page->kpis();
        QCOMPARE(kpis->mrr()->valueText(), QStringLiteral("$1,055.04"));
        QCOMPARE(kpis->mrr()->deltaText(), QStringLiteral("\u2212" "2.2 %"));
        QVERIFY(kpis->mrr()->findChild<QLabel *>(QStringLiteral("kpiDelta"))->styleSheet().contains(admin::StatusPalette(page->palette()).danger().name()));
        QVERIFY(kpis->mrr()->toolTip().contains(QStringLiteral("$1,079.00")));
        QCOMPARE(kpis->subscribers()->valueText(), QStringLiteral("108"));
        QCOMPARE(kpis->subscribers()->deltaText(), QStringLiteral("\u2212" "1.8 %"));
        QVERIFY(kpis->mrr()->accessibleName().startsWith(QStringLiteral("MRR: $1,055.04")));
        QCOMPARE(kpis->mrr()->sparkline()->values().size(), 4);
        QVERIFY(kpis->mrr()->sparkline()->lastIncomplete());

        // Money on the value axes, with separators; scheduled churn ($9.99) on an axis of its own.
        auto *left = qobject_cast<QCategoryAxis *>(mrrChart->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(left);
        QVERIFY2(left->categoriesLabels().contains(QStringLiteral("$1,000")), qPrintable(left->categoriesLabels().join(u' ')));
        for (const QString &label : left->categoriesLabels())
            QVERIFY2(!label.contains(u'e'), qPrintable(label));
        QLineSeries *scheduled = nullptr;
        for (QAbstractSeries *series : mrrChart->chart()->series())
            if (series->name().startsWith(QStringLiteral("Scheduled churn")))
                scheduled = qobject_cast<QLineSeries *>(series);
        QVERIFY(scheduled);
        auto *right = qobject_cast<QCategoryAxis *>(scheduled->attachedAxes().constLast());
        QVERIFY(right && right != left);
        QVERIFY2(right->max() >= 9.99 && right->max() <= 20, qPrintable(QString::number(right->max())));
        saveShot(&window, QStringLiteral("dash-ytd.png"));
        // April's bars are lighter (drawn selected, in a paler colour) on the movements and cash charts.
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(1);
        auto *movementsChart = page->findChild<QChartView *>(QStringLiteral("movementsChart"));
        auto *stacked = qobject_cast<QAbstractBarSeries *>(movementsChart->chart()->series().value(0));
        QVERIFY(stacked);
        for (QBarSet *set : stacked->barSets()) {
            QCOMPARE(set->selectedBars(), QList<int>{3});
            QVERIFY(set->selectedColor().alphaF() < set->color().alphaF());
        }
        saveShot(&window, QStringLiteral("dash-ytd-movements.png"));
        tabs->setCurrentIndex(2);
        saveShot(&window, QStringLiteral("dash-ytd-cash.png"));
        tabs->setCurrentIndex(0);
        // In the dark theme the changes keep their meaning: red on the dark background.
        admin::ThemeApplier::apply(admin::DisplaySettings::Theme::Dark);
        QTRY_VERIFY(kpis->mrr()->findChild<QLabel *>(QStringLiteral("kpiDelta"))->styleSheet().contains(
            admin::StatusPalette(page->palette()).danger().name()));
        QTest::qWait(50); // the charts lay their legends out again on the next pass
        saveShot(&window, QStringLiteral("dash-ytd-dark.png"));
        admin::ThemeApplier::apply(admin::DisplaySettings::Theme::System);

        // Last 30 days: 12 March to 10 April by day; the last day is not over.
        shown.clear();
        preset->setCurrentIndex(preset->findText(QStringLiteral("Last 30 days")));
        settle();
        QCOMPARE(from->date(), QDate(2025, 3, 12));
        QCOMPARE(to->date(), QDate(2025, 4, 10));
        QCOMPARE(granularity->currentText(), QStringLiteral("Days"));
        QCOMPARE(mrr->rowCount(), 30);
        QVERIFY(cell(mrr, 29, RevenueTableModel::Period).endsWith(QStringLiteral("(so far)")));
        QCOMPARE(kpis->mrr()->sparkline()->values().size(), 30);
        saveShot(&window, QStringLiteral("dash-30days.png"));

        // Last full month: March by day, nothing marked.
        shown.clear();
        preset->setCurrentIndex(preset->findText(QStringLiteral("Last full month")));
        settle();
        QCOMPARE(from->date(), QDate(2025, 3, 1));
        QCOMPARE(to->date(), QDate(2025, 3, 31));
        QCOMPARE(mrr->rowCount(), 31);
        QCOMPARE(page->mrrModel()->incompleteRow(), -1);
        QVERIFY(!mrrChart->chart()->title().contains(QStringLiteral("not over yet")));

        // Last 90 days by week; it is what the next window opens with.
        shown.clear();
        preset->setCurrentIndex(preset->findText(QStringLiteral("Last 90 days")));
        settle();
        QCOMPARE(granularity->currentText(), QStringLiteral("Weeks"));
        QCOMPARE(from->date(), QDate(2025, 1, 11));
        saveShot(&window, QStringLiteral("dash-90days.png"));
        {
            admin::RevenuePage again(nullptr, &settings);
            QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("preset"))->currentText(), QStringLiteral("Last 90 days"));
        }

        // A date picked by hand makes the range Custom, and that is remembered too.
        shown.clear();
        from->setDate(QDate(2025, 2, 1));
        settle();
        QCOMPARE(preset->currentText(), QStringLiteral("Custom"));
        QCOMPARE(page->request().from, QDate(2025, 2, 1));
        {
            admin::RevenuePage again(nullptr, &settings);
            QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("preset"))->currentText(), QStringLiteral("Custom"));
            QCOMPARE(again.findChild<QDateEdit *>(QStringLiteral("fromEdit"))->date(), QDate(2025, 2, 1));
        }
    }
};

QTEST_MAIN(TestRevenuePage)
#include "tst_revenue_page.moc"
