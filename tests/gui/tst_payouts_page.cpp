// Finance follows the money to the bank (issue #23) on a hand-computed March 2025,
// both databases, driven by objectName: the payouts list with a failed payout
// marked, a payout's transactions grouped to the cent, a learner opened from a
// line, the month's cash reconciliation matching to the cent and then showing the
// difference a changed fee makes, the currency picker appearing with a second
// currency, and the itemized CSV.
//
// March 2025, in USD (cents):
//   six $9.99 charges (fee 59 each, net 940) ch_1…ch_6 for six learners' invoices,
//   a partial refund of 500 on ch_2, a lost dispute on ch_3 (−999, fee 1500).
//   po_1 paid    (arrives 9 Mar):  ch_1 ch_2 ch_3 re_2            =  3×940 − 500        = 2320
//   po_2 failed  (arrives 14 Mar): ch_4 ch_5                      =  2×940              = 1880
//   po_3 paid    (arrives 22 Mar): po_2's money back, ch_6, dp_3  =  1880 + 940 − 2499  =  321
//   The month: charges 5994, refunds −500, disputes −999, fees −(6×59 + 1500) = −1854,
//   net 2641, all paid out (po_2's part went out again with po_3).
#include "AdminStartup.h"
#include "DemoImport.h"
#include "DeskTestSupport.h"
#include "PdfReader.h"
#include "SandboxClient.h"
#include "TestDatabase.h"
#include "actions/CashLinesExport.h"
#include "db/DatabaseThread.h"
#include "models/CashCategoriesModel.h"
#include "models/CashDifferencesModel.h"
#include "models/CashSettlementsModel.h"
#include "models/PayoutTransactionsModel.h"
#include "models/PayoutsModel.h"
#include "models/RevenueTableModel.h"
#include "pages/CashReconciliationTab.h"
#include "pages/PayoutListTab.h"
#include "pages/PayoutsPage.h"
#include "pages/RevenuePage.h"
#include "settings/SupportSettings.h"
#include "widgets/DisplayFormat.h"
#include "widgets/EmptyState.h"
#include "widgets/StatusPalette.h"
#include "windows/DeskActions.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QProgressDialog>
#include <QSemaphore>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace companion;
using admin::CashCategoriesModel;
using admin::CashDifferencesModel;
using admin::PayoutTransactionsModel;
using admin::PayoutsModel;

namespace {
qint64 at(int day, int hour = 10)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        *error = sql + u' ' + q.lastError().text();
        return false;
    }
    return true;
}

struct Txn {
    QString id, type, category;
    qint64 amount, fee;
    qint64 created;
    QString source, charge, payout, description;
    QString currency = QStringLiteral("usd");
};

bool addTransaction(const QSqlDatabase &db, const Txn &t, QString *error)
{
    return exec(db, QStringLiteral("INSERT INTO balance_transactions (id, type, reporting_category, amount, fee, net, currency, created, "
                                   "available_on, status, source_id, charge_id, payout_id, description, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'available', ?, ?, ?, ?, ?)"),
                {t.id, t.type, t.category, t.amount, t.fee, t.amount - t.fee, t.currency, t.created, t.created + 2 * 86400,
                 t.source.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t.source),
                 t.charge.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t.charge),
                 t.payout.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t.payout), t.description, t.created},
                error);
}

bool addPayout(const QSqlDatabase &db, const QString &id, qint64 amount, const QString &status, qint64 created, qint64 arrival,
               const QString &failureMessage, QString *error, const QString &currency = QStringLiteral("usd"))
{
    const bool failed = status == QLatin1String("failed");
    const QVariant none(QMetaType(QMetaType::QString));
    if (!exec(db, QStringLiteral("INSERT INTO payouts (id, amount, currency, status, automatic, created, arrival_date, failure_code, "
                                 "failure_message, balance_transaction_id, failure_balance_transaction_id, transactions_read, "
                                 "last_event_created, livemode, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {id, amount, currency, status, true, created, arrival, failed ? QVariant(QStringLiteral("account_closed")) : none,
               failed ? QVariant(failureMessage) : none, QString(QStringLiteral("txn_") + id), failed ? QVariant(QString(QStringLiteral("txn_") + id + QStringLiteral("_back"))) : none,
               status == QLatin1String("paid") || failed, created, false, created},
              error))
        return false;
    // The payout's own debit, which it does not "carry".
    return addTransaction(db, {QStringLiteral("txn_") + id, QStringLiteral("payout"), QStringLiteral("payout"), -amount, 0, created, id, {}, id,
                               QStringLiteral("STRIPE PAYOUT"), currency},
                          error);
}

// The learners, their paid invoices and March's money (see the top of the file).
bool seedMarch(const QSqlDatabase &db, QString *error)
{
    const QStringList learners{QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy"),
                               QStringLiteral("dee"), QStringLiteral("eve"), QStringLiteral("fay")};
    const QList<int> chargeDays{3, 4, 5, 10, 11, 16};
    const QStringList payoutOf{QStringLiteral("po_1"), QStringLiteral("po_1"), QStringLiteral("po_1"),
                               QStringLiteral("po_2"), QStringLiteral("po_2"), QStringLiteral("po_3")};
    for (int i = 0; i < learners.size(); ++i) {
        const QString n = QString::number(i + 1);
        const QString user = QStringLiteral("u_") + learners.at(i);
        if (!test::TestDatabase::addLearner(db, user, error, learners.at(i) + QStringLiteral("@example.com")))
            return false;
        const bool refunded = i == 1, disputed = i == 2;
        if (!exec(db, QStringLiteral("INSERT INTO invoices (id, subscription_id, customer_id, user_id, status, currency, subtotal, total, "
                                     "amount_due, amount_paid, amount_refunded, created, paid_at, charge_id, balance_transaction_id, fee, net, "
                                     "fee_estimated, amount_disputed, dispute_fee, livemode, updated_at) "
                                     "VALUES (?, ?, ?, ?, 'paid', 'usd', 999, 999, 999, 999, ?, ?, ?, ?, ?, 59, 940, ?, ?, ?, ?, ?)"),
                  {QString(QStringLiteral("in_") + n), QString(QStringLiteral("sub_") + learners.at(i)),
                   QString(QStringLiteral("cus_") + learners.at(i)), user, refunded ? 500 : 0, at(chargeDays.at(i)), at(chargeDays.at(i)),
                   QString(QStringLiteral("ch_") + n), QString(QStringLiteral("txn_c") + n),
                   false, disputed ? 999 : 0, disputed ? 1500 : 0, false, at(chargeDays.at(i))},
                  error))
            return false;
        if (!addTransaction(db, {QStringLiteral("txn_c") + n, QStringLiteral("charge"), QStringLiteral("charge"), 999, 59, at(chargeDays.at(i)),
                                 QStringLiteral("ch_") + n, QStringLiteral("ch_") + n, payoutOf.at(i), QStringLiteral("Subscription update")},
                            error))
            return false;
    }
    return addTransaction(db, {QStringLiteral("txn_r2"), QStringLiteral("refund"), QStringLiteral("refund"), -500, 0, at(6), QStringLiteral("re_2"),
                               QStringLiteral("ch_2"), QStringLiteral("po_1"), QStringLiteral("REFUND FOR CHARGE (Subscription update)")},
                          error)
        && addTransaction(db, {QStringLiteral("txn_d3"), QStringLiteral("adjustment"), QStringLiteral("dispute"), -999, 1500, at(17),
                               QStringLiteral("dp_3"), QStringLiteral("ch_3"), QStringLiteral("po_3"), QStringLiteral("Chargeback withdrawal")},
                          error)
        && addPayout(db, QStringLiteral("po_1"), 2320, QStringLiteral("paid"), at(7), at(9), {}, error)
        && addPayout(db, QStringLiteral("po_2"), 1880, QStringLiteral("failed"), at(12), at(14), QStringLiteral("The bank account has been closed."), error)
        // po_2's money comes back, and po_3 carries it to the bank.
        && addTransaction(db, {QStringLiteral("txn_po_2_back"), QStringLiteral("payout_failure"), QStringLiteral("payout_reversal"), 1880, 0, at(15),
                               QStringLiteral("po_2"), {}, QStringLiteral("po_3"), QStringLiteral("PAYOUT FAILURE")},
                          error)
        && addPayout(db, QStringLiteral("po_3"), 321, QStringLiteral("paid"), at(20), at(22), {}, error);
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

QString money(qint64 cents)
{
    return admin::DisplayFormat::current().money(cents, QStringLiteral("usd"));
}

QString valueOf(QWidget *page, const char *name)
{
    auto *label = page->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("(no %1)").arg(QString::fromLatin1(name));
}

// Revenue shows the months from `from` to `to`, the newest answer read.
void showMonths(admin::RevenuePage *page, const QDate &from, const QDate &to)
{
    QSignalSpy shown(page, &admin::RevenuePage::reportShown);
    page->findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(from);
    page->findChild<QDateEdit *>(QStringLiteral("toEdit"))->setDate(to);
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QTest::qWait(50); // a queued newer answer replaces an older one
}

// Finance's two clicks on the one month shown: Close month... (confirmed), then
// Month-end pack PDF... written to `pdfPath`.
void closeAndPrint(admin::RevenuePage *page, test::ScriptedConfirmer *asked, const QString &pdfPath)
{
    QCOMPARE(page->mrrModel()->rowCount(), 1);
    auto *table = page->findChild<QTableView *>(QStringLiteral("mrrTable"));
    table->selectRow(0);
    QSignalSpy shown(page, &admin::RevenuePage::reportShown);
    const qsizetype questions = asked->asked.size();
    page->findChild<QPushButton *>(QStringLiteral("closeMonthButton"))->click();
    QCOMPARE(asked->asked.size(), questions + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000); // shown again, closed
    page->setPathChooser([pdfPath](const QString &, const QString &, const QString &) { return pdfPath; });
    QSignalSpy saved(page, &admin::RevenuePage::monthPackSaved);
    QTest::qWait(50);
    table->selectRow(0);
    page->findChild<QPushButton *>(QStringLiteral("pdfButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
}

void saveShot(QWidget *widget, const QString &name)
{
    if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as a person would see it, laid out
        QVERIFY(widget->grab().save(shots + u'/' + name));
    }
}
} // namespace

class TestPayoutsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en")); }

    void financeFollowsMarchToTheBank()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY2(seedMarch(db, &error), qPrintable(error));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.resize(1400, 900);
        window.show();
        admin::PayoutsPage *page = window.payoutsPage();
        QVERIFY(page);
        admin::PayoutListTab *list = page->payoutsTab();
        admin::CashReconciliationTab *cash = page->cashTab();
        QSignalSpy listed(list, &admin::PayoutListTab::payoutsShown);
        QSignalSpy detailed(list, &admin::PayoutListTab::detailShown);
        QSignalSpy reconciled(cash, &admin::CashReconciliationTab::reportShown);
        cash->setMonth(QDate(2025, 3, 1)); // before the page is first shown: one reading
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Payouts"), Qt::MatchExactly).value(0));
        QTRY_VERIFY_WITH_TIMEOUT(listed.size() >= 1 && detailed.size() >= 1, 15000);

        PayoutsModel *payouts = list->payoutsModel();
        CashCategoriesModel *categories = list->categoriesModel();
        PayoutTransactionsModel *lines = list->transactionsModel();
        QAbstractItemModelTester t1(payouts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(categories, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(cash->settlementsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(cash->differencesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The list, newest arrival first; the failed one in the danger colour, Stripe's reason on it.
        QCOMPARE(payouts->rowCount(), 3);
        QCOMPARE(cell(payouts, 0, PayoutsModel::Payout), QStringLiteral("po_3"));
        QCOMPARE(cell(payouts, 1, PayoutsModel::Payout), QStringLiteral("po_2"));
        QCOMPARE(cell(payouts, 2, PayoutsModel::Payout), QStringLiteral("po_1"));
        QCOMPARE(cell(payouts, 0, PayoutsModel::Status), QStringLiteral("Paid"));
        QCOMPARE(cell(payouts, 1, PayoutsModel::Status), QStringLiteral("Failed"));
        QCOMPARE(cell(payouts, 2, PayoutsModel::Amount), QStringLiteral("$23.20"));
        QCOMPARE(cell(payouts, 1, PayoutsModel::Amount), QStringLiteral("$18.80"));
        QCOMPARE(cell(payouts, 0, PayoutsModel::Amount), QStringLiteral("$3.21"));
        QCOMPARE(payouts->index(1, PayoutsModel::Status).data(Qt::ForegroundRole).value<QColor>(), admin::StatusPalette::current().danger());
        QVERIFY(!payouts->index(0, PayoutsModel::Status).data(Qt::ForegroundRole).isValid());
        QCOMPARE(payouts->index(1, PayoutsModel::Status).data(Qt::ToolTipRole).toString(), QStringLiteral("The bank account has been closed."));
        QCOMPARE(cell(payouts, 2, PayoutsModel::Transactions), QStringLiteral("4"));
        QCOMPARE(cell(payouts, 0, PayoutsModel::Transactions), QStringLiteral("3"));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(cell(payouts, row, PayoutsModel::AddsUp), QStringLiteral("✓"));
        QCOMPARE(cell(payouts, 0, PayoutsModel::Arrival), admin::DisplayFormat::current().date(at(22)));
        QVERIFY((payouts->index(0, PayoutsModel::Amount).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight) != 0);

        // The newest is selected at first: what po_3 carried, grouped.
        QCOMPARE(list->selectedPayout(), QStringLiteral("po_3"));
        QCOMPARE(categories->rowCount(), 4); // charge, dispute, the failed payout's money back, and the total
        QCOMPARE(cell(categories, 0, CashCategoriesModel::Category), QStringLiteral("Charges"));
        QCOMPARE(cell(categories, 1, CashCategoriesModel::Category), QStringLiteral("Disputes"));
        QCOMPARE(cell(categories, 1, CashCategoriesModel::Gross), money(-999));
        QCOMPARE(cell(categories, 1, CashCategoriesModel::Fee), money(1500));
        QCOMPARE(cell(categories, 1, CashCategoriesModel::Net), money(-2499));
        QCOMPARE(cell(categories, 2, CashCategoriesModel::Category), QStringLiteral("Failed payouts returned"));
        QCOMPARE(cell(categories, 3, CashCategoriesModel::Category), QStringLiteral("Total"));
        QCOMPARE(cell(categories, 3, CashCategoriesModel::Net), QStringLiteral("$3.21"));
        saveShot(page, QStringLiteral("payouts.png"));

        // po_1: three charges and a refund, to the cent.
        detailed.clear();
        list->selectPayout(QStringLiteral("po_1"));
        QTRY_VERIFY_WITH_TIMEOUT(!detailed.isEmpty() && detailed.last().first().toString() == QLatin1String("po_1"), 15000);
        QCOMPARE(categories->rowCount(), 3);
        QCOMPARE(cell(categories, 0, CashCategoriesModel::Category), QStringLiteral("Charges"));
        QCOMPARE(cell(categories, 0, CashCategoriesModel::Count), QStringLiteral("3"));
        QCOMPARE(cell(categories, 0, CashCategoriesModel::Gross), QStringLiteral("$29.97"));
        QCOMPARE(cell(categories, 0, CashCategoriesModel::Fee), QStringLiteral("$1.77"));
        QCOMPARE(cell(categories, 0, CashCategoriesModel::Net), QStringLiteral("$28.20"));
        QCOMPARE(cell(categories, 1, CashCategoriesModel::Category), QStringLiteral("Refunds"));
        QCOMPARE(cell(categories, 1, CashCategoriesModel::Net), money(-500));
        QCOMPARE(cell(categories, 2, CashCategoriesModel::Count), QStringLiteral("4"));
        QCOMPARE(cell(categories, 2, CashCategoriesModel::Gross), QStringLiteral("$24.97"));
        QCOMPARE(cell(categories, 2, CashCategoriesModel::Net), QStringLiteral("$23.20"));
        QCOMPARE(lines->rowCount(), 4);
        QCOMPARE(cell(lines, 0, PayoutTransactionsModel::Invoice), QStringLiteral("in_1"));
        QCOMPARE(cell(lines, 0, PayoutTransactionsModel::Learner), QStringLiteral("ada@example.com"));
        QCOMPARE(cell(lines, 3, PayoutTransactionsModel::Category), QStringLiteral("Refunds"));
        QCOMPARE(cell(lines, 3, PayoutTransactionsModel::Learner), QStringLiteral("bob@example.com"));
        QCOMPARE(cell(lines, 3, PayoutTransactionsModel::Gross), money(-500));

        // The Learner menu acts on a line's learner; a double-click opens her.
        QTableView *lineView = list->transactionsView();
        lineView->setCurrentIndex(lines->index(0, 0));
        auto *openLearner = window.findChild<QAction *>(QStringLiteral("actionOpenLearner"));
        QVERIFY(openLearner);
        QTRY_VERIFY(openLearner->isEnabled());
        QSignalSpy activated(page, &admin::PayoutsPage::userActivated);
        Q_EMIT lineView->activated(lines->index(0, PayoutTransactionsModel::Description));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("u_ada"));
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("userDetail")));

        // The month: Net, where it went, and a match to the cent.
        QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty(), 15000);
        QCOMPARE(cash->report().request.month, QDate(2025, 3, 1));
        QCOMPARE(valueOf(cash, "cashCharges"), QStringLiteral("$59.94"));
        QCOMPARE(valueOf(cash, "cashRefunds"), money(-500));
        QCOMPARE(valueOf(cash, "cashDisputes"), money(-999));
        QCOMPARE(valueOf(cash, "cashFees"), money(-1854));
        QCOMPARE(valueOf(cash, "cashOther"), QStringLiteral("$0.00"));
        QCOMPARE(valueOf(cash, "cashNet"), QStringLiteral("$26.41"));
        QCOMPARE(valueOf(cash, "cashPaidOut"), QStringLiteral("$26.41"));
        QCOMPARE(valueOf(cash, "cashInTransit"), QStringLiteral("$0.00"));
        QCOMPARE(valueOf(cash, "cashInBalance"), QStringLiteral("$0.00"));
        QCOMPARE(valueOf(cash, "cashVerdict"), QStringLiteral("Matches to the cent"));
        QVERIFY(cash->findChild<QLabel *>(QStringLiteral("cashIncomplete"))->isHidden());
        QCOMPARE(cash->settlementsModel()->rowCount(), 3);
        QCOMPARE(cash->differencesModel()->rowCount(), 0);
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("payoutsTabs"));
        tabs->setCurrentWidget(cash);
        saveShot(page, QStringLiteral("payouts-cash.png"));

        // Stripe gave ch_1's fee back: Refresh (F5) shows what changed, po_1 stays selected.
        QVERIFY2(exec(db, QStringLiteral("UPDATE balance_transactions SET fee = 0, net = 999 WHERE id = ?"), {QStringLiteral("txn_c1")}, &error),
                 qPrintable(error));
        reconciled.clear();
        listed.clear();
        auto *refresh = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
        QVERIFY(refresh && refresh->isEnabled());
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty() && !listed.isEmpty(), 15000);
        QCOMPARE(list->selectedPayout(), QStringLiteral("po_1"));
        QCOMPARE(list->payoutsView()->currentIndex().row(), 2);
        // Two sides of one change: the fee differs from the invoice's, and po_1 no longer adds up.
        QVERIFY2(valueOf(cash, "cashVerdict").startsWith(QStringLiteral("2 difference")), qPrintable(valueOf(cash, "cashVerdict")));
        CashDifferencesModel *differences = cash->differencesModel();
        QCOMPARE(differences->rowCount(), 2);
        int fee = -1, payout = -1;
        for (int row = 0; row < differences->rowCount(); ++row) {
            if (cell(differences, row, CashDifferencesModel::Kind) == QLatin1String("Fee differs"))
                fee = row;
            if (cell(differences, row, CashDifferencesModel::Kind) == QLatin1String("Payout does not add up"))
                payout = row;
        }
        QVERIFY(fee >= 0 && payout >= 0);
        QCOMPARE(cell(differences, fee, CashDifferencesModel::Object), QStringLiteral("ch_1"));
        QCOMPARE(cell(differences, fee, CashDifferencesModel::Invoice), QStringLiteral("in_1"));
        QCOMPARE(cell(differences, fee, CashDifferencesModel::Learner), QStringLiteral("u_ada"));
        QCOMPARE(cell(differences, fee, CashDifferencesModel::Expected), QStringLiteral("$0.59"));
        QCOMPARE(cell(differences, fee, CashDifferencesModel::Actual), QStringLiteral("$0.00"));
        QCOMPARE(cell(differences, fee, CashDifferencesModel::Difference), money(-59));
        QVERIFY(!cell(differences, fee, CashDifferencesModel::Cause).isEmpty());
        QCOMPARE(cell(differences, payout, CashDifferencesModel::Object), QStringLiteral("po_1"));
        QCOMPARE(cell(differences, payout, CashDifferencesModel::Difference), QStringLiteral("$0.59"));
        QCOMPARE(cell(payouts, 2, PayoutsModel::AddsUp), QStringLiteral("$0.59"));
        QCOMPARE(valueOf(cash, "cashNet"), QStringLiteral("$27.00"));
        saveShot(page, QStringLiteral("payouts-cash-differences.png"));

        // The itemized CSV: every transaction of March, payouts' own included, in Stripe's columns.
        const QString csvPath = dir.filePath(QStringLiteral("march.csv"));
        page->setPathChooser([&](const QString &, const QString &, const QString &) { return csvPath; });
        QSignalSpy exported(cash, &admin::CashReconciliationTab::exportFinished);
        auto *exportCsv = window.findChild<QAction *>(QStringLiteral("actionExportCsv"));
        QVERIFY(exportCsv && exportCsv->isEnabled());
        exportCsv->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 15000);
        QVERIFY(exported.first().first().toBool());
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> csv = file.readAll().split('\n');
        QCOMPARE(csv.at(0), QByteArray("balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,reporting_category,source_id,"
                                       "charge_id,invoice_id,customer_user_id,customer_email,automatic_payout_id,automatic_payout_status,"
                                       "automatic_payout_effective_at,description\r"));
        QCOMPARE(csv.size(), 1 + 8 + 4 + 1); // header; 6 charges, a refund, a dispute; 3 payouts and a failure; the end
        QCOMPARE(csv.at(1), QByteArray("txn_c1,2025-03-03T10:00:00Z,2025-03-05T10:00:00Z,usd,9.99,0.00,9.99,charge,ch_1,ch_1,in_1,u_ada,"
                                       "ada@example.com,po_1,paid,2025-03-09T10:00:00Z,Subscription update\r"));
        QVERIFY(csv.contains(QByteArray("txn_d3,2025-03-17T10:00:00Z,2025-03-19T10:00:00Z,usd,-9.99,15.00,-24.99,dispute,dp_3,ch_3,in_3,u_cy,"
                                        "cy@example.com,po_3,paid,2025-03-22T10:00:00Z,Chargeback withdrawal\r")));

        // A second currency: the pickers appear, with every currency to choose from.
        auto *payoutsCurrency = page->findChild<QComboBox *>(QStringLiteral("payoutsCurrency"));
        auto *cashCurrency = page->findChild<QComboBox *>(QStringLiteral("cashCurrency"));
        QVERIFY(payoutsCurrency->isHidden());
        QVERIFY(cashCurrency->isHidden());
        QVERIFY2(addTransaction(db, {QStringLiteral("txn_eur"), QStringLiteral("charge"), QStringLiteral("charge"), 899, 40, at(25), QStringLiteral("ch_eur"),
                                     QStringLiteral("ch_eur"), QStringLiteral("po_eur"), QStringLiteral("Subscription update"), QStringLiteral("eur")},
                                 &error),
                 qPrintable(error));
        QVERIFY2(addPayout(db, QStringLiteral("po_eur"), 859, QStringLiteral("in_transit"), at(26), at(28), {}, &error, QStringLiteral("eur")),
                 qPrintable(error));
        reconciled.clear();
        listed.clear();
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty() && !listed.isEmpty(), 15000);
        QVERIFY(!payoutsCurrency->isHidden());
        QVERIFY(!cashCurrency->isHidden());
        QCOMPARE(cashCurrency->count(), 2);
        QCOMPARE(payouts->rowCount(), 4);
        const int euro = payouts->rowOf(QStringLiteral("po_eur"));
        QCOMPARE(cell(payouts, euro, PayoutsModel::Status), QStringLiteral("In transit"));
        QCOMPARE(payouts->index(euro, PayoutsModel::Status).data(Qt::ForegroundRole).value<QColor>(), admin::StatusPalette::current().muted());
        // Euros: the month's euro charge, on its way to the bank.
        reconciled.clear();
        cashCurrency->setCurrentIndex(cashCurrency->findData(QStringLiteral("eur")));
        QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty(), 15000);
        QCOMPARE(cash->report().request.currency, QStringLiteral("eur"));
        QCOMPARE(valueOf(cash, "cashInTransit"), admin::DisplayFormat::current().money(859, QStringLiteral("eur")));
        // The euro charge pays no invoice of ours.
        QCOMPARE(cash->differencesModel()->rowCount(), 1);
        QCOMPARE(cell(cash->differencesModel(), 0, CashDifferencesModel::Kind), QStringLiteral("Charge without an invoice"));
    }

    // Finance closes March from the desk alone: the Revenue page's Close month…
    // freezes its pack, and the PDF carries the cash reconciled to the cent with
    // the payouts that reached the bank, po_2's failure marked. When Stripe later
    // gives a fee back, March's pack still prints what was closed.
    void financeClosesMarchWithItsCashAndPayouts()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY2(seedMarch(db, &error), qPrintable(error));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::SupportSettings::setOperatorName(settings, QStringLiteral("Fin Ance"));
        admin::MainWindow window(testDb.config(), &settings);
        test::ScriptedConfirmer *asked = test::scriptConfirmations(window);
        window.resize(1400, 900);
        window.show();
        admin::RevenuePage *page = window.revenuePage();
        QSignalSpy shown(page, &admin::RevenuePage::reportShown);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Revenue"), Qt::MatchExactly).value(0));
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 15000);
        showMonths(page, QDate(2025, 3, 1), QDate(2025, 3, 1));
        const QString pdfPath = dir.filePath(QStringLiteral("march.pdf"));
        QSignalSpy saved(page, &admin::RevenuePage::monthPackSaved);
        closeAndPrint(page, asked, pdfPath);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(asked->asked.size(), 1);
        const QString march = test::PdfReader::text(pdfPath);
        for (const QString &expected :
             {QStringLiteral("Cash reconciled to the payouts Matches to the cent"),
              QStringLiteral("Charges $59.94 − refunds $5.00 − disputes $9.99 − Stripe fees $18.54 + other $0.00 = net $26.41 = paid out $26.41 "
                             "+ in transit $0.00 + still in the balance $0.00."),
              QStringLiteral("Charges 6 $59.94 -$3.54 $56.40"), QStringLiteral("Total 8 $26.41"),
              QStringLiteral("Failed: The bank account has been closed."), QStringLiteral("Payouts due at the bank in March 2025"),
              QStringLiteral("Paid into the bank: $26.41."), QStringLiteral("Closed by Fin Ance"), QStringLiteral("The stored pack matches its hash.")})
            QVERIFY2(march.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + march));
        for (const QString &payout : {QStringLiteral("po_1"), QStringLiteral("po_2"), QStringLiteral("po_3")})
            QVERIFY2(march.section(QStringLiteral("Payouts due at the bank"), 1).contains(payout), qPrintable(payout));
        QCOMPARE(test::PdfReader::images(pdfPath), 3);
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY2(test::PdfReader::pageAsPng(pdfPath, test::PdfReader::pageWith(pdfPath, QStringLiteral("Cash reconciled to the payouts")), 80,
                                                shots + QStringLiteral("/month-pack-cash.png"), &error),
                     qPrintable(error));

        // Stripe gives ch_1's fee back after the close: the Payouts page would now show a difference; the closed pack does not move.
        QVERIFY2(exec(db, QStringLiteral("UPDATE balance_transactions SET fee = 0, net = 999 WHERE id = ?"), {QStringLiteral("txn_c1")}, &error),
                 qPrintable(error));
        shown.clear();
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
        QTest::qWait(50);
        page->findChild<QTableView *>(QStringLiteral("mrrTable"))->selectRow(0);
        page->findChild<QPushButton *>(QStringLiteral("pdfButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 15000);
        QCOMPARE(test::PdfReader::text(pdfPath), march);
    }

    // Finance closes last month of the demo's 18 months of Stripe history (the
    // sandbox's, synced as a first start would bring it) from the desk alone: the
    // Payouts page's cash reconciliation offers that month first and it matches to
    // the cent; Revenue's Close month... freezes the pack; its PDF carries the
    // figures, the cash reconciled to the payouts and the payouts at the bank.
    void financeClosesADemoMonthFromTheDesk()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        test::SandboxClient sandbox;
        QString summary;
        QVERIFY2(test::importDemoHistory(QStringLiteral(COMPANION_SERVER_BIN), testDb, sandbox, &summary, &error), qPrintable(error));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-1);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::SupportSettings::setOperatorName(settings, QStringLiteral("Fin Ance"));
        admin::MainWindow window(testDb.config(), &settings);
        test::ScriptedConfirmer *asked = test::scriptConfirmations(window);
        window.resize(1400, 900);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));

        // Payouts > Cash reconciliation: last month, reconciled to the payouts that carried it.
        admin::PayoutsPage *payouts = window.payoutsPage();
        admin::CashReconciliationTab *cash = payouts->cashTab();
        QSignalSpy reconciled(cash, &admin::CashReconciliationTab::reportShown);
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Payouts"), Qt::MatchExactly).value(0));
        payouts->findChild<QTabWidget *>(QStringLiteral("payoutsTabs"))->setCurrentWidget(cash);
        QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty() && cash->report().request.month == month, 30000);
        QVERIFY(cash->report().complete);
        QCOMPARE(valueOf(cash, "cashVerdict"), QStringLiteral("Matches to the cent"));
        QCOMPARE(cash->differencesModel()->rowCount(), 0);
        // The payouts that carried it (most days of the month) add up to its net.
        QVERIFY(cash->settlementsModel()->rowCount() >= 10);
        qint64 settled = 0;
        for (const billing::CashSettlement &settlement : cash->report().settlements)
            settled += settlement.amount;
        QCOMPARE(settled, cash->report().net);
        QVERIFY(cash->report().charges > 0 && cash->report().net == cash->report().paidOut + cash->report().inTransit + cash->report().inBalance);
        saveShot(payouts, QStringLiteral("month-close-reconciliation.png"));

        // Revenue: that month, closed, its pack printed.
        admin::RevenuePage *page = window.revenuePage();
        QSignalSpy shown(page, &admin::RevenuePage::reportShown);
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Revenue"), Qt::MatchExactly).value(0));
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 30000);
        // The whole history first, month by month (the README's demo screenshots): MRR, then the cash.
        showMonths(page, month.addMonths(-17), month);
        QCOMPARE(page->mrrModel()->rowCount(), 18);
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(0);
        saveShot(&window, QStringLiteral("demo-revenue.png"));
        tabs->setCurrentIndex(2);
        saveShot(&window, QStringLiteral("demo-revenue-cash.png"));
        tabs->setCurrentIndex(0);
        showMonths(page, month, month);
        const QString pdfPath = dir.filePath(QStringLiteral("month.pdf"));
        closeAndPrint(page, asked, pdfPath);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(asked->asked.size(), 1);
        const QString pack = test::PdfReader::text(pdfPath);
        const QString monthName = QLocale().toString(month, QStringLiteral("MMMM yyyy"));
        for (const QString &expected : QStringList{QStringLiteral("Cash reconciled to the payouts Matches to the cent"),
                                        QStringLiteral("None: every charge, refund, dispute and payout of the month agrees with our invoices, to the cent."),
                                        QStringLiteral("Payouts due at the bank in ") + monthName, QStringLiteral("Closed by Fin Ance"),
                                        QStringLiteral("The stored pack matches its hash.")})
            QVERIFY2(pack.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + pack.left(3000)));
        QCOMPARE(test::PdfReader::images(pdfPath), 3);
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QVERIFY2(test::PdfReader::pageAsPng(pdfPath, 1, 80, shots + QStringLiteral("/month-close-pack-figures.png"), &error), qPrintable(error));
            QVERIFY2(test::PdfReader::pageAsPng(pdfPath, test::PdfReader::pageWith(pdfPath, QStringLiteral("Cash reconciled to the payouts")), 80,
                                                shots + QStringLiteral("/month-close-pack-cash.png"), &error),
                     qPrintable(error));
        }
    }

    void cancelledExportLeavesNoFile()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY2(seedMarch(db, &error), qPrintable(error));
        db::DatabaseThread database(testDb.config());
        admin::CashReconciliationTab tab(&database);
        QSignalSpy reconciled(&tab, &admin::CashReconciliationTab::reportShown);
        tab.setMonth(QDate(2025, 3, 1));
        QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty(), 15000);
        tab.show();

        // The database thread is busy with something else while the person presses Cancel.
        QSemaphore busy;
        database.run<bool>(&tab, [&busy](db::Connection &) { busy.acquire(); return true; }, [](bool) {});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
        tab.setPathChooser([&](const QString &, const QString &, const QString &) { return path; });
        QSignalSpy finished(&tab, &admin::CashReconciliationTab::exportFinished);
        tab.exportCsv();
        QProgressDialog *progress = tab.progressDialog();
        QVERIFY(progress && progress->isVisible());
        QCOMPARE(progress->maximum(), 8); // the month's transactions, as read on screen
        QVERIFY(!tab.findChild<QPushButton *>(QStringLiteral("cashExportButton"))->isEnabled());
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        busy.release();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(tab.findChild<QLabel *>(QStringLiteral("cashStatus"))->text(), QStringLiteral("Export cancelled"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(tab.findChild<QPushButton *>(QStringLiteral("cashExportButton"))->isEnabled());
        QVERIFY(!tab.progressDialog());
    }

    void noPayoutsSaysWhereTheyComeFrom()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        QVERIFY2(testDb.openMigrated(&error).isOpen(), qPrintable(error));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.resize(1200, 800);
        window.show();
        admin::PayoutListTab *list = window.payoutsPage()->payoutsTab();
        QSignalSpy listed(list, &admin::PayoutListTab::payoutsShown);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Payouts"), Qt::MatchExactly).value(0));
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 15000);
        QCOMPARE(list->payoutsModel()->rowCount(), 0);
        auto *empty = list->payoutsView()->findChild<admin::EmptyState *>();
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->plainText().contains(QStringLiteral("sync-stripe")));
        QVERIFY(list->findChild<QTableView *>(QStringLiteral("payoutTransactions"))->isHidden());
        saveShot(window.payoutsPage(), QStringLiteral("payouts-empty.png"));

        // The month offered first is the last full one; this month says it is not over.
        admin::CashReconciliationTab *cash = window.payoutsPage()->cashTab();
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(cash->request().month, QDate(today.year(), today.month(), 1).addMonths(-1));
        QSignalSpy reconciled(cash, &admin::CashReconciliationTab::reportShown);
        cash->setMonth(today);
        QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty() && cash->report().request.month == QDate(today.year(), today.month(), 1), 15000);
        QVERIFY(!cash->report().complete);
        QVERIFY(!cash->findChild<QLabel *>(QStringLiteral("cashIncomplete"))->isHidden());
        QVERIFY(cash->findChild<QTableView *>(QStringLiteral("cashSettlements"))->findChild<admin::EmptyState *>()->plainText().contains(QStringLiteral("sync-stripe")));
    }
};

QTEST_MAIN(TestPayoutsPage)
#include "tst_payouts_page.moc"
