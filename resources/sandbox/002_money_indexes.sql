-- The sandbox clock asks, at every step it takes, what is due next: funds to settle
-- (status), payouts and refunds on the move (_due_at), transactions no payout has
-- carried yet (_payout). Indexed, these stay a few rows however long the history.
CREATE INDEX objects_status_idx ON objects (type, json_extract(data, '$.status'));
CREATE INDEX objects_due_idx ON objects (type, json_extract(data, '$._due_at'));
CREATE INDEX objects_payout_idx ON objects (type, json_extract(data, '$._payout'));
