-- Where the money went after a payment: Stripe's payouts to the bank and the
-- balance transactions each one carries (charges, refunds, fees, disputes,
-- adjustments, failed payouts coming back). Mirrored by sync-stripe and the
-- payout.* webhooks, kept past Stripe's retention, so finance reconciles a month's
-- cash to the bank offline (billing/CashReconciliation, docs/metrics.md).
CREATE TABLE payouts (
    id                     TEXT PRIMARY KEY,      -- po_…
    amount                 BIGINT NOT NULL,       -- minor units sent to the bank
    currency               TEXT NOT NULL,
    status                 TEXT NOT NULL,         -- pending/in_transit/paid/failed/canceled
    automatic              BOOLEAN NOT NULL DEFAULT 1,
    created                BIGINT NOT NULL,
    arrival_date           BIGINT NOT NULL,
    failure_code           TEXT,
    failure_message        TEXT,
    balance_transaction_id TEXT,                  -- the payout's own debit
    failure_balance_transaction_id TEXT,          -- the money coming back when it failed
    transactions_read      BOOLEAN NOT NULL DEFAULT 0, -- its transactions are mirrored for good (final status)
    last_event_created     BIGINT NOT NULL DEFAULT 0,     -- newest event or read applied: older ones change nothing
    livemode               BOOLEAN NOT NULL DEFAULT 0,
    updated_at             BIGINT NOT NULL
);
CREATE INDEX payouts_arrival_idx ON payouts (currency, arrival_date);

CREATE TABLE balance_transactions (
    id                 TEXT PRIMARY KEY,          -- txn_…
    type               TEXT NOT NULL,             -- charge, payment, refund, adjustment, payout, payout_failure, …
    reporting_category TEXT NOT NULL,             -- charge, refund, dispute, dispute_reversal, payout, payout_reversal, fee, …
    amount             BIGINT NOT NULL,           -- gross, signed (money in > 0)
    fee                BIGINT NOT NULL DEFAULT 0,
    net                BIGINT NOT NULL,           -- amount - fee
    currency           TEXT NOT NULL,
    created            BIGINT NOT NULL,
    available_on       BIGINT NOT NULL,
    status             TEXT NOT NULL,             -- pending/available
    source_id          TEXT,                      -- ch_/py_, re_, dp_/du_, po_
    charge_id          TEXT,                      -- the charge a charge, refund or dispute concerns
    payout_id          TEXT,                      -- the automatic payout that carried it; NULL: not paid out yet
    description        TEXT,
    updated_at         BIGINT NOT NULL
);
CREATE INDEX balance_transactions_created_idx ON balance_transactions (currency, created);
CREATE INDEX balance_transactions_payout_idx ON balance_transactions (payout_id);
CREATE INDEX balance_transactions_charge_idx ON balance_transactions (charge_id);
CREATE INDEX balance_transactions_source_idx ON balance_transactions (source_id);
-- Invoices are matched to their charge's transactions.
CREATE INDEX invoices_charge_idx ON invoices (charge_id);
