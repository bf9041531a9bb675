#pragma once

#include <QSqlDatabase>
#include <QString>

namespace companion::bench::WebhookBenchSeed {

// Users usr_bench0…N-1, each with a Stripe customer; every second one already
// subscribed (with one event of history), so the tables and indexes the receiver
// touches have a realistic size. Set-based: a few statements, not N round trips.
// WebhookBenchWorld::seeded() describes the same state to the event plan.
bool seed(const QSqlDatabase &db, int users, qint64 now, QString *error);

} // namespace companion::bench::WebhookBenchSeed
