#pragma once

#include "db/SqlDialect.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QRandomGenerator;

namespace companion::test {

// Genuine Stripe traffic for load tests of the webhook receiver: learners
// usr_bench<n> (customer cus_bench<n>) whose one subscription goes through a run of
// states, one event per second, so the newest event decides its final state.
struct GenuineEvent {
    QByteArray id;
    int user = 0;
    qint64 created = 0;
    QString status;
    bool cancelAtPeriodEnd = false;
    QByteArray body;
};

class WebhookTraffic
{
public:
    // `perUser` events for each of `users` learners, created from `start` on.
    static QList<GenuineEvent> subscriptionHistories(int users, int perUser, qint64 start, const QByteArray &idPrefix, QRandomGenerator &rng);
    // The learners the histories belong to.
    static bool seedUsers(const QSqlDatabase &db, db::Dialect dialect, int users, QString *error);
    // A POST to /api/v1/payments/webhook as Stripe sends it; a null signature leaves the header out.
    static QByteArray request(const QByteArray &signature, const QByteArray &body);

    // What the database holds afterwards.
    struct Check {
        qint64 lost = 0;              // delivered (answered 200) but not stored as applied/stale
        qint64 deliveryCountsOff = 0; // stored delivery_count differs from the 200 answers
        int users = 0;                // learners with a delivered event
        int wrongFinalStates = 0;     // subscription not in its newest delivered event's state
    };
    // `okDeliveries`: event id → how many deliveries of it were answered 200.
    static Check check(const QSqlDatabase &db, const QList<GenuineEvent> &events, const QHash<QByteArray, int> &okDeliveries,
                       const QString &idPattern);
};

} // namespace companion::test
