#include "ApiTime.h"

#include <QDateTime>

namespace companion::server {

QJsonValue isoTimeOrNull(qint64 unixSeconds)
{
    if (unixSeconds <= 0)
        return QJsonValue();
    // Qt's ISODate writes "Z"; Python before 3.11 cannot read that, "+00:00" every parser reads.
    return QString(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
                   + QStringLiteral("+00:00"));
}

void insertTime(QJsonObject &object, const QString &name, qint64 unixSeconds)
{
    object.insert(name, isoTimeOrNull(unixSeconds));
    object.insert(name + QStringLiteral("_unix"), unixSeconds > 0 ? QJsonValue(unixSeconds) : QJsonValue());
}

} // namespace companion::server
