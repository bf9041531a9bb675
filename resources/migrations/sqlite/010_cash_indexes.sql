-- A month's cash reconciliation reads only that month: the month's balance
-- transactions and paid invoices as ranges of an index that holds every column it
-- compares (covering indexes: the table rows are never visited), and each payout's
-- transactions the same way (billing/CashReconciliation, billing/PayoutLedger;
-- bench_revenue times them).
DROP INDEX balance_transactions_created_idx;
CREATE INDEX balance_transactions_created_idx ON balance_transactions
    (currency, created, reporting_category, charge_id, payout_id, amount, fee, net, id);
DROP INDEX balance_transactions_payout_idx;
CREATE INDEX balance_transactions_payout_idx ON balance_transactions (payout_id, type, source_id, net, id);
-- A charge's transactions (its refunds, disputes; whether it is in the balance at all).
DROP INDEX balance_transactions_charge_idx;
CREATE INDEX balance_transactions_charge_idx ON balance_transactions (charge_id, reporting_category, amount, fee);
-- The paid invoices of a month with what matching them to charges, refunds and
-- disputes reads. Its own index: invoices_cash_idx stays narrow for the Revenue
-- figures, which scan it over many months.
CREATE INDEX invoices_reconcile_idx ON invoices (paid_at, currency, amount_paid, fee, fee_estimated, amount_refunded,
    charge_id, amount_disputed, dispute_fee, id, user_id) WHERE amount_paid > 0;
-- 009 indexed invoices.charge_id a second time: the unique invoices_charge_key already does.
DROP INDEX invoices_charge_idx;
