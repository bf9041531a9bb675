#include "WebhookBenchSeed.h"

#include "BenchSql.h"

namespace companion::bench::WebhookBenchSeed {

using BenchSql::exec;

bool seed(const QSqlDatabase &db, int users, qint64 now, QString *error)
{
    const QVariant t0(now);
    return exec(db, QStringLiteral("BEGIN"), {}, error)
        && exec(db, QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at, stripe_customer_id) "
                                   "SELECT 'usr_bench' || g, 'bench' || g || '@example.com', 'Bench learner ' || g, "
                                   "?::bigint - 200 * 86400 + g, ?::bigint - 200 * 86400 + g, 'cus_bench' || g "
                                   "FROM generate_series(0, ? - 1) AS g"),
                {t0, t0, users}, error)
        && exec(db, QStringLiteral("INSERT INTO subscriptions (id, user_id, customer_id, status, price_id, product_id, interval, interval_count, "
                                   "quantity, amount, currency, created, current_period_start, current_period_end, cancel_at_period_end, "
                                   "livemode, last_event_created, last_event_id, updated_at) "
                                   "SELECT 'sub_bench' || g, 'usr_bench' || g, 'cus_bench' || g, 'active', 'price_1PremiumMonthly999usd', "
                                   "'prod_CoursePremium', 'month', 1, 1, 999, 'usd', ?::bigint - 90 * 86400, ?::bigint - 10 * 86400, "
                                   "?::bigint + 20 * 86400, false, false, ?::bigint - 30 * 86400, 'evt_seed' || g, ?::bigint "
                                   "FROM generate_series(0, ? - 1, 2) AS g"),
                {t0, t0, t0, t0, t0, users}, error)
        && exec(db, QStringLiteral("UPDATE users u SET tier = 'premium', is_premium = true, premium_source = 'subscription', "
                                   "subscription_expires_at = s.current_period_end FROM subscriptions s WHERE s.user_id = u.id"),
                {}, error)
        && exec(db, QStringLiteral("INSERT INTO webhook_events (event_id, type, created, received_at, last_received_at, processed_at, "
                                   "outcome, user_id, object_id, payload) "
                                   "SELECT 'evt_seed' || g, 'customer.subscription.created', ?::bigint - 30 * 86400, "
                                   "?::bigint - 30 * 86400, ?::bigint - 30 * 86400, ?::bigint - 30 * 86400, 'applied', "
                                   "'usr_bench' || g, 'sub_bench' || g, '{\"seeded\": true}' FROM generate_series(0, ? - 1, 2) AS g"),
                {t0, t0, t0, t0, users}, error)
        && exec(db, QStringLiteral("COMMIT"), {}, error) && exec(db, QStringLiteral("ANALYZE"), {}, error);
}

} // namespace companion::bench::WebhookBenchSeed
