#pragma once

#include "HttpLoadGenerator.h"
#include "WebhookBenchOptions.h"
#include "WebhookBenchWorld.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <vector>

namespace companion::bench {

// The server is started with it; every planned delivery is signed with it.
inline const QByteArray kWebhookSecret = "whsec_bench_webhook_ingest_3f9a1c27d08e4b65";

enum class EventKind : char { Updated, Created, InvoicePaid, CheckoutCompleted, Deleted, PaymentFailed };
constexpr int kEventKinds = 6;
const char *eventTypeOf(EventKind kind);

struct PlannedEvent {
    QByteArray id;
    qint64 created = 0;
    int user = 0;
    int generation = 0; // which of the user's subscriptions it is about
    EventKind kind = EventKind::Updated;
    QByteArray invoiceId;
    // Carries the subscription's state (so the mirror must reach it), rather than naming it.
    bool carriesSubscription() const { return kind == EventKind::Updated || kind == EventKind::Created || kind == EventKind::Deleted; }
    bool isInvoice() const { return kind == EventKind::InvoicePaid || kind == EventKind::PaymentFailed; }
};

// The events of one run, as signed HTTP requests.
struct WebhookBenchPlan {
    QString eventPrefix;   // evt_bench_r<run>_
    QString invoicePrefix; // in_bench_r<run>_
    QList<LoadRequest> requests;
    std::vector<int> eventOfRequest;
    std::vector<char> redelivery; // per request
    std::vector<PlannedEvent> events;
    StripeEventFactory::Shape shape = StripeEventFactory::Shape::Pinned;
    qint64 bodyBytes[kEventKinds] = {}; // by EventKind
    qint64 bodies[kEventKinds] = {};

    qint64 averageBodyBytes(EventKind kind) const { return bodyBytes[int(kind)] / qMax<qint64>(1, bodies[int(kind)]); }
    // The body of the first request.
    QByteArray firstPayload() const;

    // All bodies and signatures of a run, before it starts: the timed part only sends.
    // The events carry on from `world` and leave it as they would leave the shop.
    static WebhookBenchPlan build(int run, qsizetype requests, int concurrency, const WebhookBenchOptions &options,
                                  StripeEventFactory::Shape shape, WebhookBenchWorld &world, quint16 port, QRandomGenerator &rng);
};

} // namespace companion::bench
