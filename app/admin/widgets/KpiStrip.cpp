#include "KpiStrip.h"

#include "KpiTile.h"
#include "util/Money.h"
#include "widgets/DisplayFormat.h"

#include <QHBoxLayout>
#include <QLocale>

#include <functional>

namespace companion::admin {

namespace {
using billing::PeriodFigures;
using Figure = std::function<qint64(const PeriodFigures &)>;

// A stock (MRR, subscribers) is read at the range's end; a flow (new MRR, net revenue) is summed over it.
enum class Over { End, Sum };

qint64 over(const QList<PeriodFigures> &periods, Over how, const Figure &figure)
{
    if (periods.isEmpty())
        return 0;
    if (how == Over::End)
        return figure(periods.constLast());
    qint64 sum = 0;
    for (const PeriodFigures &f : periods)
        sum += figure(f);
    return sum;
}
} // namespace

KpiStrip::KpiStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiStrip"));
    const auto money = [this](qint64 amount) { return util::formatMoney(amount, m_currency); };
    const auto count = [](qint64 n) { return QLocale().toString(n); };
    using Better = KpiTile::Better;
    m_mrr = new KpiTile(tr("MRR"), tr("Monthly recurring revenue at the end of the range."), Better::Higher, money, this);
    m_subscribers = new KpiTile(tr("Subscribers"), tr("Paying customers at the end of the range."), Better::Higher, count, this);
    m_newMrr = new KpiTile(tr("New MRR"), tr("MRR of customers paying for the first time, summed over the range."), Better::Higher, money, this);
    m_churnedMrr = new KpiTile(tr("Churned MRR"), tr("MRR of customers who stopped paying, summed over the range."), Better::Lower, money, this);
    m_netRevenue = new KpiTile(tr("Net revenue"), tr("Collected − Stripe fees − refunds − disputes, summed over the range."), Better::Higher,
                               money, this);
    m_mrr->setObjectName(QStringLiteral("kpiMrr"));
    m_subscribers->setObjectName(QStringLiteral("kpiSubscribers"));
    m_newMrr->setObjectName(QStringLiteral("kpiNewMrr"));
    m_churnedMrr->setObjectName(QStringLiteral("kpiChurnedMrr"));
    m_netRevenue->setObjectName(QStringLiteral("kpiNetRevenue"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (KpiTile *tile : {m_mrr, m_subscribers, m_newMrr, m_churnedMrr, m_netRevenue})
        layout->addWidget(tile);
}

void KpiStrip::setReports(const billing::RevenueReport &report, const std::optional<billing::RevenueReport> &previous, int incomplete)
{
    m_currency = report.request.currency;
    const bool compare = previous && previous->error.isEmpty() && !previous->periods.isEmpty();
    const QString comparedWith = previous ? tr("%1 – %2").arg(DisplayFormat::current().date(previous->request.from),
                                                                DisplayFormat::current().date(previous->request.to))
                                          : tr("the previous period");
    const bool lastIncomplete = incomplete >= 0 && incomplete == report.periods.size() - 1;
    const auto show = [&](KpiTile *tile, Over how, const Figure &figure) {
        QList<double> trend;
        for (const PeriodFigures &f : report.periods)
            trend << double(figure(f));
        tile->setFigures(over(report.periods, how, figure), compare ? std::optional<qint64>(over(previous->periods, how, figure)) : std::nullopt,
                         comparedWith, trend, lastIncomplete);
    };
    show(m_mrr, Over::End, [](const PeriodFigures &f) { return f.endMrr; });
    show(m_subscribers, Over::End, [](const PeriodFigures &f) { return qint64(f.customersAtEnd); });
    show(m_newMrr, Over::Sum, [](const PeriodFigures &f) { return f.moves.newMrr; });
    show(m_churnedMrr, Over::Sum, [](const PeriodFigures &f) { return f.moves.churn; });
    show(m_netRevenue, Over::Sum, [](const PeriodFigures &f) { return f.cash.net(); });
}

} // namespace companion::admin
