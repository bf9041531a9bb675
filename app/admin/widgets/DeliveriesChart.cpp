#include "DeliveriesChart.h"

#include "widgets/StatusPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTime>
#include <QEvent>
#include <QJsonObject>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace companion::admin {

namespace {
const char *const kOutcomes[] = {"ok", "failed", "rejected"};
} // namespace

DeliveriesChart::DeliveriesChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    chart()->setTitle(tr("Webhook deliveries, last 24 hours"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setAnimationOptions(QChart::NoAnimation);
    setAccessibleName(chart()->title());
    viewport()->setAccessibleName(chart()->title());
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    draw();
}

int DeliveriesChart::total(const QString &outcome) const
{
    int sum = 0;
    for (const QJsonValue &hour : m_hours)
        sum += hour.toObject().value(outcome).toInt();
    return sum;
}

void DeliveriesChart::setHours(const QJsonArray &hours)
{
    if (hours == m_hours)
        return;
    m_hours = hours;
    draw();
}

void DeliveriesChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        draw();
}

void DeliveriesChart::draw()
{
    QChart *c = chart();
    c->removeAllSeries(); // deletes them
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // hands it back: ours to delete
        delete axis;
    }
    const QPalette palette = this->palette();
    const StatusPalette status(palette);
    c->setTheme(status.isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundBrush(palette.brush(QPalette::Base));
    c->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    c->setBackgroundRoundness(0);
    setBackgroundBrush(palette.brush(QPalette::Window));
    c->setTitle(tr("Webhook deliveries, last 24 hours"));

    auto *series = new QStackedBarSeries;
    const QString names[] = {tr("Applied, duplicate or ignored"), tr("Failed"), tr("Rejected")};
    const QColor colours[] = {status.success(), status.danger(), status.warning()};
    QStringList hours;
    int highest = 0;
    for (int i = 0; i < 3; ++i) {
        auto *set = new QBarSet(names[i]);
        set->setColor(colours[i]);
        set->setBorderColor(colours[i]);
        for (const QJsonValue &v : std::as_const(m_hours))
            *set << v.toObject().value(QString::fromLatin1(kOutcomes[i])).toInt();
        series->append(set);
    }
    for (const QJsonValue &v : std::as_const(m_hours)) {
        const QJsonObject hour = v.toObject();
        const QDateTime start = QDateTime::fromSecsSinceEpoch(hour.value(QStringLiteral("hour_start")).toInteger()).toLocalTime();
        // The hour alone ("14"): 24 of them fit a desk's width, and 24 hours in a row are distinct.
        hours << QLocale().toString(start.time(), QStringLiteral("HH"));
        highest = qMax(highest, hour.value(QStringLiteral("ok")).toInt() + hour.value(QStringLiteral("failed")).toInt()
                                     + hour.value(QStringLiteral("rejected")).toInt());
    }
    series->setBarWidth(0.8);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(hours);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    // Whole deliveries, about four ticks.
    const int step = qMax(1, int(std::ceil(highest / 4.0)));
    y->setRange(0, qMax(4, step * 4));
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    setAccessibleDescription(tr("%1 deliveries applied, %2 failed, %3 rejected in the last 24 hours")
                                 .arg(total(QStringLiteral("ok")))
                                 .arg(total(QStringLiteral("failed")))
                                 .arg(total(QStringLiteral("rejected"))));
}

} // namespace companion::admin
