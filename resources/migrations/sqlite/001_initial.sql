-- Course Companion Billing: initial schema (SQLite).
-- Times are Unix seconds (BIGINT) in both dialects: Stripe speaks Unix seconds,
-- and one representation avoids driver-specific time zone conversions.

CREATE TABLE users (
    id                      TEXT PRIMARY KEY,          -- the sign-in service's user id (JWT sub)
    email                   TEXT NOT NULL COLLATE NOCASE CHECK (email <> ''),
    name                    TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    created_at              BIGINT NOT NULL,
    updated_at              BIGINT NOT NULL,
    tier                    TEXT NOT NULL DEFAULT 'free' CHECK (tier IN ('free', 'premium')),
    is_premium              BOOLEAN NOT NULL DEFAULT 0,
    premium_source          TEXT CHECK (premium_source IN ('subscription', 'grant')),
    payment_at_risk         BOOLEAN NOT NULL DEFAULT 0,  -- past_due: premium, but Stripe is retrying
    subscription_expires_at BIGINT,
    stripe_customer_id      TEXT UNIQUE
);
-- Case-insensitive uniqueness (ASCII, as SQLite's NOCASE is); an index on a NOCASE
-- column also serves prefix LIKE and keyset paging in e-mail order.
CREATE UNIQUE INDEX users_email_ci_key ON users (email COLLATE NOCASE);
CREATE INDEX users_name_ci_idx ON users (name COLLATE NOCASE, id);
CREATE INDEX users_tier_idx ON users (tier, id);
CREATE INDEX users_created_idx ON users (created_at);

CREATE TABLE subscriptions (
    id                   TEXT PRIMARY KEY,              -- sub_…
    user_id              TEXT REFERENCES users (id) ON DELETE SET NULL,
    customer_id          TEXT NOT NULL,                 -- cus_…
    status               TEXT NOT NULL,                 -- Stripe's open enum: no CHECK
    price_id             TEXT,
    product_id           TEXT,
    interval             TEXT CHECK (interval IN ('day', 'week', 'month', 'year')),
    interval_count       INTEGER NOT NULL DEFAULT 1,
    quantity             INTEGER NOT NULL DEFAULT 1,
    amount               BIGINT,                        -- unit_amount in minor units
    currency             TEXT,
    created              BIGINT,
    current_period_start BIGINT,
    current_period_end   BIGINT,
    trial_end            BIGINT,
    cancel_at_period_end BOOLEAN NOT NULL DEFAULT 0,
    cancel_at            BIGINT,
    canceled_at          BIGINT,
    ended_at             BIGINT,
    livemode             BOOLEAN NOT NULL DEFAULT 0,
    last_event_created   BIGINT,                        -- newest event applied: older ones are stale
    last_event_id        TEXT,
    updated_at           BIGINT NOT NULL
);
CREATE INDEX subscriptions_user_idx ON subscriptions (user_id);
CREATE INDEX subscriptions_customer_idx ON subscriptions (customer_id);
CREATE INDEX subscriptions_status_idx ON subscriptions (status, current_period_end);
CREATE INDEX subscriptions_period_end_idx ON subscriptions (current_period_end);
CREATE INDEX subscriptions_cancel_pending_idx ON subscriptions (current_period_end) WHERE cancel_at_period_end = 1;

CREATE TABLE invoices (
    id               TEXT PRIMARY KEY,                  -- in_…
    subscription_id  TEXT,
    customer_id      TEXT,
    user_id          TEXT REFERENCES users (id) ON DELETE SET NULL,
    status           TEXT NOT NULL,                     -- draft/open/paid/uncollectible/void
    billing_reason   TEXT,
    currency         TEXT NOT NULL,
    subtotal         BIGINT NOT NULL DEFAULT 0,
    total            BIGINT NOT NULL DEFAULT 0,
    amount_due       BIGINT NOT NULL DEFAULT 0,
    amount_paid      BIGINT NOT NULL DEFAULT 0,
    amount_remaining BIGINT NOT NULL DEFAULT 0,
    amount_refunded  BIGINT NOT NULL DEFAULT 0,
    attempt_count    INTEGER NOT NULL DEFAULT 0,
    period_start     BIGINT,
    period_end       BIGINT,
    created          BIGINT NOT NULL,
    paid_at          BIGINT,
    charge_id        TEXT,
    balance_transaction_id TEXT,
    fee              BIGINT,                            -- from the balance transaction when known
    net              BIGINT,
    fee_estimated    BOOLEAN NOT NULL DEFAULT 0,
    livemode         BOOLEAN NOT NULL DEFAULT 0,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX invoices_subscription_idx ON invoices (subscription_id);
CREATE INDEX invoices_customer_idx ON invoices (customer_id);
CREATE INDEX invoices_user_idx ON invoices (user_id, created);
CREATE INDEX invoices_status_created_idx ON invoices (status, created);
CREATE INDEX invoices_paid_at_idx ON invoices (paid_at);
CREATE UNIQUE INDEX invoices_charge_key ON invoices (charge_id);

CREATE TABLE webhook_events (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id     TEXT UNIQUE,           -- evt_…; NULL only for rejected deliveries (unverified body)
    type         TEXT NOT NULL DEFAULT '',
    created      BIGINT,                -- event.created (Stripe's clock)
    livemode     BOOLEAN NOT NULL DEFAULT 0,
    api_version  TEXT,
    received_at  BIGINT NOT NULL,       -- first delivery
    last_received_at BIGINT NOT NULL,   -- latest delivery, duplicates included
    delivery_count INTEGER NOT NULL DEFAULT 1,
    processed_at BIGINT,
    outcome      TEXT NOT NULL CHECK (outcome IN ('pending', 'applied', 'duplicate', 'stale', 'ignored', 'rejected', 'failed')),
    error        TEXT,
    user_id      TEXT,
    object_id    TEXT,                  -- data.object.id
    payload      TEXT NOT NULL,         -- raw body as received (truncated for rejected ones)
    CHECK (event_id IS NOT NULL OR outcome = 'rejected')
);
CREATE INDEX webhook_events_received_idx ON webhook_events (received_at, id);
CREATE INDEX webhook_events_type_idx ON webhook_events (type, received_at);
CREATE INDEX webhook_events_outcome_idx ON webhook_events (outcome, received_at);
CREATE INDEX webhook_events_user_idx ON webhook_events (user_id, received_at);
CREATE INDEX webhook_events_object_idx ON webhook_events (object_id);
CREATE INDEX webhook_events_created_idx ON webhook_events (created);

CREATE TABLE entitlement_grants (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    granted_by  TEXT NOT NULL CHECK (granted_by <> ''),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    starts_at   BIGINT NOT NULL,
    expires_at  BIGINT,                 -- NULL: until revoked
    revoked_at  BIGINT,
    revoked_by  TEXT,
    revoke_reason TEXT,
    created_at  BIGINT NOT NULL,
    CHECK (expires_at IS NULL OR expires_at > starts_at)
);
CREATE INDEX entitlement_grants_user_idx ON entitlement_grants (user_id, starts_at);
CREATE INDEX entitlement_grants_active_idx ON entitlement_grants (expires_at) WHERE revoked_at IS NULL;

CREATE TABLE audit_log (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    at                BIGINT NOT NULL,
    actor             TEXT NOT NULL,     -- operator name or admin-token label
    source            TEXT NOT NULL CHECK (source IN ('admin-app', 'admin-api', 'server', 'cli')),
    action            TEXT NOT NULL,
    target_type       TEXT,
    target_id         TEXT,
    user_id           TEXT,
    reason            TEXT,
    before_state      TEXT,              -- JSON
    after_state       TEXT,              -- JSON
    stripe_request_id TEXT
);
CREATE INDEX audit_log_at_idx ON audit_log (at, id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, at);
CREATE INDEX audit_log_action_idx ON audit_log (action, at);
CREATE INDEX audit_log_user_idx ON audit_log (user_id, at);
