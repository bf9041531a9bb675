// A month's cash followed to the bank, against CashFixture's March 2026 worked out
// by hand (every figure to the cent): the month reconciles exactly with a partial
// refund, a lost and a won dispute, two paid payouts and a failed one; then each
// kind of disagreement finance must see is made once and shows as a difference
// with its cause and amounts. Also the payouts view's reads, the payout events'
// order rules and one report per currency.
#include "CashFixture.h"
#include "TestDatabase.h"
#include "billing/BillingStore.h"
#include "billing/CashReconciliation.h"
#include "billing/EventProcessor.h"
#include "billing/PayoutLedger.h"
#include "billing/PayoutMirror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace companion;
using billing::CashDifference;
using test::CashFixture;

class TestCashReconciliation : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_testDb; // a fresh one per test
    QSqlDatabase m_db;
    db::Dialect m_dialect = db::Dialect::SQLite;
    const qint64 m_afterMarch = CashFixture::at(31, 23) + 7200;

    billing::CashReport march(const QString &currency = QStringLiteral("usd")) const
    {
        return billing::CashReconciliation(m_db, m_dialect).read({CashFixture::month(), currency}, m_afterMarch);
    }

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        QVERIFY2(q.prepare(sql), qPrintable(sql));
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        QVERIFY2(q.exec(), qPrintable(sql));
    }

    static QString differencesOf(const billing::CashReport &report)
    {
        QStringList out;
        for (const CashDifference &d : report.differences)
            out << billing::CashReconciliation::kindName(d.kind) + QLatin1Char(' ') + d.objectId + QStringLiteral(": ") + d.cause;
        return out.join(QStringLiteral("; "));
    }

    QByteArray payoutEvent(const QString &eventId, const QString &type, const QString &status, qint64 created) const
    {
        const QJsonObject payout{{QStringLiteral("id"), QStringLiteral("po_event")},   {QStringLiteral("object"), QStringLiteral("payout")},
                                 {QStringLiteral("amount"), 1234},                       {QStringLiteral("currency"), QStringLiteral("usd")},
                                 {QStringLiteral("status"), status},                     {QStringLiteral("automatic"), true},
                                 {QStringLiteral("created"), CashFixture::at(5)},        {QStringLiteral("arrival_date"), CashFixture::at(6)},
                                 {QStringLiteral("balance_transaction"), QStringLiteral("txn_po_event")},
                                 {QStringLiteral("failure_code"), status == QLatin1String("failed") ? QJsonValue(QStringLiteral("account_closed")) : QJsonValue()}};
        const QJsonObject event{{QStringLiteral("id"), eventId},
                                {QStringLiteral("object"), QStringLiteral("event")},
                                {QStringLiteral("type"), type},
                                {QStringLiteral("created"), created},
                                {QStringLiteral("livemode"), false},
                                {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), payout}}}};
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

    QString payoutStatus() const
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT status FROM payouts WHERE id = 'po_event'"));
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_testDb = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_testDb->create(&error), qPrintable(error));
        m_db = m_testDb->openMigrated(&error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
        m_dialect = m_testDb->config().dialect;
        QVERIFY2(CashFixture::seed(m_db, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        m_testDb->closeConnections();
        m_testDb.reset();
    }

    // charges 9 × 999 = 8991; refunds 500; disputes −(−999 − 999 + 999) = 999;
    // fees 9 × 59 + 1500 + 1500 = 3531; net 8991 − 500 − 999 − 3531 = 3961.
    // po_c1 2820 + po_c2 761 = 3581 paid out; c8 (940, its payout failed) and the
    // won dispute's −2499 + 999 and c9's 940 are in the balance: 380.
    void aMonthWithRefundsDisputesAndAFailedPayoutReconcilesExactly()
    {
        const billing::CashReport r = march();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.matches(), qPrintable(differencesOf(r)));
        QVERIFY(r.complete);
        QCOMPARE(r.charges, 8991);
        QCOMPARE(r.refunds, 500);
        QCOMPARE(r.disputes, 999);
        QCOMPARE(r.fees, 3531);
        QCOMPARE(r.other, 0);
        QCOMPARE(r.net, 3961);
        QCOMPARE(r.paidOut, 3581);
        QCOMPARE(r.inTransit, 0);
        QCOMPARE(r.inBalance, 380);
        QCOMPARE(r.transactions, 13);
        // By category, charges first.
        QCOMPARE(r.categories.size(), 4);
        QCOMPARE(r.categories.at(0).category, QStringLiteral("charge"));
        QCOMPARE(r.categories.at(0).count, 9);
        QCOMPARE(r.categories.at(0).net, 8460);
        QCOMPARE(r.categories.at(1).category, QStringLiteral("refund"));
        QCOMPARE(r.categories.at(2).category, QStringLiteral("dispute"));
        QCOMPARE(r.categories.at(2).count, 2);
        QCOMPARE(r.categories.at(2).net, -4998);
        QCOMPARE(r.categories.at(3).category, QStringLiteral("dispute_reversal"));
        // Where it went: the payouts by arrival, then the balance.
        QCOMPARE(r.settlements.size(), 4);
        QCOMPARE(r.settlements.at(0).payoutId, QStringLiteral("po_c1"));
        QCOMPARE(r.settlements.at(0).amount, 2820);
        QCOMPARE(r.settlements.at(0).transactions, 3);
        QCOMPARE(r.settlements.at(1).payoutId, QStringLiteral("po_c2"));
        QCOMPARE(r.settlements.at(1).amount, 761);
        QCOMPARE(r.settlements.at(2).payoutId, QStringLiteral("po_c3"));
        QCOMPARE(r.settlements.at(2).status, QStringLiteral("failed"));
        QCOMPARE(r.settlements.at(2).amount, 940);
        QVERIFY(r.settlements.at(2).settledBy.isEmpty());
        QCOMPARE(r.settlements.at(2).failureMessage, QStringLiteral("The bank account has insufficient funds."));
        QVERIFY(r.settlements.at(3).payoutId.isEmpty());
        QCOMPARE(r.settlements.at(3).amount, -560);
        QCOMPARE(r.currencies, QStringList{QStringLiteral("usd")});

        // The failed payout's money goes out again with April's first payout.
        QString error;
        exec(QStringLiteral("INSERT INTO payouts (id, amount, currency, status, automatic, created, arrival_date, transactions_read, "
                            "last_event_created, livemode, updated_at) VALUES ('po_c4', 940, 'usd', 'paid', ?, ?, ?, ?, 0, ?, 0)"),
             {true, m_afterMarch, m_afterMarch + 86400, true, false});
        exec(QStringLiteral("UPDATE balance_transactions SET payout_id = 'po_c4' WHERE id = 'txn_pf3'"));
        const billing::CashReport again = march();
        QVERIFY2(again.matches(), qPrintable(differencesOf(again)));
        QCOMPARE(again.settlements.at(2).settledBy, QStringLiteral("po_c4"));
        QCOMPARE(again.paidOut, 3581 + 940);
        QCOMPARE(again.inBalance, -560);
    }

    // Stripe's fee of c5 gone from our copy: its invoice and its payout both disagree.
    void aRemovedFeeShowsWhereItWasMissed()
    {
        exec(QStringLiteral("UPDATE balance_transactions SET fee = 0, net = 999 WHERE id = 'txn_c5'"));
        const billing::CashReport r = march();
        QVERIFY(!r.matches());
        QCOMPARE(r.net, 3961 + 59);
        QCOMPARE(r.differences.size(), 2);
        const CashDifference &fee = r.differences.at(0);
        QCOMPARE(fee.kind, CashDifference::Kind::FeeDiffers);
        QCOMPARE(fee.objectId, QStringLiteral("ch_c5"));
        QCOMPARE(fee.invoiceId, QStringLiteral("in_c5"));
        QCOMPARE(fee.userId, QStringLiteral("cash2"));
        QCOMPARE(fee.expected, 59);
        QCOMPARE(fee.actual, 0);
        QVERIFY2(fee.cause.contains(QStringLiteral("$0.59")) && fee.cause.contains(QStringLiteral("$0.00")), qPrintable(fee.cause));
        const CashDifference &payout = r.differences.at(1);
        QCOMPARE(payout.kind, CashDifference::Kind::PayoutDoesNotAddUp);
        QCOMPARE(payout.objectId, QStringLiteral("po_c2"));
        QCOMPARE(payout.expected, 761);
        QCOMPARE(payout.actual, 820);
        QCOMPARE(payout.difference(), 59);
        QVERIFY2(payout.cause.contains(QStringLiteral("$7.61")) && payout.cause.contains(QStringLiteral("$8.20")), qPrintable(payout.cause));
    }

    void everyDisagreementHasItsCause()
    {
        QString error;
        // A paid invoice whose payment was never followed to a charge, and one whose charge is missing.
        QVERIFY2(CashFixture::addPaidInvoice(m_db, QStringLiteral("in_nocharge"), QStringLiteral("cash1"), {}, CashFixture::at(30), &error), qPrintable(error));
        QVERIFY2(CashFixture::addPaidInvoice(m_db, QStringLiteral("in_lost"), QStringLiteral("cash2"), QStringLiteral("ch_lost"), CashFixture::at(30), &error),
                 qPrintable(error));
        // A charge no invoice names.
        QVERIFY2(CashFixture::addTransaction(m_db, QStringLiteral("txn_stray"), QStringLiteral("charge"), 2500, 103, CashFixture::at(30), QStringLiteral("ch_stray"),
                                             {}, &error),
                 qPrintable(error));
        // The invoice says less was refunded, and nothing about the lost dispute's fee; one was paid less.
        exec(QStringLiteral("UPDATE invoices SET amount_refunded = 0 WHERE id = 'in_c2'"));
        exec(QStringLiteral("UPDATE invoices SET dispute_fee = 0 WHERE id = 'in_c3'"));
        exec(QStringLiteral("UPDATE invoices SET amount_paid = 899 WHERE id = 'in_c4'"));
        const billing::CashReport r = march();
        QVERIFY(!r.matches());
        QHash<CashDifference::Kind, CashDifference> byKind;
        for (const CashDifference &d : r.differences)
            byKind.insert(d.kind, d);
        QCOMPARE(r.differences.size(), 6);
        QCOMPARE(byKind.value(CashDifference::Kind::InvoiceWithoutCharge).expected, 999);
        QVERIFY(byKind.value(CashDifference::Kind::InvoiceWithoutCharge).cause.contains(QStringLiteral("sync-stripe")));
        int withoutCharge = 0;
        for (const CashDifference &d : r.differences)
            withoutCharge += d.kind == CashDifference::Kind::InvoiceWithoutCharge;
        QCOMPARE(withoutCharge, 2);
        QCOMPARE(byKind.value(CashDifference::Kind::ChargeWithoutInvoice).objectId, QStringLiteral("ch_stray"));
        QCOMPARE(byKind.value(CashDifference::Kind::ChargeWithoutInvoice).actual, 2500);
        QCOMPARE(byKind.value(CashDifference::Kind::RefundDiffers).invoiceId, QStringLiteral("in_c2"));
        QCOMPARE(byKind.value(CashDifference::Kind::RefundDiffers).expected, 0);
        QCOMPARE(byKind.value(CashDifference::Kind::RefundDiffers).actual, 500);
        QCOMPARE(byKind.value(CashDifference::Kind::DisputeDiffers).invoiceId, QStringLiteral("in_c3"));
        QCOMPARE(byKind.value(CashDifference::Kind::DisputeDiffers).expected, 999);
        QCOMPARE(byKind.value(CashDifference::Kind::DisputeDiffers).actual, 2499);
        QCOMPARE(byKind.value(CashDifference::Kind::AmountDiffers).invoiceId, QStringLiteral("in_c4"));
        QCOMPARE(byKind.value(CashDifference::Kind::AmountDiffers).difference(), 100);
    }

    // A charge and its invoice are matched over a window a few days wider than the month;
    // a partner further away is still found, by id, and still compared.
    void aPaymentWhosePartnerLiesDaysAwayStillMatches()
    {
        QString error;
        const qint64 day = 86400;
        // Charged on 31 March, the invoice marked paid on 7 April (the mirror caught up late).
        QVERIFY2(CashFixture::addTransaction(m_db, QStringLiteral("txn_late"), QStringLiteral("charge"), 999, 59, CashFixture::at(31, 22),
                                             QStringLiteral("ch_late"), {}, &error),
                 qPrintable(error));
        QVERIFY2(CashFixture::addPaidInvoice(m_db, QStringLiteral("in_late"), QStringLiteral("cash1"), QStringLiteral("ch_late"),
                                             CashFixture::at(31, 22) + 7 * day, &error),
                 qPrintable(error));
        // Paid on 1 March by a charge of 20 February.
        QVERIFY2(CashFixture::addTransaction(m_db, QStringLiteral("txn_early"), QStringLiteral("charge"), 999, 59, CashFixture::at(1, 0) - 9 * day,
                                             QStringLiteral("ch_early"), {}, &error),
                 qPrintable(error));
        QVERIFY2(CashFixture::addPaidInvoice(m_db, QStringLiteral("in_early"), QStringLiteral("cash2"), QStringLiteral("ch_early"), CashFixture::at(1, 1),
                                             &error),
                 qPrintable(error));
        billing::CashReport r = march();
        QVERIFY2(r.matches(), qPrintable(differencesOf(r)));
        QCOMPARE(r.charges, 8991 + 999);

        // The far invoice disagrees: its charge's month says so.
        exec(QStringLiteral("UPDATE invoices SET amount_paid = 899 WHERE id = 'in_late'"));
        r = march();
        QCOMPARE(r.differences.size(), 1);
        QCOMPARE(r.differences.constFirst().kind, CashDifference::Kind::AmountDiffers);
        QCOMPARE(r.differences.constFirst().objectId, QStringLiteral("ch_late"));
        QCOMPARE(r.differences.constFirst().invoiceId, QStringLiteral("in_late"));
        QCOMPARE(r.differences.constFirst().difference(), 100);
    }

    void theMonthInProgressSaysSo()
    {
        const billing::CashReport r = billing::CashReconciliation(m_db, m_dialect).read({CashFixture::month(), QStringLiteral("usd")}, CashFixture::at(20));
        QVERIFY(!r.complete);
        QVERIFY(r.matches());
    }

    // One report per currency: euros never mix with dollars.
    void eachCurrencyIsItsOwnReport()
    {
        QString error;
        QVERIFY2(CashFixture::addTransaction(m_db, QStringLiteral("txn_eur"), QStringLiteral("charge"), 899, 41, CashFixture::at(9), QStringLiteral("ch_eur"), {},
                                             &error, QStringLiteral("eur")),
                 qPrintable(error));
        const billing::CashReport usd = march();
        QCOMPARE(usd.currencies, (QStringList{QStringLiteral("eur"), QStringLiteral("usd")}));
        QCOMPARE(usd.charges, 8991);
        QVERIFY(usd.matches());
        const billing::CashReport eur = march(QStringLiteral("eur"));
        QCOMPARE(eur.charges, 899);
        QCOMPARE(eur.net, 858);
        QCOMPARE(eur.inBalance, 858);
        QCOMPARE(eur.differences.size(), 1); // a charge of no invoice of ours
        QVERIFY(eur.differences.at(0).cause.contains(QStringLiteral("€8.99")) || eur.differences.at(0).cause.contains(QStringLiteral("8.99")));
    }

    // The itemized lines, for the CSV: every transaction of the month, payouts' own debits included.
    void everyLineOfTheMonthIsListed()
    {
        QList<billing::CashLine> lines;
        QString error;
        QVERIFY2(billing::CashReconciliation(m_db, m_dialect)
                     .lines({CashFixture::month(), QStringLiteral("usd")}, [&lines](const billing::CashLine &l) { lines.append(l); return true; }, &error),
                 qPrintable(error));
        QCOMPARE(lines.size(), 13 + 3 + 1); // activity, three payout debits, the failed payout's return
        QCOMPARE(lines.first().balanceTransactionId, QStringLiteral("txn_c1"));
        QCOMPARE(lines.first().invoiceId, QStringLiteral("in_c1"));
        QCOMPARE(lines.first().email, QStringLiteral("cash1@example.com"));
        QCOMPARE(lines.first().payoutId, QStringLiteral("po_c1"));
        QCOMPARE(lines.first().payoutStatus, QStringLiteral("paid"));
        QCOMPARE(lines.first().net, 940);
        // A reader that stops early stops the read.
        int read = 0;
        QVERIFY(billing::CashReconciliation(m_db, m_dialect).lines({CashFixture::month(), QStringLiteral("usd")}, [&read](const billing::CashLine &) { return ++read < 5; }, &error));
        QCOMPARE(read, 5);
    }

    void thePayoutsViewGroupsWhatEachCarried()
    {
        const billing::PayoutLedger ledger(m_db, m_dialect);
        QList<billing::PayoutRow> rows;
        QString error;
        QVERIFY2(ledger.payouts({}, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).id, QStringLiteral("po_c3")); // the latest arrival first
        QVERIFY(rows.at(0).failed());
        QCOMPARE(rows.at(0).failureCode, QStringLiteral("insufficient_funds"));
        QCOMPARE(rows.at(1).id, QStringLiteral("po_c2"));
        QCOMPARE(rows.at(1).transactions, 6);
        QCOMPARE(rows.at(1).transactionsNet, 761);
        QVERIFY(rows.at(1).addsUp());
        const billing::PayoutDetail detail = ledger.detail(QStringLiteral("po_c2"));
        QVERIFY2(detail.error.isEmpty(), qPrintable(detail.error));
        QCOMPARE(detail.categories.size(), 3);
        QCOMPARE(detail.categories.at(0).category, QStringLiteral("charge"));
        QCOMPARE(detail.categories.at(0).count, 4);
        QCOMPARE(detail.categories.at(0).gross, 3996);
        QCOMPARE(detail.categories.at(0).fee, 236);
        QCOMPARE(detail.categories.at(0).net, 3760);
        QCOMPARE(detail.categories.at(1).net, -500);
        QCOMPARE(detail.categories.at(2).net, -2499);
        QCOMPARE(detail.transactions.size(), 6);
        QCOMPARE(detail.transactions.at(0).invoiceId, QStringLiteral("in_c4"));
        QCOMPARE(detail.transactions.at(0).email, QStringLiteral("cash1@example.com"));
        QCOMPARE(detail.transactions.at(5).reportingCategory, QStringLiteral("dispute"));
        QCOMPARE(detail.transactions.at(5).invoiceId, QStringLiteral("in_c3"));
        QCOMPARE(ledger.currencies(&error), QStringList{QStringLiteral("usd")});
        QVERIFY(!ledger.detail(QStringLiteral("po_none")).error.isEmpty());
        // A payout whose transactions no longer add up says so.
        exec(QStringLiteral("DELETE FROM balance_transactions WHERE id = 'txn_c4'"));
        QVERIFY(ledger.payouts(QStringLiteral("usd"), &rows, &error));
        QCOMPARE(rows.at(1).transactionsNet, 761 - 940);
        QVERIFY(!rows.at(1).addsUp());
    }

    // payout.* events: stored once, in Stripe's order whatever the arrival order.
    void payoutEventsMoveThePayoutForwardOnly()
    {
        billing::EventProcessor processor(m_db, m_dialect);
        const qint64 t = CashFixture::at(5, 12);
        QCOMPARE(processor.process(payoutEvent(QStringLiteral("evt_po_paid"), QStringLiteral("payout.paid"), QStringLiteral("paid"), t + 60), t + 61).outcome,
                 billing::Outcome::Applied);
        QCOMPARE(payoutStatus(), QStringLiteral("paid"));
        // The older "created" arrives late: it changes nothing.
        QCOMPARE(processor.process(payoutEvent(QStringLiteral("evt_po_created"), QStringLiteral("payout.created"), QStringLiteral("pending"), t), t + 62).outcome,
                 billing::Outcome::Applied);
        QCOMPARE(payoutStatus(), QStringLiteral("paid"));
        // The same second: the later state in a payout's life wins.
        QCOMPARE(processor.process(payoutEvent(QStringLiteral("evt_po_transit"), QStringLiteral("payout.updated"), QStringLiteral("in_transit"), t + 60), t + 63).outcome,
                 billing::Outcome::Applied);
        QCOMPARE(payoutStatus(), QStringLiteral("paid"));
        // Failing after it was paid (a bank returns it days later).
        processor.process(payoutEvent(QStringLiteral("evt_po_failed"), QStringLiteral("payout.failed"), QStringLiteral("failed"), t + 86400), t + 86401);
        QCOMPARE(payoutStatus(), QStringLiteral("failed"));
        QCOMPARE(test::countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM payouts WHERE id = 'po_event' AND failure_code = 'account_closed' "
                                                      "AND balance_transaction_id = 'txn_po_event'")),
                 1);
        // A redelivery is a duplicate.
        QCOMPARE(processor.process(payoutEvent(QStringLiteral("evt_po_failed"), QStringLiteral("payout.failed"), QStringLiteral("failed"), t + 86400), t + 86402).outcome,
                 billing::Outcome::Duplicate);
    }

    // What a balance transaction's source says about its charge.
    void theChargeOfATransaction()
    {
        using billing::PayoutMirror;
        QCOMPARE(PayoutMirror::chargeOf({{QStringLiteral("source"), QStringLiteral("ch_1")}}), QStringLiteral("ch_1"));
        QCOMPARE(PayoutMirror::chargeOf({{QStringLiteral("source"), QStringLiteral("re_1")}}), QString());
        QCOMPARE(PayoutMirror::chargeOf({{QStringLiteral("source"), QJsonObject{{QStringLiteral("object"), QStringLiteral("refund")},
                                                                              {QStringLiteral("charge"), QStringLiteral("ch_2")}}}}),
                 QStringLiteral("ch_2"));
        QCOMPARE(PayoutMirror::chargeOf({{QStringLiteral("source"), QJsonObject{{QStringLiteral("object"), QStringLiteral("dispute")},
                                                                              {QStringLiteral("charge"), QJsonObject{{QStringLiteral("id"), QStringLiteral("ch_3")}}}}}}),
                 QStringLiteral("ch_3"));
        QCOMPARE(PayoutMirror::chargeOf({{QStringLiteral("source"), QJsonObject{{QStringLiteral("object"), QStringLiteral("payout")},
                                                                              {QStringLiteral("id"), QStringLiteral("po_1")}}}}),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestCashReconciliation)
#include "tst_cash_reconciliation.moc"
