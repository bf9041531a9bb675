-- Revenue groups the ledger by customer (our user, else the Stripe customer).
-- Kept on the ledger row, the key spares every report a join to subscriptions
-- (at a million invoices that join was most of SQLite's time); MrrLedger keeps
-- it in step whenever a subscription row is written.
ALTER TABLE mrr_segments ADD COLUMN customer_key TEXT;
UPDATE mrr_segments SET customer_key = (SELECT COALESCE(s.user_id, s.customer_id) FROM subscriptions s WHERE s.id = mrr_segments.subscription_id);
CREATE INDEX mrr_segments_customer_idx ON mrr_segments (customer_key, valid_from) WHERE mrr > 0;
