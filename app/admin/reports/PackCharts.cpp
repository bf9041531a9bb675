#include "PackCharts.h"

#include "widgets/RevenueCharts.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>

namespace companion::admin {

QString PackCharts::label(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMM yy"));
}

QList<QImage> PackCharts::render(const billing::MonthPack &pack, const QSize &logical, qreal scale)
{
    billing::RevenueReport report;
    report.request.from = pack.trend.isEmpty() ? pack.month : pack.trend.constFirst().start;
    report.request.to = pack.month;
    report.request.mode = pack.mode;
    report.request.currency = pack.currency;
    report.periods = pack.trend.isEmpty() ? QList<billing::PeriodFigures>{pack.figures} : pack.trend;
    QStringList labels;
    for (const billing::PeriodFigures &p : report.periods)
        labels << label(p.start);
    RevenueCharts charts(nullptr, RevenueCharts::Look::Print);
    // A pack of a month not over yet marks it as the page does.
    charts.setReport(report, labels, pack.cash.complete ? -1 : int(report.periods.size()) - 1);
    QList<QImage> out;
    for (QChartView *view : {charts.mrrView(), charts.movementsView(), charts.cashView()}) {
        // The chart alone, laid out now at the printed size: a view never shown has not done it.
        QChart *chart = view->chart();
        chart->resize(logical);
        chart->layout()->activate();
        QImage image(logical * scale, QImage::Format_RGB32);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), logical), chart->geometry());
        painter.end();
        out << image;
        delete view; // the views are ours: RevenueCharts does not parent them
    }
    return out;
}

} // namespace companion::admin
