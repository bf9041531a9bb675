-- Coupons, promotion codes and the discounts they put on subscriptions, mirrored
-- by sync-stripe and the coupon.*, promotion_code.* and customer.discount.*
-- webhooks. MRR counts what is billed after discounts (docs/metrics.md): the
-- ledger reads a subscription's discounts and their coupons' terms from here.
CREATE TABLE coupons (
    id                 TEXT PRIMARY KEY,
    name               TEXT,
    percent_off_bp     BIGINT,                    -- hundredths of a percent (20 % = 2000): exact; NULL: amount_off
    amount_off         BIGINT,                    -- minor units of currency per billing interval
    currency           TEXT,
    duration           TEXT NOT NULL,             -- once / repeating / forever
    duration_in_months INTEGER,
    valid              BOOLEAN NOT NULL DEFAULT 1,
    times_redeemed     INTEGER NOT NULL DEFAULT 0,
    created            BIGINT NOT NULL,
    deleted            BOOLEAN NOT NULL DEFAULT 0, -- deleted at Stripe: kept, its discounts keep their terms
    livemode           BOOLEAN NOT NULL DEFAULT 0,
    updated_at         BIGINT NOT NULL
);

CREATE TABLE promotion_codes (
    id              TEXT PRIMARY KEY,             -- promo_…
    code            TEXT NOT NULL,
    coupon_id       TEXT NOT NULL,
    active          BOOLEAN NOT NULL DEFAULT 1,
    customer        TEXT,
    times_redeemed  INTEGER NOT NULL DEFAULT 0,
    max_redemptions INTEGER,
    expires_at      BIGINT,
    created         BIGINT NOT NULL,
    livemode        BOOLEAN NOT NULL DEFAULT 0,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX promotion_codes_coupon_idx ON promotion_codes (coupon_id);

-- A coupon applied to a subscription. Its terms are the coupon's (Stripe never
-- changes a coupon's terms), so MRR joins coupons.
CREATE TABLE subscription_discounts (
    id                TEXT PRIMARY KEY,           -- di_…
    subscription_id   TEXT NOT NULL,
    customer_id       TEXT,
    coupon_id         TEXT NOT NULL,
    promotion_code_id TEXT,
    starts_at         BIGINT NOT NULL,            -- discount.start
    ends_at           BIGINT,                     -- discount.end (repeating only); NULL: no end
    removed_at        BIGINT,                     -- customer.discount.deleted: no effect from then on
    updated_at        BIGINT NOT NULL
);
CREATE INDEX subscription_discounts_subscription_idx ON subscription_discounts (subscription_id);
