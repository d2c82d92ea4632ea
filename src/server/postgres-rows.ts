import type { MembershipFacts, RosterSubject } from "../core/commands/roster-facts";
import type { InstanceStatus, MemberStatus, Metadata, RoleId } from "../core/domain.types";
import { MIGRATIONS } from "./migrations";
import { sqlErrorCode } from "./sql";
import type { SqlExecutor } from "./sql";

/**
 * Rows of the Postgres storage as the core's facts: the SQL that reads a user with every membership in
 * one statement, and its mapping to a {@link RosterSubject}. Internal to `src/server`.
 * @module
 */

/** A membership as the subject query returns it (JSON): times in epoch milliseconds. */
type MembershipJson = [workspaceId: string, status: MemberStatus, role: RoleId, groups: string[], metadata: Metadata, invitedAtMs: number, lastActiveAtMs: number | null, version: number];

/** One row of {@link subjectColumns}. */
export interface SubjectRow {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly instance_status: InstanceStatus;
  readonly super_admin: boolean;
  readonly has_account: boolean;
  readonly version: number;
  readonly created_at: Date;
  readonly memberships: MembershipJson[];
}

/** Epoch milliseconds of a `timestamptz` expression, exact for every time the server writes (ms). */
export const epochMs = (expression: string) => `(extract(epoch from ${expression}) * 1000)::float8`;

/**
 * The select list of a subject, for a `users` row aliased `u`: the user's columns and every membership,
 * in the order they were created, as one JSON array.
 */
export function subjectColumns(schema: string): string {
  const membership = `json_build_array(m.workspace_id, m.status, m.role, m.groups, m.metadata, ${epochMs("m.invited_at")}, ${epochMs("m.last_active_at")}, m.version)`;
  return `u.id, u.email, u.name, u.instance_status, u.super_admin, u.has_account, u.version, u.created_at,
    (SELECT coalesce(json_agg(${membership} ORDER BY m.position), '[]'::json) FROM ${schema}.memberships m WHERE m.user_id = u.id) AS memberships`;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The subject of a {@link SubjectRow}: frozen facts, as the in-memory storage gives them. */
export function subjectOfRow(row: SubjectRow): RosterSubject {
  const memberships = row.memberships.map(([workspaceId, status, role, groups, metadata, invitedAt, lastActiveAt, version]): MembershipFacts =>
    Object.freeze({
      userId: row.id,
      workspaceId,
      status,
      role,
      groups: Object.freeze(groups),
      metadata: Object.freeze(metadata),
      invitedAt: iso(invitedAt),
      lastActiveAt: lastActiveAt === null ? null : iso(lastActiveAt),
      version,
    }),
  );
  return Object.freeze({
    user: Object.freeze({
      id: row.id,
      email: row.email,
      name: row.name,
      instanceStatus: row.instance_status,
      superAdmin: row.super_admin,
      hasAccount: row.has_account,
      version: row.version,
      createdAt: row.created_at.toISOString(),
    }),
    memberships: Object.freeze(memberships),
  });
}

/** The version of the schema this package ships: its last migration. */
export const SHIPPED_VERSION = MIGRATIONS.reduce((max, migration) => Math.max(max, migration.version), 0);

/**
 * Checks that `migrate()` brought the schema to this package's version.
 * @throws Error saying which call to make when it did not.
 */
export async function assertMigrated(client: SqlExecutor, schema: string, name: string): Promise<void> {
  let version = 0;
  try {
    const { rows } = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${schema}.schema_migrations`);
    version = rows[0]?.version ?? 0;
  } catch (error) {
    if (sqlErrorCode(error) !== "42P01" && sqlErrorCode(error) !== "3F000") throw error;
  }
  if (version < SHIPPED_VERSION) {
    throw new Error(
      `Rosterkit: schema "${name}" is at version ${version}, and this package needs version ${SHIPPED_VERSION}. ` +
        `Run \`await migrate(client, { schema: "${name}" })\` (from rosterkit/server) before creating the storage.`,
    );
  }
  if (version > SHIPPED_VERSION) {
    throw new Error(`Rosterkit: schema "${name}" is at version ${version}, newer than this package's ${SHIPPED_VERSION}. Run the package version that migrated it.`);
  }
}
