import type { RosterConfig } from "../../core/config";
import type { RosterDataset } from "../../core/domain.types";
import type {
  IdempotencyRecord,
  InvitationRecord,
  QueuedEmail,
  RosterStorage,
  StorageReads,
  StorageTransaction,
  StoredOutcome,
} from "../../core/engine/storage.types";
import { normalizeEmail } from "../../core/validation";
import type { ActivityEvent } from "../../core/activity.types";
import { ActivityLog } from "./memory-activity";
import type { StoredActivity } from "./memory-activity";
import { TotalCache, checkQueryShape, runMemberQuery } from "./member-query";
import { MemoryRecords } from "./memory-records";

export type { StoredActivity } from "./memory-activity";

/**
 * An activity event recorded before a storage started (R28), e.g. a demo roster's past: what the change
 * was, and when. The storage appends it to its log as it is; nothing edits it afterwards.
 */
export type SeededActivity = Omit<ActivityEvent, "id" | "actorName" | "targetName" | "requestId">;

/**
 * The in-memory storage of the roster engine: records and indexes in maps, transactions one at a time,
 * each rolled back whole when it fails. What a database would hold, without the database: for demos,
 * tests, the MSW mocks and development servers.
 * @module
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function membershipKey(workspaceId: string, userId: string): string {
  return `${workspaceId}\u0000${userId}`;
}

/** The in-memory {@link RosterStorage}; its records stay readable for tests and demos. */
export class MemoryStorage implements RosterStorage {
  readonly records: MemoryRecords;
  private readonly totals = new TotalCache();
  private readonly invitations = new Map<string, Mutable<InvitationRecord>>();
  private readonly invitationByHash = new Map<string, Mutable<InvitationRecord>>();
  private readonly liveByMembership = new Map<string, Mutable<InvitationRecord>>();
  private readonly queued: QueuedEmail[] = [];
  private readonly log = new ActivityLog();
  private readonly keys = new Map<string, { fingerprint: string; expiresAt: string; outcome: StoredOutcome | null }>();
  private nextUserNumber = 1;
  private tail: Promise<unknown> = Promise.resolve();

  /** @param history - events recorded before the storage started, oldest first (R28): the log starts with them. */
  constructor(dataset: RosterDataset, config: RosterConfig, now: string, history: readonly SeededActivity[] = []) {
    this.records = new MemoryRecords(dataset, config, now);
    for (const { at, ...record } of history) this.log.append(record, at, null);
  }

  /** Every email queued, oldest first (R30). */
  outbox(): readonly QueuedEmail[] {
    return [...this.queued];
  }

  /** Every activity event, oldest first (R28). */
  activity(): readonly StoredActivity[] {
    return this.log.events();
  }

  /** The invitation whose token hashes to this, if any. */
  invitation(tokenHash: string): InvitationRecord | undefined {
    return this.invitationByHash.get(tokenHash);
  }

  /** Runs one unit of work after the previous one ended: transactions never interleave. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  read<T>(work: (reads: StorageReads) => Promise<T>): Promise<T> {
    return this.exclusive(() => work(this.transactionOf([])));
  }

  transaction<T>(work: (tx: StorageTransaction) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      const undo: (() => void)[] = [];
      try {
        return await work(this.transactionOf(undo));
      } catch (error) {
        for (const step of undo.reverse()) step();
        throw error;
      }
    });
  }

  private transactionOf(undo: (() => void)[]): StorageTransaction {
    const { records } = this;
    const subject: StorageReads["subject"] = async (userId) => {
      const user = records.user(userId);
      return user ? records.subjectOf(user) : null;
    };
    const subjectByEmail: StorageReads["subjectByEmail"] = async (email) => {
      const user = records.usersByEmail.get(normalizeEmail(email));
      return user ? records.subjectOf(user) : null;
    };
    const workspaces: StorageReads["workspaces"] = async (ids) => {
      const list = ids ? ids.map((id) => records.workspace(id)) : [...records.workspaces.values()];
      return list.flatMap((record) => (record ? [records.workspaceSummary(record)] : []));
    };
    const revoke = (invitation: Mutable<InvitationRecord> | undefined): void => {
      if (!invitation || invitation.state !== "live") return;
      invitation.state = "revoked";
      const key = membershipKey(invitation.workspaceId, invitation.userId);
      this.liveByMembership.delete(key);
      undo.push(() => {
        invitation.state = "live";
        this.liveByMembership.set(key, invitation);
      });
    };
    return {
      subject,
      subjectByEmail,
      workspaces,
      groups: async (workspaceId) => records.workspace(workspaceId)?.groups.map((group) => ({ ...group })) ?? [],
      listMembers: async (query, options) => {
        checkQueryShape(query);
        return runMemberQuery(records, query, options?.total === false ? null : this.totals);
      },
      listActivity: async (query) => this.log.page(query, (userId) => records.user(userId)?.name ?? null),
      liveInvitation: async (workspaceId, userId, now) => {
        const live = this.liveByMembership.get(membershipKey(workspaceId, userId));
        return live && live.expiresAt > now ? { ...live } : null;
      },
      lockSubject: subject,
      lockSubjectByEmail: subjectByEmail,
      lockWorkspaces: workspaces,
      newUserId: async () => {
        let id = `u-${this.nextUserNumber}`;
        while (records.user(id)) {
          this.nextUserNumber += 1;
          id = `u-${this.nextUserNumber}`;
        }
        return id;
      },
      writeChange: async (change, activity, requestId, at) => {
        records.put(change.after);
        const before = change.before;
        undo.push(() => (before ? records.put(before) : records.remove(change.after.user.id)));
        if (activity) undo.push(this.log.append(activity, at, requestId));
      },
      putInvitation: async (invitation) => {
        const key = membershipKey(invitation.workspaceId, invitation.userId);
        revoke(this.liveByMembership.get(key));
        const record = { ...invitation };
        this.invitations.set(record.id, record);
        this.invitationByHash.set(record.tokenHash, record);
        this.liveByMembership.set(key, record);
        undo.push(() => {
          this.invitations.delete(record.id);
          this.invitationByHash.delete(record.tokenHash);
          if (this.liveByMembership.get(key) === record) this.liveByMembership.delete(key);
        });
      },
      revokeInvitations: async (workspaceId, userId) => revoke(this.liveByMembership.get(membershipKey(workspaceId, userId))),
      invitationByTokenHash: async (tokenHash) => {
        const record = this.invitationByHash.get(tokenHash);
        return record ? { ...record } : null;
      },
      useInvitation: async (id) => {
        const record = this.invitations.get(id);
        if (!record) return;
        const previous = record.state;
        record.state = "used";
        const key = membershipKey(record.workspaceId, record.userId);
        const wasLive = this.liveByMembership.get(key) === record;
        if (wasLive) this.liveByMembership.delete(key);
        undo.push(() => {
          record.state = previous;
          if (wasLive) this.liveByMembership.set(key, record);
        });
      },
      enqueueEmail: async (email) => {
        this.queued.push(Object.freeze({ ...email }));
        undo.push(() => this.queued.pop());
      },
      claimIdempotencyKey: async (actorId, key, fingerprint, now, expiresAt): Promise<IdempotencyRecord | null> => {
        const id = `${actorId}\u0000${key}`;
        const held = this.keys.get(id);
        if (held?.outcome && held.expiresAt > now) return { fingerprint: held.fingerprint, outcome: held.outcome };
        this.keys.set(id, { fingerprint, expiresAt, outcome: null });
        undo.push(() => (held ? this.keys.set(id, held) : this.keys.delete(id)));
        return null;
      },
      saveIdempotencyOutcome: async (actorId, key, outcome) => {
        const held = this.keys.get(`${actorId}\u0000${key}`);
        if (held) held.outcome = outcome;
      },
      forgetExpiredKeys: async (now, limit) => {
        const expired = [...this.keys].filter(([, held]) => held.expiresAt <= now).sort(([, a], [, b]) => a.expiresAt.localeCompare(b.expiresAt)).slice(0, limit);
        for (const [id, held] of expired) {
          this.keys.delete(id);
          undo.push(() => this.keys.set(id, held));
        }
        return expired.length;
      },
    };
  }
}

/** Options of {@link createMemoryStorage}. */
export interface MemoryStorageOptions {
  /** The records to start from; copied. @default an empty instance with one workspace, "ws-1" */
  readonly dataset?: RosterDataset;
  /** The configuration the engine runs with (the lifecycle decides which statuses the dataset may hold). */
  readonly config: RosterConfig;
  /** @default () => new Date() */
  readonly clock?: () => Date;
}

/**
 * An in-memory storage for the roster engine: what `createRosterHandler` needs in development, tests
 * and demos, with no database. Nothing survives the process.
 * @example
 * const config = resolveConfig();
 * const handler = createRosterHandler({ storage: createMemoryStorage({ dataset, config }), config, authenticate, invitations });
 */
export function createMemoryStorage(options: MemoryStorageOptions): MemoryStorage {
  const dataset = options.dataset ?? { instance: { id: "instance", name: "Rosterkit" }, workspaces: [{ id: "ws-1", name: "Workspace" }], users: [], memberships: [], groups: [] };
  return new MemoryStorage(dataset, options.config, (options.clock ?? (() => new Date()))().toISOString());
}
