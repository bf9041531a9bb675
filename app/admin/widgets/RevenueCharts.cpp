#include "RevenueCharts.h"

#include "StatusPalette.h"
#include "util/Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGuiApplication>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QLocale>

#include <cmath>

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

struct ValueScale {
    QList<QAbstractSeries *> series;
    QString title;
    double low = 0, high = 0;
};

// A value axis labelled as money (QValueAxis's printf-like format knows no
// currency or thousands separators): a category per tick, its label on the value.
QCategoryAxis *moneyAxis(const ValueScale &scale, const QString &currency)
{
    auto *axis = new QCategoryAxis;
    axis->setTitleText(scale.title);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const auto ticks = RevenueCharts::moneyTicks(qMin(scale.low, 0.0), qMax(scale.high, 1.0), currency);
    const double first = ticks.constFirst().first, last = ticks.constLast().first;
    // The lowest tick ends a sliver of a category below the range, so it has a label too.
    axis->setStartValue(first - (last - first) * 1e-6);
    for (const auto &[value, label] : ticks)
        axis->append(label, value);
    axis->setRange(first, last);
    return axis;
}

// Puts `left` (and `right`, with an axis of its own) on `chart` over the period labels.
void attach(QChart *chart, const ValueScale &left, const QStringList &labels, const QString &currency, const ValueScale &right = {})
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // hands the axis back to us
        delete axis;
    }
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 16 ? -90 : labels.size() > 8 ? -60 : 0);
    x->setTruncateLabels(false); // short labels; "…" would hide the very date
    chart->addAxis(x, Qt::AlignBottom);
    for (const auto &[scale, side] : {std::pair<const ValueScale *, Qt::Alignment>{&left, Qt::AlignLeft}, {&right, Qt::AlignRight}}) {
        if (scale->series.isEmpty())
            continue;
        QCategoryAxis *y = moneyAxis(*scale, currency);
        chart->addAxis(y, side);
        for (QAbstractSeries *s : scale->series) {
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
        if (side == Qt::AlignRight)
            y->setGridLineVisible(false); // one grid, the left axis's
    }
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

RevenueCharts::RevenueCharts(QObject *parent, Look look)
    : QObject(parent)
    , m_mrr(makeView(tr("MRR")))
    , m_movements(makeView(tr("MRR movements")))
    , m_cash(makeView(tr("Collected, fees and net")))
    , m_look(look)
{
    m_mrr->setObjectName(QStringLiteral("mrrChart"));
    m_movements->setObjectName(QStringLiteral("movementsChart"));
    m_cash->setObjectName(QStringLiteral("cashChart"));
    followPalette();
    if (m_look == Look::Screen)
        m_mrr->installEventFilter(this);
}

bool RevenueCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mrr && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)) {
        const bool wasDark = m_dark;
        followPalette();
        if (m_dark != wasDark && m_report)
            setReport(*m_report, m_labels, m_incomplete); // the new chart theme has recoloured the series: draw them in ours
    }
    return QObject::eventFilter(watched, event);
}

void RevenueCharts::followPalette()
{
    QPalette palette = QGuiApplication::palette();
    if (m_look == Look::Print) {
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Window, Qt::white);
        palette.setColor(QPalette::Mid, QColor(0xbd, 0xbd, 0xbd));
    }
    m_dark = m_look == Look::Screen && StatusPalette::isDark(palette);
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

QList<QPair<double, QString>> RevenueCharts::moneyTicks(double low, double high, const QString &currency)
{
    if (!(high > low))
        high = low + 1;
    const double rough = (high - low) / 4; // few: a short chart hides labels that would touch
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double residual = rough / magnitude;
    const double step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
    const bool zeroDecimal = util::isZeroDecimalCurrency(currency);
    const bool cents = !zeroDecimal && step < 1;
    const QString noCents = QLocale().decimalPoint() + QStringLiteral("00");
    QList<QPair<double, QString>> out;
    const auto first = qint64(std::floor(low / step + 1e-9)), last = qint64(std::ceil(high / step - 1e-9));
    for (qint64 i = first; i <= last; ++i) {
        const double value = double(i) * step;
        QString label = util::formatMoney(qint64(std::llround(zeroDecimal ? value : value * 100)), currency);
        if (!zeroDecimal && !cents)
            label.remove(noCents); // "$1,000", not "$1,000.00"
        out.append({value, label});
    }
    return out;
}

void RevenueCharts::setReport(const billing::RevenueReport &report, const QStringList &labels, int incomplete)
{
    const QString currency = report.request.currency.toUpper();
    m_report = report;
    m_labels = labels;
    m_incomplete = incomplete;
    const bool lastIncomplete = incomplete >= 0 && incomplete == report.periods.size() - 1;
    auto *mrr = lineSeries(tr("MRR"), hue::blue);
    auto *scheduled = lineSeries(tr("Scheduled churn (right axis)"), hue::orange);
    auto *atRisk = lineSeries(tr("At risk (right axis)"), hue::red);
    auto *newSet = barSet(tr("New"), hue::green);
    auto *expansion = barSet(tr("Expansion"), hue::teal);
    auto *reactivation = barSet(tr("Reactivation"), hue::blue);
    auto *contraction = barSet(tr("Contraction"), hue::orange);
    auto *churn = barSet(tr("Churn"), hue::red);
    auto *gross = barSet(tr("Gross"), hue::blue);
    auto *fees = barSet(tr("Stripe fees"), hue::orange);
    auto *net = barSet(tr("Net"), hue::green);
    double mrrHigh = 0, riskHigh = 0, movesLow = 0, movesHigh = 0, cashLow = 0, cashHigh = 0;
    for (int i = 0; i < report.periods.size(); ++i) {
        const billing::PeriodFigures &f = report.periods.at(i);
        mrrHigh = qMax(mrrHigh, major(f.endMrr, currency));
        riskHigh = qMax(riskHigh, major(qMax(f.scheduledChurn, f.atRiskMrr), currency));
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
    // Scheduled churn and at risk are dollars next to MRR's thousands: an axis of their own, on the right.
    QList<QAbstractSeries *> mrrLines{mrr};
    if (lastIncomplete && report.periods.size() > 1) {
        // The line to the period not over yet is dashed: MRR still moves there.
        auto *soFar = lineSeries(tr("MRR so far"), hue::blue);
        QPen dashed = soFar->pen();
        dashed.setStyle(Qt::DashLine);
        soFar->setPen(dashed);
        const QPointF end = mrr->at(mrr->count() - 1);
        mrr->remove(mrr->count() - 1);
        soFar->append(mrr->at(mrr->count() - 1));
        soFar->append(end);
        mrrLines << soFar;
    }
    attach(m_mrr->chart(), {mrrLines, currency, 0, mrrHigh}, labels, currency,
           {{scheduled, atRisk}, currency, 0, riskHigh});
    for (QAbstractSeries *line : mrrLines.mid(1))
        for (QLegendMarker *marker : m_mrr->chart()->legend()->markers(line))
            marker->setVisible(false); // the dashed part is MRR too

    auto *movements = new QStackedBarSeries;
    movements->append({newSet, expansion, reactivation, contraction, churn});
    attach(m_movements->chart(), {{movements}, currency, movesLow, movesHigh}, labels, currency);

    auto *cash = new QBarSeries;
    cash->append({gross, fees, net});
    attach(m_cash->chart(), {{cash}, currency, cashLow, cashHigh}, labels, currency);

    // The period not over yet: its bars lighter, and the titles say what "*" means.
    if (incomplete >= 0 && incomplete < report.periods.size()) {
        for (QBarSet *set : {newSet, expansion, reactivation, contraction, churn, gross, fees, net}) {
            QColor light = set->color();
            light.setAlphaF(0.4);
            set->setSelectedColor(light);
            set->selectBar(incomplete);
        }
    }
    for (const auto &[view, title] : {std::pair<QChartView *, QString>{m_mrr, tr("MRR")}, {m_movements, tr("MRR movements")},
                                      {m_cash, tr("Collected, fees and net")}})
        view->chart()->setTitle(incomplete >= 0 ? tr("%1 (* period not over yet)").arg(title) : title);
}

} // namespace companion::admin
