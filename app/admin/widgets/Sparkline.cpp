#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace companion::admin {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(30);
}

void Sparkline::setValues(const QList<double> &values, bool lastIncomplete)
{
    m_values = values;
    m_lastIncomplete = lastIncomplete;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_values.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const auto [low, high] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double span = *high - *low;
    const int n = int(m_values.size());
    const auto point = [&](int i) {
        const double x = n == 1 ? area.center().x() : area.left() + area.width() * i / (n - 1);
        // A flat line sits in the middle rather than on the floor.
        const double y = span == 0 ? area.center().y() : area.bottom() - area.height() * (m_values.at(i) - *low) / span;
        return QPointF(x, y);
    };
    const QColor color = palette().color(QPalette::Highlight);
    QPen pen(color, 1.6);
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    const int solidTo = m_lastIncomplete && n > 1 ? n - 2 : n - 1;
    QPainterPath path(point(0));
    for (int i = 1; i <= solidTo; ++i)
        path.lineTo(point(i));
    painter.drawPath(path);
    if (solidTo < n - 1) {
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(point(n - 2), point(n - 1));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(point(n - 1), 2.2, 2.2);
}

} // namespace companion::admin
