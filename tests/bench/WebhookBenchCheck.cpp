#include "WebhookBenchCheck.h"

#include "BenchSql.h"
#include "StripeEventFactory.h"
#include "db/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace companion::bench {

namespace Factory = StripeEventFactory;
using BenchSql::scalar;

void WebhookBenchCheck::expect(bool condition, const QString &what)
{
    ok = ok && condition;
    lines << QStringLiteral("    %1 %2").arg(condition ? QStringLiteral("ok      ") : QStringLiteral("MISMATCH"), what);
}

WebhookBenchCheck WebhookBenchCheck::ofRun(const QSqlDatabase &db, const WebhookBenchPlan &plan, const std::vector<LoadAnswer> &answers, qint64 sent)
{
    WebhookBenchCheck check;
    const size_t eventCount = plan.events.size();
    std::vector<int> acked(eventCount, 0), delivered(eventCount, 0);
    std::vector<QByteArray> firstOutcome(eventCount);
    qint64 ackedDeliveries = 0, unanswered = 0, duplicateAnswers = 0;
    for (qsizetype r = 0; r < sent; ++r) {
        const size_t e = size_t(plan.eventOfRequest[size_t(r)]);
        ++delivered[e];
        const LoadAnswer &answer = answers[size_t(r)];
        if (answer.status == 200) {
            ++acked[e];
            ++ackedDeliveries;
            if (answer.outcome == "duplicate")
                ++duplicateAnswers;
            else if (firstOutcome[e].isEmpty())
                firstOutcome[e] = answer.outcome;
        } else {
            ++unanswered; // not answered 200: the server may or may not have stored it
        }
    }
    const bool clean = unanswered == 0;

    struct Row {
        qint64 deliveries = 0;
        QByteArray outcome;
    };
    QHash<QByteArray, Row> rows;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT event_id, delivery_count, outcome FROM webhook_events WHERE starts_with(event_id, ?)"));
    q.addBindValue(plan.eventPrefix);
    if (!q.exec()) {
        check.expect(false, QStringLiteral("reading webhook_events: ") + db::Database::errorText(q.lastError()));
        return check;
    }
    while (q.next())
        rows.insert(q.value(0).toString().toLatin1(), {q.value(1).toLongLong(), q.value(2).toString().toLatin1()});

    qint64 ackedEvents = 0, sentEvents = 0, missing = 0, deliveryCountWrong = 0, outcomeWrong = 0, storedDeliveries = 0;
    QHash<QByteArray, qint64> dbOutcomes;
    for (size_t e = 0; e < eventCount; ++e) {
        sentEvents += delivered[e] > 0 ? 1 : 0;
        ackedEvents += acked[e] > 0 ? 1 : 0;
        const auto row = rows.constFind(plan.events[e].id);
        if (row == rows.constEnd()) {
            missing += acked[e] > 0 ? 1 : 0;
            continue;
        }
        storedDeliveries += row->deliveries;
        ++dbOutcomes[row->outcome];
        // Every acknowledged delivery is counted; a failed one may or may not have been.
        if (row->deliveries < acked[e] || row->deliveries > delivered[e])
            ++deliveryCountWrong;
        if (!firstOutcome[e].isEmpty() && firstOutcome[e] != row->outcome)
            ++outcomeWrong;
    }
    check.expect(missing == 0, QStringLiteral("events answered 200 and missing from webhook_events: %1 of %2").arg(missing).arg(ackedEvents));
    check.expect(clean ? qint64(rows.size()) == ackedEvents : qint64(rows.size()) <= sentEvents,
                 QStringLiteral("rows for this run: %1; distinct events acknowledged %2, sent %3").arg(rows.size()).arg(ackedEvents).arg(sentEvents));
    check.expect(clean ? storedDeliveries == ackedDeliveries : (storedDeliveries >= ackedDeliveries && storedDeliveries <= sent),
                 QStringLiteral("sum(delivery_count): %1; deliveries acknowledged %2, sent %3").arg(storedDeliveries).arg(ackedDeliveries).arg(sent));
    check.expect(deliveryCountWrong == 0, QStringLiteral("rows whose delivery_count disagrees with the deliveries: %1").arg(deliveryCountWrong));
    check.expect(outcomeWrong == 0, QStringLiteral("rows whose outcome differs from the one answered: %1").arg(outcomeWrong));
    check.expect(!clean || duplicateAnswers == ackedDeliveries - ackedEvents,
                 QStringLiteral("answered \"duplicate\": %1 (expected %2)").arg(duplicateAnswers).arg(ackedDeliveries - ackedEvents));
    QStringList outcomeList;
    for (auto it = dbOutcomes.cbegin(); it != dbOutcomes.cend(); ++it)
        outcomeList << QStringLiteral("%1 %2").arg(QString::fromLatin1(it.key())).arg(it.value());
    outcomeList.sort();
    check.expect(dbOutcomes.value("failed") == 0 && dbOutcomes.value("pending") == 0,
                 QStringLiteral("stored outcomes: %1").arg(outcomeList.join(QStringLiteral(", "))));
    const qint64 rejected = scalar(db, QStringLiteral("SELECT count(*) FROM webhook_events WHERE outcome = 'rejected'")).toLongLong();
    check.expect(rejected == 0, QStringLiteral("deliveries rejected (bad signature) so far: %1").arg(rejected));

    // The state: each acknowledged invoice stored; each subscription has seen at
    // least its newest acknowledged event carrying its state (an invoice or a
    // checkout moves it on only when the server could fetch it from Stripe) and
    // nothing newer than was sent, belongs to its user, and is canceled once its
    // deletion was acknowledged; a user with an active subscription is premium,
    // one whose subscriptions all ended is not.
    struct Expected {
        int user = 0;
        qint64 subscriptionEvent = 0; // lower bound for last_event_created
        qint64 anyEvent = 0;          // upper bound
        bool carried = false;         // an acknowledged event carried its state
        bool deleted = false;
    };
    qint64 invoicesAcked = 0;
    QHash<QString, Expected> expected; // by subscription id
    QSet<QString> touchedUsers;
    for (size_t e = 0; e < eventCount; ++e) {
        const PlannedEvent &event = plan.events[e];
        if (!acked[e] && (clean || !delivered[e]))
            continue;
        Expected &x = expected[Factory::subscriptionId(event.user, event.generation)];
        x.user = event.user;
        x.anyEvent = qMax(x.anyEvent, event.created);
        if (!acked[e])
            continue; // sent, fate unknown: it only widens the upper bound
        touchedUsers.insert(Factory::userId(event.user));
        invoicesAcked += event.isInvoice() ? 1 : 0;
        if (event.carriesSubscription()) {
            x.carried = true;
            x.subscriptionEvent = qMax(x.subscriptionEvent, event.created);
            x.deleted = x.deleted || event.kind == EventKind::Deleted;
        }
    }
    const qint64 invoicesStored =
        scalar(db, QStringLiteral("SELECT count(*) FROM invoices WHERE starts_with(id, ?)"), {plan.invoicePrefix}).toLongLong();
    check.expect(clean ? invoicesStored == invoicesAcked : invoicesStored >= invoicesAcked,
                 QStringLiteral("invoices stored: %1 (acknowledged invoice events: %2)").arg(invoicesStored).arg(invoicesAcked));
    struct Stored {
        qint64 lastEventCreated = 0;
        QString user;
        QString status;
    };
    QHash<QString, Stored> subscriptions;
    struct Held {
        int active = 0, canceled = 0, all = 0;
    };
    QHash<QString, Held> held; // by user
    if (q.exec(QStringLiteral("SELECT id, last_event_created, user_id, status FROM subscriptions WHERE starts_with(id, 'sub_bench')"))) {
        while (q.next()) {
            const Stored row{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
            subscriptions.insert(q.value(0).toString(), row);
            Held &h = held[row.user];
            h.active += row.status == QLatin1String("active") ? 1 : 0;
            h.canceled += row.status == QLatin1String("canceled") ? 1 : 0;
            ++h.all;
        }
    }
    QSet<QString> premium;
    if (q.exec(QStringLiteral("SELECT id FROM users WHERE is_premium"))) {
        while (q.next())
            premium.insert(q.value(0).toString());
    }
    qint64 subscriptionsBehind = 0, subscriptionsMissing = 0, wrongOwner = 0, notCanceled = 0, touched = 0;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!it->carried)
            continue;
        ++touched;
        const auto sub = subscriptions.constFind(it.key());
        if (sub == subscriptions.constEnd()) {
            ++subscriptionsMissing;
            continue;
        }
        // At its newest subscription event, or later: Stripe's state fetched by the
        // server is stamped with the time it asked (never after now).
        if (sub->lastEventCreated < it->subscriptionEvent || sub->lastEventCreated > qMax(it->anyEvent, now))
            ++subscriptionsBehind;
        if (sub->user != Factory::userId(it->user))
            ++wrongOwner;
        if (it->deleted && sub->status != QLatin1String("canceled"))
            ++notCanceled;
    }
    check.expect(subscriptionsMissing == 0 && subscriptionsBehind == 0 && wrongOwner == 0 && notCanceled == 0,
                 QStringLiteral("subscriptions touched: %1; missing %2, not at their newest event %3, wrong user %4, deleted but not canceled %5")
                     .arg(touched).arg(subscriptionsMissing).arg(subscriptionsBehind).arg(wrongOwner).arg(notCanceled));
    qint64 activeNotPremium = 0, endedButPremium = 0;
    for (const QString &user : std::as_const(touchedUsers)) {
        const Held h = held.value(user);
        activeNotPremium += h.active > 0 && !premium.contains(user) ? 1 : 0;
        endedButPremium += h.all > 0 && h.canceled == h.all && premium.contains(user) ? 1 : 0;
    }
    check.expect(activeNotPremium == 0 && endedButPremium == 0,
                 QStringLiteral("users touched: %1; with an active subscription but not premium %2, every subscription ended but premium %3")
                     .arg(touchedUsers.size()).arg(activeNotPremium).arg(endedButPremium));
    return check;
}

} // namespace companion::bench
