#include "StatusPalette.h"

#include <QGuiApplication>

#include <cmath>

namespace companion::admin {

namespace {
double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double worstContrast(const QColor &color, const QList<QColor> &backgrounds)
{
    double worst = 21;
    for (const QColor &b : backgrounds)
        worst = qMin(worst, StatusPalette::contrastRatio(color, b));
    return worst;
}
} // namespace

StatusPalette::StatusPalette(const QPalette &palette)
    : m_dark(isDark(palette))
{
    const QList<QColor> backgrounds{palette.color(QPalette::Active, QPalette::Base), palette.color(QPalette::Active, QPalette::Window)};
    // Deep tones on light backgrounds, light tints on dark ones; legibleOn()
    // then nudges them for a platform palette that is neither of ours.
    m_danger = legibleOn(QColor(m_dark ? 0xff8a80 : 0xb00020), backgrounds);
    m_warning = legibleOn(QColor(m_dark ? 0xffd54f : 0x875a00), backgrounds);
    m_success = legibleOn(QColor(m_dark ? 0x81c995 : 0x1b6e2f), backgrounds);
    m_muted = legibleOn(m_dark ? QColor(0xa8a8a8) : QColor(0x5f6368), backgrounds);
    // The banner is alarm red in both themes: it must look like a warning, not like part of the window.
    m_bannerBackground = QColor(m_dark ? 0xc62828 : 0xb00020);
    m_bannerForeground = Qt::white;
    m_noticeBackground = QColor(m_dark ? 0x3d3200 : 0xfff4ce);
    m_noticeForeground = QColor(m_dark ? 0xffe08a : 0x4d3800);
}

StatusPalette StatusPalette::current()
{
    return StatusPalette(QGuiApplication::palette());
}

QString StatusPalette::bannerStyleSheet(int padding) const
{
    return QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: %3px; }")
        .arg(m_bannerBackground.name(), m_bannerForeground.name(), QString::number(padding));
}

QString StatusPalette::noticeStyleSheet() const
{
    return QStringLiteral("QLabel { background: %1; color: %2; padding: 4px; }").arg(m_noticeBackground.name(), m_noticeForeground.name());
}

QString StatusPalette::textStyleSheet(const QColor &color, const QString &extra)
{
    return QStringLiteral("color: %1;%2%3").arg(color.name(), extra.isEmpty() ? QString() : QStringLiteral(" "), extra);
}

bool StatusPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

double StatusPalette::relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double StatusPalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor StatusPalette::legibleOn(QColor color, const QList<QColor> &backgrounds, double minimum)
{
    double mean = 0;
    for (const QColor &b : backgrounds)
        mean += relativeLuminance(b) / qMax<qsizetype>(1, backgrounds.size());
    const bool lighten = mean < 0.18; // ~ where black and white text contrast equally
    for (int step = 0; step < 40 && worstContrast(color, backgrounds) < minimum; ++step)
        color = lighten ? color.lighter(106) : color.darker(106);
    if (worstContrast(color, backgrounds) < minimum) // a saturated hue can stall: fall back to the extreme
        color = lighten ? QColor(Qt::white) : QColor(Qt::black);
    return color;
}

} // namespace companion::admin
