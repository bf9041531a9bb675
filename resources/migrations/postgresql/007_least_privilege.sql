-- Least privilege. The audit trail is append-only: a trigger refuses UPDATE,
-- DELETE and TRUNCATE for everyone (the owner may only drop the whole table),
-- and no role below is granted them.
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Group roles (NOLOGIN; operators are login roles made members of one, see
-- docs/deployment.md). Roles belong to the whole cluster: made here when the
-- migrating role may create roles, else an administrator makes them and runs
-- the grants below again (they are in this file, idempotent).
--   companion_server   the payments API: reads and writes its tables (no deletes), appends to the audit log
--   companion_support  reads everything; acts through grants, subscription mirrors and the audit log; no DDL, no deletes
--   companion_finance  reads everything; closes months (revenue_closes, audited)
--   companion_admin    support and finance, plus admin API tokens
DO $$
DECLARE
    r text;
    may boolean;
BEGIN
    SELECT rolsuper OR rolcreaterole INTO may FROM pg_roles WHERE rolname = current_user;
    FOREACH r IN ARRAY ARRAY['companion_server', 'companion_support', 'companion_finance', 'companion_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            IF may THEN
                BEGIN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL; -- another database of this cluster migrated at the same moment
                END;
            ELSE
                RAISE NOTICE 'role % does not exist and % may not create it: ask an administrator (docs/deployment.md)', r, current_user;
            END IF;
        END IF;
    END LOOP;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'companion_server') THEN
        -- Nothing in the server deletes rows, so no role here may.
        GRANT SELECT, INSERT, UPDATE ON users, subscriptions, invoices, webhook_events, mrr_segments, entitlement_grants, admin_tokens
            TO companion_server;
        GRANT SELECT, INSERT ON audit_log TO companion_server;
        GRANT SELECT ON revenue_closes, schema_migrations TO companion_server;
        GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO companion_server;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'companion_support') THEN
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO companion_support;
        GRANT INSERT, UPDATE ON users, subscriptions, invoices, entitlement_grants, mrr_segments, webhook_events TO companion_support;
        GRANT INSERT ON audit_log TO companion_support;
        GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO companion_support;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'companion_finance') THEN
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO companion_finance;
        GRANT INSERT ON revenue_closes, audit_log TO companion_finance;
        GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO companion_finance;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'companion_admin') THEN
        GRANT SELECT, INSERT, UPDATE ON admin_tokens TO companion_admin;
        -- Membership is cluster-wide: another database may be granting it right now.
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'companion_support')
               AND NOT pg_has_role('companion_admin', 'companion_support', 'MEMBER') THEN
                GRANT companion_support TO companion_admin;
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'companion_finance')
               AND NOT pg_has_role('companion_admin', 'companion_finance', 'MEMBER') THEN
                GRANT companion_finance TO companion_admin;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'companion_admin membership not granted here (%): granted concurrently?', SQLERRM;
        END;
    END IF;
    -- Tables of later migrations are readable by support and finance too.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'companion_support') THEN
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO companion_support;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'companion_finance') THEN
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO companion_finance;
    END IF;
END
$$;
