import type { ActivityRecord, RosterChange } from "../core/commands/command.types";
import type { MembershipFacts, RosterSubject } from "../core/commands/roster-facts";
import type { SqlParam } from "./sql";

/**
 * A settled change as SQL: a new user's row in one statement, and everything else a change writes (the
 * user's row, its memberships, the moves of the workspaces' counts, the activity event) in a second
 * one. The counts themselves move as the transaction commits (migration 0004), so a change locks no
 * workspace row before its `COMMIT`. Each updated row is matched
 * on the version it had when it was locked, and the statement returns how many rows each part
 * wrote: fewer means a row changed outside its lock, which {@link writeShortfall} reports. Internal
 * to `src/server`.
 * @module
 */

/** One statement and its parameters. */
export interface WriteStatement {
  readonly text: string;
  readonly params: readonly SqlParam[];
  /** Rows each part of the statement must write, by the name of its result column. */
  readonly expected: Readonly<Record<string, number>>;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sameMembership(a: MembershipFacts, b: MembershipFacts): boolean {
  return (
    a.status === b.status &&
    a.role === b.role &&
    a.version === b.version &&
    a.invitedAt === b.invitedAt &&
    a.lastActiveAt === b.lastActiveAt &&
    sameList(a.groups, b.groups) &&
    JSON.stringify(a.metadata) === JSON.stringify(b.metadata)
  );
}

function sameUser(a: RosterSubject["user"], b: RosterSubject["user"]): boolean {
  return a.email === b.email && a.name === b.name && a.instanceStatus === b.instanceStatus && a.superAdmin === b.superAdmin && a.hasAccount === b.hasAccount && a.version === b.version;
}

/** Parameters bound one by one as the statement's text is built. */
class Binder {
  readonly params: SqlParam[] = [];
  readonly bind = (value: SqlParam): string => {
    this.params.push(value);
    return `$${this.params.length}`;
  };
  /** A value used in several places, bound where first used (Postgres refuses a parameter no part uses). */
  readonly shared = (value: SqlParam, cast: string): (() => string) => {
    let placeholder: string | null = null;
    return () => (placeholder ??= `${this.bind(value)}${cast}`);
  };
}

/**
 * The row of a user the change creates, with the users counter moved; `null` when the user existed.
 * Run before {@link changeStatement}: its memberships' triggers read the user's row.
 */
export function newUserStatement(schema: string, change: RosterChange, at: string): WriteStatement | null {
  if (change.before) return null;
  const { user } = change.after;
  const { bind, params } = new Binder();
  const values = [user.id, user.email, user.name, user.name.toLowerCase(), user.instanceStatus, user.superAdmin, user.hasAccount, user.version].map(bind);
  const text = `WITH counted AS (UPDATE ${schema}.counters SET users = users + 1 RETURNING 1)
    INSERT INTO ${schema}.users (id, email, name, name_key, instance_status, super_admin, has_account, version, updated_at, created_at)
    VALUES (${values.join(", ")}, ${bind(at)}::timestamptz, ${bind(user.createdAt)}::timestamptz)`;
  return { text, params, expected: {} };
}

/** How a change moves each workspace's counts: the core's deltas, and one member more where it creates a membership. */
function countDeltas(change: RosterChange): Map<string, { admins: number; seats: number; members: number }> {
  const deltas = new Map(change.counts.map((delta) => [delta.workspaceId, { admins: delta.activeAdmins, seats: delta.seats, members: 0 }]));
  if (change.created) {
    const created = deltas.get(change.created.workspaceId) ?? { admins: 0, seats: 0, members: 0 };
    deltas.set(change.created.workspaceId, { ...created, members: created.members + 1 });
  }
  return deltas;
}

/**
 * Everything else a change writes, in one statement of data-modifying CTEs: the existing user's row if
 * it changed, the memberships that changed or are new, the counts and the activity event. `null` when
 * there is nothing to write.
 */
export function changeStatement(schema: string, change: RosterChange, activity: ActivityRecord | null, requestId: string | null, idempotencyKey: string | null, at: string): WriteStatement | null {
  const { bind, shared, params } = new Binder();
  const parts: string[] = [];
  const expected: Record<string, number> = {};
  const { user } = change.after;
  const before = change.before;
  const userId = shared(user.id, "::text");
  const now = shared(at, "::timestamptz");

  if (before && !sameUser(before.user, user)) {
    parts.push(`user_row AS (UPDATE ${schema}.users
        SET email = ${bind(user.email)}, name = ${bind(user.name)}, name_key = ${bind(user.name.toLowerCase())}, instance_status = ${bind(user.instanceStatus)},
            super_admin = ${bind(user.superAdmin)}, has_account = ${bind(user.hasAccount)}, version = ${bind(user.version)}, updated_at = ${now()}
      WHERE id = ${userId()} AND version = ${bind(before.user.version)} RETURNING 1)`);
    expected["user_row"] = 1;
  }

  const changed: { readonly after: MembershipFacts; readonly version: number | null }[] = [];
  for (const membership of change.after.memberships) {
    const previous = before?.memberships.find((m) => m.workspaceId === membership.workspaceId);
    if (!previous || !sameMembership(previous, membership)) changed.push({ after: membership, version: previous?.version ?? null });
  }
  const columns = (rows: typeof changed) =>
    [
      `${bind(rows.map((row) => row.after.workspaceId))}::text[]`,
      `${bind(rows.map((row) => row.after.status))}::text[]`,
      `${bind(rows.map((row) => row.after.role))}::text[]`,
      `${bind(rows.map((row) => JSON.stringify(row.after.groups)))}::jsonb[]`,
      `${bind(rows.map((row) => JSON.stringify(row.after.metadata)))}::jsonb[]`,
      `${bind(rows.map((row) => row.after.version))}::int[]`,
      `${bind(rows.map((row) => row.after.invitedAt))}::timestamptz[]`,
      `${bind(rows.map((row) => row.after.lastActiveAt))}::timestamptz[]`,
      `${bind(rows.map((row) => row.version))}::int[]`,
    ].join(", ");
  const changes = "c(workspace_id, status, role, groups, metadata, version, invited_at, last_active_at, locked_version)";
  const groups = "ARRAY(SELECT jsonb_array_elements_text(c.groups))";
  const updated = changed.filter((row) => row.version !== null);
  if (updated.length > 0) {
    parts.push(`memberships_updated AS (UPDATE ${schema}.memberships m
        SET status = c.status, role = c.role, groups = ${groups}, metadata = c.metadata, version = c.version, invited_at = c.invited_at, last_active_at = c.last_active_at, updated_at = ${now()}
       FROM unnest(${columns(updated)}) AS ${changes}
      WHERE m.workspace_id = c.workspace_id AND m.user_id = ${userId()} AND m.version = c.locked_version RETURNING 1)`);
    expected["memberships_updated"] = updated.length;
  }
  const created = changed.filter((row) => row.version === null);
  if (created.length > 0) {
    parts.push(`memberships_created AS (INSERT INTO ${schema}.memberships (workspace_id, user_id, status, role, groups, metadata, version, invited_at, last_active_at, updated_at, created_at)
      SELECT c.workspace_id, ${userId()}, c.status, c.role, ${groups}, c.metadata, c.version, c.invited_at, c.last_active_at, ${now()}, ${now()}
        FROM unnest(${columns(created)}) AS ${changes} RETURNING 1)`);
    expected["memberships_created"] = created.length;
  }

  const deltas = countDeltas(change);
  if (deltas.size > 0) {
    const ids = [...deltas.keys()].sort();
    const rows = ids.map((id) => deltas.get(id) ?? { admins: 0, seats: 0, members: 0 });
    // Moved as the transaction commits (migration 0004), in id order: no workspace row is locked here.
    parts.push(`counts AS (INSERT INTO ${schema}.count_moves (workspace_id, active_admins, billable_seats, total_members)
      SELECT * FROM unnest(${bind(ids)}::text[], ${bind(rows.map((d) => d.admins))}::int[], ${bind(rows.map((d) => d.seats))}::int[], ${bind(rows.map((d) => d.members))}::int[]) RETURNING 1)`);
    expected["counts"] = ids.length;
  }

  if (activity) {
    const workspaceId = activity.scope.kind === "workspace" ? activity.scope.workspaceId : null;
    const values = [
      activity.actor,
      activity.action,
      activity.target,
      activity.targetEmail,
      activity.scope.kind,
      workspaceId,
      activity.before === null ? null : JSON.stringify(activity.before),
      JSON.stringify(activity.after),
      requestId,
      idempotencyKey,
    ].map(bind);
    parts.push(`activity AS (INSERT INTO ${schema}.activity_events (at, actor, action, target, target_email, scope_kind, workspace_id, before, after, request_id, idempotency_key)
      VALUES (${now()}, ${values.slice(0, 6).join(", ")}, ${values[6] ?? "NULL"}::jsonb, ${values[7] ?? "NULL"}::jsonb, ${values.slice(8).join(", ")}) RETURNING 1)`);
    expected["activity"] = 1;
  }

  const names = Object.keys(expected);
  if (names.length === 0) return null;
  const text = `WITH ${parts.join(",\n")}
    SELECT ${names.map((name) => `(SELECT count(*) FROM ${name})::int AS ${name}`).join(", ")}`;
  return { text, params, expected };
}

/**
 * What a write statement failed to write, as an error, or `null` when each part wrote what it had to.
 * A shortfall means a row changed while this transaction held its lock: a bug, never an answer.
 */
export function writeShortfall(statement: WriteStatement, written: Readonly<Record<string, number>> | undefined, userId: string): Error | null {
  const short = Object.entries(statement.expected).filter(([name, rows]) => written?.[name] !== rows);
  if (short.length === 0) return null;
  return new Error(`Rosterkit: the change of user "${userId}" was not written (${short.map(([name]) => name).join(", ")}): its rows changed while this transaction held their locks.`);
}
