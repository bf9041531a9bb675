#pragma once

#include <QChartView>
#include <QJsonArray>

namespace companion::admin {

// The Health page's last 24 hours: webhook deliveries per hour as stacked bars,
// the ones that went well beside the failed and the rejected ones, in the
// desk's status colours, following the theme like the Revenue page's charts.
class DeliveriesChart : public QChartView
{
    Q_OBJECT
public:
    explicit DeliveriesChart(QWidget *parent = nullptr);

    // The server's deliveries_by_hour: 24 objects, oldest first.
    void setHours(const QJsonArray &hours);
    // Totals of what is drawn (tests, the accessible description).
    int total(const QString &outcome) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void draw();

    QJsonArray m_hours;
};

} // namespace companion::admin
