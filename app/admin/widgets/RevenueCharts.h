#pragma once

#include "billing/RevenueFigures.h"

#include <QObject>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QChartView;
class QWidget;
QT_END_NAMESPACE

namespace companion::admin {

class RevenueTableModel;

// The Revenue page's three charts, drawn from the same report as its tables:
// MRR over time, movements as stacked bars, and gross/fees/net.
class RevenueCharts : public QObject
{
    Q_OBJECT
public:
    // Screen follows the application's palette (light or dark theme); Print is
    // always black on white, for the month-end PDF.
    enum class Look { Screen, Print };
    explicit RevenueCharts(QObject *parent = nullptr, Look look = Look::Screen);

    QChartView *mrrView() const { return m_mrr; }
    QChartView *movementsView() const { return m_movements; }
    QChartView *cashView() const { return m_cash; }

    // `labels` names each period as the tables do; `incomplete` is the period
    // not over yet (its bars lighter, the line to it dashed) or -1.
    void setReport(const billing::RevenueReport &report, const QStringList &labels, int incomplete = -1);

    // Value-axis ticks from `low` to `high` (major units), about four, at 1, 2 or
    // 5 × 10ⁿ, each labelled as money in `currency` with the locale's separators:
    // "$12,000", never "1.2e+04"; cents only when the step is below one.
    static QList<QPair<double, QString>> moneyTicks(double low, double high, const QString &currency);

protected:
    // A palette change (a theme switch) redraws the charts in the matching chart theme.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followPalette();

    QChartView *m_mrr;
    QChartView *m_movements;
    QChartView *m_cash;
    Look m_look;
    bool m_dark = false;
    // What is drawn, to draw it again after a theme switch (the chart theme recolours every series).
    std::optional<billing::RevenueReport> m_report;
    QStringList m_labels;
    int m_incomplete = -1;
};

} // namespace companion::admin
