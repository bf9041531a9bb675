-- stripe-sandbox's own state (SQLite). Stripe objects are stored whole, as the JSON
-- the API returns; lists filter with json_extract, which is plenty for a test account.

CREATE TABLE objects (
    id      TEXT PRIMARY KEY,
    type    TEXT NOT NULL,       -- Stripe's "object" value: customer, price, subscription, …
    created INTEGER NOT NULL,    -- the sandbox clock at creation
    seq     INTEGER NOT NULL,    -- creation order: ties of `created` stay newest-first
    data    TEXT NOT NULL        -- the object as JSON
);
CREATE INDEX objects_list_idx ON objects (type, created DESC, seq DESC);
CREATE INDEX objects_customer_idx ON objects (type, json_extract(data, '$.customer'));
CREATE INDEX objects_email_idx ON objects (type, json_extract(data, '$.email') COLLATE NOCASE);

-- Stored responses of POST requests, replayed for the same Idempotency-Key (24 h).
CREATE TABLE idempotency_keys (
    account     TEXT NOT NULL,    -- hash of the API key: keys are per account
    key         TEXT NOT NULL,
    params_hash TEXT NOT NULL,       -- method, path and parameters
    status      INTEGER NOT NULL,
    body        TEXT NOT NULL,
    request_id  TEXT NOT NULL,
    created     INTEGER NOT NULL,
    PRIMARY KEY (account, key)
);

-- Every webhook delivery attempt, for /v1/webhook_endpoints/{id}/deliveries.
CREATE TABLE webhook_attempts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id      TEXT NOT NULL,
    endpoint      TEXT NOT NULL,   -- we_… or "forward"
    url           TEXT NOT NULL,
    attempt       INTEGER NOT NULL,
    attempted_at  INTEGER NOT NULL,
    status        INTEGER,         -- HTTP status, NULL when no answer
    latency_ms    INTEGER,
    response      TEXT,            -- first bytes of the answer or the error
    succeeded     INTEGER NOT NULL,
    next_retry_at INTEGER
);
CREATE INDEX webhook_attempts_endpoint_idx ON webhook_attempts (endpoint, id);
CREATE INDEX webhook_attempts_event_idx ON webhook_attempts (event_id);

-- Small facts that survive restarts: the clock offset, the creation counter.
CREATE TABLE sandbox_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
