import { latestTime } from "../core/commands/roster-facts";
import type { RosterConfig } from "../core/config";
import type { MemberStatus, RosterDataset } from "../core/domain.types";
import { isActiveAdmin, isBillable } from "../core/policy";
import { normalizeEmail } from "../core/validation";
import { LIFECYCLES } from "../core/vocabulary";
import { DEFAULT_SCHEMA } from "./migrations";
import { assertMigrated } from "./postgres-rows";
import { schemaIdentifier } from "./sql";
import type { SqlClient, SqlExecutor, SqlParam } from "./sql";

/**
 * Loads a {@link RosterDataset} into an empty, migrated schema, fast: a few multi-row statements per
 * table (`unnest` of one array per column, in chunks), with the counters and the trigger-kept columns
 * computed here, so 1,000,000 members load in one transaction. For tests, demos and benchmarks.
 * @module
 */

/** Options of {@link seedPostgres}. */
export interface SeedPostgresOptions {
  /** The configuration the storage will run with: its lifecycle's statuses and its admin role (the counts). */
  readonly config: RosterConfig;
  /** @default "rosterkit" */
  readonly schema?: string;
  /**
   * When a user with no membership was first known (the in-memory storage uses its creation time).
   * @default the current time
   */
  readonly now?: string;
  /**
   * Rows per statement.
   * @default 20000
   */
  readonly chunkSize?: number;
}

/** What {@link seedPostgres} loaded. */
export interface SeedPostgresResult {
  readonly workspaces: number;
  readonly groups: number;
  readonly users: number;
  readonly memberships: number;
}

function refuse(message: string): never {
  throw new TypeError(`seedPostgres: ${message}`);
}

/** Refuses a dataset the storage could not hold coherently; returns each user's normalised email. */
function checkDataset(dataset: RosterDataset, config: RosterConfig): Map<string, string> {
  const workspaces = new Set<string>();
  for (const workspace of dataset.workspaces) {
    if (workspaces.has(workspace.id)) refuse(`workspace "${workspace.id}" is listed twice.`);
    workspaces.add(workspace.id);
  }
  const groups = new Set<string>();
  for (const group of dataset.groups) {
    if (!workspaces.has(group.workspaceId)) refuse(`group "${group.id}" belongs to unknown workspace "${group.workspaceId}".`);
    if (groups.has(group.id)) refuse(`group "${group.id}" is listed twice.`);
    groups.add(group.id);
  }
  const emails = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const user of dataset.users) {
    if (emails.has(user.id)) refuse(`user "${user.id}" is listed twice.`);
    const email = normalizeEmail(user.email);
    const other = owners.get(email);
    if (other !== undefined) refuse(`users "${other}" and "${user.id}" share the email ${email}.`);
    emails.set(user.id, email);
    owners.set(email, user.id);
  }
  const allowed: ReadonlySet<MemberStatus> = new Set(LIFECYCLES[config.lifecycle].statuses);
  const pairs = new Set<string>();
  for (const membership of dataset.memberships) {
    const { userId, workspaceId, status } = membership;
    if (!emails.has(userId) || !workspaces.has(workspaceId)) refuse(`the membership of "${userId}" in "${workspaceId}" refers to an unknown ${emails.has(userId) ? "workspace" : "user"}.`);
    const pair = `${workspaceId}\u0000${userId}`;
    if (pairs.has(pair)) refuse(`"${userId}" has two memberships in "${workspaceId}".`);
    pairs.add(pair);
    if (!allowed.has(status)) refuse(`"${userId}" is "${status}" in "${workspaceId}", which is not a status of the ${config.lifecycle} lifecycle.`);
  }
  return emails;
}

/** A Postgres array literal of texts (`{"a","b"}`), for a `text[]` cell passed inside a `text[]` column. */
function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`).join(",")}}`;
}

/**
 * Above this many users and memberships, the secondary indexes of both tables are dropped for the load
 * and built again after it: one sorted build is several times faster than a million index inserts
 * (trigram GIN indexes above all).
 */
const REBUILD_INDEXES_FROM = 10_000;

/**
 * Drops the indexes of `users` and `memberships` that back no constraint, and returns the statements
 * that create them again exactly as they were.
 */
async function dropSecondaryIndexes(tx: SqlExecutor, schema: string): Promise<string[]> {
  const { rows } = await tx.query<{ name: string; definition: string }>(
    `SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE i.indrelid IN ($1::regclass, $2::regclass) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY c.relname`,
    [`${schema}.users`, `${schema}.memberships`],
  );
  for (const row of rows) await tx.query(`DROP INDEX ${row.name}`);
  return rows.map((row) => row.definition);
}

/** Runs one insert per chunk of rows, each column passed as one array. */
async function insertColumns(tx: SqlExecutor, sql: string, columns: readonly SqlParam[][], chunkSize: number): Promise<void> {
  const rows = columns[0]?.length ?? 0;
  for (let start = 0; start < rows; start += chunkSize) {
    await tx.query(
      sql,
      columns.map((column) => column.slice(start, start + chunkSize) as SqlParam),
    );
  }
}

/**
 * Loads a dataset into an empty, migrated schema in one transaction: the instance, the configured
 * roles, workspaces with exact counts, custom groups, users and memberships in the dataset's order
 * (a user's memberships list in that order, as in memory). The membership and user triggers are
 * switched off for the load, inside the transaction, and their columns computed here: run it as the
 * role that owns the schema (the one that ran `migrate()`).
 * @throws TypeError naming the problem when the dataset is incoherent (the checks of the in-memory
 * storage), Error when the schema is not migrated or already holds users or workspaces.
 * @example
 * await migrate(client);
 * await seedPostgres(client, generateSeed({ members: 100_000 }), { config });
 * const storage = await createPostgresStorage({ client, config });
 */
export async function seedPostgres(client: SqlClient, dataset: RosterDataset, options: SeedPostgresOptions): Promise<SeedPostgresResult> {
  const { config } = options;
  const name = options.schema ?? DEFAULT_SCHEMA;
  const s = schemaIdentifier(name);
  const chunkSize = options.chunkSize ?? 20_000;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new TypeError(`seedPostgres: \`chunkSize\` must be a whole number ≥ 1, got ${String(chunkSize)}.`);
  const now = options.now ?? new Date().toISOString();
  const emails = checkDataset(dataset, config);

  // Per user: the times of the instance row, as the triggers would keep them (0001-init).
  const invited = new Map<string, string[]>();
  const active = new Map<string, (string | null)[]>();
  for (const m of dataset.memberships) {
    const times = invited.get(m.userId);
    if (times) times.push(m.invitedAt);
    else invited.set(m.userId, [m.invitedAt]);
    const last = active.get(m.userId);
    if (last) last.push(m.lastActiveAt);
    else active.set(m.userId, [m.lastActiveAt]);
  }
  const counts = new Map(dataset.workspaces.map((workspace) => [workspace.id, { admins: 0, seats: 0, members: 0 }]));
  for (const m of dataset.memberships) {
    const count = counts.get(m.workspaceId);
    if (!count) continue;
    count.members += 1;
    if (isBillable(m.status)) count.seats += 1;
    if (isActiveAdmin(config, m)) count.admins += 1;
  }

  await assertMigrated(client, s, name);
  return client.transaction(async (tx) => {
    const { rows } = await tx.query<{ taken: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${s}.users) OR EXISTS (SELECT 1 FROM ${s}.workspaces) OR EXISTS (SELECT 1 FROM ${s}.instance) AS taken`,
    );
    if (rows[0]?.taken) throw new Error(`seedPostgres: schema "${name}" already holds data; seed an empty schema (drop it and run migrate() again to start over).`);

    const rebuild = dataset.users.length + dataset.memberships.length >= REBUILD_INDEXES_FROM ? await dropSecondaryIndexes(tx, s) : [];
    await tx.query(`ALTER TABLE ${s}.users DISABLE TRIGGER users_init_instance_times`);
    await tx.query(`ALTER TABLE ${s}.memberships DISABLE TRIGGER memberships_copy_user, DISABLE TRIGGER memberships_instance_times`);

    await tx.query(`INSERT INTO ${s}.instance (id, name) VALUES ($1, $2)`, [dataset.instance.id, dataset.instance.name]);
    await tx.query(`INSERT INTO ${s}.roles (id, label, description, position) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])`, [
      config.roles.map((role) => role.id),
      config.roles.map((role) => role.label),
      config.roles.map((role) => role.description ?? null),
      config.roles.map((_, index) => index),
    ]);

    const ws = dataset.workspaces;
    await insertColumns(
      tx,
      `INSERT INTO ${s}.workspaces (id, name, position, active_admins, billable_seats, total_members)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[], $5::int[], $6::int[])`,
      [
        ws.map((w) => w.id),
        ws.map((w) => w.name),
        ws.map((_, index) => index + 1),
        ws.map((w) => counts.get(w.id)?.admins ?? 0),
        ws.map((w) => counts.get(w.id)?.seats ?? 0),
        ws.map((w) => counts.get(w.id)?.members ?? 0),
      ],
      chunkSize,
    );

    const groups = dataset.groups;
    await insertColumns(
      tx,
      `INSERT INTO ${s}.custom_groups (id, workspace_id, name, position) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])`,
      [groups.map((g) => g.id), groups.map((g) => g.workspaceId), groups.map((g) => g.name), groups.map((_, index) => index + 1)],
      chunkSize,
    );

    const users = dataset.users;
    const createdAt = users.map((u) => (invited.get(u.id) ?? []).reduce<string | null>((min, at) => (min === null || at < min ? at : min), null) ?? now);
    await insertColumns(
      tx,
      `INSERT INTO ${s}.users (id, email, name, name_key, instance_status, super_admin, has_account, created_at, updated_at, instance_invited_at, instance_last_active_at)
       SELECT id, email, name, name_key, instance_status, super_admin, has_account, created_at, created_at, instance_invited_at, instance_last_active_at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::boolean[], $8::timestamptz[], $9::timestamptz[], $10::timestamptz[])
           AS u(id, email, name, name_key, instance_status, super_admin, has_account, created_at, instance_invited_at, instance_last_active_at)`,
      [
        users.map((u) => u.id),
        users.map((u) => emails.get(u.id) ?? u.email),
        users.map((u) => u.name),
        users.map((u) => u.name.toLowerCase()),
        users.map((u) => u.instanceStatus),
        users.map((u) => u.superAdmin),
        users.map((u) => u.hasAccount),
        createdAt,
        users.map((u, index) => latestTime(invited.get(u.id) ?? []) ?? createdAt[index] ?? now),
        users.map((u) => latestTime(active.get(u.id) ?? [])),
      ],
      chunkSize,
    );

    const byId = new Map(users.map((u) => [u.id, u]));
    const ms = dataset.memberships;
    await insertColumns(
      tx,
      `INSERT INTO ${s}.memberships (workspace_id, user_id, status, role, groups, metadata, invited_at, last_active_at, created_at, updated_at, user_name_key, user_email, position)
       SELECT workspace_id, user_id, status, role, groups::text[], metadata::jsonb, invited_at, last_active_at, invited_at, invited_at, user_name_key, user_email, position
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::text[], $10::text[], $11::bigint[])
           AS m(workspace_id, user_id, status, role, groups, metadata, invited_at, last_active_at, user_name_key, user_email, position)`,
      [
        ms.map((m) => m.workspaceId),
        ms.map((m) => m.userId),
        ms.map((m) => m.status),
        ms.map((m) => m.role),
        ms.map((m) => textArrayLiteral(m.groups)),
        ms.map((m) => JSON.stringify(m.metadata)),
        ms.map((m) => m.invitedAt),
        ms.map((m) => m.lastActiveAt),
        ms.map((m) => byId.get(m.userId)?.name.toLowerCase() ?? ""),
        ms.map((m) => emails.get(m.userId) ?? ""),
        ms.map((_, index) => index + 1),
      ],
      chunkSize,
    );

    if (rebuild.length > 0) await tx.query("SET LOCAL maintenance_work_mem = '128MB'");
    for (const statement of rebuild) await tx.query(statement);
    await tx.query(`ALTER TABLE ${s}.users ENABLE TRIGGER users_init_instance_times`);
    await tx.query(`ALTER TABLE ${s}.memberships ENABLE TRIGGER memberships_copy_user, ENABLE TRIGGER memberships_instance_times`);

    await tx.query(`UPDATE ${s}.counters SET users = $1, admin_role = $2`, [users.length, config.adminRole]);
    // Identities and new user ids continue after the loaded rows.
    for (const [table, count] of [["workspaces", ws.length], ["custom_groups", groups.length], ["memberships", ms.length]] as const) {
      if (count > 0) await tx.query(`SELECT setval(pg_get_serial_sequence($1, 'position'), $2)`, [`${s}.${table}`, count]);
    }
    const highest = users.reduce((max, u) => (/^u-[1-9]\d{0,14}$/.test(u.id) ? Math.max(max, Number(u.id.slice(2))) : max), 0);
    if (highest > 0) await tx.query(`SELECT setval('${s}.user_numbers', $1)`, [highest]);
    await tx.query(`ANALYZE ${s}.users, ${s}.memberships, ${s}.workspaces`);
    return { workspaces: ws.length, groups: groups.length, users: users.length, memberships: ms.length };
  });
}
