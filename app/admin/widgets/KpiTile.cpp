#include "KpiTile.h"

#include "Sparkline.h"
#include "StatusPalette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace companion::admin {

namespace {
const QChar kMinus(0x2212); // a typographic minus, as wide as the plus
}

KpiTile::KpiTile(const QString &title, const QString &definition, Better better, Format format, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_delta(new QLabel(QStringLiteral("—"), this))
    , m_sparkline(new Sparkline(this))
    , m_definition(definition)
    , m_better(better)
    , m_format(std::move(format))
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_delta->setObjectName(QStringLiteral("kpiDelta"));
    m_sparkline->setObjectName(QStringLiteral("kpiSparkline"));
    m_sparkline->setAccessibleName(tr("%1 per period").arg(title));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_value->setFont(big);
    m_delta->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 5, 8, 5);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_delta, 0, 1);
    layout->addWidget(m_value, 1, 0, 1, 2);
    layout->addWidget(m_sparkline, 2, 0, 1, 2);
    clear();
}

QString KpiTile::title() const
{
    return m_title->text();
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::deltaText() const
{
    return m_delta->text();
}

QString KpiTile::delta(qint64 value, std::optional<qint64> previous, const Format &format)
{
    if (!previous)
        return QStringLiteral("—");
    const qint64 change = value - *previous;
    const QString sign = change > 0 ? QStringLiteral("+") : change < 0 ? QString(kMinus) : QString();
    if (*previous == 0)
        return sign + format(qAbs(change));
    const double percent = 100.0 * double(change) / double(qAbs(*previous));
    return tr("%1%2 %").arg(sign, QLocale().toString(qAbs(percent), 'f', 1));
}

void KpiTile::clear()
{
    m_value->setText(QStringLiteral("—"));
    m_delta->setText(QStringLiteral("—"));
    m_direction = 0;
    m_sparkline->setValues({}, false);
    setToolTip(m_definition);
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_definition);
    paintDelta();
}

void KpiTile::setFigures(qint64 value, std::optional<qint64> previous, const QString &comparedWith, const QList<double> &trend,
                         bool lastIncomplete)
{
    m_value->setText(m_format(value));
    m_delta->setText(delta(value, previous, m_format));
    m_direction = previous ? (value > *previous) - (value < *previous) : 0;
    m_sparkline->setValues(trend, lastIncomplete);
    QString change;
    if (previous) {
        const qint64 diff = value - *previous;
        change = tr("%1 in %2, %3 (%4).")
                     .arg(m_format(*previous), comparedWith, m_delta->text(),
                          (diff > 0 ? QStringLiteral("+") : diff < 0 ? QString(kMinus) : QString()) + m_format(qAbs(diff)));
    } else {
        change = tr("Nothing to compare with in %1.").arg(comparedWith);
    }
    const QString incomplete = lastIncomplete ? tr(" The last period is not over yet: figures will change.") : QString();
    setToolTip(m_definition + u'\n' + change + incomplete);
    setAccessibleName(tr("%1: %2, %3 against the previous period").arg(m_title->text(), m_value->text(), m_delta->text()));
    setAccessibleDescription(change + incomplete);
    m_sparkline->setAccessibleName(tr("%1 per period").arg(m_title->text()));
    paintDelta();
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        paintDelta(); // a theme switch: the colours follow
}

void KpiTile::paintDelta()
{
    const StatusPalette colours(palette());
    const int good = m_better == Better::Higher ? m_direction : -m_direction;
    const QColor color = good > 0 ? colours.success() : good < 0 ? colours.danger() : colours.muted();
    // A style sheet, not a palette: the label must not send PaletteChange back here.
    const QString sheet = StatusPalette::textStyleSheet(color, QStringLiteral("font-weight: bold;"));
    if (m_delta->styleSheet() != sheet)
        m_delta->setStyleSheet(sheet);
    if (const QString muted = StatusPalette::textStyleSheet(colours.muted()); m_title->styleSheet() != muted)
        m_title->setStyleSheet(muted);
}

} // namespace companion::admin
