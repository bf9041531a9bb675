-- Tokens for companion-server's admin API (companion-admin's webhook log).
-- Only a SHA-256 of each token is kept: the token itself is shown once, when created.
CREATE TABLE admin_tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    label        TEXT NOT NULL CHECK (length(trim(label)) > 0),
    token_hash   TEXT NOT NULL UNIQUE,   -- hex SHA-256 of the whole token
    token_hint   TEXT NOT NULL,          -- "cca_…wxyz", for lists
    created_at   BIGINT NOT NULL,
    created_by   TEXT NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT
);
