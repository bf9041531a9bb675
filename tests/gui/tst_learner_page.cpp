// A support person's whole day on the learner page, driven as they would drive it,
// against the real sandbox, the real server receiving its webhooks, the real keychain
// and both databases: find learners by a surname, a domain and an invoice id; refund
// part of a payment and see it on the invoice and in the audit log; cancel now with a
// prorated refund in the one Cancel dialog; read why a renewal was declined; send a
// card update link, complete it, see the new card and the overdue invoice paid.
#include "AdminStartup.h"
#include "BillingStack.h"
#include "DeskTestSupport.h"
#include "SandboxClient.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"
#include "actions/LearnerFinder.h"
#include "dialogs/CancelSubscriptionDialog.h"
#include "dialogs/LinkDialog.h"
#include "dialogs/RefundDialog.h"
#include "dialogs/UserDetailDialog.h"
#include "models/UsersModel.h"
#include "pages/UsersPage.h"
#include "secrets/KeychainStore.h"
#include "settings/SupportSettings.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;

namespace {

constexpr int kWaitMs = 30000;

bool seedUsers(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral(
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
               "INSERT INTO users (id, email, name, created_at, updated_at) "
               "SELECT 'usr_bulk_' || i, 'learner' || i || '@bulk.example', 'Learner ' || i, 1700000000 + i, 1700000000 + i FROM n"))
        && q.exec(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at) VALUES "
                                 "('usr_ada', 'ada@analytical.example', 'Ada Lovelace', 1700000000, 1700000000), "
                                 "('usr_grace', 'grace@navy.example', 'Grace Brewster Hopper', 1700000000, 1700000000)"));
}

QString screenshotDir()
{
    return qEnvironmentVariable("COMPANION_SCREENSHOT_DIR");
}

void shoot(QWidget *widget, const QString &name)
{
    if (const QString dir = screenshotDir(); !dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name));
}

int rowOfInvoice(QTableWidget *table, const QString &invoiceId)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == invoiceId)
            return row;
    }
    return -1;
}

} // namespace

class TestLearnerPage : public QObject
{
    Q_OBJECT

    test::BillingStack *m_stack = nullptr;
    admin::MainWindow *m_window = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;

    // Types `text` into the desk's one search box (reached with Ctrl+K) and waits for `rows` rows.
    void search(const QString &text, int rows)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(m_search->hasFocus());
        QTest::keyClicks(m_search, text);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->usersPage()->model()->search(), text, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), rows, kWaitMs);
    }

    // Opens the learner through the desk's checkout link, paid with `card` in the sandbox.
    admin::UserDetailDialog *subscribe(const QString &userId, const QString &card)
    {
        auto *detail = m_window->openUser(userId);
        if (!QTest::qWaitFor([&] { return detail->dossier().user.id == userId; }, kWaitMs))
            return nullptr;
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("checkoutLinkButton")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return detail->checkoutLinkDialog() != nullptr; }, kWaitMs))
            return nullptr;
        const QString url = detail->checkoutLinkDialog()->url().toString();
        detail->checkoutLinkDialog()->close();
        const QString session = url.section(u'/', -1).section(u'#', 0, 0);
        if (m_stack->sandbox().post(QStringLiteral("/v1/test_helpers/checkout/sessions/%1/complete").arg(session),
                                    {{QStringLiteral("card"), card}}).status != 200)
            return nullptr;
        auto *summary = detail->findChild<QLabel *>(QStringLiteral("entitlementSummary"));
        if (!QTest::qWaitFor([&] { return summary->text().startsWith(QStringLiteral("Premium until")); }, kWaitMs))
            return nullptr;
        // The payment picture follows once the learner is a Stripe customer.
        if (!QTest::qWaitFor([&] { return detail->paymentsLoaded() && !detail->payments().invoices.isEmpty(); }, kWaitMs))
            return nullptr;
        return detail;
    }

    // Presses Refresh, as support would, until `seen` holds (each time after both our copy
    // and Stripe's payment picture have been read again).
    static bool refreshUntil(admin::UserDetailDialog *detail, const std::function<bool()> &seen)
    {
        auto *refresh = detail->findChild<QPushButton *>(QStringLiteral("refreshButton"));
        for (int i = 0; i < 30 && !seen(); ++i) {
            QSignalSpy read(detail, &admin::UserDetailDialog::paymentsRead);
            QSignalSpy loaded(detail, &admin::UserDetailDialog::loaded);
            QTest::mouseClick(refresh, Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return !read.isEmpty() && !loaded.isEmpty(); }, kWaitMs))
                return false;
            if (!seen())
                QTest::qWait(300);
        }
        return seen();
    }

private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
    }

    void aSupportPersonsDay()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(seedUsers(db));
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        m_stack = &stack;
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(test::kServerWebhookSecret), &error), qPrintable(error));
        test::SandboxClient &sandbox = stack.sandbox();

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        test::deskProfile(settings, QStringLiteral("learner-page"), testDb.config().dialect, sandbox.baseUrl());
        admin::SupportSettings::setOperatorName(settings, QStringLiteral("Dana Support"));
        admin::SupportSettings::setPriceIds(settings, stack.premiumPrice(), QString());
        admin::KeychainStore keychain(&settings);
        QVERIFY(test::storeStripeKey(keychain, QString::fromLatin1(test::SandboxClient::kKey)));

        admin::MainWindow window(testDb.config(), &settings);
        m_window = &window;
        test::scriptConfirmations(window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_view = window.findChild<QTableView *>(QStringLiteral("usersView"));
        m_search = window.findChild<QLineEdit *>(QStringLiteral("usersSearch"));
        QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowCount() > 0, kWaitMs);

        // "Hopper" is her surname, in the middle of her name; "navy.example" her domain.
        search(QStringLiteral("hopper"), 1);
        QCOMPARE(m_view->model()->index(0, admin::UsersModel::Email).data().toString(), QStringLiteral("grace@navy.example"));
        m_search->clear();
        search(QStringLiteral("navy.example"), 1);
        shoot(&window, QStringLiteral("find-by-domain.png"));
        // Enter with one match opens her.
        QTest::keyClick(m_search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<admin::UserDetailDialog *>(QStringLiteral("userDetail")), kWaitMs);

        // Grace pays with 4242; she asks for part of it back (charged twice, says she).
        admin::UserDetailDialog *grace = subscribe(QStringLiteral("usr_grace"), QStringLiteral("4242424242424242"));
        QVERIFY(grace);
        auto *card = grace->findChild<QLabel *>(QStringLiteral("paymentCard"));
        QVERIFY2(card->text().startsWith(QStringLiteral("Visa •••• 4242, expires ")), qPrintable(card->text()));
        QVERIFY2(grace->findChild<QLabel *>(QStringLiteral("paymentLast"))->text().startsWith(QStringLiteral("Paid $9.99")),
                 qPrintable(grace->findChild<QLabel *>(QStringLiteral("paymentLast"))->text()));
        QVERIFY2(grace->findChild<QLabel *>(QStringLiteral("paymentNext"))->text().startsWith(QStringLiteral("$9.99 on ")),
                 qPrintable(grace->findChild<QLabel *>(QStringLiteral("paymentNext"))->text()));
        const billing::InvoiceView first = grace->payments().invoices.first();
        QCOMPARE(first.amountPaid, 999);
        QVERIFY(first.hostedUrl.startsWith(sandbox.baseUrl().toString()));
        QVERIFY(!first.pdfUrl.isEmpty());
        auto *invoices = grace->findChild<QTableWidget *>(QStringLiteral("invoicesTable"));
        const int row = rowOfInvoice(invoices, first.id);
        QVERIFY(row >= 0);
        QCOMPARE(invoices->item(row, 1)->text(), first.number);
        invoices->selectRow(row);
        QVERIFY(grace->findChild<QPushButton *>(QStringLiteral("openInvoicePdfButton"))->isEnabled());
        QVERIFY(grace->findChild<QPushButton *>(QStringLiteral("copyInvoiceLinkButton"))->isEnabled());
        // The sandbox has no Dashboard, and says so rather than opening nothing.
        auto *dashboard = grace->findChild<QPushButton *>(QStringLiteral("invoiceDashboardButton"));
        QVERIFY(!dashboard->isEnabled());
        QVERIFY(dashboard->toolTip().contains(QStringLiteral("sandbox")));

        QTest::mouseClick(grace->findChild<QPushButton *>(QStringLiteral("refundInvoiceButton")), Qt::LeftButton);
        admin::RefundDialog *refund = grace->refundDialog();
        QVERIFY(refund && refund->isVisible());
        auto *refundOk = refund->findChild<QPushButton *>(QStringLiteral("confirmRefundButton"));
        QVERIFY(!refundOk->isEnabled());
        refund->findChild<QDoubleSpinBox *>(QStringLiteral("refundAmount"))->setValue(4.00);
        QVERIFY(refund->findChild<QRadioButton *>(QStringLiteral("refundPartial"))->isChecked());
        auto *reasons = refund->findChild<QComboBox *>(QStringLiteral("refundReason"));
        reasons->setCurrentIndex(reasons->findData(QStringLiteral("duplicate")));
        QVERIFY(!refundOk->isEnabled()); // no note yet
        QTest::keyClicks(refund->findChild<QLineEdit *>(QStringLiteral("refundNote")), QStringLiteral("charged twice, ticket 77"));
        QVERIFY(refundOk->isEnabled());
        QCOMPARE(refundOk->text(), QStringLiteral("Refund $4.00"));
        QVERIFY(!refundOk->isDefault()); // Enter says "Don't refund"
        shoot(refund, QStringLiteral("refund-dialog.png"));
        QTest::mouseClick(refundOk, Qt::LeftButton);
        auto *status = grace->findChild<QLabel *>(QStringLiteral("actionStatus"));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("$4.00 refunded.")), qPrintable(status->text()), kWaitMs);
        // On the invoice (from Stripe at once), in our copy (by Stripe's webhook) and in the audit log.
        QTRY_VERIFY_WITH_TIMEOUT(grace->payments().invoices.first().amountRefunded == 400, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(invoices->item(rowOfInvoice(invoices, first.id), 6)->text(), QStringLiteral("$4.00"), kWaitMs);
        QCOMPARE(invoices->item(rowOfInvoice(invoices, first.id), 2)->text(), QStringLiteral("paid, partly refunded"));
        QTRY_COMPARE_WITH_TIMEOUT(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE id = '%1' AND amount_refunded = 400").arg(first.id)),
                                  1, kWaitMs);
        QSqlQuery audit(db);
        QVERIFY(audit.exec(QStringLiteral("SELECT actor, reason, after_state, stripe_request_id, target_id FROM audit_log WHERE action = 'refund.create'")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), QStringLiteral("Dana Support"));
        QCOMPARE(audit.value(1).toString(), QStringLiteral("charged twice, ticket 77"));
        const QJsonObject after = QJsonDocument::fromJson(audit.value(2).toByteArray()).object();
        QCOMPARE(after.value(QStringLiteral("amount")).toInt(), 400);
        QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("duplicate"));
        QVERIFY(audit.value(3).toString().startsWith(QStringLiteral("req_")));
        QVERIFY(audit.value(4).toString().startsWith(QStringLiteral("re_")));
        audit.finish(); // an open SQLite read would keep this connection on the old snapshot
        // Money back is not access taken away.
        QVERIFY(grace->findChild<QLabel *>(QStringLiteral("entitlementSummary"))->text().startsWith(QStringLiteral("Premium until")));
        auto *tabs = grace->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        tabs->setCurrentWidget(grace->findChild<QWidget *>(QStringLiteral("invoicesTab")));
        shoot(grace, QStringLiteral("learner-refunded.png"));

        // She leaves: cancel now with a prorated refund of the rest of the month, in one dialog.
        if (!screenshotDir().isEmpty()) { // the dialog as support answers it
            QTest::mouseClick(grace->findChild<QPushButton *>(QStringLiteral("cancelSubscriptionButton")), Qt::LeftButton);
            QTRY_VERIFY(grace->cancelDialog());
            auto *cancel = grace->cancelDialog();
            cancel->findChild<QRadioButton *>(QStringLiteral("cancelNow"))->click();
            cancel->findChild<QRadioButton *>(QStringLiteral("refundProrated"))->click();
            QTest::keyClicks(cancel->findChild<QLineEdit *>(QStringLiteral("cancelReason")), QStringLiteral("moving abroad"));
            shoot(cancel, QStringLiteral("cancel-dialog.png"));
            cancel->reject();
            QTRY_VERIFY(!grace->cancelDialog());
        }
        QString why;
        QVERIFY2(test::cancelThroughDialog(grace, QStringLiteral("cancelNow"), QStringLiteral("refundProrated"), QStringLiteral("moving abroad"), {}, &why),
                 qPrintable(why));
        QTRY_VERIFY2_WITH_TIMEOUT(!grace->actions()->isBusy() && status->text().startsWith(QStringLiteral("The subscription has ended; Premium is off.")),
                                  qPrintable(status->text()), kWaitMs);
        QVERIFY2(status->text().contains(QStringLiteral("Premium is off. $5.99 refunded.")), qPrintable(status->text()));
        QTRY_COMPARE_WITH_TIMEOUT(grace->findChild<QLabel *>(QStringLiteral("entitlementSummary"))->text(), QStringLiteral("Free"), kWaitMs);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'subscription.cancel_now' AND reason = 'moving abroad'")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refund.create'")), 2);
        // At Stripe: the charge refunded in two parts, the second what was unused of 9.99 less the 4.00 (all of it, minutes in).
        const QJsonObject charge = sandbox.get(QStringLiteral("/v1/charges/") + first.chargeId).body;
        QCOMPARE(charge.value(QStringLiteral("amount_refunded")).toInt(), 999);
        QVERIFY(charge.value(QStringLiteral("refunded")).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(grace->payments().invoices.first().refunds.size() == 2, kWaitMs);
        grace->close();

        // Ada pays with a card that later declines (Stripe's 0341); a month on, the renewal fails.
        m_search->clear();
        search(QStringLiteral("lovelace"), 1);
        QTest::keyClick(m_search, Qt::Key_Return);
        admin::UserDetailDialog *ada = subscribe(QStringLiteral("usr_ada"), QStringLiteral("4000000000000341"));
        QVERIFY(ada);
        const QString firstInvoice = ada->payments().invoices.first().id;
        QVERIFY(sandbox.advanceDays(31).status == 200);
        auto *last = ada->findChild<QLabel *>(QStringLiteral("paymentLast"));
        QVERIFY2(refreshUntil(ada, [&] { return last->text().startsWith(QStringLiteral("Declined")); }), qPrintable(last->text()));
        QVERIFY2(last->text().contains(QStringLiteral("(Stripe: ")), qPrintable(last->text()));
        QCOMPARE(ada->payments().lastPayment.code, QStringLiteral("card_declined"));
        // The webhook marked her at risk: Premium while Stripe retries.
        auto *reason = ada->findChild<QLabel *>(QStringLiteral("entitlementReason"));
        QVERIFY2(refreshUntil(ada, [&] { return reason->text().contains(QStringLiteral("The last payment failed")); }), qPrintable(reason->text()));
        shoot(ada, QStringLiteral("learner-declined.png"));

        // A card update link; Ada enters 4242 on Stripe's page; the overdue invoice is paid with it.
        QTest::mouseClick(ada->findChild<QPushButton *>(QStringLiteral("cardUpdateLinkButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ada->cardUpdateLinkDialog(), kWaitMs);
        admin::LinkDialog *link = ada->cardUpdateLinkDialog();
        const QUrl portal = link->url();
        QVERIFY2(portal.toString().startsWith(sandbox.baseUrl().toString() + QStringLiteral("/p/session/")), qPrintable(portal.toString()));
        QCOMPARE(link->findChild<QLineEdit *>(QStringLiteral("linkUrl"))->text(), portal.toString());
        shoot(link, QStringLiteral("card-update-link.png"));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'portal.card_update_link' AND user_id = 'usr_ada'")), 1);
        QCOMPARE(sandbox.post(portal.path() + QStringLiteral("/payment_method"), {{QStringLiteral("card"), QStringLiteral("4242424242424242")}}).status, 200);
        link->close();
        QTRY_VERIFY2_WITH_TIMEOUT(ada->findChild<QLabel *>(QStringLiteral("paymentCard"))->text().startsWith(QStringLiteral("Visa •••• 4242")),
                                  qPrintable(ada->findChild<QLabel *>(QStringLiteral("paymentCard"))->text()), kWaitMs);
        QVERIFY2(ada->findChild<QLabel *>(QStringLiteral("paymentOtherCards"))->text().contains(QStringLiteral("•••• 0341")),
                 qPrintable(ada->findChild<QLabel *>(QStringLiteral("paymentOtherCards"))->text()));
        QTRY_VERIFY2_WITH_TIMEOUT(last->text().startsWith(QStringLiteral("Paid $9.99")), qPrintable(last->text()), kWaitMs);
        // Stripe's webhook about the paid invoice ends the risk.
        QVERIFY2(refreshUntil(ada, [&] { return !reason->text().contains(QStringLiteral("The last payment failed")); }), qPrintable(reason->text()));
        shoot(ada, QStringLiteral("learner-new-card.png"));
        ada->close();

        // Her first invoice's id, pasted into the search box, opens her again.
        m_search->clear();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(m_search->hasFocus());
        QTest::keyClicks(m_search, firstInvoice);
        QTest::keyClick(m_search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (auto *d : window.findChildren<admin::UserDetailDialog *>(QStringLiteral("userDetail"))) {
                    if (d->isVisible() && d->userId() == QLatin1String("usr_ada"))
                        return true;
                }
                return false;
            }(),
            kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 1, kWaitMs); // the list shows her too
        QCOMPARE(m_view->model()->index(0, admin::UsersModel::Email).data().toString(), QStringLiteral("ada@analytical.example"));

        // An id our tables have never seen (a payment method) is asked of Stripe.
        const QJsonObject customer = sandbox.get(QStringLiteral("/v1/customers"), QUrlQuery(QStringLiteral("email=ada@analytical.example"))).body;
        const QString customerId = customer.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        const QJsonArray methods = sandbox.get(QStringLiteral("/v1/customers/%1/payment_methods").arg(customerId)).body.value(QStringLiteral("data")).toArray();
        QVERIFY(!methods.isEmpty());
        QSignalSpy found(window.learnerFinder(), &admin::LearnerFinder::found);
        m_search->clear();
        QTest::keyClicks(m_search, methods.first().toObject().value(QStringLiteral("id")).toString());
        QTest::keyClick(m_search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, kWaitMs);
        QCOMPARE(found.first().first().toString(), QStringLiteral("usr_ada"));
        // And one Stripe does not know is said in words.
        m_search->clear();
        QTest::keyClicks(m_search, QStringLiteral("ch_doesnotexist0000"));
        QTest::keyClick(m_search, Qt::Key_Return);
        auto *usersStatus = window.findChild<QLabel *>(QStringLiteral("usersStatus"));
        QTRY_VERIFY2_WITH_TIMEOUT(usersStatus->text().contains(QStringLiteral("no such charge")), qPrintable(usersStatus->text()), kWaitMs);

        QVERIFY(test::removeStripeKey(keychain));
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }
};

QTEST_MAIN(TestLearnerPage)
#include "tst_learner_page.moc"
