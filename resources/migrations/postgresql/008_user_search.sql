-- The support desk's "find anyone" search: a substring of an e-mail or name,
-- case- and accent-insensitive ("lovelace", "example.org", "jose" finds "José").
-- Both extensions are trusted in PostgreSQL 15 (the migrating role needs CREATE
-- on the database, not superuser) and ship with postgresql-15.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- unaccent() is only STABLE (its dictionary could change), so it cannot index;
-- this wrapper names the dictionary and is declared IMMUTABLE, the documented
-- way to index it. Everything schema-qualified: it runs under any search_path.
-- Not inlined (its body is not immutable), so queries must spell
-- companion_fold(column) exactly as the indexes below do. EXECUTE stays with
-- PUBLIC, so every companion_* role can search and insert users.
CREATE FUNCTION companion_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- Trigram indexes answer LIKE '%term%' (3 characters or more) on the folded text.
CREATE INDEX users_email_fold_trgm_idx ON users USING gin (companion_fold(email) public.gin_trgm_ops);
CREATE INDEX users_name_fold_trgm_idx ON users USING gin (companion_fold(name) public.gin_trgm_ops);

-- A Stripe id typed in the search box (pi_, pm_, re_, cs_ …) is looked up in the
-- audit trail's targets too.
CREATE INDEX audit_log_target_idx ON audit_log (target_id);
