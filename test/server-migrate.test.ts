import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { migrate, MigrationError, MIGRATIONS } from "../src/server/migrations";
import { fromPGlite, fromPgPool, sqlErrorCode, SQLSTATE } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { usePGlite } from "./support/pglite";
import { usePostgres } from "./support/postgres";

const pglite = usePGlite();
const postgres = usePostgres();

const TABLES = ["activity_events", "count_moves", "counters", "custom_groups", "idempotency_keys", "instance", "invitations", "memberships", "outbox", "roles", "schema_migrations", "users", "workspaces"];

async function tablesIn(client: SqlClient, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name", [schema]);
  return rows.map((row) => row.table_name);
}

const latest = MIGRATIONS.at(-1)?.version ?? 0;

describe("MIGRATIONS", () => {
  it("are numbered 1, 2, 3… in order, with kebab-case names", () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    for (const migration of MIGRATIONS) expect(migration.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("migrate() on PGlite", () => {
  it("creates every table in the rosterkit schema, and a second run applies nothing", async () => {
    const client = fromPGlite(pglite());
    expect(await migrate(client)).toEqual({ schema: "rosterkit", applied: MIGRATIONS.map((m) => m.version), version: latest });
    expect(await tablesIn(client, "rosterkit")).toEqual(TABLES);
    expect(await migrate(client)).toEqual({ schema: "rosterkit", applied: [], version: latest });
  });

  it("explains how to create PGlite with pg_trgm when the instance lacks it", async () => {
    const bare = await PGlite.create();
    try {
      const error: unknown = await migrate(fromPGlite(bare)).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).message).toMatch(/needs the Postgres extension pg_trgm.*PGlite\.create\(\{ extensions: \{ pg_trgm \} \}\)/);
      expect(await tablesIn(fromPGlite(bare), "rosterkit")).toEqual([]);
    } finally {
      await bare.close();
    }
  }, 120_000);
});

describe("migrate() on Postgres", () => {
  it("creates every table, and a second run applies nothing", async () => {
    const client = fromPgPool(postgres.pool(await postgres.cluster().createDatabase()));
    expect(await migrate(client)).toEqual({ schema: "rosterkit", applied: MIGRATIONS.map((m) => m.version), version: latest });
    expect(await tablesIn(client, "rosterkit")).toEqual(TABLES);
    expect(await migrate(client)).toEqual({ schema: "rosterkit", applied: [], version: latest });
    const { rows } = await client.query<{ version: number; name: string }>("SELECT version, name FROM rosterkit.schema_migrations ORDER BY version");
    expect(rows).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
  });

  it("is safe when several processes start at once: each migration is applied exactly once", async () => {
    const url = await postgres.cluster().createDatabase();
    const processes = Array.from({ length: 4 }, () => fromPgPool(postgres.pool(url, { max: 2 })));
    const results = await Promise.all(processes.map((client) => migrate(client)));
    expect(results.map((result) => result.applied).sort((a, b) => b.length - a.length)).toEqual([MIGRATIONS.map((m) => m.version), [], [], []]);
    expect(results.every((result) => result.version === latest)).toBe(true);
    expect(await tablesIn(processes[0] as SqlClient, "rosterkit")).toEqual(TABLES);
  });

  it("migrates two schemas of one new database at once, creating pg_trgm once", async () => {
    const url = await postgres.cluster().createDatabase();
    const [a, b] = [fromPgPool(postgres.pool(url)), fromPgPool(postgres.pool(url))];
    await Promise.all([migrate(a, { schema: "tenant_a" }), migrate(b, { schema: "tenant_b" })]);
    expect(await tablesIn(a, "tenant_a")).toEqual(TABLES);
    expect(await tablesIn(a, "tenant_b")).toEqual(TABLES);
    expect((await a.query("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")).rowCount).toBe(1);
  });

  it("puts the tables in the schema asked for, and leaves the connection's search_path as it was", async () => {
    const pool = postgres.pool(await postgres.cluster().createDatabase(), { max: 1 });
    const client = fromPgPool(pool);
    await migrate(client, { schema: "tenant_a" });
    expect(await tablesIn(client, "tenant_a")).toEqual(TABLES);
    expect(await tablesIn(client, "rosterkit")).toEqual([]);
    expect(await tablesIn(client, "public")).toEqual([]);
    expect((await client.query("SHOW search_path")).rows).toEqual([{ search_path: '"$user", public' }]);
  });

  it("refuses a schema name that is not a plain identifier, before touching the database", async () => {
    const client = fromPgPool(postgres.pool(await postgres.cluster().createDatabase()));
    await expect(migrate(client, { schema: 'x"; DROP SCHEMA public; --' })).rejects.toThrow(/schema name .* is not allowed/);
    expect((await client.query("SELECT nspname FROM pg_namespace WHERE nspname = 'public'")).rowCount).toBe(1);
  });

  it("stops when an applied migration differs from the shipped one", async () => {
    const client = fromPgPool(postgres.pool(await postgres.cluster().createDatabase()));
    await migrate(client);
    await client.query("UPDATE rosterkit.schema_migrations SET checksum = 'edited' WHERE version = 1");
    await expect(migrate(client)).rejects.toThrow(/migration 0001-init was applied to schema "rosterkit" as 0001-init with other statements \(checksum edited/);
  });
});

describe("the schema's own guarantees (Postgres)", () => {
  async function migrated(): Promise<SqlClient> {
    const client = fromPgPool(postgres.pool(await postgres.cluster().createDatabase()));
    await migrate(client);
    await client.query("INSERT INTO rosterkit.workspaces (id, name) VALUES ('ws-1', 'One'), ('ws-2', 'Two')");
    await client.query(
      `INSERT INTO rosterkit.users (id, email, name, name_key, instance_status, created_at) VALUES
        ('u-1', 'ada@example.com', 'Ada', 'ada', 'active', '2026-01-01T00:00:00Z'),
        ('u-2', 'bob@example.com', 'Bob', 'bob', 'invited', '2026-01-01T00:00:00Z')`,
    );
    return client;
  }

  it("stores emails only normalised, and each email once", async () => {
    const client = await migrated();
    const insert = (id: string, email: string) => client.query("INSERT INTO rosterkit.users (id, email, name, name_key, instance_status) VALUES ($1, $2, 'X', 'x', 'active')", [id, email]);
    for (const email of ["Ada@Example.com", " ada@example.com", ""]) {
      expect(sqlErrorCode(await insert("u-x", email).catch((error: unknown) => error))).toBe(SQLSTATE.checkViolation);
    }
    expect(sqlErrorCode(await insert("u-x", "ada@example.com").catch((error: unknown) => error))).toBe(SQLSTATE.uniqueViolation);
  });

  it("allows one membership per user and workspace, copies the user's sort keys onto it and keeps them in step", async () => {
    const client = await migrated();
    await client.query("INSERT INTO rosterkit.memberships (workspace_id, user_id, status, role) VALUES ('ws-1', 'u-1', 'active', 'admin'), ('ws-2', 'u-1', 'invited', 'builder')");
    const duplicate = await client.query("INSERT INTO rosterkit.memberships (workspace_id, user_id, status, role) VALUES ('ws-1', 'u-1', 'active', 'admin')").catch((error: unknown) => error);
    expect(sqlErrorCode(duplicate)).toBe(SQLSTATE.uniqueViolation);

    await client.query("UPDATE rosterkit.users SET name = 'Ada Lovelace', name_key = 'ada lovelace' WHERE id = 'u-1'");
    const { rows } = await client.query("SELECT workspace_id, user_name_key, user_email, status_rank FROM rosterkit.memberships WHERE user_id = 'u-1' ORDER BY workspace_id");
    expect(rows).toEqual([
      { workspace_id: "ws-1", user_name_key: "ada lovelace", user_email: "ada@example.com", status_rank: 2 },
      { workspace_id: "ws-2", user_name_key: "ada lovelace", user_email: "ada@example.com", status_rank: 1 },
    ]);
    const forged = await client.query("UPDATE rosterkit.memberships SET user_name_key = 'forged' WHERE user_id = 'u-1' RETURNING user_name_key");
    expect(forged.rows).toEqual([{ user_name_key: "ada lovelace" }, { user_name_key: "ada lovelace" }]);
  });

  it("refuses a membership of an unknown user with a message naming the user", async () => {
    const client = await migrated();
    const error = await client.query("INSERT INTO rosterkit.memberships (workspace_id, user_id, status, role) VALUES ('ws-1', 'u-404', 'active', 'admin')").catch((reason: unknown) => reason);
    expect(sqlErrorCode(error)).toBe(SQLSTATE.foreignKeyViolation);
    expect((error as Error).message).toBe('Rosterkit: there is no user "u-404" for this membership');
  });

  it("keeps the instance row's times: the latest membership's invitation and activity, else the user's creation", async () => {
    const client = await migrated();
    const times = async () =>
      (await client.query<{ invited: Date; active: Date | null }>("SELECT instance_invited_at AS invited, instance_last_active_at AS active FROM rosterkit.users WHERE id = 'u-2'")).rows[0];
    expect(await times()).toEqual({ invited: new Date("2026-01-01T00:00:00Z"), active: null });
    await client.query("INSERT INTO rosterkit.memberships (workspace_id, user_id, status, role, invited_at) VALUES ('ws-1', 'u-2', 'invited', 'builder', '2026-02-01T00:00:00Z')");
    await client.query("INSERT INTO rosterkit.memberships (workspace_id, user_id, status, role, invited_at) VALUES ('ws-2', 'u-2', 'invited', 'builder', '2026-03-01T00:00:00Z')");
    expect(await times()).toEqual({ invited: new Date("2026-03-01T00:00:00Z"), active: null });
    await client.query("UPDATE rosterkit.memberships SET last_active_at = '2026-04-01T00:00:00Z' WHERE workspace_id = 'ws-1' AND user_id = 'u-2'");
    expect(await times()).toEqual({ invited: new Date("2026-03-01T00:00:00Z"), active: new Date("2026-04-01T00:00:00Z") });
  });

  it("R27: keeps one live invitation link per membership, stored by its hash, each hash once", async () => {
    const client = await migrated();
    await client.query("INSERT INTO rosterkit.memberships (workspace_id, user_id, status, role) VALUES ('ws-1', 'u-2', 'invited', 'builder')");
    const invite = (id: string, hash: string) =>
      client.query("INSERT INTO rosterkit.invitations (id, token_hash, workspace_id, user_id, expires_at) VALUES ($1, $2, 'ws-1', 'u-2', now() + interval '7 days')", [id, hash]);
    await invite("inv-1", "hash-1");
    expect(sqlErrorCode(await invite("inv-2", "hash-2").catch((error: unknown) => error))).toBe(SQLSTATE.uniqueViolation);
    await client.query("UPDATE rosterkit.invitations SET state = 'resent', ended_at = now() WHERE id = 'inv-1'");
    await invite("inv-2", "hash-2");
    expect(sqlErrorCode(await invite("inv-3", "hash-2").catch((error: unknown) => error))).toBe(SQLSTATE.uniqueViolation);
  });

  it("R28: refuses to update, delete or truncate activity events", async () => {
    const client = await migrated();
    await client.query("INSERT INTO rosterkit.activity_events (actor, action, target, scope_kind, workspace_id, before, after) VALUES ('u-1', 'archive', 'u-2', 'workspace', 'ws-1', $1::jsonb, $2::jsonb)", [
      JSON.stringify({ status: "active" }),
      JSON.stringify({ status: "archived" }),
    ]);
    for (const statement of ["UPDATE rosterkit.activity_events SET action = 'forged'", "DELETE FROM rosterkit.activity_events", "TRUNCATE rosterkit.activity_events"]) {
      const error = await client.query(statement).catch((reason: unknown) => reason);
      expect((error as Error).message).toMatch(/activity events are append-only \(R28\); (UPDATE|DELETE|TRUNCATE) is refused/);
    }
    expect((await client.query("SELECT action, after FROM rosterkit.activity_events")).rows).toEqual([{ action: "archive", after: { status: "archived" } }]);
  });
});

describe("indexes serve the member list's queries without sorting (Postgres plans)", () => {
  let database: Promise<SqlClient> | undefined;
  /** One migrated database for every plan: plans only read the schema. */
  const migratedOnce = () =>
    (database ??= (async () => {
      const client = fromPgPool(postgres.pool(await postgres.cluster().createDatabase()));
      await migrate(client);
      return client;
    })());

  /** Plan of a query with sequential scans priced out, so the plan shows whether an index fits its order. */
  async function plan(client: SqlClient, sql: string, params: readonly (string | number)[] = []): Promise<string> {
    return client.transaction(async (tx) => {
      await tx.query("SET LOCAL enable_seqscan = off");
      const { rows } = await tx.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params);
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
  }

  const workspacePages: [string, string][] = [
    ["name ascending", "user_name_key, user_id"],
    ["name descending", "user_name_key DESC, user_id"],
    ["email ascending", "user_email"],
    ["email descending", "user_email DESC"],
    ["status ascending", "status_rank, user_id"],
    ["status descending", "status_rank DESC, user_id"],
    ["one role", "user_id"],
    ["invited ascending", "invited_at, user_id"],
    ["invited descending", "invited_at DESC, user_id"],
    ["last active ascending (never active last)", "last_active_at, user_id"],
    ["last active descending (never active first)", "last_active_at DESC, user_id"],
  ];

  it.each(workspacePages)("a workspace page by %s reads an index in order", async (_name, order) => {
    const client = await migratedOnce();
    const roleFilter = order === "user_id" ? "AND role = 'admin'" : "";
    const text = await plan(client, `SELECT user_id FROM rosterkit.memberships WHERE workspace_id = $1 ${roleFilter} ORDER BY ${order} LIMIT 50`, ["ws-1"]);
    expect(text).toMatch(/Index (Only )?Scan/);
    expect(text).not.toMatch(/Sort/);
  });

  const instancePages = ["name_key, id", "name_key DESC, id", "email", "email DESC", "status_rank, id", "status_rank DESC, id", "instance_invited_at, id", "instance_invited_at DESC, id", "instance_last_active_at, id", "instance_last_active_at DESC, id"];

  it.each(instancePages)("an instance page ordered by %s reads an index in order", async (order) => {
    const client = await migratedOnce();
    const text = await plan(client, `SELECT id FROM rosterkit.users ORDER BY ${order} LIMIT 50`);
    expect(text).toMatch(/Index (Only )?Scan/);
    expect(text).not.toMatch(/Sort/);
  });

  it("a substring search of name and email uses a trigram index, of users and of memberships", async () => {
    const client = await migratedOnce();
    expect(await plan(client, "SELECT id FROM rosterkit.users WHERE search_text LIKE $1", ["%lovelace%"])).toMatch(/Bitmap Index Scan on users_search_trgm/);
    expect(await plan(client, "SELECT user_id FROM rosterkit.memberships WHERE search_text LIKE $1", ["%lovelace%"])).toMatch(/Bitmap Index Scan on memberships_search_trgm/);
  });

  it("claiming due emails reads the outbox's partial index", async () => {
    const client = await migratedOnce();
    const text = await plan(client, "SELECT id FROM rosterkit.outbox WHERE sent_at IS NULL AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT 10");
    expect(text).toMatch(/Index (Only )?Scan using outbox_due/);
  });
});
