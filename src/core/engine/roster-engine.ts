import { checkActivityQuery } from "../activity";
import type { ActivityPage, ActivityQuery } from "../activity.types";
import type {
  ChangeStatusResult,
  InvitationLink,
  InviteeFailure,
  InviteeResult,
  InviteMembersResult,
  ListMembersResult,
  MemberExportQuery,
  MemberQuery,
  StatusAction,
} from "../adapter.types";
import type { RosterChange } from "../commands/command.types";
import { applyMemberUpdate, decideMemberUpdate } from "../commands/member-update.command";
import { applyAccept, applyInvite, applyResend, applyRevoke, decideAccept, decideInvite, decideResend, decideRevoke } from "../commands/invitation.command";
import type { RosterSubject } from "../commands/roster-facts";
import { actorOf, memberView, membershipIn } from "../commands/roster-facts";
import { applyStatus, decideStatus } from "../commands/status.command";
import type { RosterConfig } from "../config";
import type { Actor, CustomGroup, Member, Role, RoleId, Scope, WorkspaceSummary } from "../domain.types";
import type { FieldErrors } from "../errors";
import { fieldError, RosterError } from "../errors";
import type { WriteRequest } from "../idempotency";
import { DEFAULT_IDEMPOTENCY_WINDOW_MS, idempotencyMismatch, writeFingerprint } from "../idempotency";
import type { Decision, Denied, PolicyContext } from "../policy";
import { assertAllowed, can, deniedError, isActiveAdmin } from "../policy";
import { denialSentence } from "../denials";
import { exportColumns, memberExportStream } from "../member-export";
import { checkInviteeCount } from "../request-limits";
import { validateInviteeInput } from "../validation";
import { MAX_PAGE_SIZE, STATUS_ACTIONS } from "../vocabulary";
import { invitationToken, randomId, sha256Hex } from "./invitation-token";
import { deserializeRosterError, serializeRosterError } from "./stored-error";
import type { InvitationRecord, RosterStorage, StorageReads, StorageTransaction, StoredOutcome } from "./storage.types";

/**
 * The roster engine: every command of the adapter contract run against a storage port, the same way
 * for every backend. A write runs in one transaction: claim the idempotency key (R26), read and lock
 * what the command's `decide` needs, decide, `apply`, and write the change, its activity record (R28),
 * its invitation links (R27) and its emails (R30) together. The in-memory backend and the HTTP server
 * are this engine over their storage; nothing here decides a rule of its own.
 * @module
 */

/** How invitation links are made (R27). */
export interface InvitationLinkOptions {
  /** Prefix of every link; the token follows it. */
  readonly baseUrl: string;
  /**
   * The server's secret: a link's token is an HMAC of the invitation's id with it, so storage keeps only
   * the token's hash and the link can still be shown to an admin again (R10, R27).
   */
  readonly secret: string;
  /**
   * How long a link works.
   * @default 7 days
   */
  readonly ttlMs?: number;
}

/** How often writes forget expired idempotency keys, unless told otherwise: every 10 minutes. */
const DEFAULT_FORGET_EXPIRED_KEYS_EVERY_MS = 10 * 60 * 1000;

/** How many expired idempotency keys one batch forgets at most. */
const FORGET_EXPIRED_KEYS_BATCH = 1000;

/** Options of {@link createRosterEngine}. */
export interface RosterEngineOptions {
  readonly storage: RosterStorage;
  readonly config: RosterConfig;
  readonly invitations: InvitationLinkOptions;
  /** @default () => new Date() */
  readonly clock?: () => Date;
  /**
   * How long an idempotency key is kept (R26).
   * @default 24 hours
   */
  readonly idempotencyWindowMs?: number;
  /**
   * How often a write also forgets expired idempotency keys (a batch of {@link RosterEngine.forgetExpiredKeys},
   * in its own transaction once the write has committed), in milliseconds by the engine's clock; `false`
   * leaves it to the host, which then calls `forgetExpiredKeys` on its own schedule.
   * @default 600000 (10 minutes)
   */
  readonly forgetExpiredKeysEveryMs?: number | false;
}

/** Where a write comes from, for the activity record (R28). */
export interface WriteOrigin {
  /** The acting user's id, as the host's authentication says. */
  readonly actorId: string;
  readonly idempotencyKey: string;
  /** The host's request id, recorded with the activity. */
  readonly requestId?: string | null;
  /**
   * The actor's facts as {@link RosterEngine.actor} read them for this request (a handler's sign-in), so
   * the write does not read them again; read in the write's transaction when absent or of another user.
   */
  readonly actor?: Actor;
}

/**
 * Who a read is for: the acting user's id (the engine reads their facts), their facts as
 * {@link RosterEngine.actor} read them for this request (a handler's sign-in), which spares reading them
 * again, or the promise of those facts while they are still read: the read's own statements then run
 * meanwhile, and nothing is answered before the facts allow it.
 */
type Reader = string | Actor | PromiseLike<Actor>;

/** Every command and read of the adapter contract, as an authoritative backend runs them; each read takes its {@link Reader}. */
export interface RosterEngine {
  readonly config: RosterConfig;
  /** The actor a user is, from storage: super admin, and the role of each `active` membership (R1, R2). Refused for an instance-archived user (R12). */
  actor(actorId: string): Promise<Actor>;
  listMembers(actorId: Reader, query: MemberQuery): Promise<ListMembersResult>;
  /**
   * Every member of a list query, as CSV in the columns given (every column when none are), streamed
   * page by page in the query's order (R25). Rights as {@link RosterEngine.listMembers}. Resolves once
   * the rights, the columns and the first page are checked, so a refusal comes before any byte.
   */
  exportMembers(actorId: Reader, query: MemberExportQuery, columns?: readonly string[]): Promise<ReadableStream<Uint8Array>>;
  /**
   * A page of the activity history, newest first (R28): a workspace's for its admins and super admins
   * (R1), the instance's for super admins (R2); with `memberId`, that member's.
   */
  listActivity(actorId: Reader, query: ActivityQuery): Promise<ActivityPage>;
  getMember(actorId: Reader, scope: Scope, memberId: string): Promise<Member>;
  listWorkspaces(actorId: Reader): Promise<readonly WorkspaceSummary[]>;
  listRoles(actorId: Reader): Promise<readonly Role[]>;
  listGroups(actorId: Reader, workspaceId: string): Promise<readonly CustomGroup[]>;
  inviteMembers(origin: WriteOrigin, workspaceId: string, invitees: unknown): Promise<InviteMembersResult>;
  changeStatus(origin: WriteOrigin, scope: Scope, memberId: string, action: StatusAction, expectedVersion: number): Promise<ChangeStatusResult>;
  updateMember(origin: WriteOrigin, workspaceId: string, memberId: string, update: { readonly role?: RoleId; readonly groups?: readonly string[] }, expectedVersion: number): Promise<Member>;
  resendInvitation(origin: WriteOrigin, workspaceId: string, memberId: string): Promise<InvitationLink>;
  revokeInvitation(origin: WriteOrigin, workspaceId: string, memberId: string): Promise<Member>;
  getInvitationLink(actorId: Reader, workspaceId: string, memberId: string): Promise<InvitationLink>;
  /** The invitee follows their link and joins (R27): `invited`/`requested` → `active`. Needs no signed-in actor. */
  acceptInvitation(token: string): Promise<Member>;
  /** The token of an invitation link (what follows `baseUrl`), or `null` for a URL that is not one of this engine's. */
  tokenOf(url: string): string | null;
  /**
   * Deletes up to `limit` idempotency keys whose window has ended, oldest first, and resolves with how
   * many (R26: an expired key replays nothing). Writes do this by themselves every
   * `forgetExpiredKeysEveryMs`; call it from a scheduled job to keep the table small on your own terms.
   * @throws TypeError when `limit` is not a whole number from 1.
   */
  forgetExpiredKeys(limit?: number): Promise<number>;
}

const DEFAULT_INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Refuses a decision, permission first, then the version (R22), then the rest: the order the UI needs. */
function enforce(decision: Decision, member: Member, expectedVersion: number, field?: string): void {
  if (!decision.ok && decision.code === "forbidden") assertAllowed(decision);
  if (!Number.isInteger(expectedVersion)) throw fieldError("expectedVersion", "The member's version is missing: reload the member and try again.");
  if (member.version !== expectedVersion) {
    throw new RosterError("conflict", `${member.name} changed since you opened this. Review their current state and try again.`, { current: member, rule: "R22" });
  }
  if (!decision.ok && decision.code === "validation" && field) {
    throw deniedError(decision, { fieldErrors: { [field]: denialSentence(decision) } });
  }
  assertAllowed(decision);
}

function inviteeName(input: unknown, position: number): string {
  if (typeof input === "object" && input !== null) {
    const email = (input as Record<string, unknown>)["email"];
    if (typeof email === "string" && email.trim() !== "") return email.trim();
  }
  return `Invitee ${position + 1}`;
}

function inviteeFailure(failure: InviteeFailure): InviteeResult {
  return { ok: false, error: failure };
}

/** An invitee refused by the policy: its English sentence is the failure's message and the field's. */
function refusal(decision: Denied, field: string): InviteeFailure {
  const message = denialSentence(decision);
  const fieldErrors: FieldErrors = { [field]: message };
  return decision.existing ? { code: decision.code, message, fieldErrors, existing: decision.existing } : { code: decision.code, message, fieldErrors };
}

/**
 * Starts an engine over a storage.
 * @example
 * const engine = createRosterEngine({ storage, config: resolveConfig(), invitations: { baseUrl: "https://app.example.com/join/", secret } });
 * await engine.changeStatus({ actorId: "u-1", idempotencyKey: crypto.randomUUID() }, { kind: "workspace", workspaceId: "ws-1" }, "u-4", "archive", 3);
 */
export function createRosterEngine(options: RosterEngineOptions): RosterEngine {
  const { storage, config } = options;
  const clock = options.clock ?? (() => new Date());
  const window = options.idempotencyWindowMs ?? DEFAULT_IDEMPOTENCY_WINDOW_MS;
  const forgetEvery = options.forgetExpiredKeysEveryMs ?? DEFAULT_FORGET_EXPIRED_KEYS_EVERY_MS;
  let forgotAt = Number.NEGATIVE_INFINITY;

  const forgetExpiredKeys = async (limit = FORGET_EXPIRED_KEYS_BATCH): Promise<number> => {
    if (!Number.isInteger(limit) || limit < 1) throw new TypeError(`forgetExpiredKeys: \`limit\` must be a whole number from 1; got ${String(limit)}.`);
    return storage.transaction((tx) => tx.forgetExpiredKeys(clock().toISOString(), limit));
  };

  /** After a committed write: one batch of expired keys, when the last was `forgetEvery` ago. Never fails the write. */
  const forgetExpiredKeysNowAndThen = async (): Promise<void> => {
    const now = clock().getTime();
    if (forgetEvery === false || now - forgotAt < forgetEvery) return;
    forgotAt = now;
    try {
      await forgetExpiredKeys();
    } catch (error) {
      console.error("rosterkit: forgetting expired idempotency keys failed; the next write tries again.", error);
      forgotAt = Number.NEGATIVE_INFINITY;
    }
  };
  const links = options.invitations;
  const linkTtl = links.ttlMs ?? DEFAULT_INVITATION_TTL_MS;

  const signedIn = (subject: RosterSubject | null, actorId: string): Actor => {
    if (!subject) throw new RosterError("forbidden", "Your account is not known to this workspace service.", { detail: `No user "${actorId}".` });
    if (subject.user.instanceStatus === "archived") {
      // R12: a user archived at instance level cannot sign in; they are refused everywhere.
      throw new RosterError("forbidden", "Your account is archived, so it cannot be used. Ask a super admin to unarchive it.", { rule: "R12" });
    }
    return actorOf(subject);
  };

  /** The actor's facts: as given (or once given), or read from storage for a user id. */
  const actorIn = async (reads: StorageReads, actorId: Reader): Promise<Actor> =>
    typeof actorId === "object" && actorId !== null ? await actorId : signedIn(await reads.subject(actorId), actorId);

  const policy = (actor: Actor, workspaces: readonly WorkspaceSummary[]): PolicyContext => {
    const byId = new Map(workspaces.map((workspace) => [workspace.id, workspace]));
    return { config, actor, activeAdmins: (id) => byId.get(id)?.activeAdmins, workspaceName: (id) => byId.get(id)?.name };
  };

  const requireWorkspace = async (reads: StorageReads, workspaceId: string): Promise<WorkspaceSummary> => {
    const [workspace] = typeof workspaceId === "string" ? await reads.workspaces([workspaceId]) : [];
    if (!workspace) throw new RosterError("not_found", "This workspace does not exist. It may have been removed from your list; reload it.", { detail: `No workspace "${String(workspaceId)}".` });
    return workspace;
  };

  const notAMember = (memberId: string): RosterError =>
    new RosterError("not_found", "This member does not exist here. The list may be out of date; reload it.", { detail: `No member "${String(memberId)}".` });

  /** The subject of a member in a scope, or `not_found`. */
  const requireSubject = (subject: RosterSubject | null, scope: Scope, memberId: string): RosterSubject => {
    if (!subject || (scope.kind === "workspace" && !membershipIn(subject, scope.workspaceId))) throw notAMember(memberId);
    return subject;
  };

  /**
   * The policy context of a change to a subject, over the counts of its workspaces. Only a change to an
   * active admin can lower a workspace's admin count (R15), so only the workspaces where the subject is
   * one are locked (in one order: no deadlock between two writes), and the last-admin check reads their
   * count under that lock. The others' counts decide nothing; they are read as committed, or taken from
   * `known` (workspaces this transaction already read), and each change moves them by its own deltas.
   */
  const lockContext = async (tx: StorageTransaction, actor: Actor, subject: RosterSubject, known: readonly WorkspaceSummary[] = []): Promise<PolicyContext> => {
    const ids = [...new Set(subject.memberships.map((m) => m.workspaceId))].sort();
    const guarded = new Set(subject.memberships.filter((m) => isActiveAdmin(config, m)).map((m) => m.workspaceId));
    const held = known.filter((workspace) => ids.includes(workspace.id) && !guarded.has(workspace.id));
    const unread = ids.filter((id) => !guarded.has(id) && !held.some((workspace) => workspace.id === id));
    const locked = guarded.size > 0 ? await tx.lockWorkspaces(ids.filter((id) => guarded.has(id))) : [];
    const read = unread.length > 0 ? await tx.workspaces(unread) : [];
    return policy(actor, [...locked, ...held, ...read]);
  };

  const linkFor = async (invitation: Pick<InvitationRecord, "id">): Promise<string> => `${links.baseUrl}${await invitationToken(links.secret, invitation.id)}`;

  /**
   * Issues a new link for a membership (the old one dies); with `email`, queues the invitation email
   * (R10, R27, R30), named after the workspace: from `known` (read in this transaction) or read now.
   */
  const issue = async (tx: StorageTransaction, subject: RosterSubject, workspaceId: string, email: boolean, now: Date, known: readonly WorkspaceSummary[] = []): Promise<InvitationLink> => {
    const id = randomId();
    const token = await invitationToken(links.secret, id);
    const expiresAt = new Date(now.getTime() + linkTtl).toISOString();
    await tx.putInvitation({ id, workspaceId, userId: subject.user.id, tokenHash: await sha256Hex(token), createdAt: now.toISOString(), expiresAt, state: "live" });
    const url = `${links.baseUrl}${token}`;
    if (email) {
      const workspace = known.find((candidate) => candidate.id === workspaceId) ?? (await tx.workspaces([workspaceId]))[0];
      await tx.enqueueEmail({
        id: randomId(),
        kind: "invitation",
        to: subject.user.email,
        userId: subject.user.id,
        workspaceId,
        workspaceName: workspace?.name ?? workspaceId,
        inviteeName: subject.user.name,
        url,
        queuedAt: now.toISOString(),
      });
    }
    return { url, expiresAt };
  };

  /** Writes a change and carries out its effects; answers the last link issued, if any. `known`: workspaces read in this transaction. */
  const commit = async (tx: StorageTransaction, change: RosterChange, requestId: string | null, now: Date, known: readonly WorkspaceSummary[] = []): Promise<InvitationLink | null> => {
    await tx.writeChange(change, change.activity, requestId, now.toISOString());
    let link: InvitationLink | null = null;
    for (const effect of change.effects) {
      if (effect.type === "invitation.issue") link = await issue(tx, change.after, effect.workspaceId, effect.email, now, known);
      else if (effect.type === "invitation.revoke") await tx.revokeInvitations(effect.workspaceId, effect.userId);
    }
    return link;
  };

  /**
   * Runs a write once per actor and key (R26): the same key and request replays the first answer, a
   * different request under the key is refused, and refusals are answers too. `subjectId`: the user the
   * work locks first, which the storage may lock with the key's claim.
   */
  const write = async <T>(origin: WriteOrigin, request: WriteRequest, work: (tx: StorageTransaction, actor: Actor, now: Date) => Promise<T>, subjectId?: unknown): Promise<T> => {
    const key: unknown = origin.idempotencyKey;
    if (typeof key !== "string" || key.trim() === "" || key.length > 255) {
      throw fieldError("idempotencyKey", "Every change needs an idempotency key of 1 to 255 characters, so that a retry cannot act twice.");
    }
    const fingerprint = await sha256Hex(writeFingerprint(request, config.limits));
    const outcome = await storage.transaction(async (tx): Promise<StoredOutcome> => {
      const now = clock();
      const expiresAt = new Date(now.getTime() + window).toISOString();
      const held = await tx.claimIdempotencyKey(origin.actorId, key, fingerprint, now.toISOString(), expiresAt, ...(typeof subjectId === "string" ? [subjectId] : []));
      if (held) return held.fingerprint === fingerprint ? held.outcome : { ok: false, error: serializeRosterError(idempotencyMismatch()) };
      let answer: StoredOutcome;
      try {
        const actor = origin.actor?.userId === origin.actorId ? origin.actor : await actorIn(tx, origin.actorId);
        answer = { ok: true, value: await work(tx, actor, now) };
      } catch (error) {
        // A refusal is the request's answer; anything else (a network or storage failure) is not kept.
        if (!(error instanceof RosterError) || error.retryable) throw error;
        answer = { ok: false, error: serializeRosterError(error) };
      }
      await tx.saveIdempotencyOutcome(origin.actorId, key, answer);
      return answer;
    });
    await forgetExpiredKeysNowAndThen();
    if (outcome.ok) return outcome.value as T; // The value of this same request, stored by this function.
    throw deserializeRosterError(outcome.error);
  };

  const inviteOne = async (tx: StorageTransaction, actor: Actor, workspace: WorkspaceSummary, groupIds: ReadonlySet<string>, input: unknown, position: number, origin: WriteOrigin, now: Date): Promise<InviteeResult> => {
    const checked = validateInviteeInput(input, config, groupIds);
    if (!checked.ok) {
      const problems = Object.values(checked.fieldErrors).join(" ");
      const issues = Object.entries(checked.issues).map(([field, issue]) => ({ field, code: issue.code, params: issue.params }));
      return inviteeFailure({ code: "validation", message: `${inviteeName(input, position)} cannot be invited yet: ${problems}`, fieldErrors: checked.fieldErrors, issues });
    }
    const invitee = checked.value;
    const existing = await tx.lockSubjectByEmail(invitee.email);
    const ctx = policy(actor, [workspace]);
    const decision = decideInvite(ctx, workspace.id, existing);
    if (!decision.ok) return inviteeFailure(refusal(decision, "email"));
    const userId = existing?.user.id ?? (await tx.newUserId());
    const change = applyInvite(config, actor.userId, workspace.id, invitee, existing, { id: userId, now: now.toISOString() });
    const link = await commit(tx, change, origin.requestId ?? null, now, [workspace]);
    return { ok: true, member: memberView(change.after, change.scope), invitationUrl: config.deployment === "self-hosted" ? (link?.url ?? null) : null };
  };

  /**
   * Refuses an actor who may not see a scope's members (R1, R2), or with `activity` its history (R28);
   * `not_found` for an unknown workspace. Answers the workspace, `null` for the instance.
   */
  const assertMayView = async (reads: StorageReads, actor: Actor, scope: Scope, activity = false): Promise<WorkspaceSummary | null> => {
    if (scope.kind === "instance") {
      assertAllowed(can(policy(actor, []), { action: activity ? "viewInstanceActivity" : "viewInstanceUsers" }));
      return null;
    }
    const workspace = await requireWorkspace(reads, scope.workspaceId);
    assertAllowed(can(policy(actor, [workspace]), { action: activity ? "viewActivity" : "viewMembers", workspaceId: workspace.id }));
    return workspace;
  };

  /** {@link assertMayView} for a reader known by id or facts. */
  const assertMayList = async (reads: StorageReads, actorId: Reader, scope: Scope): Promise<void> => {
    await assertMayView(reads, await actorIn(reads, actorId), scope);
  };

  /**
   * A workspace member to change, locked first (then the workspace's count, in `lockContext`: one order
   * for every write), after the actor is found to see the workspace's members (R1); `not_found` for an
   * unknown workspace or member.
   */
  const lockMember = async (tx: StorageTransaction, actor: Actor, workspaceId: string, memberId: string) => {
    const locked = await tx.lockSubject(memberId);
    const scope: Scope = { kind: "workspace", workspaceId };
    const workspace = (await assertMayView(tx, actor, scope)) as WorkspaceSummary; // a workspace scope answers its workspace
    return { workspace, scope, subject: requireSubject(locked, scope, memberId) };
  };

  const statusScope = (scope: Scope): Scope => (scope.kind === "instance" ? { kind: "instance" } : { kind: "workspace", workspaceId: scope.workspaceId });

  return {
    config,

    actor: (actorId) => storage.read((reads) => actorIn(reads, actorId)),

    listMembers: (actorId, query) =>
      storage.read(async (reads) => {
        // The page is read while the rights are checked, and answered only once they allow it (R1, R2):
        // a refusal (or an unknown workspace) comes first, whatever the page's own read answered.
        const page = reads.listMembers(query);
        page.catch(() => undefined);
        await assertMayList(reads, actorId, query.scope);
        return page;
      }),

    async exportMembers(actorId, query, columns) {
      const chosen = exportColumns(columns);
      const pageQuery = (cursor: string | null): MemberQuery => ({ ...query, page: { kind: "cursor", cursor, limit: MAX_PAGE_SIZE } });
      const { first, groups } = await storage.read(async (reads) => {
        await assertMayList(reads, actorId, query.scope);
        return {
          first: await reads.listMembers(pageQuery(null), { total: false }),
          groups: query.scope.kind === "workspace" && chosen.includes("groups") ? await reads.groups(query.scope.workspaceId) : [],
        };
      });
      const names = new Map(groups.map((group) => [group.id, group.name]));
      return memberExportStream({
        columns: chosen,
        groupName: (id) => names.get(id),
        first,
        next: (cursor) => storage.read((reads) => reads.listMembers(pageQuery(cursor), { total: false })),
      });
    },

    listActivity: (actorId, query) =>
      storage.read(async (reads) => {
        await assertMayView(reads, await actorIn(reads, actorId), query.scope, true);
        checkActivityQuery(query);
        if (typeof query.memberId === "string") requireSubject(await reads.subject(query.memberId), query.scope, query.memberId);
        return reads.listActivity(query);
      }),

    getMember: (actorId, scope, memberId) =>
      storage.read(async (reads) => {
        await assertMayList(reads, actorId, scope);
        return memberView(requireSubject(typeof memberId === "string" ? await reads.subject(memberId) : null, scope, memberId), statusScope(scope));
      }),

    listWorkspaces: (actorId) =>
      storage.read(async (reads) => {
        const actor = await actorIn(reads, actorId);
        return (await reads.workspaces()).filter((workspace) => actor.superAdmin || actor.roles[workspace.id] !== undefined);
      }),

    listRoles: (actorId) =>
      storage.read(async (reads) => {
        await actorIn(reads, actorId);
        return config.roles.map((role) => ({ ...role }));
      }),

    listGroups: (actorId, workspaceId) =>
      storage.read(async (reads) => {
        await assertMayList(reads, actorId, { kind: "workspace", workspaceId });
        return reads.groups(workspaceId);
      }),

    async inviteMembers(origin, workspaceId, invitees) {
      // R29: counted before anything else reads them.
      if (Array.isArray(invitees)) checkInviteeCount(invitees.length, config.limits);
      return write(origin, { operation: "inviteMembers", target: { workspaceId }, body: { invitees } }, async (tx, actor, now) => {
        const workspace = await requireWorkspace(tx, workspaceId);
        assertAllowed(can(policy(actor, [workspace]), { action: "invite", workspaceId }));
        if (!Array.isArray(invitees) || invitees.length === 0) throw fieldError("invitees", "Add at least one person to invite.");
        const groupIds = new Set((await tx.groups(workspaceId)).map((group) => group.id));
        const results: InviteeResult[] = [];
        // One after the other: a later invitee with the same email is a duplicate of the earlier one (R7).
        for (const [position, input] of (invitees as unknown[]).entries()) {
          results.push(await inviteOne(tx, actor, workspace, groupIds, input, position, origin, now));
        }
        return { results };
      });
    },

    async changeStatus(origin, scope, memberId, action, expectedVersion) {
      if (!STATUS_ACTIONS.includes(action)) {
        throw fieldError("action", `"${String(action)}" is not a status change; use one of ${STATUS_ACTIONS.join(", ")}.`);
      }
      const workspaceId = scope.kind === "workspace" ? scope.workspaceId : null;
      const request = { operation: "changeStatus", target: { scope: scope.kind, workspaceId, memberId, expectedVersion }, body: { action } };
      return write(
        origin,
        request,
        async (tx, actor, now) => {
          // The member first: its read also brings the workspaces it belongs to, so the checks below read no more.
          const locked = await tx.lockSubject(memberId);
          // An instance request about an unknown user must not tell who exists to those who may not list users (R2).
          const workspace = scope.kind === "workspace" || !locked ? await assertMayView(tx, actor, scope) : null;
          const known = workspace ? [workspace] : [];
          const subject = requireSubject(locked, scope, memberId);
          const at = statusScope(scope);
          const ctx = await lockContext(tx, actor, subject, known);
          enforce(decideStatus(ctx, subject, at, action), memberView(subject, at), expectedVersion);
          const change = applyStatus(config, actor.userId, subject, at, action, now.toISOString());
          await commit(tx, change, origin.requestId ?? null, now, known);
          return { member: memberView(change.after, at) };
        },
        memberId,
      );
    },

    async updateMember(origin, workspaceId, memberId, update, expectedVersion) {
      const { role, groups } = update;
      const request = { operation: "updateMember", target: { workspaceId, memberId, expectedVersion }, body: { role, groups } };
      return write(origin, request, async (tx, actor) => {
        const { workspace, scope, subject } = await lockMember(tx, actor, workspaceId, memberId);
        if (role === undefined && groups === undefined) throw fieldError("role", "Nothing to change: give a new role, new groups, or both.");
        if (groups !== undefined && (!Array.isArray(groups) || !groups.every((group): group is string => typeof group === "string"))) {
          throw fieldError("groups", "Groups must be a list of group ids.");
        }
        const ctx = await lockContext(tx, actor, subject, [workspace]);
        const groupIds = new Set((await tx.groups(workspaceId)).map((group) => group.id));
        const decision = decideMemberUpdate(ctx, subject, workspaceId, update, (id) => groupIds.has(id));
        enforce(decision, memberView(subject, scope), expectedVersion, groups !== undefined && role === undefined ? "groups" : "role");
        const change = applyMemberUpdate(config, actor.userId, subject, workspaceId, update);
        if (change.activity) await commit(tx, change, origin.requestId ?? null, clock());
        return memberView(change.after, scope);
      }, memberId);
    },

    async resendInvitation(origin, workspaceId, memberId) {
      return write(origin, { operation: "resendInvitation", target: { workspaceId, memberId }, body: {} }, async (tx, actor, now) => {
        const { workspace, subject } = await lockMember(tx, actor, workspaceId, memberId);
        assertAllowed(decideResend(policy(actor, [workspace]), subject, workspaceId));
        const link = await commit(tx, applyResend(config, actor.userId, subject, workspaceId, now.toISOString()), origin.requestId ?? null, now, [workspace]);
        if (!link) throw new RosterError("unknown", "The invitation could not be sent again. Try again.");
        return link;
      }, memberId);
    },

    async revokeInvitation(origin, workspaceId, memberId) {
      return write(origin, { operation: "revokeInvitation", target: { workspaceId, memberId }, body: {} }, async (tx, actor, now) => {
        const { workspace, scope, subject } = await lockMember(tx, actor, workspaceId, memberId);
        assertAllowed(decideRevoke(await lockContext(tx, actor, subject, [workspace]), subject, workspaceId));
        const change = applyRevoke(config, actor.userId, subject, workspaceId);
        await commit(tx, change, origin.requestId ?? null, now);
        return memberView(change.after, scope);
      }, memberId);
    },

    getInvitationLink: (actorId, workspaceId, memberId) =>
      storage.transaction(async (tx) => {
        const actor = await actorIn(tx, actorId);
        const { workspace, scope, subject } = await lockMember(tx, actor, workspaceId, memberId);
        assertAllowed(can(policy(actor, [workspace]), { action: "copyInvitationLink", member: memberView(subject, scope) }));
        const now = clock();
        const live = await tx.liveInvitation(workspaceId, subject.user.id, now.toISOString());
        // A pending member loaded with the data, or whose link expired, gets a link now, without an email.
        return live ? { url: await linkFor(live), expiresAt: live.expiresAt } : issue(tx, subject, workspaceId, false, now);
      }),

    acceptInvitation: (token) =>
      storage.transaction(async (tx) => {
        const invitation = typeof token === "string" && token !== "" ? await tx.invitationByTokenHash(await sha256Hex(token)) : null;
        const now = clock();
        if (!invitation) throw new RosterError("not_found", "This invitation link is not valid. Check that it was copied whole.", { rule: "R27" });
        if (invitation.state === "used") throw new RosterError("invalid_transition", "This invitation link was already used. Sign in instead.", { rule: "R27" });
        if (invitation.state === "revoked") {
          throw new RosterError("invalid_transition", "This invitation link no longer works: it was replaced by a newer one or withdrawn. Ask an admin of the workspace for a new invitation.", { rule: "R27" });
        }
        if (invitation.expiresAt <= now.toISOString()) {
          throw new RosterError("invalid_transition", "This invitation link has expired. Ask an admin of the workspace to send a new invitation.", { rule: "R27" });
        }
        const scope: Scope = { kind: "workspace", workspaceId: invitation.workspaceId };
        const subject = requireSubject(await tx.lockSubject(invitation.userId), scope, invitation.userId);
        assertAllowed(decideAccept(subject, invitation.workspaceId));
        const change = applyAccept(config, subject, invitation.workspaceId, now.toISOString());
        await tx.writeChange(change, change.activity, null, now.toISOString());
        await tx.useInvitation(invitation.id);
        return memberView(change.after, scope);
      }),

    tokenOf(url) {
      return url.startsWith(links.baseUrl) && url.length > links.baseUrl.length ? url.slice(links.baseUrl.length) : null;
    },

    forgetExpiredKeys,
  };
}
