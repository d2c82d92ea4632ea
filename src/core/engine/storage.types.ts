import type { ActivityPage, ActivityQuery } from "../activity.types";
import type { ListMembersResult, MemberQuery } from "../adapter.types";
import type { ActivityRecord, RosterChange } from "../commands/command.types";
import type { RosterSubject } from "../commands/roster-facts";
import type { CustomGroup, WorkspaceSummary } from "../domain.types";

/**
 * The storage port of the roster engine: what a backend's persistence must do, and nothing it must
 * decide. The engine reads what a command needs, asks the core's `decide`, computes the change with
 * `apply`, and hands it here to be written, all inside one {@link RosterStorage.transaction}. The
 * in-memory storage (`rosterkit/adapters`) and the Postgres storage (`rosterkit/server`) implement it.
 * @module
 */

/** An invitation link as storage keeps it: never the token itself, only its SHA-256 hash (R27). */
export interface InvitationRecord {
  /** Random id; the link's token is derived from it with the server's secret, so it can be shown again. */
  readonly id: string;
  readonly workspaceId: string;
  readonly userId: string;
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  /** `live` until used, revoked (resend, revoke, archive) or replaced. */
  readonly state: "live" | "used" | "revoked";
}

/** An email queued with the change that causes it (R30): the outbox row. */
export interface QueuedEmail {
  /** Stable id, also the `Message-ID` a mail server can deduplicate on (R30). */
  readonly id: string;
  readonly kind: "invitation";
  readonly to: string;
  readonly userId: string;
  readonly workspaceId: string;
  readonly workspaceName: string;
  readonly inviteeName: string;
  readonly url: string;
  readonly queuedAt: string;
}

/** The first answer to an idempotency key: a value, or a refusal, replayed as it was (R26). */
export type StoredOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: SerializedRosterError };

/** A `RosterError` as plain data, to store and to send over the wire. */
export interface SerializedRosterError {
  readonly code: string;
  readonly message: string;
  readonly [key: string]: unknown;
}

/** What an idempotency key holds (R26). */
export interface IdempotencyRecord {
  readonly fingerprint: string;
  readonly outcome: StoredOutcome;
}

/** Options of {@link StorageReads.listMembers}. */
export interface ListMembersOptions {
  /**
   * Whether to count the members matching the query. An export, which reads every page, asks for no
   * total: the result's `total` is then `null`, and a filtered count is not run once per page.
   * @default true
   */
  readonly total?: boolean;
}

/** Reads that need no lock. */
export interface StorageReads {
  /** A user with every membership, or `null`. */
  subject(userId: string): Promise<RosterSubject | null>;
  /** The user with this normalised email, with every membership, or `null`. */
  subjectByEmail(email: string): Promise<RosterSubject | null>;
  /** Workspaces with exact counts (R15, R16); every workspace when `ids` is not given. */
  workspaces(ids?: readonly string[]): Promise<readonly WorkspaceSummary[]>;
  /** The custom groups of a workspace. */
  groups(workspaceId: string): Promise<readonly CustomGroup[]>;
  /** One page of members: search, filter, sort and paging done by storage (R25). */
  listMembers(query: MemberQuery, options?: ListMembersOptions): Promise<ListMembersResult>;
  /**
   * One page of activity events, newest first (R28), as the query says (the engine checked it and the
   * reader's rights). The storage decodes the cursor (`decodeActivityCursor`) and reads the page by an
   * index, not by scanning the log.
   */
  listActivity(query: ActivityQuery): Promise<ActivityPage>;
  /** The membership's live, unexpired invitation, if any. */
  liveInvitation(workspaceId: string, userId: string, now: string): Promise<InvitationRecord | null>;
}

/** Everything a command may do, inside one transaction. */
export interface StorageTransaction extends StorageReads {
  /** {@link StorageReads.subject}, with the user's rows locked until the transaction ends. */
  lockSubject(userId: string): Promise<RosterSubject | null>;
  /** {@link StorageReads.subjectByEmail}, locked; a later insert of the same email waits for this transaction. */
  lockSubjectByEmail(email: string): Promise<RosterSubject | null>;
  /**
   * Workspaces with exact counts, their rows locked until the transaction ends: every change that can
   * lower a workspace's active-admin count (a change to one of its active admins) locks it first, so
   * R15 holds under concurrent requests. Changes that only raise counts, or move seats, need no lock.
   */
  lockWorkspaces(ids: readonly string[]): Promise<readonly WorkspaceSummary[]>;
  /** A new, unused user id. */
  newUserId(): Promise<string>;
  /** Writes a settled change: the user and membership rows as in `change.after`, the counts and the activity record (R28). */
  writeChange(change: RosterChange, activity: ActivityRecord | null, requestId: string | null, at: string): Promise<void>;
  /** Stores a new live invitation; every other live invitation of the membership is revoked. */
  putInvitation(invitation: InvitationRecord): Promise<void>;
  /** Revokes the membership's live invitation, if any. */
  revokeInvitations(workspaceId: string, userId: string): Promise<void>;
  /** The invitation with this token hash, whatever its state, locked. */
  invitationByTokenHash(tokenHash: string): Promise<InvitationRecord | null>;
  /** Marks an invitation used (R27: accepted once). */
  useInvitation(id: string): Promise<void>;
  /** Queues an email in this transaction (R30). */
  enqueueEmail(email: QueuedEmail): Promise<void>;
  /**
   * Claims an idempotency key for the actor: `null` when it is new or expired (the key is then held by
   * this transaction, and a concurrent claim of it waits), else what it holds (R26). `subjectId` names
   * the user the command will lock ({@link StorageTransaction.lockSubject}): a storage may lock that
   * user's rows now, with the claim, to spare a round trip; `lockSubject` still reads them after.
   */
  claimIdempotencyKey(actorId: string, key: string, fingerprint: string, now: string, expiresAt: string, subjectId?: string): Promise<IdempotencyRecord | null>;
  /** Stores the first answer under a claimed key. */
  saveIdempotencyOutcome(actorId: string, key: string, outcome: StoredOutcome): Promise<void>;
  /**
   * Deletes up to `limit` idempotency keys whose window ended by `now`, oldest first, and returns how
   * many (R26: an expired key replays nothing, so keeping it only grows the table). A key another
   * transaction holds is skipped, never waited on.
   */
  forgetExpiredKeys(now: string, limit: number): Promise<number>;
}

/**
 * A backend's persistence, as the engine uses it.
 * @example
 * const engine = createRosterEngine({ storage: createMemoryStorage({ dataset }), config, invitationSecret });
 */
export interface RosterStorage {
  /** Runs reads that need no transaction. */
  read<T>(work: (reads: StorageReads) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: (tx: StorageTransaction) => Promise<T>): Promise<T>;
}
