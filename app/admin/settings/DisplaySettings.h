#pragma once

#include <QTimeZone>

class QSettings;

namespace companion::admin {

// How the desk looks and tells time, chosen in Preferences (QSettings "display/…").
// Read where it is used, so a change applies at once without a restart.
struct DisplaySettings {
    // The colour scheme: the desktop's, or one forced by the operator.
    enum class Theme { System, Light, Dark };
    // Times are shown in the operator's zone (the default) or in UTC, as Stripe's Dashboard offers.
    enum class Zone { Local, Utc };

    static Theme theme(const QSettings &settings);
    static void setTheme(QSettings &settings, Theme theme);
    static Zone zone(const QSettings &settings);
    static void setZone(QSettings &settings, Zone zone);
    // The zone `zone` names: the system's, or UTC.
    static QTimeZone timeZone(Zone zone);
};

} // namespace companion::admin
