#include "RevenueTableModel.h"

#include "util/Money.h"
#include "widgets/StatusPalette.h"
#include "widgets/DisplayFormat.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace companion::admin {

namespace {
using billing::Movement;

QString fraction(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate, 'f', 6) : QString();
}
} // namespace

RevenueTableModel::RevenueTableModel(Table table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
    , m_today(QDateTime::currentDateTimeUtc().date())
{
    switch (table) {
    case Table::Mrr:
        m_columns = {Period, StartMrr, EndMrr, NetNew, Scheduled, AtRisk, Arr, Subscribers, Arpu, CustomerChurn, GrossChurn, NetChurn, Ltv, Closed};
        break;
    case Table::Movements:
        m_columns = {Period, StartMrr, New, Expansion, Reactivation, Contraction, Churn, NetNew, EndMrr, QuickRatio, NewCustomers, ChurnedCustomers};
        break;
    case Table::Cash:
        m_columns = {Period, Gross, Fees, Refunds, Disputes, Net, Failed, Recovered, RecoveryRate};
        break;
    }
}

void RevenueTableModel::setReport(const billing::RevenueReport &report, const QHash<QDate, billing::ClosedPeriod> &closed)
{
    beginResetModel();
    m_report = report;
    m_closed = closed;
    endResetModel();
}

const billing::PeriodFigures *RevenueTableModel::periodAt(int row) const
{
    return row >= 0 && row < m_report.periods.size() ? &m_report.periods.at(row) : nullptr;
}

void RevenueTableModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RevenueTableModel::incompleteRow() const
{
    for (int row = 0; row < m_report.periods.size(); ++row) {
        const billing::PeriodFigures &f = m_report.periods.at(row);
        if (f.start <= m_today && m_today < f.end)
            return row;
    }
    return -1;
}

int RevenueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.periods.size());
}

int RevenueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RevenueTableModel::periodLabel(const billing::PeriodFigures &f) const
{
    switch (m_report.request.granularity) {
    case billing::Granularity::Month:
        return QLocale().toString(f.start, QStringLiteral("MMM yyyy"));
    case billing::Granularity::Week:
        return tr("Week of %1").arg(DisplayFormat::current().date(f.start));
    case billing::Granularity::Day:
        break;
    }
    return DisplayFormat::current().date(f.start);
}

QVariant RevenueTableModel::data(const QModelIndex &index, int role) const
{
    const billing::PeriodFigures *f = index.isValid() ? periodAt(index.row()) : nullptr;
    if (!f || index.column() >= m_columns.size())
        return {};
    const Column column = columnAt(index.column());
    const QString currency = m_report.request.currency;
    const bool csv = role == kCsvRole;
    const auto money = [&](qint64 amount) -> QVariant {
        return csv ? util::plainAmount(amount, currency) : util::formatMoney(amount, currency);
    };
    const auto rate = [&](const std::optional<double> &r) -> QVariant { return csv ? fraction(r) : util::formatPercent(r); };
    const auto count = [&](qint64 n) -> QVariant { return csv ? QString::number(n) : QLocale().toString(n); };

    if (role == kMovementRole) {
        static const QHash<int, Movement> movements{{New, Movement::New}, {Expansion, Movement::Expansion}, {Reactivation, Movement::Reactivation},
                                                    {Contraction, Movement::Contraction}, {Churn, Movement::Churn}};
        return movements.contains(column) ? QVariant(int(movements.value(column))) : QVariant();
    }
    const bool incomplete = f->start <= m_today && m_today < f->end;
    if (role == kChartLabelRole)
    {
        // Short enough for thirty of them under a chart: "12 Mar" for days and weeks.
        const QString label = m_report.request.granularity == billing::Granularity::Month
            ? periodLabel(*f)
            : QLocale().toString(f->start, QStringLiteral("d MMM"));
        return incomplete ? label + QStringLiteral(" *") : label;
    }
    if (role == Qt::FontRole && incomplete) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    const auto found = m_closed.constFind(f->start);
    const billing::ClosedPeriod *closed = found == m_closed.constEnd() ? nullptr : &found.value();
    const auto restated = [&] { return closed ? billing::PeriodClose::restatement(*closed, *f) : QHash<QString, QPair<qint64, qint64>>(); };
    if (role == Qt::ForegroundRole && column == Closed && closed && !restated().isEmpty())
        return StatusPalette::current().danger(); // a closed month restated since
    if (role == Qt::ToolTipRole) {
        if ((column == Fees) && f->cash.estimatedPayments > 0)
            return tr("%n payment(s) without a mirrored balance transaction: their fee (%1) is estimated from Stripe's standard pricing.",
                      nullptr, f->cash.estimatedPayments).arg(util::formatMoney(f->cash.estimatedFees, currency));
        if (column == Closed && closed) {
            QStringList lines{tr("Content hash: %1").arg(closed->contentHash)};
            const auto diff = restated();
            for (auto it = diff.cbegin(); it != diff.cend(); ++it)
                lines << tr("%1: closed %2, now %3").arg(it.key()).arg(it.value().first).arg(it.value().second);
            return lines.join(u'\n');
        }
        return incomplete ? tr("Period not over yet: figures will change.") : QVariant();
    }
    if (role == Qt::TextAlignmentRole)
        return column == Period || column == Closed ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && !csv)
        return {};

    switch (column) {
    case Period:
        if (csv)
            return f->start.toString(Qt::ISODate);
        return incomplete ? tr("%1 (so far)").arg(periodLabel(*f)) : periodLabel(*f);
    case StartMrr: return money(f->startMrr);
    case EndMrr: return money(f->endMrr);
    case NetNew: return money(f->moves.net());
    case Scheduled: return money(f->scheduledChurn);
    case AtRisk: return money(f->atRiskMrr);
    case Arr: return money(f->arr());
    case Subscribers: return count(f->customersAtEnd);
    case Arpu: return money(f->arpu());
    case CustomerChurn: return rate(f->customerChurnRate());
    case GrossChurn: return rate(f->grossMrrChurn());
    case NetChurn: return rate(f->netMrrChurn());
    case Ltv: return f->ltv() ? money(*f->ltv()) : QVariant(csv ? QString() : QStringLiteral("—"));
    case Closed:
        if (!closed)
            return QString();
        if (csv)
            return closed->contentHash;
        return restated().isEmpty() ? tr("Closed by %1").arg(closed->closedBy) : tr("Restated: %n figure(s) differ", nullptr, int(restated().size()));
    case New: return money(f->moves.newMrr);
    case Expansion: return money(f->moves.expansion);
    case Reactivation: return money(f->moves.reactivation);
    case Contraction: return money(-f->moves.contraction);
    case Churn: return money(-f->moves.churn);
    case QuickRatio: return f->quickRatio() ? QVariant(csv ? QString::number(*f->quickRatio(), 'f', 4) : QLocale().toString(*f->quickRatio(), 'f', 2))
                                            : QVariant(csv ? QString() : QStringLiteral("—"));
    case NewCustomers: return count(f->moves.newCustomers + f->moves.reactivated);
    case ChurnedCustomers: return count(f->moves.churned);
    case Gross: return money(f->cash.gross);
    case Fees: return csv || f->cash.estimatedPayments == 0 ? money(f->cash.fees) : QVariant(QStringLiteral("≈ ") + util::formatMoney(f->cash.fees, currency));
    case Refunds: return money(f->cash.refunds);
    case Disputes: return money(f->cash.disputes);
    case Net: return money(f->cash.net());
    case Failed: return money(f->cash.failed);
    case Recovered: return money(f->cash.recovered);
    case RecoveryRate: return rate(f->cash.recoveryRate());
    }
    return {};
}

QVariant RevenueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::ToolTipRole)
        return definition(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (columnAt(section)) {
    case Period: return tr("Period");
    case StartMrr: return tr("Start MRR");
    case EndMrr: return tr("MRR");
    case NetNew: return tr("Net new MRR");
    case Scheduled: return tr("Scheduled churn");
    case AtRisk: return tr("At risk");
    case Arr: return tr("ARR");
    case Subscribers: return tr("Subscribers");
    case Arpu: return tr("ARPU");
    case CustomerChurn: return tr("Customer churn");
    case GrossChurn: return tr("Gross MRR churn");
    case NetChurn: return tr("Net MRR churn");
    case Ltv: return tr("LTV");
    case Closed: return tr("Close");
    case New: return tr("New");
    case Expansion: return tr("Expansion");
    case Reactivation: return tr("Reactivation");
    case Contraction: return tr("Contraction");
    case Churn: return tr("Churn");
    case QuickRatio: return tr("Quick ratio");
    case NewCustomers: return tr("Customers won");
    case ChurnedCustomers: return tr("Customers lost");
    case Gross: return tr("Gross");
    case Fees: return tr("Stripe fees");
    case Refunds: return tr("Refunds");
    case Disputes: return tr("Disputes");
    case Net: return tr("Net");
    case Failed: return tr("Failed payments");
    case Recovered: return tr("Recovered");
    case RecoveryRate: return tr("Recovery rate");
    }
    return {};
}

QString RevenueTableModel::definition(int section) const
{
    if (section < 0 || section >= m_columns.size())
        return {};
    switch (columnAt(section)) {
    case Period: return tr("Calendar day, ISO week (Monday first) or calendar month, in UTC.");
    case StartMrr: return tr("MRR at the last second before the period.");
    case EndMrr: return tr("Monthly recurring revenue at the period's last second: price × quantity per month (yearly ÷ 12) of every active "
                           "or past-due subscription; trials, $0 plans and tax excluded.");
    case NetNew: return tr("New + expansion + reactivation − contraction − churn. Start MRR + net new MRR = end MRR, to the cent.");
    case Scheduled: return tr("MRR at the period's end of subscriptions set to cancel at period end. It stays in MRR until they end; "
                              "the Stripe-compatible mode drops it when the cancel is asked.");
    case AtRisk: return tr("MRR at the period's end of past-due subscriptions: still counted, Stripe is retrying the payment.");
    case Arr: return tr("Annual run rate: MRR × 12.");
    case Subscribers: return tr("Paying customers at the period's end (a customer with two subscriptions counts once).");
    case Arpu: return tr("Average revenue per user: MRR ÷ subscribers.");
    case CustomerChurn: return tr("Customers lost ÷ customers at the start. Someone who joined and left within the period is not counted.");
    case GrossChurn: return tr("(Churn + contraction) ÷ start MRR.");
    case NetChurn: return tr("(Churn + contraction − expansion − reactivation) ÷ start MRR; negative when the base grows on its own.");
    case Ltv: return tr("Lifetime value: ARPU ÷ the average monthly customer churn of the six calendar months up to this one (1.67 % if that is 0).");
    case Closed: return tr("A closed month's figures are frozen with a content hash; if they change later it says so here.");
    case New: return tr("MRR of customers paying for the first time.");
    case Expansion: return tr("MRR added by customers who paid before and pay more now (price or quantity).");
    case Reactivation: return tr("MRR of customers who had left (MRR 0) and pay again.");
    case Contraction: return tr("MRR lost by customers who still pay, but less (a yearly plan costs less per month).");
    case Churn: return tr("MRR of customers who stopped paying.");
    case QuickRatio: return tr("(New + expansion + reactivation) ÷ (contraction + churn): above 1, the business grows.");
    case NewCustomers: return tr("New and reactivated customers.");
    case ChurnedCustomers: return tr("Customers whose MRR fell to 0.");
    case Gross: return tr("Amount collected from invoices paid in the period.");
    case Fees: return tr("Stripe's fees from balance transactions where mirrored; otherwise estimated (2.9 % + 30¢), marked ≈.");
    case Refunds: return tr("Amount refunded of invoices paid in the period.");
    case Disputes: return tr("Chargebacks opened in the period: the amount taken back and Stripe's dispute fee (none once a dispute is won).");
    case Net: return tr("Gross − fees − refunds − disputes.");
    case Failed: return tr("Amount of invoices created in the period whose payment failed at least once.");
    case Recovered: return tr("… of which paid after all, on a retry.");
    case RecoveryRate: return tr("Recovered ÷ failed.");
    }
    return {};
}

} // namespace companion::admin
