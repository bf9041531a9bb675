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

-- A narrow copy for collecting many matches in e-mail order (a surname in 2.5%
-- of a million users): each match's sort key without reading the whole users
-- row, and the trigram recheck on stored folded text instead of calling
-- companion_fold() per row (that call was most of the ~250 ms). The folded
-- e-mail is stored only where it differs from the sort key (accents), so a row
-- is ~85 bytes: 25,000 matches spread over the table read ~11,000 pages, about
-- 50 ms warm. Kept by triggers, so rows written by any role or SQL are found.
CREATE TABLE user_search (
    user_id    text PRIMARY KEY,
    email_key  text COLLATE "C" NOT NULL, -- lower(email), the e-mail order's key
    email_fold text,                      -- companion_fold(email) where it is not email_key
    name_fold  text NOT NULL              -- companion_fold(name)
);
-- The matched text: folded e-mail, a line break no search term holds, folded name.
-- Queries spell this expression exactly as here.
CREATE INDEX user_search_fold_trgm_idx ON user_search
    USING gin ((COALESCE(email_fold, email_key) || E'\n' || name_fold) public.gin_trgm_ops);

-- SECURITY DEFINER: every role that writes users keeps its copy without being
-- granted writes on it; the search_path is pinned as such functions must.
CREATE FUNCTION companion_user_search_sync() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.id <> OLD.id) THEN
        DELETE FROM public.user_search WHERE user_id = OLD.id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    INSERT INTO public.user_search (user_id, email_key, email_fold, name_fold)
        VALUES (NEW.id, lower(NEW.email), NULLIF(public.companion_fold(NEW.email), lower(NEW.email)),
                COALESCE(public.companion_fold(NEW.name), ''))
        ON CONFLICT (user_id) DO UPDATE
        SET email_key = EXCLUDED.email_key, email_fold = EXCLUDED.email_fold, name_fold = EXCLUDED.name_fold;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION companion_user_search_sync() FROM PUBLIC;

CREATE TRIGGER users_search_sync AFTER INSERT OR DELETE OR UPDATE OF id, email, name ON users
    FOR EACH ROW EXECUTE FUNCTION companion_user_search_sync();

INSERT INTO user_search (user_id, email_key, email_fold, name_fold)
    SELECT id, lower(email), NULLIF(companion_fold(email), lower(email)), COALESCE(companion_fold(name), '') FROM users;
