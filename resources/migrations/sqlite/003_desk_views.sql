-- The admin app's users and subscriptions views sort by several columns and
-- page with keyset cursors (sort key, id): each order gets an index that ends
-- in id, so page N costs what page 1 costs.
DROP INDEX users_created_idx;
CREATE INDEX users_created_idx ON users (created_at, id);
CREATE INDEX users_premium_until_idx ON users ((COALESCE(subscription_expires_at, 0)), id);
-- Filters "payment at risk" and "manual grant" pick few rows out of many.
CREATE INDEX users_at_risk_idx ON users (id) WHERE payment_at_risk;
CREATE INDEX users_grant_idx ON users (id) WHERE premium_source = 'grant';
-- The subscriptions view pages in period-end or start order, (key, id).
CREATE INDEX subscriptions_period_end_id_idx ON subscriptions ((COALESCE(current_period_end, 0)), id);
CREATE INDEX subscriptions_created_idx ON subscriptions ((COALESCE(created, 0)), id);
