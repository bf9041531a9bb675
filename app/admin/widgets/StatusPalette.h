#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace companion::admin {

// The desk's few meaningful colours (a failing payment, a cancel waiting to
// happen, the live-mode banner, the notice strip), derived from a QPalette so
// they read well on light and dark themes alike. Every text colour reaches
// WCAG AA (4.5:1) against the palette's Base (table cells) and Window (labels).
// Build one where it is painted — the application palette can change at any time.
class StatusPalette
{
public:
    explicit StatusPalette(const QPalette &palette);
    // From the application palette as it is now.
    static StatusPalette current();

    // Text: a failed payment, an expired card, a failed webhook.
    QColor danger() const { return m_danger; }
    // Text: a cancel scheduled at period end, a card about to expire.
    QColor warning() const { return m_warning; }
    QColor success() const { return m_success; }
    // Text that is there but not actionable (a drift that cannot be fixed here).
    QColor muted() const { return m_muted; }
    QColor bannerBackground() const { return m_bannerBackground; }
    QColor bannerForeground() const { return m_bannerForeground; }
    QColor noticeBackground() const { return m_noticeBackground; }
    QColor noticeForeground() const { return m_noticeForeground; }
    bool isDark() const { return m_dark; }

    // Style sheets for the strips that carry their own background.
    QString bannerStyleSheet(int padding) const;
    QString noticeStyleSheet() const;
    // "color: …;" for a label's text (`extra` is appended: font weight, size).
    static QString textStyleSheet(const QColor &color, const QString &extra = {});

    // Dark when the window background is darker than mid-grey.
    static bool isDark(const QPalette &palette);
    // WCAG 2.x relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
    static double relativeLuminance(const QColor &color);
    static double contrastRatio(const QColor &a, const QColor &b);
    // `color`, darkened or lightened (away from the backgrounds) until it
    // reaches `minimum` against each of `backgrounds`.
    static QColor legibleOn(QColor color, const QList<QColor> &backgrounds, double minimum = 4.5);

private:
    bool m_dark;
    QColor m_danger, m_warning, m_success, m_muted;
    QColor m_bannerBackground, m_bannerForeground, m_noticeBackground, m_noticeForeground;
};

} // namespace companion::admin
