import type { Migration } from "./migration.types";

/**
 * The first schema: the domain of `src/core/domain.types.ts`, invitations, idempotency keys, the
 * activity log and the email outbox.
 *
 * Sorting and paging. Member lists sort as `src/core/member-order.ts` does: by one key, then by user id
 * ascending in both directions, empty values last ascending and first descending. Each sort key has a
 * B-tree `(workspace_id, key, user_id)` for ascending and `(workspace_id, key DESC, user_id)` for
 * descending pages, so keyset pagination reads only the page at 1,000,000 members. Keys unique in a
 * workspace (email) need one index for both directions; roles sort in the configured order, so a
 * role-sorted page walks `(workspace_id, role, user_id)` one role at a time. Text keys are `COLLATE "C"`
 * and names are lower-cased by the server (`name_key`, as `name.toLowerCase()` in JavaScript), so the
 * order is the code-point order the core uses, whatever the database's locale.
 *
 * Searching. `pg_trgm` GIN indexes on the lower-cased name and the email serve `LIKE '%…%'`.
 *
 * Kept by triggers, so no command can forget them: a membership's copy of its user's `name_key` and
 * `email` (what workspace pages sort by), and a user's instance-row times (the latest membership's
 * `invited_at`, else the user's `created_at`; the latest `last_active_at`). The second trigger updates
 * the user row after a membership changes: a command that changes both should lock the user first.
 */
export const init: Migration = {
  version: 1,
  name: "init",
  statements: [
    // Rank of every status in display order (MEMBER_STATUSES): the sort key of the status column.
    `CREATE FUNCTION member_status_rank(status text) RETURNS smallint
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT (CASE status WHEN 'requested' THEN 0 WHEN 'invited' THEN 1 WHEN 'active' THEN 2 WHEN 'inactive' THEN 3 WHEN 'archived' THEN 4 END)::smallint $$`,

    `CREATE TABLE instance (
      id text PRIMARY KEY CHECK (id <> ''),
      name text NOT NULL,
      only_row boolean NOT NULL DEFAULT true UNIQUE CHECK (only_row)
    )`,

    `CREATE TABLE workspaces (
      id text PRIMARY KEY CHECK (id <> ''),
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,

    `CREATE TABLE roles (
      id text PRIMARY KEY CHECK (id <> ''),
      label text NOT NULL,
      description text,
      position integer NOT NULL DEFAULT 0
    )`,

    `CREATE TABLE custom_groups (
      id text PRIMARY KEY CHECK (id <> ''),
      workspace_id text NOT NULL REFERENCES workspaces (id),
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX custom_groups_workspace ON custom_groups (workspace_id, name)`,

    `CREATE TABLE users (
      id text PRIMARY KEY CHECK (id <> ''),
      email text COLLATE "C" NOT NULL CHECK (email <> '' AND email = btrim(email) AND email = lower(email)),
      name text NOT NULL,
      name_key text COLLATE "C" NOT NULL,
      instance_status text NOT NULL CHECK (instance_status IN ('active', 'invited', 'archived')),
      status_rank smallint GENERATED ALWAYS AS (member_status_rank(instance_status)) STORED,
      super_admin boolean NOT NULL DEFAULT false,
      has_account boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      instance_invited_at timestamptz NOT NULL,
      instance_last_active_at timestamptz,
      CONSTRAINT users_email_key UNIQUE (email)
    )`,
    `COMMENT ON COLUMN users.name_key IS 'name.toLowerCase() as JavaScript computes it: the sort and search key, written by the server'`,
    `COMMENT ON COLUMN users.instance_invited_at IS 'Kept by trigger: the latest membership invited_at, else created_at'`,
    `COMMENT ON COLUMN users.instance_last_active_at IS 'Kept by trigger: the latest membership last_active_at'`,
    `CREATE INDEX users_name ON users (name_key, id)`,
    `CREATE INDEX users_name_desc ON users (name_key DESC, id)`,
    `CREATE INDEX users_status ON users (status_rank, id)`,
    `CREATE INDEX users_status_desc ON users (status_rank DESC, id)`,
    `CREATE INDEX users_invited ON users (instance_invited_at, id)`,
    `CREATE INDEX users_invited_desc ON users (instance_invited_at DESC, id)`,
    `CREATE INDEX users_last_active ON users (instance_last_active_at, id)`,
    `CREATE INDEX users_last_active_desc ON users (instance_last_active_at DESC, id)`,
    `CREATE INDEX users_name_trgm ON users USING gin (name_key gin_trgm_ops)`,
    `CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops)`,

    `CREATE TABLE memberships (
      workspace_id text NOT NULL REFERENCES workspaces (id),
      user_id text NOT NULL REFERENCES users (id),
      status text NOT NULL CHECK (status IN ('requested', 'invited', 'active', 'inactive', 'archived')),
      status_rank smallint GENERATED ALWAYS AS (member_status_rank(status)) STORED,
      role text NOT NULL CHECK (role <> ''),
      groups text[] NOT NULL DEFAULT '{}' CHECK (array_position(groups, NULL) IS NULL),
      metadata jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      invited_at timestamptz NOT NULL DEFAULT now(),
      last_active_at timestamptz,
      user_name_key text COLLATE "C" NOT NULL,
      user_email text COLLATE "C" NOT NULL,
      PRIMARY KEY (workspace_id, user_id)
    )`,
    `COMMENT ON COLUMN memberships.user_name_key IS 'Kept by trigger: users.name_key, the key workspace pages sort by'`,
    `COMMENT ON COLUMN memberships.user_email IS 'Kept by trigger: users.email, the key workspace pages sort by'`,
    `CREATE INDEX memberships_user ON memberships (user_id)`,
    `CREATE INDEX memberships_name ON memberships (workspace_id, user_name_key, user_id)`,
    `CREATE INDEX memberships_name_desc ON memberships (workspace_id, user_name_key DESC, user_id)`,
    `CREATE INDEX memberships_email ON memberships (workspace_id, user_email)`,
    `CREATE INDEX memberships_status ON memberships (workspace_id, status_rank, user_id)`,
    `CREATE INDEX memberships_status_desc ON memberships (workspace_id, status_rank DESC, user_id)`,
    `CREATE INDEX memberships_role ON memberships (workspace_id, role, user_id)`,
    `CREATE INDEX memberships_invited ON memberships (workspace_id, invited_at, user_id)`,
    `CREATE INDEX memberships_invited_desc ON memberships (workspace_id, invited_at DESC, user_id)`,
    `CREATE INDEX memberships_last_active ON memberships (workspace_id, last_active_at, user_id)`,
    `CREATE INDEX memberships_last_active_desc ON memberships (workspace_id, last_active_at DESC, user_id)`,

    `CREATE FUNCTION users_init_instance_times() RETURNS trigger
      LANGUAGE plpgsql SET search_path FROM CURRENT
      AS $$
      BEGIN
        NEW.instance_invited_at := NEW.created_at;
        NEW.instance_last_active_at := NULL;
        RETURN NEW;
      END
      $$`,
    `CREATE TRIGGER users_init_instance_times BEFORE INSERT ON users
      FOR EACH ROW EXECUTE FUNCTION users_init_instance_times()`,

    `CREATE FUNCTION memberships_copy_user() RETURNS trigger
      LANGUAGE plpgsql SET search_path FROM CURRENT
      AS $$
      BEGIN
        SELECT u.name_key, u.email INTO NEW.user_name_key, NEW.user_email FROM users u WHERE u.id = NEW.user_id;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'Rosterkit: there is no user "%" for this membership', NEW.user_id USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NEW;
      END
      $$`,
    `CREATE TRIGGER memberships_copy_user BEFORE INSERT OR UPDATE OF user_id, user_name_key, user_email ON memberships
      FOR EACH ROW EXECUTE FUNCTION memberships_copy_user()`,

    `CREATE FUNCTION users_sync_memberships() RETURNS trigger
      LANGUAGE plpgsql SET search_path FROM CURRENT
      AS $$
      BEGIN
        UPDATE memberships SET user_name_key = NEW.name_key, user_email = NEW.email WHERE user_id = NEW.id;
        RETURN NULL;
      END
      $$`,
    `CREATE TRIGGER users_sync_memberships AFTER UPDATE OF name_key, email ON users
      FOR EACH ROW WHEN (OLD.name_key IS DISTINCT FROM NEW.name_key OR OLD.email IS DISTINCT FROM NEW.email)
      EXECUTE FUNCTION users_sync_memberships()`,

    `CREATE FUNCTION memberships_instance_times() RETURNS trigger
      LANGUAGE plpgsql SET search_path FROM CURRENT
      AS $$
      BEGIN
        UPDATE users u
          SET instance_invited_at = COALESCE(latest.invited_at, u.created_at), instance_last_active_at = latest.last_active_at
          FROM (SELECT max(m.invited_at) AS invited_at, max(m.last_active_at) AS last_active_at FROM memberships m WHERE m.user_id = NEW.user_id) AS latest
          WHERE u.id = NEW.user_id
            AND (u.instance_invited_at IS DISTINCT FROM COALESCE(latest.invited_at, u.created_at)
              OR u.instance_last_active_at IS DISTINCT FROM latest.last_active_at);
        RETURN NULL;
      END
      $$`,
    `CREATE TRIGGER memberships_instance_times AFTER INSERT OR UPDATE OF invited_at, last_active_at ON memberships
      FOR EACH ROW EXECUTE FUNCTION memberships_instance_times()`,

    // R27: a link is stored only as the hash of its token; at most one live link per membership.
    `CREATE TABLE invitations (
      id text PRIMARY KEY CHECK (id <> ''),
      token_hash text NOT NULL CONSTRAINT invitations_token_hash_key UNIQUE,
      workspace_id text NOT NULL,
      user_id text NOT NULL,
      state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'resent', 'revoked', 'archived', 'instance_archived')),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ended_at timestamptz,
      CHECK ((state = 'pending') = (ended_at IS NULL)),
      CHECK (expires_at > created_at),
      FOREIGN KEY (workspace_id, user_id) REFERENCES memberships (workspace_id, user_id)
    )`,
    `CREATE UNIQUE INDEX invitations_one_pending ON invitations (workspace_id, user_id) WHERE state = 'pending'`,
    `CREATE INDEX invitations_membership ON invitations (workspace_id, user_id, created_at)`,

    // R26: the first answer to a key, with the fingerprint of the request it answered. A row whose
    // completed_at is null is in flight.
    `CREATE TABLE idempotency_keys (
      actor text NOT NULL,
      key text NOT NULL CHECK (key <> ''),
      fingerprint text NOT NULL,
      request_id text,
      response_status smallint,
      response_body jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (actor, key),
      CHECK ((completed_at IS NULL) = (response_status IS NULL))
    )`,
    `CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at)`,

    // R28: written in the transaction of the change it records; never updated or deleted.
    `CREATE TABLE activity_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      action text NOT NULL,
      target text,
      target_email text,
      scope_kind text NOT NULL CHECK (scope_kind IN ('workspace', 'instance')),
      workspace_id text,
      before jsonb,
      after jsonb,
      request_id text,
      idempotency_key text,
      CHECK ((scope_kind = 'workspace') = (workspace_id IS NOT NULL))
    )`,
    `CREATE INDEX activity_events_workspace ON activity_events (workspace_id, id)`,
    `CREATE INDEX activity_events_target ON activity_events (target, id)`,
    `CREATE FUNCTION activity_events_append_only() RETURNS trigger
      LANGUAGE plpgsql SET search_path FROM CURRENT
      AS $$
      BEGIN
        RAISE EXCEPTION 'Rosterkit: activity events are append-only (R28); % is refused', TG_OP USING ERRCODE = 'restrict_violation';
      END
      $$`,
    `CREATE TRIGGER activity_events_append_only BEFORE UPDATE OR DELETE ON activity_events
      FOR EACH ROW EXECUTE FUNCTION activity_events_append_only()`,
    `CREATE TRIGGER activity_events_no_truncate BEFORE TRUNCATE ON activity_events
      FOR EACH STATEMENT EXECUTE FUNCTION activity_events_append_only()`,

    // R30: emails queued in the transaction of the change that causes them. The payload (which may hold
    // an invitation link) is erased once the mail server has the message.
    `CREATE TABLE outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL CHECK (kind <> ''),
      recipient text NOT NULL,
      message_id text NOT NULL CONSTRAINT outbox_message_id_key UNIQUE,
      payload jsonb,
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      claimed_until timestamptz,
      claim_token text,
      sent_at timestamptz,
      last_error text,
      CHECK ((sent_at IS NULL) = (payload IS NOT NULL))
    )`,
    `CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE sent_at IS NULL`,
  ],
};
