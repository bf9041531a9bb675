-- A chargeback takes the payment back out of the balance, plus Stripe's dispute
-- fee: finance's cash figures need both, by the day the dispute was opened.
ALTER TABLE invoices ADD COLUMN amount_disputed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN dispute_fee BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN disputed_at BIGINT;
CREATE INDEX invoices_disputed_idx ON invoices (disputed_at) WHERE amount_disputed > 0;
