#include "WebhookBenchPlan.h"

#include "StripeEventFactory.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <utility>

namespace companion::bench {

namespace Factory = StripeEventFactory;

namespace {

QByteArray signatureHeader(qint64 t, const QByteArray &body)
{
    const QByteArray stamp = QByteArray::number(t);
    const QByteArray mac = QMessageAuthenticationCode::hash(stamp + '.' + body, kWebhookSecret, QCryptographicHash::Sha256).toHex();
    return "t=" + stamp + ",v1=" + mac;
}

// Which event comes next, by the workload's percentages.
EventKind pickKind(const WebhookBenchOptions &options, QRandomGenerator &rng)
{
    if (options.workload == WebhookBenchOptions::Workload::Mix) {
        const int pick = int(rng.bounded(options.mix[0] + options.mix[1] + options.mix[2]));
        return pick < options.mix[0] ? EventKind::Updated : pick < options.mix[0] + options.mix[1] ? EventKind::Created : EventKind::InvoicePaid;
    }
    const int *m = options.guideMix;
    const int pick = int(rng.bounded(m[0] + m[1] + m[2] + m[3]));
    return pick < m[0]                ? EventKind::CheckoutCompleted
           : pick < m[0] + m[1]        ? EventKind::Updated
           : pick < m[0] + m[1] + m[2] ? EventKind::Deleted
                                       : EventKind::PaymentFailed;
}
} // namespace

const char *eventTypeOf(EventKind kind)
{
    switch (kind) {
    case EventKind::Updated: return "customer.subscription.updated";
    case EventKind::Created: return "customer.subscription.created";
    case EventKind::InvoicePaid: return "invoice.paid";
    case EventKind::CheckoutCompleted: return "checkout.session.completed";
    case EventKind::Deleted: return "customer.subscription.deleted";
    case EventKind::PaymentFailed: return "invoice.payment_failed";
    }
    return "";
}

QByteArray WebhookBenchPlan::firstPayload() const
{
    if (requests.isEmpty())
        return {};
    const QByteArray &message = requests.first().message;
    return message.mid(message.indexOf("\r\n\r\n") + 4);
}

WebhookBenchPlan WebhookBenchPlan::build(int run, qsizetype requests, int concurrency, const WebhookBenchOptions &options,
                                         Factory::Shape shape, WebhookBenchWorld &world, quint16 port, QRandomGenerator &rng)
{
    WebhookBenchPlan plan;
    plan.shape = shape;
    plan.eventPrefix = QStringLiteral("evt_bench_r%1_").arg(run);
    plan.invoicePrefix = QStringLiteral("in_bench_r%1_").arg(run);
    plan.requests.reserve(requests);
    plan.eventOfRequest.reserve(size_t(requests));
    const qint64 signedAt = QDateTime::currentSecsSinceEpoch();
    // Events are created after every answer Stripe has given so far (the server
    // stamps those with when it asked), as in the shop, where time only moves on.
    world.nextCreated = qMax(world.nextCreated, signedAt + 1);
    const QByteArray head = "POST /api/v1/payments/webhook HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                            + "\r\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\r\nAccept: */*; q=0.5, application/xml\r\n"
                              "Cache-Control: no-cache\r\nContent-Type: application/json; charset=utf-8\r\nStripe-Signature: ";
    const qsizetype recentWindow = 2000; // Stripe redelivers recent events, not ancient ones
    for (qsizetype r = 0; r < requests; ++r) {
        // A redelivery repeats an event sent at least 2×C requests earlier, so its
        // first delivery has almost surely been answered (as with Stripe's retries).
        const qsizetype earliest = qMax<qsizetype>(0, r - recentWindow), latest = r - 2 * concurrency;
        if (latest > earliest && rng.generateDouble() < 0.05) {
            const qsizetype original = earliest + qsizetype(rng.bounded(quint64(latest - earliest)));
            plan.requests.append(plan.requests.at(original)); // same bytes, shared, not copied
            plan.eventOfRequest.push_back(plan.eventOfRequest[size_t(original)]);
            plan.redelivery.push_back(1);
            continue;
        }
        PlannedEvent event;
        const qsizetype n = qsizetype(plan.events.size());
        event.id = (plan.eventPrefix + QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'))).toLatin1();
        event.created = world.nextCreated++;
        event.kind = pickKind(options, rng);
        const bool starts = event.kind == EventKind::Created || event.kind == EventKind::CheckoutCompleted;
        if (event.kind == EventKind::Created && world.withoutSubscription.empty())
            event.kind = EventKind::Updated;
        if (starts && event.kind != EventKind::Updated) {
            if (!world.withoutSubscription.empty()) {
                event.user = world.withoutSubscription.back();
                world.withoutSubscription.pop_back();
                world.withSubscription.push_back(event.user);
            } else {
                // Everyone subscribes already: a learner buys a second subscription.
                event.user = world.withSubscription[size_t(rng.bounded(quint64(world.withSubscription.size())))];
            }
            world.subscribed[size_t(event.user)] = 1;
            if (event.kind == EventKind::CheckoutCompleted)
                ++world.generation[size_t(event.user)]; // Checkout makes a new subscription
        } else {
            const size_t at = size_t(rng.bounded(quint64(world.withSubscription.size())));
            event.user = world.withSubscription[at];
            if (event.kind == EventKind::Deleted) {
                world.withSubscription[at] = world.withSubscription.back();
                world.withSubscription.pop_back();
                // Back among those without, somewhere in the shuffled pool.
                world.withoutSubscription.push_back(event.user);
                std::swap(world.withoutSubscription.back(),
                          world.withoutSubscription[size_t(rng.bounded(quint64(world.withoutSubscription.size())))]);
                world.subscribed[size_t(event.user)] = 0;
            }
        }
        event.generation = world.generation[size_t(event.user)];
        const int gen = event.generation;
        const QString id = QString::fromLatin1(event.id);
        const QString type = QString::fromLatin1(eventTypeOf(event.kind));
        qint64 periodStart = world.periodStartOf(event.user);
        // One paid invoice in ten is a renewal our mirror has not seen yet: its period
        // is the next one, so the server asks Stripe for the subscription.
        if (event.kind == EventKind::InvoicePaid && n % 10 == 0)
            periodStart += Factory::kMonth;
        if (event.isInvoice())
            event.invoiceId = (plan.invoicePrefix + QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'))).toLatin1();
        QJsonObject object, previous;
        switch (event.kind) {
        case EventKind::Updated: {
            const bool pastDue = n % 17 == 0;
            const QString invoice = QStringLiteral("in_bench_r%1_%2_previous").arg(run).arg(n);
            object = Factory::subscription(event.user, pastDue ? QStringLiteral("past_due") : QStringLiteral("active"), periodStart, invoice, shape, gen);
            previous = pastDue ? QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}
                               : QJsonObject{{QStringLiteral("latest_invoice"), QStringLiteral("in_previous")}};
            break;
        }
        case EventKind::Created:
            object = Factory::subscription(event.user, QStringLiteral("active"), periodStart, QStringLiteral("in_first"), shape, gen);
            break;
        case EventKind::Deleted:
            object = Factory::subscription(event.user, QStringLiteral("canceled"), periodStart, QStringLiteral("in_last"), shape, gen);
            world.canceledSincePlanned << Factory::subscriptionId(event.user, gen);
            break;
        case EventKind::InvoicePaid:
            object = Factory::paidInvoice(event.user, QString::fromLatin1(event.invoiceId), periodStart, shape, gen);
            break;
        case EventKind::PaymentFailed:
            object = Factory::failedInvoice(event.user, QString::fromLatin1(event.invoiceId), periodStart, shape, gen);
            break;
        case EventKind::CheckoutCompleted:
            object = Factory::checkoutSession(event.user, QStringLiteral("cs_bench_r%1_%2").arg(run).arg(n), event.created, shape, gen);
            break;
        }
        const QByteArray body = Factory::event(id, type, event.created, object, previous, shape);
        plan.bodyBytes[int(event.kind)] += body.size();
        ++plan.bodies[int(event.kind)];
        plan.requests.append({head + signatureHeader(signedAt, body) + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                              event.id});
        plan.eventOfRequest.push_back(int(plan.events.size()));
        plan.redelivery.push_back(0);
        plan.events.push_back(event);
    }
    return plan;
}

} // namespace companion::bench
