-- A closed month keeps its whole month-end pack, not just its figures: the MRR
-- trend, every customer behind the movements, the cash reconciled to the payouts
-- and the payouts that reached the bank, as canonical JSON. content_hash is then
-- the SHA-256 of this pack, so the printed hash covers the cash too. Months closed
-- before keep pack NULL and their hash over figures. Nobody may UPDATE a close
-- (007): frozen means frozen.
ALTER TABLE revenue_closes ADD COLUMN pack TEXT;
