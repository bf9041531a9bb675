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

enum class EventKind : char { Updated, Created, InvoicePaid };

struct PlannedEvent {
    QByteArray id;
    qint64 created = 0;
    int user = 0;
    EventKind kind = EventKind::Updated;
    QByteArray invoiceId;
};

// The events of one run, as signed HTTP requests.
struct WebhookBenchPlan {
    QString eventPrefix;   // evt_bench_r<run>_
    QString invoicePrefix; // in_bench_r<run>_
    QList<LoadRequest> requests;
    std::vector<int> eventOfRequest;
    std::vector<char> redelivery; // per request
    std::vector<PlannedEvent> events;
    qint64 bodyBytes[3] = {0, 0, 0}; // by EventKind
    qint64 bodies[3] = {0, 0, 0};

    qint64 averageBodyBytes(EventKind kind) const { return bodyBytes[int(kind)] / qMax<qint64>(1, bodies[int(kind)]); }
    // The body of the first request.
    QByteArray firstPayload() const;

    // All bodies and signatures of a run, before it starts: the timed part only sends.
    // The events carry on from `world` and leave it as they would leave the shop.
    static WebhookBenchPlan build(int run, qsizetype requests, int concurrency, const WebhookBenchOptions &options,
                                  WebhookBenchWorld &world, quint16 port, QRandomGenerator &rng);
};

} // namespace companion::bench
