#pragma once

#include <QFrame>

#include <functional>
#include <optional>

class QLabel;

namespace companion::admin {

class Sparkline;

// One figure of the Revenue page's strip: its name, its value over the range,
// the change against the range before (green when it goes the good way, red
// when not, "—" with nothing to compare) and a sparkline of its periods.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    // Whether a rise is good news (MRR) or bad (churned MRR).
    enum class Better { Higher, Lower };
    using Format = std::function<QString(qint64)>;

    KpiTile(const QString &title, const QString &definition, Better better, Format format, QWidget *parent = nullptr);

    // `previous` is empty when there is nothing to compare with; `comparedWith`
    // names the range it is from. `trend`: the value of each period.
    void setFigures(qint64 value, std::optional<qint64> previous, const QString &comparedWith, const QList<double> &trend,
                    bool lastIncomplete);
    void clear();

    QString title() const;
    QString valueText() const;
    QString deltaText() const;
    Sparkline *sparkline() const { return m_sparkline; }

    // "+12.4 %" against a previous value, a signed amount ("−$30.00") when the
    // previous was 0, "—" without one.
    static QString delta(qint64 value, std::optional<qint64> previous, const Format &format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintDelta();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_delta;
    Sparkline *m_sparkline;
    QString m_definition;
    Better m_better;
    Format m_format;
    int m_direction = 0; // -1, 0, +1: of the change, for its colour
};

} // namespace companion::admin
