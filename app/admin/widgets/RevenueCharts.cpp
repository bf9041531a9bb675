#include "RevenueCharts.h"

#include "StatusPalette.h"
#include "util/Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGuiApplication>
#include <QLineSeries>
#include <QPen>
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

// Series colours: mid tones (relative luminance 0.19–0.30) that keep 3:1, WCAG's
// minimum for graphics, against both the light and the dark chart background.
namespace hue {
const QColor green(0x43, 0xa0, 0x47);
const QColor teal(0x00, 0x89, 0x7b);
const QColor blue(0x1e, 0x88, 0xe5);
const QColor orange(0xef, 0x6c, 0x00);
const QColor red(0xe5, 0x39, 0x35);
} // namespace hue

QLineSeries *lineSeries(const QString &name, const QColor &color)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2);
    series->setPen(pen);
    return series;
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
    followPalette();
    m_mrr->installEventFilter(this);
}

bool RevenueCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mrr && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)) {
        const bool wasDark = m_dark;
        followPalette();
        if (m_dark != wasDark && m_report)
            setReport(*m_report, m_labels); // the new chart theme has recoloured the series: draw them in ours
    }
    return QObject::eventFilter(watched, event);
}

void RevenueCharts::followPalette()
{
    const QPalette palette = QGuiApplication::palette();
    m_dark = StatusPalette::isDark(palette);
    for (QChartView *view : {m_mrr, m_movements, m_cash}) {
        QChart *chart = view->chart();
        chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        // On the table's background, not the theme's gradient: the charts sit beside the tables.
        chart->setBackgroundBrush(palette.brush(QPalette::Base));
        chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
        chart->setBackgroundRoundness(0);
        view->setBackgroundBrush(palette.brush(QPalette::Window));
    }
}

void RevenueCharts::setReport(const billing::RevenueReport &report, const QStringList &labels)
{
    const QString currency = report.request.currency.toUpper();
    m_report = report;
    m_labels = labels;
    auto *mrr = lineSeries(tr("MRR"), hue::blue);
    auto *scheduled = lineSeries(tr("Scheduled churn"), hue::orange);
    auto *atRisk = lineSeries(tr("At risk"), hue::red);
    auto *newSet = barSet(tr("New"), hue::green);
    auto *expansion = barSet(tr("Expansion"), hue::teal);
    auto *reactivation = barSet(tr("Reactivation"), hue::blue);
    auto *contraction = barSet(tr("Contraction"), hue::orange);
    auto *churn = barSet(tr("Churn"), hue::red);
    auto *gross = barSet(tr("Gross"), hue::blue);
    auto *fees = barSet(tr("Stripe fees"), hue::orange);
    auto *net = barSet(tr("Net"), hue::green);
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
