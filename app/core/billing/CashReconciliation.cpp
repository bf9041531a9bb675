#include "CashReconciliation.h"

#include "PayoutLedger.h"
#include "db/Database.h"
#include "db/ReadSnapshot.h"
#include "util/Money.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace companion::billing {

namespace {
// Sales activity: everything but the money going to the bank and coming back from it.
const QString kActivity = QStringLiteral("reporting_category NOT IN ('payout', 'payout_reversal')");

// What `about` (its object, invoice and learner) says differently: our records vs the balance.
CashDifference differs(CashDifference about, CashDifference::Kind kind, qint64 expected, qint64 actual, QString cause)
{
    about.kind = kind;
    about.expected = expected;
    about.actual = actual;
    about.cause = std::move(cause);
    return about;
}

} // namespace

CashReconciliation::CashReconciliation(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QPair<qint64, qint64> CashReconciliation::monthBounds(const QDate &day)
{
    const QDate first(day.year(), day.month(), 1);
    return {QDateTime(first, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch(),
            QDateTime(first.addMonths(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch()};
}

int CashReconciliation::categoryRank(const QString &category)
{
    static const QStringList order{QStringLiteral("charge"), QStringLiteral("refund"), QStringLiteral("refund_failure"),
                                   QStringLiteral("dispute"), QStringLiteral("dispute_reversal"), QStringLiteral("fee"),
                                   QStringLiteral("adjustment"), QStringLiteral("payout_reversal"), QStringLiteral("payout")};
    const qsizetype at = order.indexOf(category);
    return at < 0 ? int(order.size()) : int(at);
}

QString CashReconciliation::kindName(CashDifference::Kind kind)
{
    switch (kind) {
    case CashDifference::Kind::InvoiceWithoutCharge: return QStringLiteral("invoice_without_charge");
    case CashDifference::Kind::ChargeWithoutInvoice: return QStringLiteral("charge_without_invoice");
    case CashDifference::Kind::AmountDiffers: return QStringLiteral("amount_differs");
    case CashDifference::Kind::FeeDiffers: return QStringLiteral("fee_differs");
    case CashDifference::Kind::RefundDiffers: return QStringLiteral("refund_differs");
    case CashDifference::Kind::DisputeDiffers: return QStringLiteral("dispute_differs");
    case CashDifference::Kind::PayoutDoesNotAddUp: return QStringLiteral("payout_does_not_add_up");
    }
    return {};
}

QStringList CashReconciliation::currenciesIn(QSqlDatabase db, QString *error)
{
    // Each currency by one probe of the (currency, created) index, not a scan of every transaction.
    QSqlQuery q(db);
    QStringList out;
    if (!db::Database::exec(q, QStringLiteral("WITH RECURSIVE c(currency) AS (SELECT MIN(currency) FROM balance_transactions UNION ALL "
                                              "SELECT (SELECT MIN(b.currency) FROM balance_transactions b WHERE b.currency > c.currency) FROM c "
                                              "WHERE c.currency IS NOT NULL) SELECT currency FROM c WHERE currency IS NOT NULL"),
                            {}, error))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

CashReport CashReconciliation::read(const CashRequest &request, qint64 now) const
{
    CashReport report;
    report.request = request;
    const auto [from, to] = monthBounds(request.month);
    report.start = QDate(request.month.year(), request.month.month(), 1);
    report.end = report.start.addMonths(1);
    report.complete = now >= to;
    const QString currency = request.currency;
    const auto money = [&currency](qint64 v) { return util::formatMoney(v, currency); };
    const db::ReadSnapshot snapshot(m_db, m_dialect);
    QSqlQuery q(m_db);

    report.currencies = currenciesIn(m_db, &report.error);
    if (!report.error.isEmpty())
        return report;

    // The month's activity by category and by the payout that carried it, in one
    // pass over the month's transactions; each payout looked up once afterwards. A
    // failed payout's money came back as a payout_failure, which a later payout carries.
    const QVariantList month{currency, from, to};
    if (!db::Database::exec(
            q, QStringLiteral("SELECT s.reporting_category, s.payout_id, s.n, s.gross, s.fee, s.net, p.status, p.arrival_date, p.amount, "
                              "p.failure_message, f.payout_id, g.status FROM (SELECT reporting_category, payout_id, COUNT(*) AS n, "
                              "SUM(amount) AS gross, SUM(fee) AS fee, SUM(net) AS net FROM balance_transactions "
                              "WHERE currency = ? AND created >= ? AND created < ? AND ")
                + kActivity
                + QStringLiteral(" GROUP BY reporting_category, payout_id) s LEFT JOIN payouts p ON p.id = s.payout_id "
                                 "LEFT JOIN balance_transactions f ON f.source_id = s.payout_id AND f.reporting_category = 'payout_reversal' "
                                 "LEFT JOIN payouts g ON g.id = f.payout_id"),
            month, &report.error))
        return report;
    QHash<QString, int> categoryAt, settlementAt;
    while (q.next()) {
        const QString category = q.value(0).toString();
        const int count = q.value(2).toInt();
        const qint64 gross = q.value(3).toLongLong(), fee = q.value(4).toLongLong(), net = q.value(5).toLongLong();
        auto c = categoryAt.find(category);
        if (c == categoryAt.end()) {
            c = categoryAt.insert(category, int(report.categories.size()));
            report.categories.append({category, 0, 0, 0, 0});
        }
        CashCategory &cat = report.categories[c.value()];
        cat.count += count;
        cat.gross += gross;
        cat.fee += fee;
        cat.net += net;
        const QString payout = q.value(1).toString();
        auto at = settlementAt.find(payout);
        if (at == settlementAt.end()) {
            at = settlementAt.insert(payout, int(report.settlements.size()));
            CashSettlement s;
            s.payoutId = payout;
            s.status = q.value(6).toString();
            s.arrivalDate = q.value(7).toLongLong();
            s.payoutAmount = q.value(8).toLongLong();
            s.failureMessage = q.value(9).toString();
            s.settledBy = q.value(10).toString();
            s.settledByStatus = q.value(11).toString();
            report.settlements.append(s);
        }
        CashSettlement &s = report.settlements[at.value()];
        s.transactions += count;
        s.amount += net;
    }
    for (const CashCategory &c : std::as_const(report.categories)) {
        report.transactions += c.count;
        report.fees += c.fee;
        report.net += c.net;
        if (c.category == QLatin1String("charge"))
            report.charges += c.gross;
        else if (c.category == QLatin1String("refund") || c.category == QLatin1String("refund_failure"))
            report.refunds -= c.gross;
        else if (c.category == QLatin1String("dispute") || c.category == QLatin1String("dispute_reversal"))
            report.disputes -= c.gross;
        else
            report.other += c.gross;
    }
    for (const CashSettlement &s : std::as_const(report.settlements)) {
        const QString &status = s.settledBy.isEmpty() ? s.status : s.settledByStatus;
        if (s.payoutId.isEmpty() || status.isEmpty() || status == QLatin1String("failed") || status == QLatin1String("canceled"))
            report.inBalance += s.amount;
        else if (status == QLatin1String("paid"))
            report.paidOut += s.amount;
        else
            report.inTransit += s.amount;
    }
    std::sort(report.categories.begin(), report.categories.end(),
              [](const CashCategory &a, const CashCategory &b) { return categoryRank(a.category) < categoryRank(b.category); });
    std::sort(report.settlements.begin(), report.settlements.end(), [](const CashSettlement &a, const CashSettlement &b) {
        if (a.payoutId.isEmpty() != b.payoutId.isEmpty())
            return b.payoutId.isEmpty(); // the balance last
        return std::tie(a.arrivalDate, a.payoutId) < std::tie(b.arrivalDate, b.payoutId);
    });

    // The month's charges against the invoices they paid, and the month's paid invoices
    // against the charges that paid them; only disagreements come back, as rows of
    // (charge columns, invoice columns), one side NULL when unmatched.
    // PostgreSQL: both sides read as ranges of their covering index, a few days wider
    // than the month (an invoice is marked paid within seconds of its charge), matched
    // in one hash join; the rare row whose partner lies outside that window is looked
    // up by id below. SQLite has no hash join (its FULL JOIN of two ranges scans one
    // per row of the other): each of the month's rows probes the other table's index.
    const qint64 slack = 3 * 86400;
    const QString chargeDisagrees = QStringLiteral(
        "(i.id IS NULL OR i.amount_paid <> b.amount OR (i.fee IS NOT NULL AND NOT i.fee_estimated AND i.fee <> b.fee))");
    const QString invoiceColumns = QStringLiteral("i.id, i.user_id, i.charge_id, i.amount_paid, i.fee, CASE WHEN i.fee_estimated THEN 1 ELSE 0 END, i.paid_at");
    QList<QPair<QString, QVariantList>> matching;
    if (m_dialect == db::Dialect::PostgreSQL) {
        matching.append({QStringLiteral("SELECT b.charge_id, b.id, b.amount, b.fee, ") + invoiceColumns
                             + QStringLiteral(" FROM (SELECT charge_id, id, amount, fee, created FROM balance_transactions WHERE currency = ? "
                                              "AND created >= ? AND created < ? AND reporting_category = 'charge') b FULL JOIN "
                                              "(SELECT id, user_id, charge_id, amount_paid, fee, fee_estimated, paid_at FROM invoices WHERE paid_at >= ? "
                                              "AND paid_at < ? AND currency = ? AND amount_paid > 0) i ON i.charge_id = b.charge_id "
                                              "WHERE (b.created >= ? AND b.created < ? AND ")
                             + chargeDisagrees + QStringLiteral(") OR (b.created IS NULL AND i.paid_at >= ? AND i.paid_at < ?)"),
                         {currency, from - slack, to + slack, from - slack, to + slack, currency, from, to, from, to}});
    } else {
        matching.append({QStringLiteral("SELECT b.charge_id, b.id, b.amount, b.fee, ") + invoiceColumns
                             + QStringLiteral(" FROM balance_transactions b LEFT JOIN invoices i ON i.charge_id = b.charge_id "
                                              "WHERE b.currency = ? AND b.created >= ? AND b.created < ? AND b.reporting_category = 'charge' AND ")
                             + chargeDisagrees,
                         month});
        matching.append({QStringLiteral("SELECT NULL, NULL, NULL, NULL, ") + invoiceColumns
                             + QStringLiteral(" FROM invoices i WHERE i.paid_at >= ? AND i.paid_at < ? AND i.currency = ? AND i.amount_paid > 0 "
                                              "AND NOT EXISTS (SELECT 1 FROM balance_transactions b WHERE b.charge_id = i.charge_id "
                                              "AND b.reporting_category = 'charge')"),
                         {from, to, currency}});
    }
    struct ChargeRow {
        QString charge, transaction;
        qint64 amount = 0, fee = 0;
    };
    struct InvoiceRow {
        QString id, userId, charge;
        qint64 paid = 0, paidAt = 0;
        QVariant fee;
        bool feeEstimated = false;
    };
    const auto invoiceAt = [](const QSqlQuery &row, int first) {
        return InvoiceRow{row.value(first).toString(), row.value(first + 1).toString(), row.value(first + 2).toString(),
                          row.value(first + 3).toLongLong(), row.value(first + 6).toLongLong(), row.value(first + 4),
                          row.value(first + 5).toInt() != 0};
    };
    QList<QPair<ChargeRow, InvoiceRow>> charged;   // the month's charges that disagree with their invoice, or lack one
    QList<InvoiceRow> unmatchedInvoices;            // the month's paid invoices with no charge in the window
    for (const auto &[sql, binds] : std::as_const(matching)) {
        if (!db::Database::exec(q, sql, binds, &report.error))
            return report;
        while (q.next()) {
            const InvoiceRow invoice = invoiceAt(q, 4);
            if (q.value(0).isNull())
                unmatchedInvoices.append(invoice);
            else
                charged.append({ChargeRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()}, invoice});
        }
    }
    // Outside the window: the invoices of unmatched charges, by their charge…
    QStringList lookup;
    for (const auto &[charge, invoice] : std::as_const(charged))
        if (invoice.id.isEmpty())
            lookup << charge.charge;
    QHash<QString, InvoiceRow> invoiceOfCharge;
    if (!lookup.isEmpty()) {
        if (!db::Database::exec(q, QStringLiteral("SELECT ") + invoiceColumns + QStringLiteral(" FROM invoices i WHERE ")
                                    + db::inBoundList(m_dialect, QStringLiteral("i.charge_id")),
                                {db::boundList(m_dialect, lookup)}, &report.error))
            return report;
        while (q.next())
            invoiceOfCharge.insert(q.value(2).toString(), invoiceAt(q, 0));
    }
    // …and the charges of unmatched invoices.
    lookup.clear();
    for (const InvoiceRow &invoice : std::as_const(unmatchedInvoices))
        if (!invoice.charge.isEmpty())
            lookup << invoice.charge;
    QSet<QString> chargesHeld;
    if (!lookup.isEmpty()) {
        if (!db::Database::exec(q, QStringLiteral("SELECT charge_id FROM balance_transactions WHERE reporting_category = 'charge' AND ")
                                    + db::inBoundList(m_dialect, QStringLiteral("charge_id")),
                                {db::boundList(m_dialect, lookup)}, &report.error))
            return report;
        while (q.next())
            chargesHeld.insert(q.value(0).toString());
    }

    // Paid invoices of the month whose charge is not in the balance we hold.
    std::sort(unmatchedInvoices.begin(), unmatchedInvoices.end(),
              [](const InvoiceRow &a, const InvoiceRow &b) { return std::tie(a.paidAt, a.id) < std::tie(b.paidAt, b.id); });
    for (const InvoiceRow &invoice : std::as_const(unmatchedInvoices)) {
        if (chargesHeld.contains(invoice.charge))
            continue;
        CashDifference d;
        d.kind = CashDifference::Kind::InvoiceWithoutCharge;
        d.objectId = d.invoiceId = invoice.id;
        d.userId = invoice.userId;
        d.expected = invoice.paid;
        d.cause = invoice.charge.isEmpty()
            ? tr("Paid %1, but its payment was never followed to a charge: run companion-server sync-stripe.").arg(money(d.expected))
            : tr("Paid %1 by charge %2, which is not in the Stripe balance we hold: run companion-server sync-stripe.")
                  .arg(money(d.expected), invoice.charge);
        report.differences.append(d);
    }

    // Charges of the month against the invoices they paid.
    std::sort(charged.begin(), charged.end(), [](const auto &a, const auto &b) { return a.first.charge < b.first.charge; });
    for (auto [charge, invoice] : std::as_const(charged)) {
        if (invoice.id.isEmpty())
            invoice = invoiceOfCharge.value(charge.charge);
        CashDifference d;
        d.objectId = charge.charge;
        d.invoiceId = invoice.id;
        d.userId = invoice.userId;
        if (d.invoiceId.isEmpty()) {
            d.kind = CashDifference::Kind::ChargeWithoutInvoice;
            d.actual = charge.amount;
            d.cause = tr("Charge %1 of %2 (%3) pays no invoice we hold: a payment outside the course's subscriptions, "
                         "or an invoice not mirrored yet.").arg(charge.charge, money(charge.amount), charge.transaction);
            report.differences.append(d);
            continue;
        }
        if (invoice.paid != charge.amount)
            report.differences.append(differs(d, CashDifference::Kind::AmountDiffers, invoice.paid, charge.amount,
                                              tr("Invoice %1 says %2 was paid; its charge %3 brought %4.")
                                                  .arg(d.invoiceId, money(invoice.paid), charge.charge, money(charge.amount))));
        const qint64 fee = invoice.fee.toLongLong();
        if (!invoice.fee.isNull() && !invoice.feeEstimated && fee != charge.fee)
            report.differences.append(differs(d, CashDifference::Kind::FeeDiffers, fee, charge.fee,
                                              tr("Stripe's fee on charge %1 was %2 when it was mirrored on invoice %3; the balance now says %4.")
                                                  .arg(charge.charge, money(fee), d.invoiceId, money(charge.fee))));
    }

    // Refunds and disputes: every charge refunded or disputed in the month, and every
    // invoice of the month that says it was (both ranges of the covering indexes), then
    // all their transactions against the invoice, by charge.
    const QString refundOrDispute = QStringLiteral("('refund', 'refund_failure', 'dispute', 'dispute_reversal')");
    if (!db::Database::exec(q, QStringLiteral("SELECT charge_id FROM balance_transactions WHERE currency = ? AND created >= ? AND created < ? "
                                              "AND charge_id IS NOT NULL AND reporting_category IN ") + refundOrDispute
                                + QStringLiteral(" UNION SELECT charge_id FROM invoices WHERE paid_at >= ? AND paid_at < ? AND currency = ? "
                                                 "AND amount_paid > 0 AND charge_id IS NOT NULL AND (amount_refunded > 0 OR amount_disputed + dispute_fee > 0)"),
                            {currency, from, to, from, to, currency}, &report.error))
        return report;
    lookup.clear();
    while (q.next())
        lookup << q.value(0).toString();
    if (!lookup.isEmpty()) {
        if (!db::Database::exec(
                q, QStringLiteral("SELECT x.charge_id, i.id, i.user_id, i.amount_refunded, i.amount_disputed + i.dispute_fee, x.refunded, x.disputed "
                                  "FROM (SELECT charge_id, "
                                  "SUM(CASE WHEN reporting_category IN ('refund', 'refund_failure') THEN -amount ELSE 0 END) AS refunded, "
                                  "SUM(CASE WHEN reporting_category IN ('dispute', 'dispute_reversal') THEN fee - amount ELSE 0 END) AS disputed "
                                  "FROM balance_transactions WHERE ")
                    + db::inBoundList(m_dialect, QStringLiteral("charge_id"))
                    + QStringLiteral(" GROUP BY charge_id) x JOIN invoices i ON i.charge_id = x.charge_id "
                                     "WHERE i.amount_refunded <> x.refunded OR i.amount_disputed + i.dispute_fee <> x.disputed ORDER BY x.charge_id"),
                {db::boundList(m_dialect, lookup)}, &report.error))
            return report;
    }
    while (!lookup.isEmpty() && q.next()) { // with no candidate, nothing was asked
        CashDifference d;
        d.objectId = q.value(0).toString();
        d.invoiceId = q.value(1).toString();
        d.userId = q.value(2).toString();
        const qint64 invoiceRefunded = q.value(3).toLongLong(), invoiceDisputed = q.value(4).toLongLong();
        const qint64 refunded = q.value(5).toLongLong(), disputed = q.value(6).toLongLong();
        if (invoiceRefunded != refunded)
            report.differences.append(differs(d, CashDifference::Kind::RefundDiffers, invoiceRefunded, refunded,
                                              tr("Invoice %1 shows %2 refunded; the balance holds refunds of %3 on charge %4.")
                                                  .arg(d.invoiceId, money(invoiceRefunded), money(refunded), d.objectId)));
        if (invoiceDisputed != disputed)
            report.differences.append(differs(d, CashDifference::Kind::DisputeDiffers, invoiceDisputed, disputed,
                                              tr("Invoice %1 shows %2 lost to disputes (amount and fees); the balance says %3 on charge %4.")
                                                  .arg(d.invoiceId, money(invoiceDisputed), money(disputed), d.objectId)));
    }

    // Each payout that carried money of the month, or arrived in it, against the
    // transactions it carried (PayoutLedger: its own debit aside).
    if (!db::Database::exec(q, QStringLiteral("SELECT id FROM payouts WHERE currency = ? AND arrival_date >= ? AND arrival_date < ?"), month,
                            &report.error))
        return report;
    QSet<QString> payoutIds;
    while (q.next())
        payoutIds.insert(q.value(0).toString());
    for (const CashSettlement &s : std::as_const(report.settlements))
        if (!s.payoutId.isEmpty())
            payoutIds.insert(s.payoutId);
    QList<PayoutRow> payouts;
    if (!PayoutLedger(m_db, m_dialect).payoutsById(QStringList(payoutIds.cbegin(), payoutIds.cend()), &payouts, &report.error))
        return report;
    for (const PayoutRow &p : std::as_const(payouts)) {
        if (p.addsUp())
            continue;
        CashDifference d;
        d.kind = CashDifference::Kind::PayoutDoesNotAddUp;
        d.objectId = p.id;
        d.expected = p.amount;
        d.actual = p.transactionsNet;
        d.cause = tr("Payout %1 sent %2 to the bank, but the %n transaction(s) it carried add up to %3: a transaction is missing "
                     "or changed in our copy.", nullptr, p.transactions)
                      .arg(d.objectId, money(d.expected), money(d.actual));
        report.differences.append(d);
    }
    return report;
}

bool CashReconciliation::lines(const CashRequest &request, const std::function<bool(const CashLine &)> &line, QString *error) const
{
    const auto [from, to] = monthBounds(request.month);
    QSqlQuery q(m_db);
    if (!db::Database::exec(q, QStringLiteral("SELECT b.id, b.created, b.available_on, b.currency, b.amount, b.fee, b.net, b.reporting_category, "
                                              "b.source_id, b.charge_id, i.id, i.user_id, u.email, b.payout_id, p.status, p.arrival_date, b.description "
                                              "FROM balance_transactions b LEFT JOIN invoices i ON i.charge_id = b.charge_id "
                                              "LEFT JOIN users u ON u.id = i.user_id LEFT JOIN payouts p ON p.id = b.payout_id "
                                              "WHERE b.currency = ? AND b.created >= ? AND b.created < ? ORDER BY b.created, b.id"),
                            {request.currency, from, to}, error))
        return false;
    while (q.next()) {
        CashLine l;
        l.balanceTransactionId = q.value(0).toString();
        l.created = q.value(1).toLongLong();
        l.availableOn = q.value(2).toLongLong();
        l.currency = q.value(3).toString();
        l.gross = q.value(4).toLongLong();
        l.fee = q.value(5).toLongLong();
        l.net = q.value(6).toLongLong();
        l.reportingCategory = q.value(7).toString();
        l.sourceId = q.value(8).toString();
        l.chargeId = q.value(9).toString();
        l.invoiceId = q.value(10).toString();
        l.userId = q.value(11).toString();
        l.email = q.value(12).toString();
        l.payoutId = q.value(13).toString();
        l.payoutStatus = q.value(14).toString();
        l.payoutArrivalDate = q.value(15).toLongLong();
        l.description = q.value(16).toString();
        if (!line(l))
            return true; // the caller stopped
    }
    if (q.lastError().isValid()) {
        *error = db::Database::errorText(q.lastError());
        return false;
    }
    return true;
}

} // namespace companion::billing
