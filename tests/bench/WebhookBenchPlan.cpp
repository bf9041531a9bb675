#include "WebhookBenchPlan.h"

#include "StripeEventFactory.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace companion::bench {

namespace Factory = StripeEventFactory;

namespace {

QByteArray signatureHeader(qint64 t, const QByteArray &body)
{
    const QByteArray stamp = QByteArray::number(t);
    const QByteArray mac = QMessageAuthenticationCode::hash(stamp + '.' + body, kWebhookSecret, QCryptographicHash::Sha256).toHex();
    return "t=" + stamp + ",v1=" + mac;
}

} // namespace

QByteArray WebhookBenchPlan::firstPayload() const
{
    if (requests.isEmpty())
        return {};
    const QByteArray &message = requests.first().message;
    return message.mid(message.indexOf("\r\n\r\n") + 4);
}

WebhookBenchPlan WebhookBenchPlan::build(int run, qsizetype requests, int concurrency, const WebhookBenchOptions &options,
                                         WebhookBenchWorld &world, quint16 port, QRandomGenerator &rng)
{
    WebhookBenchPlan plan;
    plan.eventPrefix = QStringLiteral("evt_bench_r%1_").arg(run);
    plan.invoicePrefix = QStringLiteral("in_bench_r%1_").arg(run);
    plan.requests.reserve(requests);
    plan.eventOfRequest.reserve(size_t(requests));
    const qint64 signedAt = QDateTime::currentSecsSinceEpoch();
    const QByteArray head = "POST /api/v1/payments/webhook HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                            + "\r\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\r\nAccept: */*; q=0.5, application/xml\r\n"
                              "Cache-Control: no-cache\r\nContent-Type: application/json; charset=utf-8\r\nStripe-Signature: ";
    const int mixTotal = options.mix[0] + options.mix[1] + options.mix[2];
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
        event.id = (plan.eventPrefix + QStringLiteral("%1").arg(plan.events.size(), 8, 10, QLatin1Char('0'))).toLatin1();
        event.created = world.nextCreated++;
        const int pick = int(rng.bounded(mixTotal));
        event.kind = pick < options.mix[0]                  ? EventKind::Updated
                     : pick < options.mix[0] + options.mix[1] ? EventKind::Created
                                                              : EventKind::InvoicePaid;
        if (event.kind == EventKind::Created && world.withoutSubscription.empty())
            event.kind = EventKind::Updated;
        if (event.kind == EventKind::Created) {
            event.user = world.withoutSubscription.back();
            world.withoutSubscription.pop_back();
            world.subscribed[size_t(event.user)] = 1;
            world.withSubscription.push_back(event.user);
        } else {
            event.user = world.withSubscription[size_t(rng.bounded(quint64(world.withSubscription.size())))];
        }
        const QString id = QString::fromLatin1(event.id);
        qint64 periodStart = world.periodStartOf(event.user);
        // One paid invoice in ten is a renewal our mirror has not seen yet: its period
        // is the next one, so the server asks Stripe for the subscription.
        if (event.kind == EventKind::InvoicePaid && plan.events.size() % 10 == 0)
            periodStart += Factory::kMonth;
        QByteArray body;
        switch (event.kind) {
        case EventKind::Updated: {
            const bool pastDue = plan.events.size() % 17 == 0;
            const QString invoice = QStringLiteral("in_bench_r%1_%2_previous").arg(run).arg(plan.events.size());
            body = Factory::event(id, QStringLiteral("customer.subscription.updated"), event.created,
                                  Factory::subscription(event.user, pastDue ? QStringLiteral("past_due") : QStringLiteral("active"), periodStart, invoice),
                                  pastDue ? QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}
                                          : QJsonObject{{QStringLiteral("latest_invoice"), QStringLiteral("in_previous")}});
            break;
        }
        case EventKind::Created:
            body = Factory::event(id, QStringLiteral("customer.subscription.created"), event.created,
                                  Factory::subscription(event.user, QStringLiteral("active"), periodStart, QStringLiteral("in_first")));
            break;
        case EventKind::InvoicePaid:
            event.invoiceId = (plan.invoicePrefix + QStringLiteral("%1").arg(plan.events.size(), 8, 10, QLatin1Char('0'))).toLatin1();
            body = Factory::event(id, QStringLiteral("invoice.paid"), event.created,
                                  Factory::paidInvoice(event.user, QString::fromLatin1(event.invoiceId), periodStart));
            break;
        }
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
