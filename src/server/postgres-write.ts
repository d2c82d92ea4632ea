import type { ActivityRecord, RosterChange } from "../core/commands/command.types";
import type { MembershipFacts, RosterSubject } from "../core/commands/roster-facts";
import type { SqlParam } from "./sql";

/**
 * The writes of a transaction as few statements: a new user's row in one statement, and the rest (the
 * user's row, its memberships, the moves of the workspaces' counts, the activity event, the invitation
 * links, the queued emails and the idempotency key's answer) gathered in a {@link WriteBatch}, sent as
 * one statement of data-modifying CTEs before the transaction's next read and before its `COMMIT`.
 * The counts themselves move as the transaction commits (migration 0004), so a change locks no
 * workspace row before its `COMMIT`. Each updated row is matched on the version it had when it was
 * locked, and the statement returns how many rows each part wrote: fewer means a row changed outside
 * its lock, which {@link writeShortfall} reports. Internal to `src/server`.
 * @module
 */

/** One statement and its parameters. */
export interface WriteStatement {
  readonly text: string;
  readonly params: readonly SqlParam[];
  /** Rows each part of the statement must write, by the name of its result column, and what it means when it does not. */
  readonly expected: Readonly<Record<string, { readonly rows: number; readonly failure: string }>>;
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
 * Run before the batch of its change ({@link WriteBatch.change}): its memberships' triggers read the user's row.
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

/** An invitation link's row, its state as stored (`pending`, `accepted`, `revoked`). */
export interface StoredInvitation {
  readonly id: string;
  readonly tokenHash: string;
  readonly workspaceId: string;
  readonly userId: string;
  readonly state: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** The key of the invitation rows of a membership, as a {@link WriteBatch} names the rows it writes. */
const invitationsOf = (workspaceId: string, userId: string) => `invitations:${workspaceId}\u0000${userId}`;

/** One data-modifying part of a {@link WriteBatch}: a statement that returns a row per row it wrote. */
interface BatchPart {
  readonly name: string;
  readonly text: string;
}

/**
 * Writes gathered into one statement of data-modifying CTEs. All parts see the data as it was before
 * the statement, so two parts must not write the same rows: each part names the rows it writes (keys
 * such as `user:u-1`), and each method answers `false`, adding nothing, when a part of the batch writes
 * one of them already: the storage then sends the batch and starts another, which takes any part. A
 * part that must see another's effect (a new link after the old one is retired) reads that part's
 * rows, which runs it first.
 */
export class WriteBatch {
  private readonly binder = new Binder();
  private readonly parts: BatchPart[] = [];
  private readonly expected: Record<string, { rows: number; failure: string }> = {};
  private readonly written = new Set<string>();

  constructor(private readonly schema: string) {}

  /** Marks rows as written by this batch, or answers `false` when a part of it writes one of them already. */
  private join(keys: readonly string[]): boolean {
    if (keys.some((key) => this.written.has(key))) return false;
    for (const key of keys) this.written.add(key);
    return true;
  }

  /**
   * Adds a part: its statement, ending in `RETURNING 1`, with parameters bound by this batch's binder;
   * with `expected`, the part must write exactly that many rows, else the batch fails with `failure`.
   * Answers the part's name, for a later part that must follow it.
   */
  private add(label: string, text: string, expected?: { rows: number; failure: string }): string {
    const name = `${label}_${String(this.parts.length + 1)}`;
    this.parts.push({ name, text });
    if (expected) this.expected[name] = expected;
    return name;
  }

  /**
   * A settled change: the existing user's row if it changed (only the columns that changed), the
   * memberships that changed (only the columns that changed in some of them) or are new, the counts'
   * moves and the activity event. The row of a new user must already be written ({@link newUserStatement}).
   */
  change(change: RosterChange, activity: ActivityRecord | null, requestId: string | null, idempotencyKey: string | null, at: string): boolean {
    const { bind, shared } = this.binder;
    const s = this.schema;
    const { user } = change.after;
    if (!this.join([`user:${user.id}`])) return false;
    const before = change.before;
    const userId = shared(user.id, "::text");
    const now = shared(at, "::timestamptz");
    const failure = `the change of user "${user.id}" was not written: its rows changed while this transaction held their locks`;

    if (before && !sameUser(before.user, user)) {
      const set = [
        ...(before.user.email === user.email ? [] : [`email = ${bind(user.email)}`]),
        ...(before.user.name === user.name ? [] : [`name = ${bind(user.name)}, name_key = ${bind(user.name.toLowerCase())}`]),
        ...(before.user.instanceStatus === user.instanceStatus ? [] : [`instance_status = ${bind(user.instanceStatus)}`]),
        ...(before.user.superAdmin === user.superAdmin ? [] : [`super_admin = ${bind(user.superAdmin)}`]),
        ...(before.user.hasAccount === user.hasAccount ? [] : [`has_account = ${bind(user.hasAccount)}`]),
        `version = ${bind(user.version)}`,
        `updated_at = ${now()}`,
      ];
      this.add("user_row", `UPDATE ${s}.users SET ${set.join(", ")} WHERE id = ${userId()} AND version = ${bind(before.user.version)} RETURNING 1`, { rows: 1, failure });
    }

    const updated: { readonly after: MembershipFacts; readonly before: MembershipFacts }[] = [];
    const created: MembershipFacts[] = [];
    for (const membership of change.after.memberships) {
      const previous = before?.memberships.find((m) => m.workspaceId === membership.workspaceId);
      if (!previous) created.push(membership);
      else if (!sameMembership(previous, membership)) updated.push({ after: membership, before: previous });
    }
    const groups = "ARRAY(SELECT jsonb_array_elements_text(c.groups))";
    if (updated.length > 0) {
      // Only the columns some row changes: a column named in SET fires its triggers (invited_at and
      // last_active_at move the user's instance times) even when no value changes.
      const differs = (same: (a: MembershipFacts, b: MembershipFacts) => boolean) => updated.some((row) => !same(row.before, row.after));
      const columns: { readonly name: string; readonly values: readonly (string | number | null)[]; readonly type: string; readonly set: string }[] = [
        { name: "workspace_id", values: updated.map((row) => row.after.workspaceId), type: "text", set: "" },
        { name: "locked_version", values: updated.map((row) => row.before.version), type: "int", set: "" },
        { name: "version", values: updated.map((row) => row.after.version), type: "int", set: "version = c.version" },
        ...(differs((a, b) => a.status === b.status) ? [{ name: "status", values: updated.map((row) => row.after.status), type: "text", set: "status = c.status" }] : []),
        ...(differs((a, b) => a.role === b.role) ? [{ name: "role", values: updated.map((row) => row.after.role), type: "text", set: "role = c.role" }] : []),
        ...(differs((a, b) => sameList(a.groups, b.groups)) ? [{ name: "groups", values: updated.map((row) => JSON.stringify(row.after.groups)), type: "jsonb", set: `groups = ${groups}` }] : []),
        ...(differs((a, b) => JSON.stringify(a.metadata) === JSON.stringify(b.metadata))
          ? [{ name: "metadata", values: updated.map((row) => JSON.stringify(row.after.metadata)), type: "jsonb", set: "metadata = c.metadata" }]
          : []),
        ...(differs((a, b) => a.invitedAt === b.invitedAt) ? [{ name: "invited_at", values: updated.map((row) => row.after.invitedAt), type: "timestamptz", set: "invited_at = c.invited_at" }] : []),
        ...(differs((a, b) => a.lastActiveAt === b.lastActiveAt)
          ? [{ name: "last_active_at", values: updated.map((row) => row.after.lastActiveAt), type: "timestamptz", set: "last_active_at = c.last_active_at" }]
          : []),
      ];
      this.add(
        "memberships_updated",
        `UPDATE ${s}.memberships m
            SET ${columns.flatMap((column) => (column.set === "" ? [] : [column.set])).join(", ")}, updated_at = ${now()}
           FROM unnest(${columns.map((column) => `${bind(column.values)}::${column.type}[]`).join(", ")}) AS c(${columns.map((column) => column.name).join(", ")})
          WHERE m.workspace_id = c.workspace_id AND m.user_id = ${userId()} AND m.version = c.locked_version RETURNING 1`,
        { rows: updated.length, failure },
      );
    }
    if (created.length > 0) {
      const columns = [
        `${bind(created.map((row) => row.workspaceId))}::text[]`,
        `${bind(created.map((row) => row.status))}::text[]`,
        `${bind(created.map((row) => row.role))}::text[]`,
        `${bind(created.map((row) => JSON.stringify(row.groups)))}::jsonb[]`,
        `${bind(created.map((row) => JSON.stringify(row.metadata)))}::jsonb[]`,
        `${bind(created.map((row) => row.version))}::int[]`,
        `${bind(created.map((row) => row.invitedAt))}::timestamptz[]`,
        `${bind(created.map((row) => row.lastActiveAt))}::timestamptz[]`,
      ].join(", ");
      this.add(
        "memberships_created",
        `INSERT INTO ${s}.memberships (workspace_id, user_id, status, role, groups, metadata, version, invited_at, last_active_at, updated_at, created_at)
         SELECT c.workspace_id, ${userId()}, c.status, c.role, ${groups}, c.metadata, c.version, c.invited_at, c.last_active_at, ${now()}, ${now()}
           FROM unnest(${columns}) AS c(workspace_id, status, role, groups, metadata, version, invited_at, last_active_at) RETURNING 1`,
        { rows: created.length, failure },
      );
    }

    const deltas = countDeltas(change);
    if (deltas.size > 0) {
      const ids = [...deltas.keys()].sort();
      const rows = ids.map((id) => deltas.get(id) ?? { admins: 0, seats: 0, members: 0 });
      // Moved as the transaction commits (migration 0004), in id order: no workspace row is locked here.
      this.add(
        "counts",
        `INSERT INTO ${s}.count_moves (workspace_id, active_admins, billable_seats, total_members)
         SELECT * FROM unnest(${bind(ids)}::text[], ${bind(rows.map((d) => d.admins))}::int[], ${bind(rows.map((d) => d.seats))}::int[], ${bind(rows.map((d) => d.members))}::int[]) RETURNING 1`,
        { rows: ids.length, failure },
      );
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
      this.add(
        "activity",
        `INSERT INTO ${s}.activity_events (at, actor, action, target, target_email, scope_kind, workspace_id, before, after, request_id, idempotency_key)
         VALUES (${now()}, ${values.slice(0, 6).join(", ")}, ${values[6] ?? "NULL"}::jsonb, ${values[7] ?? "NULL"}::jsonb, ${values.slice(8).join(", ")}) RETURNING 1`,
        { rows: 1, failure },
      );
    }
    return true;
  }

  /** Revokes the membership's live link, if any. */
  revokeInvitations(workspaceId: string, userId: string): boolean {
    const { bind } = this.binder;
    if (!this.join([invitationsOf(workspaceId, userId)])) return false;
    this.add("revoked", `UPDATE ${this.schema}.invitations SET state = 'revoked', ended_at = now() WHERE workspace_id = ${bind(workspaceId)} AND user_id = ${bind(userId)} AND state = 'pending' RETURNING 1`);
    return true;
  }

  /** Stores a new link of a membership, after retiring its live one (`resent`): the insert follows the update. */
  putInvitation(invitation: StoredInvitation): boolean {
    const { bind, shared } = this.binder;
    const s = this.schema;
    if (!this.join([invitationsOf(invitation.workspaceId, invitation.userId)])) return false;
    const workspaceId = shared(invitation.workspaceId, "::text");
    const userId = shared(invitation.userId, "::text");
    const state = shared(invitation.state, "::text");
    const resent = this.add("resent", `UPDATE ${s}.invitations SET state = 'resent', ended_at = now() WHERE workspace_id = ${workspaceId()} AND user_id = ${userId()} AND state = 'pending' RETURNING 1`);
    this.add(
      "invitation",
      `INSERT INTO ${s}.invitations (id, token_hash, workspace_id, user_id, state, created_at, expires_at, ended_at)
       SELECT ${bind(invitation.id)}, ${bind(invitation.tokenHash)}, ${workspaceId()}, ${userId()}, ${state()}, ${bind(invitation.createdAt)}::timestamptz, ${bind(invitation.expiresAt)}::timestamptz,
              CASE WHEN ${state()} = 'pending' THEN NULL ELSE now() END
        WHERE (SELECT count(*) FROM ${resent}) >= 0 RETURNING 1`,
      { rows: 1, failure: `the invitation "${invitation.id}" was not stored` },
    );
    return true;
  }

  /** Queues an email: the values of its outbox row (`outboxRow`). An insert of its own: it always joins. */
  enqueueEmail(values: readonly [string, string, string, string]): boolean {
    const { bind } = this.binder;
    const [kind, recipient, messageId, payload] = values;
    this.add("email", `INSERT INTO ${this.schema}.outbox (kind, recipient, message_id, payload) VALUES (${bind(kind)}, ${bind(recipient)}, ${bind(messageId)}, ${bind(payload)}::jsonb) RETURNING 1`, {
      rows: 1,
      failure: "an email was not queued",
    });
    return true;
  }

  /** Keeps the answer to a key claimed in this transaction (its JSON text, stored whole as a JSON string: it replays byte for byte). */
  saveIdempotencyOutcome(actorId: string, key: string, status: number, body: string): boolean {
    const { bind } = this.binder;
    if (!this.join([`idempotency:${actorId}\u0000${key}`])) return false;
    this.add(
      "outcome",
      `UPDATE ${this.schema}.idempotency_keys SET response_status = ${bind(status)}, response_body = to_jsonb(${bind(body)}::text), completed_at = now()
        WHERE actor = ${bind(actorId)} AND key = ${bind(key)} RETURNING 1`,
      { rows: 1, failure: `idempotency key "${key}" of "${actorId}" was not claimed in this transaction` },
    );
    return true;
  }

  /** The batch as one statement, or `null` when it holds nothing. */
  statement(): WriteStatement | null {
    if (this.parts.length === 0) return null;
    const text = `WITH ${this.parts.map((part) => `${part.name} AS (${part.text})`).join(",\n")}
    SELECT ${this.parts.map((part) => `(SELECT count(*) FROM ${part.name})::int AS ${part.name}`).join(", ")}`;
    return { text, params: this.binder.params, expected: this.expected };
  }
}

/**
 * What a write statement failed to write, as an error, or `null` when each part wrote what it had to.
 * A shortfall means a row changed while this transaction held its lock, or a key was not claimed: a
 * bug, never an answer.
 */
export function writeShortfall(statement: WriteStatement, written: Readonly<Record<string, number>> | undefined): Error | null {
  const failures = new Set(Object.entries(statement.expected).flatMap(([name, expected]) => (written?.[name] === expected.rows ? [] : [expected.failure])));
  if (failures.size === 0) return null;
  return new Error(`Rosterkit: ${[...failures].join("; ")}.`);
}
