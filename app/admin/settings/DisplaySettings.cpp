#include "DisplaySettings.h"

#include <QSettings>

namespace companion::admin {

namespace {
const QString kTheme = QStringLiteral("display/theme");
const QString kZone = QStringLiteral("display/timeZone");
}

DisplaySettings::Theme DisplaySettings::theme(const QSettings &settings)
{
    const QString saved = settings.value(kTheme).toString();
    if (saved == QLatin1String("light"))
        return Theme::Light;
    if (saved == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void DisplaySettings::setTheme(QSettings &settings, Theme theme)
{
    switch (theme) {
    case Theme::System: settings.remove(kTheme); break;
    case Theme::Light: settings.setValue(kTheme, QStringLiteral("light")); break;
    case Theme::Dark: settings.setValue(kTheme, QStringLiteral("dark")); break;
    }
}

DisplaySettings::Zone DisplaySettings::zone(const QSettings &settings)
{
    return settings.value(kZone).toString() == QLatin1String("utc") ? Zone::Utc : Zone::Local;
}

void DisplaySettings::setZone(QSettings &settings, Zone zone)
{
    if (zone == Zone::Utc)
        settings.setValue(kZone, QStringLiteral("utc"));
    else
        settings.remove(kZone);
}

QTimeZone DisplaySettings::timeZone(Zone zone)
{
    return zone == Zone::Utc ? QTimeZone::utc() : QTimeZone::systemTimeZone();
}

} // namespace companion::admin
