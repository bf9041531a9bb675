#include "DisplayFormat.h"

#include <atomic>

#include "settings/DisplaySettings.h"
#include "util/Money.h"

#include <QRegularExpression>
#include <QSettings>

namespace companion::admin {

namespace {

// "yy" standing alone (not part of "yyyy") becomes "yyyy": 14.11.23 → 14.11.2023.
QString widenYear(QString format)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(twoDigitYear, QStringLiteral("yyyy"));
}

// The short time format with seconds after the minutes, in the locale's own
// separator ("h:mm AP" → "h:mm:ss AP", "H.mm" → "H.mm.ss").
QString withSeconds(QString format)
{
    if (format.contains(QLatin1String("ss")))
        return format;
    const qsizetype minutes = format.indexOf(QLatin1String("mm"));
    if (minutes < 0)
        return format;
    QChar separator = QLatin1Char(':');
    if (minutes > 0 && !format.at(minutes - 1).isLetter())
        separator = format.at(minutes - 1);
    return format.insert(minutes + 2, separator + QStringLiteral("ss"));
}

} // namespace

DisplayFormat::DisplayFormat(const QLocale &locale, const QTimeZone &zone)
    : m_locale(locale)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

namespace {
std::atomic<int> g_zone{int(DisplaySettings::Zone::Local)};

QTimeZone zoneFor(DisplaySettings::Zone zone)
{
    // Asked per table cell: the system's zone is looked up once (that reads
    // /etc/localtime), not each time.
    static const QTimeZone system = DisplaySettings::timeZone(DisplaySettings::Zone::Local);
    return zone == DisplaySettings::Zone::Local ? system : DisplaySettings::timeZone(zone);
}
} // namespace

DisplayFormat DisplayFormat::fromSettings(const QSettings &settings)
{
    return DisplayFormat(QLocale(), zoneFor(DisplaySettings::zone(settings)));
}

DisplayFormat DisplayFormat::current()
{
    return DisplayFormat(QLocale(), zoneFor(DisplaySettings::Zone(g_zone.load())));
}

void DisplayFormat::useZone(DisplaySettings::Zone zone)
{
    g_zone.store(int(zone));
}

QString DisplayFormat::dateFormat(const QLocale &locale)
{
    return widenYear(locale.dateFormat(QLocale::ShortFormat));
}

QString DisplayFormat::dateTimeFormat(const QLocale &locale, bool seconds)
{
    const QString time = locale.timeFormat(QLocale::ShortFormat);
    return dateFormat(locale) + QLatin1Char(' ') + (seconds ? withSeconds(time) : time);
}

QDateTime DisplayFormat::at(qint64 secs) const
{
    return QDateTime::fromSecsSinceEpoch(secs, m_zone);
}

QString DisplayFormat::date(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, dateFormat(m_locale)) : QString();
}

QString DisplayFormat::date(qint64 secs) const
{
    return secs > 0 ? date(at(secs).date()) : QString();
}

QString DisplayFormat::longDate(qint64 secs) const
{
    return secs > 0 ? m_locale.toString(at(secs).date(), QLocale::LongFormat) : QString();
}

QString DisplayFormat::dateTime(qint64 secs) const
{
    return secs > 0 ? m_locale.toString(at(secs), dateTimeFormat(m_locale, false)) : QString();
}

QString DisplayFormat::dateTimeWithZone(qint64 secs) const
{
    return secs > 0 ? dateTime(secs) + QLatin1Char(' ') + zoneAbbreviation(secs) : QString();
}

QString DisplayFormat::dateTimeSeconds(qint64 secs) const
{
    if (secs <= 0)
        return QString();
    return m_locale.toString(at(secs), dateTimeFormat(m_locale, true)) + QLatin1Char(' ') + zoneAbbreviation(secs);
}

QString DisplayFormat::time(const QDateTime &moment) const
{
    const QDateTime here = moment.toTimeZone(m_zone);
    return m_locale.toString(here.time(), m_locale.timeFormat(QLocale::ShortFormat)) + QLatin1Char(' ')
        + zoneAbbreviation(moment.toSecsSinceEpoch());
}

QString DisplayFormat::zoneAbbreviation(qint64 secs) const
{
    if (m_zone == QTimeZone::utc())
        return QStringLiteral("UTC");
    const QString abbreviation = m_zone.abbreviation(at(secs));
    return abbreviation.isEmpty() ? QString::fromUtf8(m_zone.id()) : abbreviation;
}

QString DisplayFormat::zoneNote() const
{
    const QString name = m_zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(m_zone.id());
    return tr("Times in %1").arg(name);
}

QString DisplayFormat::money(qint64 minorUnits, const QString &currency) const
{
    return util::formatMoney(minorUnits, currency, m_locale);
}

QString DisplayFormat::percent(const std::optional<double> &fraction) const
{
    return util::formatPercent(fraction, m_locale);
}

QString DisplayFormat::isoUtc(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate) : QString(); // "…Z"
}

} // namespace companion::admin
