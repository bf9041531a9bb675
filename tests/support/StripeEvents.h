#pragma once

#include "RunningProgram.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace companion::test {

// A customer.subscription.created event for `userId` (subscription sub_<user>,
// customer cus_<user>, metadata.user_id set, a 30-day period from `created`).
QByteArray subscriptionEvent(const QString &eventId, const QString &userId, const QString &status, qint64 created);

// POSTs `body` to the server's webhook endpoint with `signature` (none when empty).
HttpReply deliverWebhook(const QUrl &server, const QByteArray &body, const QByteArray &signature);
// The same, signed now with `secret`.
HttpReply deliverSignedWebhook(const QUrl &server, const QByteArray &body, const QByteArray &secret);

} // namespace companion::test
