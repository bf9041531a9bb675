#pragma once

#include "ServerConfig.h"

#include <QStringList>

namespace companion::server {

// One-shot operator commands of companion-server (besides serving). Each prints
// what it did and returns the process exit code.
class ServerCommands
{
public:
    explicit ServerCommands(const ServerConfig &config) : m_config(config) {}

    // migrate: applies pending migrations and exits (systemd's ExecStartPre, a deploy
    // step); prints the schema version before and after.
    int migrate() const;
    // Creates `users` demo learners in an empty database.
    int seedDemo(int users, quint32 seed) const;
    // user add EMAIL [--name N]
    int addUser(const QString &email, const QString &name) const;
    // token EMAIL [--ttl 1h]: a learner token signed with JWT_SECRET, for testing the API.
    int mintToken(const QString &email, const QString &ttl) const;
    // admin-token create --label L | list | revoke ID
    int adminToken(const QStringList &arguments, const QString &label) const;

    // sync-stripe: Stripe's subscriptions and invoices into the database (missed
    // webhooks, a first start on an existing account, the demo's history).
    int syncStripe() const;
    // sync-stripe --events: Stripe's events since the newest one in the webhook
    // log (at most 30 days back) that the log lacks or failed: each object read
    // again from Stripe and applied, the event kept (an incremental sync).
    int syncStripeEvents() const;

    // doctor: the whole set-up checked and printed, one line a check (ok / warn / FAIL):
    // settings, the database (schema, role, what it may write), Stripe (the key, the
    // Premium price, the clock against Stripe's), the webhook endpoint and its events.
    // Exit 0 when nothing failed.
    int doctor() const;

    // "90s", "15m", "1h", "7d" → seconds; 0 when unreadable.
    static qint64 parseDuration(const QString &text);

private:
    const ServerConfig &m_config;
};

} // namespace companion::server
