#pragma once

#include "RunningProgram.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace companion::test {

// The subscription of `userId` as Stripe's API returns it: sub_<user>, customer
// cus_<user>, metadata.user_id set, a monthly $9.99 price, a 30-day period from `created`.
QJsonObject subscriptionObject(const QString &userId, const QString &status, qint64 created);
// A customer.subscription.created event carrying that subscription.
QByteArray subscriptionEvent(const QString &eventId, const QString &userId, const QString &status, qint64 created);

// POSTs `body` to the server's webhook endpoint with `signature` (none when empty).
HttpReply deliverWebhook(const QUrl &server, const QByteArray &body, const QByteArray &signature);
// The same, signed now with `secret`.
HttpReply deliverSignedWebhook(const QUrl &server, const QByteArray &body, const QByteArray &secret);

} // namespace companion::test
