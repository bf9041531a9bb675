-- Revenue needs each subscription's history, not only its present: the mirror
-- row is overwritten on every change. The MRR ledger keeps one row per stretch
-- of time in which a subscription's monthly value, status and scheduled cancel
-- stayed the same; the open stretch has valid_to NULL. MRR at an instant is the
-- sum of the stretches that cover it (docs/metrics.md).
CREATE TABLE mrr_segments (
    id               BIGSERIAL PRIMARY KEY,
    subscription_id  TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    valid_from       BIGINT NOT NULL,
    valid_to         BIGINT,                  -- NULL: still so
    status           TEXT NOT NULL,
    mrr              BIGINT NOT NULL,         -- minor units per month; 0 when not counted
    currency         TEXT NOT NULL DEFAULT '',
    cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE UNIQUE INDEX mrr_segments_open_key ON mrr_segments (subscription_id) WHERE valid_to IS NULL;
CREATE INDEX mrr_segments_subscription_idx ON mrr_segments (subscription_id, valid_from);
CREATE INDEX mrr_segments_time_idx ON mrr_segments (valid_from, valid_to) WHERE mrr > 0;

-- Failed payments by the month their invoice was created.
CREATE INDEX invoices_created_idx ON invoices (created);

-- A closed month: its figures frozen with a content hash, so a later restatement
-- shows as a difference instead of silently changing reported numbers.
CREATE TABLE revenue_closes (
    period_start BIGINT NOT NULL,
    mode         TEXT NOT NULL CHECK (mode IN ('companion', 'stripe')),
    currency     TEXT NOT NULL,
    closed_at    BIGINT NOT NULL,
    closed_by    TEXT NOT NULL CHECK (closed_by <> ''),
    figures      TEXT NOT NULL,              -- canonical JSON
    content_hash TEXT NOT NULL,              -- SHA-256 of figures, hex
    PRIMARY KEY (period_start, mode, currency)
);
-- Revenue finds the stretches that start or end within a period through these.
CREATE INDEX mrr_segments_end_idx ON mrr_segments (valid_to) WHERE mrr > 0;
-- Cash by when it was paid, read from the index alone; failed payments are few.
CREATE INDEX invoices_cash_idx ON invoices (paid_at, currency, amount_paid, fee, fee_estimated, amount_refunded) WHERE amount_paid > 0;
CREATE INDEX invoices_failed_idx ON invoices (created) WHERE attempt_count > 1 OR (attempt_count >= 1 AND status <> 'paid');
