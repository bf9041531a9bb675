#include "MissedEvents.h"

#include "AuditLog.h"
#include "BillingStore.h"
#include "EventProcessor.h"
#include "Rules.h"
#include "StripeObjects.h"
#include "db/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace companion::billing {

namespace MissedEvents {

bool isHandled(const QString &type)
{
    // What changes access or money; customer.* only feeds the timeline. Payouts
    // (the cash reconciliation) and discounts (MRR) count as money: an endpoint
    // sending only the events access needs still gets them this way, each applied
    // as a late delivery would be (the mirrors keep the newest state).
    switch (Rules::kindOf(type)) {
    case EventKind::Subscription:
    case EventKind::Checkout:
    case EventKind::Invoice:
    case EventKind::Refund:
    case EventKind::Dispute:
    case EventKind::Payout:
    case EventKind::Discount:
        return true;
    case EventKind::Customer:
    case EventKind::Other:
        return false;
    }
    return false;
}

QList<MissedEvent> compare(QSqlDatabase db, db::Dialect dialect, const QList<QJsonObject> &stripeEvents, QString *error)
{
    QList<MissedEvent> out;
    QStringList ids;
    for (const QJsonObject &e : stripeEvents)
        if (isHandled(e.value(QStringLiteral("type")).toString()))
            ids << e.value(QStringLiteral("id")).toString();
    // What our log says about each, the ids bound as one list.
    QHash<QString, QPair<QString, QString>> logged; // id -> (outcome, error)
    QHash<QString, QString> userOf;
    if (!ids.isEmpty()) {
        QSqlQuery q(db);
        if (!db::Database::exec(q, QStringLiteral("SELECT event_id, outcome, error, user_id FROM webhook_events WHERE ")
                                       + db::inBoundList(dialect, QStringLiteral("event_id")),
                                {db::boundList(dialect, ids)}, error))
            return {};
        while (q.next()) {
            logged.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
            userOf.insert(q.value(0).toString(), q.value(3).toString());
        }
    }
    for (const QJsonObject &e : stripeEvents) {
        const QString id = e.value(QStringLiteral("id")).toString();
        const QString type = e.value(QStringLiteral("type")).toString();
        if (!isHandled(type))
            continue;
        const auto found = logged.constFind(id);
        if (found != logged.constEnd() && found->first != QLatin1String("failed") && found->first != QLatin1String("pending"))
            continue; // applied, duplicate, stale or ignored: nothing was lost
        MissedEvent m;
        m.event = e;
        m.id = id;
        m.type = type;
        m.created = e.value(QStringLiteral("created")).toInteger();
        m.pendingWebhooks = e.value(QStringLiteral("pending_webhooks")).toInt();
        m.objectId = e.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString();
        if (found != logged.constEnd()) {
            m.ourOutcome = found->first;
            m.ourError = found->second;
            m.userId = userOf.value(id);
        }
        out << m;
    }
    std::stable_sort(out.begin(), out.end(), [](const MissedEvent &a, const MissedEvent &b) { return a.created < b.created; });
    return out;
}

qint64 recoverySince(QSqlDatabase db, qint64 now)
{
    QSqlQuery newest(db);
    QString error;
    if (!db::Database::exec(newest, QStringLiteral("SELECT MAX(created) FROM webhook_events WHERE event_id IS NOT NULL"), {}, &error)
        || !newest.next() || newest.value(0).isNull())
        return 0;
    return qMax(qMin(newest.value(0).toLongLong() - 3600, now - 86400), now - qint64(30) * 86400);
}

Refetch refetchFor(const MissedEvent &missed)
{
    Refetch r;
    const QJsonObject object = missed.event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    const EventKind kind = Rules::kindOf(missed.type);
    if (kind == EventKind::Subscription) {
        r.subscriptions << missed.objectId;
    } else if (kind == EventKind::Checkout) {
        const QString subscription = StripeObjects::idOf(object.value(QStringLiteral("subscription")));
        if (!subscription.isEmpty())
            r.subscriptions << subscription;
    } else if (kind == EventKind::Invoice) {
        r.invoices << missed.objectId;
        const QString subscription = StripeObjects::invoiceSubscription(object);
        if (!subscription.isEmpty())
            r.subscriptions << subscription;
    }
    return r;
}

RecoverResult apply(QSqlDatabase db, db::Dialect dialect, const MissedEvent &missed, const QList<QJsonObject> &subscriptions,
                    const QList<QJsonObject> &invoices, const QString &actor, const QString &source, qint64 now)
{
    RecoverResult result;
    EventProcessor processor(db, dialect);
    // The event itself into the log first: stored as Stripe sent it, or a failed
    // one tried again. Its copy of the object may be old (an invoice's, say, has
    // no ordering guard), so Stripe's current objects are applied after it and
    // have the last word.
    const ProcessOutcome outcome = missed.ourOutcome.isEmpty()
                                       ? processor.process(QJsonDocument(missed.event).toJson(QJsonDocument::Indented), now)
                                       : processor.reprocess(missed.id);
    if (!outcome.stored) {
        result.error = outcome.error;
        return result;
    }
    result.outcome = outcome.name();
    // Subscriptions before invoices: an invoice's owner may come through the customer a subscription links.
    processor.applyCurrentSubscriptions(subscriptions, now, &result.error);
    if (result.error.isEmpty() && !invoices.isEmpty())
        processor.applyCurrentInvoices(invoices, &result.error);
    if (!result.error.isEmpty())
        return result;
    const Refetch refetched = refetchFor(missed);
    AuditEntry entry;
    entry.actor = actor;
    entry.source = source;
    entry.action = QStringLiteral("webhook.recover");
    entry.targetType = QStringLiteral("event");
    entry.targetId = missed.id;
    entry.userId = outcome.userId;
    entry.reason = missed.ourOutcome.isEmpty() ? QStringLiteral("never received") : QStringLiteral("failed: ") + missed.ourError;
    entry.after = QJsonObject{{QStringLiteral("type"), missed.type},
                              {QStringLiteral("outcome"), outcome.name()},
                              {QStringLiteral("subscriptions_refetched"), QJsonArray::fromStringList(refetched.subscriptions)},
                              {QStringLiteral("invoices_refetched"), QJsonArray::fromStringList(refetched.invoices)}};
    BillingStore store(db, dialect);
    if (!store.atomically([&] { AuditLog::record(db, entry, now); }, &result.error))
        return result;
    result.ok = true;
    return result;
}

} // namespace MissedEvents

} // namespace companion::billing
