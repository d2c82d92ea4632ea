import type { RosterSubject } from "../core/commands/roster-facts";
import type { RosterConfig } from "../core/config";
import type { CustomGroup, WorkspaceSummary } from "../core/domain.types";
import type {
  IdempotencyRecord,
  InvitationRecord,
  QueuedEmail,
  RosterStorage,
  StorageReads,
  StorageTransaction,
  StoredOutcome,
} from "../core/engine/storage.types";
import { deserializeRosterError } from "../core/engine/stored-error";
import { normalizeEmail } from "../core/validation";
import { httpStatusOfError } from "../adapters/rest/rest-protocol";
import { defaultInvitationEmail, oneLine } from "./invitation-email";
import type { InvitationEmailWriter } from "./invitation-email";
import { createMessageId } from "./mailer";
import { DEFAULT_SCHEMA } from "./migrations";
import { outboxRow } from "./outbox";
import { listActivitySql } from "./postgres-activity";
import { listMembersSql } from "./postgres-member-query";
import { assertMigrated, subjectColumns, subjectOfRow } from "./postgres-rows";
import { newUserStatement, WriteBatch, writeShortfall } from "./postgres-write";
import type { SubjectRow } from "./postgres-rows";
import { schemaIdentifier } from "./sql";
import type { QueryOptions, SqlClient, SqlExecutor, SqlParam } from "./sql";

/**
 * The Postgres storage of the roster engine: the same SQL on a `pg` pool and on PGlite (through
 * {@link SqlClient}), in the tables `migrate()` creates.
 *
 * Each command runs in one READ COMMITTED transaction that locks what it decides on: the user's row
 * (`SELECT … FOR UPDATE`; for an email with no user yet, an advisory lock on the email, so two invites
 * of one new email run one after the other), then, in id order, the workspaces where the user is an
 * active admin, whose rows hold the exact active-admin count (R15) the last-admin check reads. The
 * active-admin and seat counts (R15, R16) move by each change's deltas as its transaction commits
 * (migration 0004), so changes that cannot lower an admin count do not wait on each other. A deadlock or
 * serialization failure runs the transaction again (`retries`). The idempotency key is claimed first,
 * with an insert that a concurrent claim of the same key waits on (R26). Reads outside a transaction
 * run statement by statement, each on the latest committed data.
 * @module
 */

/** Options of {@link createPostgresStorage}. */
export interface PostgresStorageOptions {
  readonly client: SqlClient;
  /** The resolved configuration the engine runs with (roles, admin role, lifecycle). Every process of a deployment uses the same. */
  readonly config: RosterConfig;
  /**
   * Schema `migrate()` created the tables in.
   * @default "rosterkit"
   */
  readonly schema?: string;
  /**
   * Writes the invitation emails put in the outbox (R10, R30).
   * @default defaultInvitationEmail
   */
  readonly invitationEmail?: InvitationEmailWriter;
  /**
   * Domain of the Message-IDs of queued emails (`<id@domain>`): the host's mail domain, ideally.
   * @default "rosterkit.invalid"
   */
  readonly messageIdDomain?: string;
  /**
   * How many times a transaction runs again after a deadlock or serialization failure.
   * @default 5
   */
  readonly retries?: number;
  /**
   * Whether the statements every write runs (lookups and writes by key), and the pages of unfiltered
   * member lists, stay prepared on each `pg` connection ({@link QueryOptions.prepare}), so Postgres
   * parses them once per connection, and may plan them once. Set `false`
   * behind a pooler that cannot carry prepared statements across its server connections (PgBouncer in
   * transaction mode before 1.21, or without `max_prepared_statements`).
   * @default true
   */
  readonly preparedStatements?: boolean;
}

const INVITATION_STATES: Readonly<Record<string, InvitationRecord["state"]>> = { pending: "live", accepted: "used" };
const STORED_STATES: Readonly<Record<InvitationRecord["state"], string>> = { live: "pending", used: "accepted", revoked: "revoked" };

/** Class of the advisory locks on emails (the first key of `pg_advisory_xact_lock(int, int)`). */
const EMAIL_LOCK_CLASS = 0x524b_0002;

interface InvitationRow {
  readonly id: string;
  readonly workspace_id: string;
  readonly user_id: string;
  readonly token_hash: string;
  readonly state: string;
  readonly created_at: Date;
  readonly expires_at: Date;
}

interface WorkspaceRow {
  readonly id: string;
  readonly name: string;
  readonly active_admins: number;
  readonly billable_seats: number;
  readonly total_members: number;
}

/** A workspace as {@link WorkspaceRow}'s columns in a JSON array. */
type WorkspaceJson = [id: string, name: string, activeAdmins: number, billableSeats: number, totalMembers: number];

function invitationOf(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    userId: row.user_id,
    tokenHash: row.token_hash,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    state: INVITATION_STATES[row.state] ?? "revoked",
  };
}

function workspaceOf(row: WorkspaceRow): WorkspaceSummary {
  return Object.freeze({ id: row.id, name: row.name, activeAdmins: row.active_admins, billableSeats: row.billable_seats, totalMembers: row.total_members });
}

/**
 * Counts active admins again with the configured admin role when the stored counts were made with
 * another (or none yet, as right after `migrate()`).
 */
async function countAdminsFor(client: SqlClient, s: string, config: RosterConfig): Promise<void> {
  await client.transaction(async (tx) => {
    const { rows } = await tx.query<{ admin_role: string | null }>(`SELECT admin_role FROM ${s}.counters FOR UPDATE`);
    if (rows.length === 0) throw new Error(`Rosterkit: the counters row of ${s} is missing; the schema was changed by hand. Restore it from a backup or migrate a new schema.`);
    if (rows[0]?.admin_role === config.adminRole) return;
    await tx.query(
      `UPDATE ${s}.workspaces w SET active_admins = (SELECT count(*) FROM ${s}.memberships m WHERE m.workspace_id = w.id AND m.role = $1 AND m.status = 'active')`,
      [config.adminRole],
    );
    await tx.query(`UPDATE ${s}.counters SET admin_role = $1`, [config.adminRole]);
  });
}

/**
 * Creates the Postgres storage over a migrated schema. Async: it first checks that `migrate()` brought
 * the schema to this package's version, and counts active admins again if `config.adminRole` is not the
 * role they were counted with.
 * @throws Error when the schema is not migrated (saying which call to make), TypeError for bad options.
 * @example
 * const client = fromPgPool(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 * await migrate(client);
 * const storage = await createPostgresStorage({ client, config: resolveConfig() });
 * const handler = createRosterHandler({ storage, authenticate, invitations, config });
 */
export async function createPostgresStorage(options: PostgresStorageOptions): Promise<RosterStorage> {
  const { client, config } = options;
  const name = options.schema ?? DEFAULT_SCHEMA;
  const s = schemaIdentifier(name);
  const retries = options.retries ?? 5;
  if (!Number.isInteger(retries) || retries < 0) throw new TypeError(`createPostgresStorage: \`retries\` must be a whole number ≥ 0, got ${String(retries)}.`);
  const domain = options.messageIdDomain ?? "rosterkit.invalid";
  createMessageId(domain); // Refuses a domain a Message-ID cannot use, now rather than at the first email.
  const writeEmail = options.invitationEmail ?? defaultInvitationEmail;
  /** The options of the statements every write runs, by key: kept prepared unless the host says not to. */
  const prepared: QueryOptions = { prepare: options.preparedStatements ?? true };
  if (typeof prepared.prepare !== "boolean") throw new TypeError(`createPostgresStorage: \`preparedStatements\` must be true or false, got ${String(options.preparedStatements)}.`);
  await assertMigrated(client, s, name);
  await countAdminsFor(client, s, config);

  const subjectSql = `SELECT ${subjectColumns(s)} FROM ${s}.users u WHERE u.id = $1`;
  /** A subject read under its lock, with the workspaces it belongs to. */
  const lockedSubjectSql = `SELECT ${subjectColumns(s)},
      (SELECT coalesce(json_agg(json_build_array(w.id, w.name, w.active_admins, w.billable_seats, w.total_members)), '[]'::json)
         FROM ${s}.workspaces w WHERE w.id IN (SELECT m.workspace_id FROM ${s}.memberships m WHERE m.user_id = u.id)) AS workspaces
    FROM ${s}.users u WHERE u.id = $1`;
  const workspaceColumns = "id, name, active_admins, billable_seats, total_members";

  /** The reads of a transaction, or of the client outside one (then independent statements may run at once). */
  const readsOf = (db: SqlExecutor, parallel: boolean): StorageReads => {
    const readWorkspaces = (ids: readonly string[]) => db.query<WorkspaceRow>(`SELECT ${workspaceColumns} FROM ${s}.workspaces WHERE id = ANY($1::text[])`, [[...ids]], prepared);
    /**
     * Outside a transaction, the row of a workspace is read once per `read`: the rights check and the
     * member list it guards (its total) share one statement. Never kept beyond this `read`.
     */
    const rowsOfOne = new Map<string, ReturnType<typeof readWorkspaces>>();
    const workspaceRows = (ids: readonly string[]) => {
      const [id] = ids;
      if (!parallel || ids.length !== 1 || id === undefined) return readWorkspaces(ids);
      const read = rowsOfOne.get(id) ?? readWorkspaces(ids);
      rowsOfOne.set(id, read);
      return read;
    };
    const subject = async (userId: string): Promise<RosterSubject | null> => {
      const row = (await db.query<SubjectRow>(subjectSql, [userId], prepared)).rows[0];
      return row ? subjectOfRow(row) : null;
    };
    const inOrder = (rows: readonly WorkspaceRow[], ids: readonly string[] | undefined): readonly WorkspaceSummary[] => {
      if (!ids) return rows.map(workspaceOf);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [workspaceOf(row)] : [];
      });
    };
    return {
      subject,
      async subjectByEmail(email) {
        const row = (await db.query<SubjectRow>(`SELECT ${subjectColumns(s)} FROM ${s}.users u WHERE u.email = $1`, [normalizeEmail(email)])).rows[0];
        return row ? subjectOfRow(row) : null;
      },
      async workspaces(ids) {
        const { rows } = ids ? await workspaceRows(ids) : await db.query<WorkspaceRow>(`SELECT ${workspaceColumns} FROM ${s}.workspaces ORDER BY position`);
        return inOrder(rows, ids);
      },
      async groups(workspaceId) {
        const { rows } = await db.query<CustomGroup>(`SELECT id, workspace_id AS "workspaceId", name FROM ${s}.custom_groups WHERE workspace_id = $1 ORDER BY position`, [workspaceId]);
        return rows.map((row) => ({ id: row.id, workspaceId: row.workspaceId, name: row.name }));
      },
      listMembers: (query, options) =>
        listMembersSql(db, s, config, query, {
          parallel,
          counted: options?.total !== false,
          workspaceTotal: async (id) => (await workspaceRows([id])).rows.map((row) => ({ total: row.total_members })),
          prepare: prepared.prepare === true,
        }),
      listActivity: (query) => listActivitySql(db, s, query),
      async liveInvitation(workspaceId, userId, now) {
        const { rows } = await db.query<InvitationRow>(
          `SELECT * FROM ${s}.invitations WHERE workspace_id = $1 AND user_id = $2 AND state = 'pending' AND expires_at > $3::timestamptz`,
          [workspaceId, userId, now],
        );
        return rows[0] ? invitationOf(rows[0]) : null;
      },
    };
  };

  /** A transaction of the storage, and how to send the writes it still holds (before `COMMIT`). */
  const transactionOf = (tx: SqlExecutor): { readonly storage: StorageTransaction; flush(): Promise<void> } => {
    /** Writes not sent yet: they go as one statement before the transaction's next query, or before its `COMMIT`. */
    let pending: WriteBatch | null = null;
    const flush = async (): Promise<void> => {
      const statement = pending?.statement() ?? null;
      pending = null;
      if (!statement) return;
      const { rows } = await tx.query<Record<string, number>>(statement.text, statement.params, prepared);
      const shortfall = writeShortfall(statement, rows[0]);
      if (shortfall) throw shortfall;
    };
    /** Adds a write to the pending batch, or, when that batch writes the same rows, sends it and starts another. */
    const write = async (add: (batch: WriteBatch) => boolean): Promise<void> => {
      if (pending && add(pending)) return;
      await flush();
      pending = new WriteBatch(s);
      add(pending); // A new batch takes any part.
    };
    /** Every other statement of the transaction: it sees the writes before it. */
    const db: SqlExecutor = {
      async query<Row extends object>(text: string, params?: readonly SqlParam[], options?: QueryOptions) {
        await flush();
        return tx.query<Row>(text, params, options);
      },
    };
    const reads = readsOf(db, false);
    /** The key this transaction claimed, recorded with its activity (R28). */
    let claimed: string | null = null;

    /** Users whose rows this transaction locked with its key's claim. */
    const lockedUsers = new Set<string>();
    /**
     * Workspaces read with a subject this transaction locked (or locked themselves): what `workspaces`
     * answers for them. Unlocked counts decide nothing (R15 locks the rows whose counts decide), so the
     * committed counts of a moment ago serve as well as a second read.
     */
    const seen = new Map<string, WorkspaceSummary>();

    const lockSubject = async (userId: string): Promise<RosterSubject | null> => {
      if (!lockedUsers.has(userId)) {
        const locked = await db.query(`SELECT 1 FROM ${s}.users WHERE id = $1 FOR UPDATE`, [userId], prepared);
        if (locked.rowCount === 0) return null;
      }
      // Read after the lock: this statement sees every change committed before the lock was granted.
      const row = (await db.query<SubjectRow & { readonly workspaces: WorkspaceJson[] }>(lockedSubjectSql, [userId], prepared)).rows[0];
      if (!row) return null;
      for (const [id, workspaceName, activeAdmins, billableSeats, totalMembers] of row.workspaces) {
        seen.set(id, workspaceOf({ id, name: workspaceName, active_admins: activeAdmins, billable_seats: billableSeats, total_members: totalMembers }));
      }
      return subjectOfRow(row);
    };

    const storage: StorageTransaction = {
      ...reads,
      async workspaces(ids) {
        const held = ids?.flatMap((id) => seen.get(id) ?? []);
        return held && held.length === ids?.length ? held : reads.workspaces(ids);
      },
      lockSubject,
      async lockSubjectByEmail(email) {
        const normalized = normalizeEmail(email);
        // No row to lock for a new email: the lock on the email makes a second invite of it wait (R7).
        await db.query("SELECT pg_advisory_xact_lock($1::int, hashtext($2))", [EMAIL_LOCK_CLASS, normalized]);
        const { rows } = await db.query<{ id: string }>(`SELECT id FROM ${s}.users WHERE email = $1 FOR UPDATE`, [normalized]);
        return rows[0] ? reads.subject(rows[0].id) : null;
      },
      async lockWorkspaces(ids) {
        const { rows } = await db.query<WorkspaceRow>(`SELECT ${workspaceColumns} FROM ${s}.workspaces WHERE id = ANY($1::text[]) ORDER BY id COLLATE "C" FOR UPDATE`, [[...ids]], prepared);
        for (const row of rows) seen.set(row.id, workspaceOf(row));
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.flatMap((id) => {
          const row = byId.get(id);
          return row ? [workspaceOf(row)] : [];
        });
      },
      async newUserId() {
        for (;;) {
          const { rows } = await db.query<{ id: string }>(
            `SELECT n.id FROM (SELECT 'u-' || nextval('${s}.user_numbers') AS id) AS n WHERE NOT EXISTS (SELECT 1 FROM ${s}.users u WHERE u.id = n.id)`,
          );
          if (rows[0]) return rows[0].id;
        }
      },
      async writeChange(change, activity, requestId, at) {
        const user = newUserStatement(s, change, at);
        if (user) await db.query(user.text, user.params, prepared);
        await write((batch) => batch.change(change, activity, requestId, claimed, at));
      },
      putInvitation: (invitation) => write((batch) => batch.putInvitation({ ...invitation, state: STORED_STATES[invitation.state] })),
      revokeInvitations: (workspaceId, userId) => write((batch) => batch.revokeInvitations(workspaceId, userId)),
      async invitationByTokenHash(tokenHash) {
        const { rows } = await db.query<InvitationRow>(`SELECT * FROM ${s}.invitations WHERE token_hash = $1 FOR UPDATE`, [tokenHash]);
        return rows[0] ? invitationOf(rows[0]) : null;
      },
      async useInvitation(id) {
        await db.query(`UPDATE ${s}.invitations SET state = 'accepted', ended_at = now() WHERE id = $1`, [id]);
      },
      async enqueueEmail(email: QueuedEmail) {
        const content = writeEmail(email);
        const row = outboxRow({
          kind: email.kind,
          to: { address: email.to, name: oneLine(email.inviteeName) },
          subject: content.subject,
          text: content.text,
          ...(content.html === undefined ? {} : { html: content.html }),
          link: email.url,
          messageId: `<${email.id}@${domain}>`,
        });
        await write((batch) => batch.enqueueEmail(row.values));
      },
      async claimIdempotencyKey(actorId, key, fingerprint, now, expiresAt, subjectId): Promise<IdempotencyRecord | null> {
        for (;;) {
          // A concurrent claim of the same key waits here until this transaction ends (R26); the
          // subject's row is locked in the same round trip, after the key.
          const { rows: claims } = await db.query<{ claimed: number; locked: number }>(
            `WITH claimed AS (
               INSERT INTO ${s}.idempotency_keys (actor, key, fingerprint, created_at, expires_at) VALUES ($1, $2, $3, $4::timestamptz, $5::timestamptz)
               ON CONFLICT (actor, key) DO NOTHING RETURNING 1)
             SELECT (SELECT count(*) FROM claimed)::int AS claimed, (SELECT count(*) FROM (SELECT 1 FROM ${s}.users WHERE id = $6::text FOR UPDATE) AS l)::int AS locked`,
            [actorId, key, fingerprint, now, expiresAt, subjectId ?? null],
            prepared,
          );
          if (subjectId !== undefined && claims[0]?.locked === 1) lockedUsers.add(subjectId);
          if (claims[0]?.claimed === 1) break;
          const { rows } = await db.query<{ fingerprint: string; body: string | null; live: boolean }>(
            `SELECT fingerprint, response_body #>> '{}' AS body, (completed_at IS NOT NULL AND expires_at > $3::timestamptz) AS live
               FROM ${s}.idempotency_keys WHERE actor = $1 AND key = $2 FOR UPDATE`,
            [actorId, key, now],
          );
          const held = rows[0];
          if (!held) continue; // Removed since the insert saw it: claim it again.
          if (held.live && held.body !== null) return { fingerprint: held.fingerprint, outcome: JSON.parse(held.body) as StoredOutcome };
          await db.query(
            `UPDATE ${s}.idempotency_keys
                SET fingerprint = $3, created_at = $4::timestamptz, expires_at = $5::timestamptz, request_id = NULL, response_status = NULL, response_body = NULL, completed_at = NULL
              WHERE actor = $1 AND key = $2`,
            [actorId, key, fingerprint, now, expiresAt],
          );
          break;
        }
        claimed = key;
        return null;
      },
      async saveIdempotencyOutcome(actorId, key, outcome) {
        const status = outcome.ok ? 200 : (httpStatusOfError(deserializeRosterError(outcome.error)) ?? 500);
        // The answer's JSON text, kept whole as a JSON string: it replays byte for byte, key order and
        // escaped U+0000 included (a jsonb object would reorder keys and refuses U+0000). Sent with the
        // change's other writes, before COMMIT; a key this transaction did not claim fails that statement.
        await write((batch) => batch.saveIdempotencyOutcome(actorId, key, status, JSON.stringify(outcome)));
      },
      async forgetExpiredKeys(now, limit) {
        // On the expiry index; SKIP LOCKED leaves a key a concurrent claim is renewing to that claim.
        const forgotten = await db.query(
          `DELETE FROM ${s}.idempotency_keys WHERE (actor, key) IN (
             SELECT actor, key FROM ${s}.idempotency_keys WHERE expires_at <= $1::timestamptz ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)`,
          [now, limit],
        );
        return forgotten.rowCount ?? 0;
      },
    };
    return { storage, flush };
  };

  return {
    read: (work) => work(readsOf(client, true)),
    transaction: (work) =>
      client.transaction(
        async (tx) => {
          const run = transactionOf(tx);
          const result = await work(run.storage);
          await run.flush();
          return result;
        },
        { retries },
      ),
  };
}
