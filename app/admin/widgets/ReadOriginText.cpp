#include "ReadOriginText.h"

#include <QLocale>

namespace companion::admin {

QString ReadOriginText::lag(double seconds)
{
    if (seconds < 0.05)
        return tr("current");
    if (seconds < 60)
        return tr("%1 s behind").arg(QLocale().toString(seconds, 'f', seconds < 10 ? 1 : 0));
    if (seconds < 3600)
        return tr("%n min behind", nullptr, int(seconds / 60));
    return tr("%n h behind", nullptr, int(seconds / 3600));
}

QString ReadOriginText::describe(const serverapi::ReadOrigin &origin)
{
    if (!origin.known())
        return {};
    if (origin.source == QLatin1String("replica"))
        return tr("read from the replica, %1").arg(lag(qMax(0.0, origin.lagSeconds)));
    if (origin.skipped == QLatin1String("lagging"))
        return tr("read from the primary: the replica is %1").arg(lag(origin.lagSeconds));
    if (origin.skipped == QLatin1String("not_receiving"))
        return tr("read from the primary: the replica follows no primary");
    return tr("read from the primary: the replica cannot be reached");
}

QString ReadOriginText::describe(const db::ReadRoute &route)
{
    serverapi::ReadOrigin origin;
    origin.source = route.replica ? QStringLiteral("replica") : QStringLiteral("primary");
    origin.lagSeconds = route.lagSeconds;
    origin.skipped = route.reason;
    return describe(origin);
}

} // namespace companion::admin
