#include "RevenueCharts.h"

#include "util/Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace companion::admin {

namespace {
QChartView *makeView(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart);
    // A screen reader names the chart by its title; the viewport takes the keyboard focus too.
    view->setAccessibleName(title);
    view->viewport()->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// Minor units → major for the axes (charts show shape; the table has the cents).
double major(qint64 amount, const QString &currency)
{
    return util::isZeroDecimalCurrency(currency) ? double(amount) : double(amount) / 100.0;
}

// Puts `series` on `chart` over the period labels and a value axis from
// `low` to `high` (taking in 0: amounts are read against zero).
void attach(QChart *chart, const QList<QAbstractSeries *> &series, const QStringList &labels, const QString &valueTitle, double low,
            double high)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // hands the axis back to us
        delete axis;
    }
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 8 ? -60 : 0);
    auto *y = new QValueAxis;
    y->setTitleText(valueTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    y->setRange(qMin(low, 0.0), qMax(high, 1.0));
    y->applyNiceNumbers();
}

QBarSet *barSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}
} // namespace

RevenueCharts::RevenueCharts(QObject *parent)
    : QObject(parent)
    , m_mrr(makeView(tr("MRR")))
    , m_movements(makeView(tr("MRR movements")))
    , m_cash(makeView(tr("Collected, fees and net")))
{
    m_mrr->setObjectName(QStringLiteral("mrrChart"));
    m_movements->setObjectName(QStringLiteral("movementsChart"));
    m_cash->setObjectName(QStringLiteral("cashChart"));
}

void RevenueCharts::setReport(const billing::RevenueReport &report, const QStringList &labels)
{
    const QString currency = report.request.currency.toUpper();
    auto *mrr = new QLineSeries;
    mrr->setName(tr("MRR"));
    auto *scheduled = new QLineSeries;
    scheduled->setName(tr("Scheduled churn"));
    auto *atRisk = new QLineSeries;
    atRisk->setName(tr("At risk"));
    auto *newSet = barSet(tr("New"), QColor(0x2e, 0x7d, 0x32));
    auto *expansion = barSet(tr("Expansion"), QColor(0x66, 0xbb, 0x6a));
    auto *reactivation = barSet(tr("Reactivation"), QColor(0x29, 0x79, 0xff));
    auto *contraction = barSet(tr("Contraction"), QColor(0xff, 0xa7, 0x26));
    auto *churn = barSet(tr("Churn"), QColor(0xd3, 0x2f, 0x2f));
    auto *gross = barSet(tr("Gross"), QColor(0x42, 0x85, 0xf4));
    auto *fees = barSet(tr("Stripe fees"), QColor(0xef, 0x6c, 0x00));
    auto *net = barSet(tr("Net"), QColor(0x2e, 0x7d, 0x32));
    double mrrHigh = 0, movesLow = 0, movesHigh = 0, cashLow = 0, cashHigh = 0;
    for (int i = 0; i < report.periods.size(); ++i) {
        const billing::PeriodFigures &f = report.periods.at(i);
        mrrHigh = qMax(mrrHigh, major(qMax(f.endMrr, qMax(f.scheduledChurn, f.atRiskMrr)), currency));
        movesHigh = qMax(movesHigh, major(f.moves.newMrr + f.moves.expansion + f.moves.reactivation, currency));
        movesLow = qMin(movesLow, -major(f.moves.contraction + f.moves.churn, currency));
        cashHigh = qMax(cashHigh, major(qMax(f.cash.gross, f.cash.net()), currency));
        cashLow = qMin(cashLow, major(f.cash.net(), currency));
        mrr->append(i, major(f.endMrr, currency));
        scheduled->append(i, major(f.scheduledChurn, currency));
        atRisk->append(i, major(f.atRiskMrr, currency));
        *newSet << major(f.moves.newMrr, currency);
        *expansion << major(f.moves.expansion, currency);
        *reactivation << major(f.moves.reactivation, currency);
        *contraction << -major(f.moves.contraction, currency);
        *churn << -major(f.moves.churn, currency);
        *gross << major(f.cash.gross, currency);
        *fees << major(f.cash.fees, currency);
        *net << major(f.cash.net(), currency);
    }
    attach(m_mrr->chart(), {mrr, scheduled, atRisk}, labels, currency, 0, mrrHigh);

    auto *movements = new QStackedBarSeries;
    movements->append({newSet, expansion, reactivation, contraction, churn});
    attach(m_movements->chart(), {movements}, labels, currency, movesLow, movesHigh);

    auto *cash = new QBarSeries;
    cash->append({gross, fees, net});
    attach(m_cash->chart(), {cash}, labels, currency, cashLow, cashHigh);
}

} // namespace companion::admin
