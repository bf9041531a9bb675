#pragma once

#include "db/SqlDialect.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QStringList>

namespace companion::billing {

// A Stripe event companion-server should have acted on but never received, or
// received and failed to apply.
struct MissedEvent {
    QJsonObject event;     // as Stripe lists it
    QString id;
    QString type;
    qint64 created = 0;
    int pendingWebhooks = 0; // Stripe's count of endpoints still waiting for it
    QString objectId;
    QString ourOutcome;      // empty: never received; else "failed" or "pending"
    QString ourError;
    QString userId;          // from our log, when we have it
};

// What to read again from Stripe before applying a missed event: the current
// objects, not the event's (possibly stale) copy.
struct Refetch {
    QStringList subscriptions;
    QStringList invoices;
};

struct RecoverResult {
    bool ok = false;
    QString outcome; // what the event's own processing said afterwards
    QString error;
};

namespace MissedEvents {

// The event types companion-server acts on (the others it stores as ignored).
bool isHandled(const QString &type);

// Stripe's listed events (it keeps them 30 days) against our webhook log.
QList<MissedEvent> compare(QSqlDatabase db, db::Dialect dialect, const QList<QJsonObject> &stripeEvents, QString *error);

Refetch refetchFor(const MissedEvent &missed);

// Where a recovery starts listing Stripe's events: an hour before the newest event
// we hold (events of one moment arrive in any order), and at least a day back, so
// a run after a quiet day still sees what a broken endpoint lost; never more than
// the 30 days Stripe keeps. 0 when the log holds no event yet (all 30 days).
qint64 recoverySince(QSqlDatabase db, qint64 now);

// Applies the re-read objects through the webhook code, then stores (or
// reprocesses) the event itself so the log has it; audited as webhook.recover.
RecoverResult apply(QSqlDatabase db, db::Dialect dialect, const MissedEvent &missed, const QList<QJsonObject> &subscriptions,
                    const QList<QJsonObject> &invoices, const QString &actor, const QString &source, qint64 now);

} // namespace MissedEvents

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::MissedEvent)
