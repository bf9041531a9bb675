#pragma once

#include "settings/DisplaySettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

class QSettings;

namespace companion::admin {

// One place that turns dates, times, amounts and percentages into text for
// people: in the user's QLocale, with four-digit years ("14.11.2023",
// "11/14/2023"), in the zone chosen in Preferences (DisplaySettings::zone) and
// with that zone named. Files for machines (CSV) keep ISO 8601 UTC: isoUtc().
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(companion::admin::DisplayFormat)
public:
    // Explicit locale and zone: what tests pass.
    DisplayFormat(const QLocale &locale, const QTimeZone &zone);
    // The default QLocale and the zone `settings` choose.
    static DisplayFormat fromSettings(const QSettings &settings);
    // The default QLocale and the zone the desk shows (useZone), asked per table
    // cell: a change in Preferences shows on the next repaint.
    static DisplayFormat current();
    // Set by the window from its settings, at start and when Preferences change it.
    static void useZone(DisplaySettings::Zone zone);

    const QLocale &locale() const { return m_locale; }
    const QTimeZone &zone() const { return m_zone; }

    // Dates: the locale's short format with the year widened to four digits.
    QString date(const QDate &date) const;
    QString date(qint64 secs) const; // the day in the zone; empty when secs <= 0
    // A day in a sentence, the locale's long format ("November 14, 2023"), in the zone.
    QString longDate(qint64 secs) const;
    // Lists: date and time to the minute ("11/14/2023 3:04 PM"); the zone is in
    // the column's tooltip (zoneNote()), not repeated in every row.
    QString dateTime(qint64 secs) const;
    // One time in a message, to the minute, its zone named ("11/14/2023 3:04 PM CET").
    QString dateTimeWithZone(qint64 secs) const;
    // Timelines and logs: to the second, with the zone's abbreviation
    // ("14.11.2023 15:04:05 CET").
    QString dateTimeSeconds(qint64 secs) const;
    // A time of day to the minute, in the zone, named ("15:04 CET").
    QString time(const QDateTime &at) const;

    // The zone's abbreviation at that moment ("CET", "CEST", "UTC").
    QString zoneAbbreviation(qint64 secs) const;
    // For headers and tooltips: "Times in Europe/Berlin", "Times in UTC".
    QString zoneNote() const;

    QString money(qint64 minorUnits, const QString &currency) const;
    QString percent(const std::optional<double> &fraction) const;
    QString number(qint64 value) const { return m_locale.toString(value); }

    // The format strings used above, for the locale.
    static QString dateFormat(const QLocale &locale);
    static QString dateTimeFormat(const QLocale &locale, bool seconds);
    // For files: "2023-11-14T14:04:05Z"; empty when secs <= 0.
    static QString isoUtc(qint64 secs);

private:
    QDateTime at(qint64 secs) const;

    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace companion::admin
