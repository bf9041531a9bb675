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
    // least its newest acknowledged subscription event (an invoice.paid moves it on
    // only when the server could fetch the subscription from Stripe) and nothing
    // newer than was sent; each user it belongs to is premium.
    struct Newest {
        qint64 subscriptionEvent = 0; // lower bound for last_event_created
        qint64 anyEvent = 0;          // upper bound
        bool acknowledged = false;
    };
    qint64 invoicesAcked = 0;
    QHash<int, Newest> newestByUser;
    for (size_t e = 0; e < eventCount; ++e) {
        const PlannedEvent &event = plan.events[e];
        if (!acked[e] && (clean || !delivered[e]))
            continue;
        Newest &newest = newestByUser[event.user];
        newest.anyEvent = qMax(newest.anyEvent, event.created);
        if (!acked[e])
            continue; // sent, fate unknown: it only widens the upper bound
        newest.acknowledged = true;
        invoicesAcked += event.kind == EventKind::InvoicePaid ? 1 : 0;
        if (event.kind != EventKind::InvoicePaid)
            newest.subscriptionEvent = qMax(newest.subscriptionEvent, event.created);
    }
    const qint64 invoicesStored =
        scalar(db, QStringLiteral("SELECT count(*) FROM invoices WHERE starts_with(id, ?)"), {plan.invoicePrefix}).toLongLong();
    check.expect(clean ? invoicesStored == invoicesAcked : invoicesStored >= invoicesAcked,
                 QStringLiteral("invoices stored: %1 (acknowledged invoice.paid: %2)").arg(invoicesStored).arg(invoicesAcked));
    QHash<int, std::pair<qint64, QString>> subscriptions;
    if (q.exec(QStringLiteral("SELECT id, last_event_created, user_id FROM subscriptions WHERE starts_with(id, 'sub_bench')"))) {
        while (q.next())
            subscriptions.insert(Factory::userOfSubscription(q.value(0).toString()), {q.value(1).toLongLong(), q.value(2).toString()});
    }
    QSet<QString> premium;
    if (q.exec(QStringLiteral("SELECT id FROM users WHERE is_premium"))) {
        while (q.next())
            premium.insert(q.value(0).toString());
    }
    qint64 subscriptionsBehind = 0, subscriptionsMissing = 0, wrongOwner = 0, notPremium = 0;
    qint64 touched = 0;
    for (auto it = newestByUser.cbegin(); it != newestByUser.cend(); ++it) {
        if (!it->acknowledged)
            continue;
        ++touched;
        const auto sub = subscriptions.constFind(it.key());
        if (sub == subscriptions.constEnd()) {
            ++subscriptionsMissing;
            continue;
        }
        // At its newest subscription event, or later: Stripe's state fetched by the
        // server is stamped with the time it asked (never after now).
        if (sub->first < it->subscriptionEvent || sub->first > qMax(it->anyEvent, QDateTime::currentSecsSinceEpoch()))
            ++subscriptionsBehind;
        if (sub->second != Factory::userId(it.key()))
            ++wrongOwner;
        if (!premium.contains(Factory::userId(it.key())))
            ++notPremium;
    }
    check.expect(subscriptionsMissing == 0 && subscriptionsBehind == 0 && wrongOwner == 0,
                 QStringLiteral("subscriptions touched: %1; missing %2, not at their newest event %3, wrong user %4")
                     .arg(touched).arg(subscriptionsMissing).arg(subscriptionsBehind).arg(wrongOwner));
    check.expect(notPremium == 0, QStringLiteral("their users not premium: %1").arg(notPremium));
    return check;
}

} // namespace companion::bench
