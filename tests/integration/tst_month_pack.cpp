// The month-end pack on CashFixture's March 2026 (worked out by hand in
// tst_cash_reconciliation): it carries the cash reconciled to the cent and the
// payouts due at the bank; closing the month freezes the whole pack under one
// content hash, so a later change (Stripe's fee gone from our copy) shows in the
// live pack while the frozen one stays as it was, and an edit of the stored pack
// is caught by its hash. Months closed before packs keep verifying.
#include "CashFixture.h"
#include "TestDatabase.h"
#include "billing/FiguresJson.h"
#include "billing/MonthPackBuilder.h"
#include "billing/PeriodClose.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace companion;
using test::CashFixture;

class TestMonthPack : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    QSqlDatabase m_db;
    db::Dialect m_dialect = db::Dialect::SQLite;
    const qint64 m_afterMarch = CashFixture::at(31, 23) + 7200;

    std::optional<billing::MonthPack> march(QString *error) const
    {
        return billing::MonthPackBuilder(m_db, m_dialect).build(CashFixture::month(), billing::MrrMode::Companion, QStringLiteral("usd"),
                                                                m_afterMarch, error);
    }

    std::optional<billing::ClosedPeriod> closedMarch() const
    {
        const auto closed = billing::PeriodClose(m_db, m_dialect).closed(billing::MrrMode::Companion, QStringLiteral("usd"));
        return closed.contains(CashFixture::month()) ? std::optional(closed.value(CashFixture::month())) : std::nullopt;
    }

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        QVERIFY2(q.prepare(sql), qPrintable(sql));
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    static QStringList payoutIds(const billing::MonthPack &pack)
    {
        QStringList out;
        for (const billing::PayoutRow &p : pack.payouts)
            out << p.id + u'/' + p.status;
        return out;
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

    void aClosedMonthFreezesItsCashAndPayouts()
    {
        QString error;
        const auto pack = march(&error);
        QVERIFY2(pack, qPrintable(error));
        // The cash as worked out by hand: net $39.61 = paid out $35.81 + in the balance $3.80, no difference.
        QCOMPARE(pack->cash.net, 3961);
        QCOMPARE(pack->cash.paidOut, 3581);
        QCOMPARE(pack->cash.inBalance, 380);
        QVERIFY(pack->cash.differences.isEmpty());
        QCOMPARE(pack->cash.settlements.size(), 4);
        // What reached (or bounced off) the bank in March, by arrival.
        QCOMPARE(payoutIds(*pack), (QStringList{QStringLiteral("po_c1/paid"), QStringLiteral("po_c2/paid"), QStringLiteral("po_c3/failed")}));
        QCOMPARE(pack->payouts.at(2).failureMessage, QStringLiteral("The bank account has insufficient funds."));
        QCOMPARE(pack->figures.start, CashFixture::month());
        QCOMPARE(pack->trend.constLast().start, CashFixture::month());
        QVERIFY(pack->trend.size() <= billing::MonthPackBuilder::kTrendMonths);
        // Its JSON is the whole pack: read back, it writes the same bytes.
        const QJsonObject json = pack->toJson();
        const auto again = billing::MonthPack::fromJson(json, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(QJsonDocument(again->toJson()).toJson(QJsonDocument::Compact), QJsonDocument(json).toJson(QJsonDocument::Compact));

        // Closed: the stored pack is that JSON, and the content hash is its SHA-256.
        const auto closed = billing::PeriodClose(m_db, m_dialect).close(CashFixture::month(), billing::MrrMode::Companion, QStringLiteral("usd"),
                                                                        QStringLiteral("Fin Ance"), m_afterMarch, &error);
        QVERIFY2(closed, qPrintable(error));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT pack, content_hash FROM revenue_closes")) && q.next());
        const QByteArray stored = q.value(0).toString().toUtf8();
        QCOMPARE(stored, QJsonDocument(json).toJson(QJsonDocument::Compact));
        QCOMPARE(q.value(1).toString(), QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()));
        QVERIFY(closedMarch()->intact());

        // Stripe's fee of c5 gone from our copy: the live pack shows both differences, the frozen one is unchanged.
        exec(QStringLiteral("UPDATE balance_transactions SET fee = 0, net = 999 WHERE id = 'txn_c5'"));
        const auto live = march(&error);
        QVERIFY2(live, qPrintable(error));
        QCOMPARE(live->cash.net, 3961 + 59);
        QCOMPARE(live->cash.differences.size(), 2);
        const auto frozen = billing::MonthPack::fromJson(closedMarch()->pack, &error);
        QVERIFY2(frozen, qPrintable(error));
        QCOMPARE(frozen->cash.net, 3961);
        QVERIFY(frozen->cash.differences.isEmpty());
        QVERIFY(closedMarch()->intact());
        // Closing again is refused: frozen means frozen.
        QVERIFY(!billing::PeriodClose(m_db, m_dialect).close(CashFixture::month(), billing::MrrMode::Companion, QStringLiteral("usd"),
                                                             QStringLiteral("Fin Ance"), m_afterMarch, &error));
        QVERIFY2(error.contains(QStringLiteral("already closed")), qPrintable(error));

        // Someone with the owner's rights edits the stored net: the hash no longer matches.
        exec(QStringLiteral("UPDATE revenue_closes SET pack = ?"),
             {QString::fromUtf8(stored).replace(QStringLiteral("\"net\":3961"), QStringLiteral("\"net\":4020"))});
        QVERIFY(!closedMarch()->intact());
    }

    // A month closed by an older version: figures only, hashed alone. It still
    // verifies, and only the figures it was closed with are compared for a restatement.
    void aMonthClosedBeforePacksStillVerifies()
    {
        const QJsonObject figures{{QStringLiteral("end_mrr"), 999}, {QStringLiteral("gross"), 8991}};
        const QString hash = billing::PeriodClose::hashOf(figures);
        exec(QStringLiteral("INSERT INTO revenue_closes (period_start, mode, currency, closed_at, closed_by, figures, content_hash) "
                            "VALUES (?, 'companion', 'usd', ?, 'Old Hand', ?, ?)"),
             {QDate(2026, 3, 1).startOfDay(Qt::UTC).toSecsSinceEpoch(), m_afterMarch, QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact)),
              hash});
        const auto closed = closedMarch();
        QVERIFY(closed);
        QVERIFY(closed->pack.isEmpty());
        QVERIFY(closed->intact());
        billing::PeriodFigures now;
        now.endMrr = 999;
        now.cash.gross = 8991;
        now.moves.expanded = 4; // a figure that old close did not have
        QVERIFY(billing::PeriodClose::restatement(*closed, now).isEmpty());
        now.endMrr = 1998;
        QCOMPARE(billing::PeriodClose::restatement(*closed, now).value(QStringLiteral("end_mrr")), qMakePair(qint64(999), qint64(1998)));
    }

    // Every figure a pack prints survives its JSON, the LTV's trailing churn to a billionth.
    void figuresSurviveTheirJson()
    {
        billing::PeriodFigures f;
        f.start = QDate(2026, 3, 1);
        f.end = QDate(2026, 4, 1);
        f.startMrr = 101;
        f.endMrr = 102;
        f.scheduledChurn = 103;
        f.atRiskMrr = 104;
        f.customersAtStart = 5;
        f.customersAtEnd = 6;
        f.moves = {201, 202, 203, 204, 205, 7, 8, 9, 10, 11};
        f.cash.gross = 301;
        f.cash.fees = 302;
        f.cash.estimatedFees = 303;
        f.cash.estimatedPayments = 12;
        f.cash.refunds = 304;
        f.cash.disputes = 305;
        f.cash.failed = 306;
        f.cash.recovered = 307;
        f.cash.failedInvoices = 13;
        f.cash.recoveredInvoices = 14;
        f.ltvChurn = 0.0273456789;
        const billing::PeriodFigures back = billing::figuresFromJson(billing::figuresToJson(f), f.start, f.end);
        QCOMPARE(billing::figuresToJson(back), billing::figuresToJson(f));
        QCOMPARE(back.moves.expanded, 8);
        QCOMPARE(back.cash.recoveredInvoices, 14);
        QVERIFY(back.ltvChurn && qAbs(*back.ltvChurn - *f.ltvChurn) < 1e-9);
        QCOMPARE(back.ltv(), f.ltv());
        f.ltvChurn.reset();
        QVERIFY(!billing::figuresFromJson(billing::figuresToJson(f), f.start, f.end).ltvChurn);
    }
};

QTEST_GUILESS_MAIN(TestMonthPack)
#include "tst_month_pack.moc"
