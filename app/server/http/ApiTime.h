#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace companion::server {

// Times in the learner API: ISO-8601 in UTC with an explicit offset, exactly as
// Python's datetime.isoformat() writes an aware UTC time ("2026-12-31T12:00:00+00:00"),
// which the original guide's SubscriptionResponse declares as a string. 0 means
// "no time" and becomes null.
QJsonValue isoTimeOrNull(qint64 unixSeconds);

// Sets `name` to the ISO string and `name_unix` to the Unix seconds (both null
// when there is no time), for clients that want the number.
void insertTime(QJsonObject &object, const QString &name, qint64 unixSeconds);

} // namespace companion::server
