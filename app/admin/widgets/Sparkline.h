#pragma once

#include <QList>
#include <QWidget>

namespace companion::admin {

// A figure's per-period values as a small line without axes: its shape, not its
// numbers (the tile and the table have those). When the last period is not over,
// its segment is dashed.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setValues(const QList<double> &values, bool lastIncomplete);
    const QList<double> &values() const { return m_values; }
    bool lastIncomplete() const { return m_lastIncomplete; }

    QSize sizeHint() const override { return {120, 30}; }
    QSize minimumSizeHint() const override { return {60, 24}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
    bool m_lastIncomplete = false;
};

} // namespace companion::admin
