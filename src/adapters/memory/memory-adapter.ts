import type {
  AdapterCapabilities,
  ChangeStatusParams,
  ChangeStatusResult,
  GetInvitationLinkParams,
  GetMemberParams,
  InvitationLink,
  InviteeFailure,
  InviteeResult,
  InviteMembersParams,
  InviteMembersResult,
  ListGroupsParams,
  ListMembersParams,
  ListMembersResult,
  ResendInvitationParams,
  RosterAdapter,
  SignalParams,
  StatusAction,
  UpdateMemberParams,
} from "../../core/adapter.types";
import type { CustomGroup, Member, MembershipStatus, Role, Scope, WorkspaceSummary } from "../../core/domain.types";
import type { RosterLimits } from "../../core/config";
import type { DuplicateDetails, FieldErrors, RosterErrorCode } from "../../core/errors";
import { RosterError } from "../../core/errors";
import type { WriteRequest } from "../../core/idempotency";
import { idempotencyMismatch, writeFingerprint } from "../../core/idempotency";
import type { Decision, PolicyContext } from "../../core/policy";
import { assertAllowed, can } from "../../core/policy";
import { checkInviteeCount } from "../../core/request-limits";
import { validateInviteeInput } from "../../core/validation";
import type { TotalCache } from "./member-query";
import { checkQueryShape, runMemberQuery } from "./member-query";
import type { MembershipRecord, MemoryState, UserRecord, WorkspaceRecord } from "./memory-state";

/**
 * The adapter methods of the in-memory backend, acting as one signed-in user. Every rule is the core
 * policy's: each method builds a `PolicyContext` from the backend's own data (exact admin counts) and
 * asks `can` before it changes anything. What is left here is the rules' effects (R9–R18), versions
 * (R22), idempotency (R26), limits (R29) and aborts. Internal to `src/adapters/memory`.
 * @module
 */

/** The first answer to a write, bound to the fingerprint of its request (R26). */
interface IdempotentOutcome {
  readonly fingerprint: string;
  /** Clock time of the first answer, in milliseconds. */
  readonly answeredAt: number;
  readonly result: { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };
}

/**
 * Remembers the first answer to each write per acting user and idempotency key, with the fingerprint
 * of its request, for `windowMs` (R26).
 */
export class IdempotencyStore {
  private readonly outcomes = new Map<string, IdempotentOutcome>();

  constructor(
    private readonly now: () => number,
    private readonly windowMs: number,
    private readonly limits: Pick<RosterLimits, "requestBodyBytes" | "jsonDepth">,
  ) {}

  /** How many writes are remembered now (for tests). */
  get size(): number {
    this.forgetExpired();
    return this.outcomes.size;
  }

  private expired(outcome: IdempotentOutcome): boolean {
    return this.now() - outcome.answeredAt >= this.windowMs;
  }

  /** Forgets the answers older than the window; the map is in answering order, so the oldest come first. */
  private forgetExpired(): void {
    for (const [id, outcome] of this.outcomes) {
      if (!this.expired(outcome)) break;
      this.outcomes.delete(id);
    }
  }

  /**
   * Runs `act` once per user and key: the same key with the same request again returns the first result
   * or throws the first error, without acting; with a different request it throws `idempotency_mismatch`.
   * @throws RosterError `validation` without a key; `limit_exceeded` for a request past a limit (R29).
   */
  run<T>(userId: string, key: string, request: WriteRequest, act: () => T): T {
    if (typeof key !== "string" || key === "") {
      throw new RosterError("validation", "Every change needs an idempotency key, so that a retry cannot act twice.", {
        fieldErrors: { idempotencyKey: "Required." },
      });
    }
    const fingerprint = writeFingerprint(request, this.limits);
    this.forgetExpired();
    const id = `${userId}\u0000${key}`;
    const outcome = this.outcomes.get(id);
    if (outcome && !this.expired(outcome)) {
      if (outcome.fingerprint !== fingerprint) throw idempotencyMismatch();
      if (outcome.result.ok) return outcome.result.value as T; // Same fingerprint, so the same method: its result type.
      throw outcome.result.error;
    }
    this.outcomes.delete(id);
    const remember = (result: IdempotentOutcome["result"]): void => {
      this.outcomes.set(id, { fingerprint, answeredAt: this.now(), result });
    };
    try {
      const value = act();
      remember({ ok: true, value });
      return value;
    } catch (error) {
      remember({ ok: false, error });
      throw error;
    }
  }
}

/** What the acting adapters of one backend share. */
export interface MemoryAdapterDeps {
  readonly state: MemoryState;
  readonly idempotency: IdempotencyStore;
  readonly totals: TotalCache;
  readonly capabilities: AdapterCapabilities;
}

const STATUS_ACTIONS: readonly StatusAction[] = ["archive", "unarchive", "deactivate", "reactivate"];

/** Rejects with an `AbortError` when the request was cancelled before it reached the backend. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === "AbortError") throw reason;
  throw new DOMException("The request was aborted.", "AbortError");
}

function conflict(member: Member, expectedVersion: number): RosterError {
  return new RosterError(
    "conflict",
    `${member.name} changed since you opened this (version ${String(expectedVersion)}, now ${member.version}). Review their current state and try again.`,
    { current: member, rule: "R22" },
  );
}

/** Enforces a decision in the order the UI needs: permission first, then the version (R22), then the rest. */
function enforce(decisions: readonly Decision[], member: Member, expectedVersion: number): void {
  for (const decision of decisions) if (!decision.ok && decision.code === "forbidden") assertAllowed(decision);
  if (member.version !== expectedVersion) throw conflict(member, expectedVersion);
  for (const decision of decisions) assertAllowed(decision);
}

function failure(code: RosterErrorCode, message: string, fieldErrors: FieldErrors, existing?: DuplicateDetails): InviteeResult {
  const error: InviteeFailure = existing ? { code, message, fieldErrors, existing } : { code, message, fieldErrors };
  return Object.freeze({ ok: false, error: Object.freeze(error) });
}

function nameOf(input: unknown, position: number): string {
  if (typeof input === "object" && input !== null) {
    const email = (input as Record<string, unknown>)["email"];
    if (typeof email === "string" && email.trim() !== "") return email.trim();
  }
  return `Invitee ${position + 1}`;
}

/** Creates the adapter acting as `userId` over a backend's shared state. */
export function createActingAdapter(deps: MemoryAdapterDeps, userId: string): RosterAdapter {
  const { state, idempotency, totals } = deps;
  const config = state.config;

  const context = (): PolicyContext => state.policyContext(userId);

  const requireWorkspace = (workspaceId: string): WorkspaceRecord => {
    const workspace = state.workspace(workspaceId);
    if (!workspace) throw new RosterError("not_found", `There is no workspace with id "${String(workspaceId)}". It may have been removed from your list; reload it.`);
    return workspace;
  };

  /** The workspace and the actor's right to see it (R1). */
  const viewWorkspace = (workspaceId: string): { workspace: WorkspaceRecord; ctx: PolicyContext } => {
    const workspace = requireWorkspace(workspaceId);
    const ctx = context();
    assertAllowed(can(ctx, { action: "viewMembers", workspaceId }));
    return { workspace, ctx };
  };

  const requireMembership = (workspace: WorkspaceRecord, memberId: string): MembershipRecord => {
    const membership = workspace.members.get(memberId);
    if (!membership) {
      throw new RosterError("not_found", `There is no member "${String(memberId)}" in ${workspace.workspace.name}. The list may be out of date; reload it.`);
    }
    return membership;
  };

  const requireUser = (memberId: string): UserRecord => {
    const user = state.user(memberId);
    if (!user) throw new RosterError("not_found", `There is no user "${String(memberId)}" on this instance. The list may be out of date; reload it.`);
    return user;
  };

  const userOf = (membership: MembershipRecord): UserRecord => requireUser(membership.userId);

  /**
   * The scope's row for a member, after the actor's right to see it was checked. With `acting`, an
   * instance-scope request for a known user leaves the refusal to the action's own decision, whose
   * reason is more specific ("Only super admins can archive at instance level", R3).
   */
  const resolve = (
    scope: Scope,
    memberId: string,
    acting = false,
  ): { ctx: PolicyContext; member: Member; membership: MembershipRecord | null; user: UserRecord } => {
    if (scope.kind === "instance") {
      const ctx = context();
      const known = state.user(memberId);
      if (!acting || !known) assertAllowed(can(ctx, { action: "viewInstanceUsers" }));
      const user = known ?? requireUser(memberId);
      return { ctx, member: state.instanceMember(user), membership: null, user };
    }
    const { workspace, ctx } = viewWorkspace(scope.workspaceId);
    const membership = requireMembership(workspace, memberId);
    return { ctx, member: state.workspaceMember(membership), membership, user: userOf(membership) };
  };

  /** A resumed or new pending membership: `requested` only for cloud invites of people with no account (R9, R14). */
  const pendingStatus = (user: UserRecord): MembershipStatus =>
    config.lifecycle === "archive" && config.deployment === "cloud" && !user.hasAccount ? "requested" : "invited";

  const now = (): string => state.clock().toISOString();

  const inviteOne = (ctx: PolicyContext, workspace: WorkspaceRecord, input: unknown, position: number): InviteeResult => {
    const validation = validateInviteeInput(input, config, workspace.groupIds);
    if (!validation.ok) {
      const problems = Object.values(validation.fieldErrors).join(" ");
      return failure("validation", `${nameOf(input, position)} cannot be invited yet: ${problems}`, validation.fieldErrors);
    }
    const invitee = validation.value;
    const known = state.userByEmail(invitee.email);
    const decision = can(ctx, {
      action: "invite",
      workspaceId: workspace.workspace.id,
      existing: known ? { user: known, membership: workspace.members.get(known.id) ?? null } : null,
    });
    if (!decision.ok) return failure(decision.code, decision.reason, { email: decision.reason }, decision.existing);

    const user = known ?? state.createUser(invitee.name, invitee.email);
    const membership = state.addMembership(user, workspace.workspace.id, {
      status: pendingStatus(user),
      role: invitee.role,
      groups: [...invitee.groups],
      metadata: { ...invitee.metadata },
      invitedAt: now(),
      lastActiveAt: null,
    });
    const url = state.issueInvitation(membership, true);
    state.changed(user, "user");
    return Object.freeze({
      ok: true,
      member: state.workspaceMember(membership),
      invitationUrl: config.deployment === "self-hosted" ? url : null,
    });
  };

  const invite = (params: InviteMembersParams): InviteMembersResult => {
    const workspace = requireWorkspace(params.workspaceId);
    const ctx = context();
    assertAllowed(can(ctx, { action: "invite", workspaceId: workspace.workspace.id }));
    const invitees: unknown = params.invitees;
    if (!Array.isArray(invitees) || invitees.length === 0) {
      throw new RosterError("validation", "Add at least one person to invite.", { fieldErrors: { invitees: "Add at least one person." } });
    }
    // One after the other: a later invitee with the same email is a duplicate of the earlier one (R7).
    const results = invitees.map((input: unknown, position) => inviteOne(ctx, workspace, input, position));
    return Object.freeze({ results: Object.freeze(results) });
  };

  const applyWorkspaceStatus = (action: StatusAction, membership: MembershipRecord, user: UserRecord): void => {
    switch (action) {
      case "archive":
        // R11 (and R10: archiving a pending invite revokes its link).
        state.patchMembership(membership, { status: "archived" });
        state.revokeInvitation(membership);
        break;
      case "unarchive":
        // R14: back to pending with a new invitation; unarchived at instance level too if need be.
        if (user.instanceStatus === "archived") state.patchUser(user, { instanceStatus: "invited" });
        state.patchMembership(membership, { status: pendingStatus(user), invitedAt: now() });
        state.issueInvitation(membership, true);
        break;
      case "deactivate":
        state.patchMembership(membership, { status: "inactive" }); // R17
        state.revokeInvitation(membership);
        break;
      case "reactivate":
        state.patchMembership(membership, { status: "active" }); // R18: role and groups as they are
        break;
    }
    state.changed(user, "user");
  };

  const applyInstanceStatus = (action: StatusAction, user: UserRecord): void => {
    if (action === "archive") {
      // R12: the user and every membership archived, every pending link revoked.
      state.patchUser(user, { instanceStatus: "archived" });
      for (const membership of user.memberships) {
        if (membership.status !== "archived") state.patchMembership(membership, { status: "archived" });
        state.revokeInvitation(membership);
      }
    } else {
      // R13: invited at instance level; memberships stay archived.
      state.patchUser(user, { instanceStatus: "invited" });
    }
    state.changed(user, "user");
  };

  const changeStatus = (params: ChangeStatusParams): ChangeStatusResult => {
    const { scope, memberId, action, expectedVersion } = params;
    if (!STATUS_ACTIONS.includes(action)) {
      throw new RosterError("validation", `"${String(action)}" is not a status change; use one of ${STATUS_ACTIONS.join(", ")}.`, {
        fieldErrors: { action: "Unknown action." },
      });
    }
    const { ctx, member, membership, user } = resolve(scope, memberId, true);
    enforce([can(ctx, { action, member })], member, expectedVersion);
    if (membership) {
      applyWorkspaceStatus(action, membership, user);
      return Object.freeze({ member: state.workspaceMember(membership) });
    }
    applyInstanceStatus(action, user);
    return Object.freeze({ member: state.instanceMember(user) });
  };

  const updateMember = (params: UpdateMemberParams): Member => {
    const { workspaceId, memberId, role, groups, expectedVersion } = params;
    const { workspace, ctx } = viewWorkspace(workspaceId);
    const membership = requireMembership(workspace, memberId);
    const member = state.workspaceMember(membership);
    if (role === undefined && groups === undefined) {
      throw new RosterError("validation", `Nothing to change for ${member.name}: give a new role, new groups, or both.`, {
        fieldErrors: { role: "Give a role or groups." },
      });
    }
    const decisions: Decision[] = [];
    if (role !== undefined) decisions.push(can(ctx, { action: "changeRole", member, role }));
    if (groups !== undefined) decisions.push(can(ctx, { action: "changeGroups", member }));
    enforce(decisions, member, expectedVersion);

    let nextGroups: readonly string[] | undefined;
    if (groups !== undefined) {
      const list: unknown = groups;
      if (!Array.isArray(list) || !list.every((group): group is string => typeof group === "string")) {
        throw new RosterError("validation", "Groups must be a list of group ids.", { fieldErrors: { groups: "Groups must be a list of group ids." } });
      }
      const unknown = list.filter((group) => !workspace.groupIds.has(group));
      if (unknown.length > 0) {
        const message = `${workspace.workspace.name} has no group ${unknown.map((group) => `"${group}"`).join(", ")}; pick groups of this workspace.`;
        throw new RosterError("validation", message, { fieldErrors: { groups: message } });
      }
      nextGroups = [...new Set(list)];
    }

    const roleChanged = role !== undefined && role !== membership.role;
    const groupsChanged = nextGroups !== undefined && (nextGroups.length !== membership.groups.length || nextGroups.some((group, i) => group !== membership.groups[i]));
    if (!roleChanged && !groupsChanged) return member;
    state.patchMembership(membership, {
      ...(roleChanged ? { role } : {}),
      ...(groupsChanged && nextGroups ? { groups: nextGroups } : {}),
    });
    // A role is in every row's membership summary; groups only in this row.
    state.changed(userOf(membership), roleChanged ? "user" : "membership", membership);
    return state.workspaceMember(membership);
  };

  const resendInvitation = (params: ResendInvitationParams): InvitationLink => {
    const { workspace, ctx } = viewWorkspace(params.workspaceId);
    const membership = requireMembership(workspace, params.memberId);
    assertAllowed(can(ctx, { action: "resendInvitation", member: state.workspaceMember(membership) }));
    state.patchMembership(membership, { invitedAt: now() });
    const url = state.issueInvitation(membership, true); // R10: a new link; the old one stops working.
    state.changed(userOf(membership), "membership-and-instance", membership);
    return Object.freeze({ url, expiresAt: null });
  };

  const getInvitationLink = (params: GetInvitationLinkParams): InvitationLink => {
    const { workspace, ctx } = viewWorkspace(params.workspaceId);
    const membership = requireMembership(workspace, params.memberId);
    assertAllowed(can(ctx, { action: "copyInvitationLink", member: state.workspaceMember(membership) }));
    const url = state.invitationUrl(membership) ?? state.issueInvitation(membership, false);
    return Object.freeze({ url, expiresAt: null });
  };

  return {
    capabilities: deps.capabilities,

    async listMembers(params: ListMembersParams): Promise<ListMembersResult> {
      throwIfAborted(params.signal);
      checkQueryShape(params);
      if (params.scope.kind === "instance") assertAllowed(can(context(), { action: "viewInstanceUsers" }));
      else viewWorkspace(params.scope.workspaceId);
      return runMemberQuery(state, params, totals);
    },

    async getMember(params: GetMemberParams): Promise<Member> {
      throwIfAborted(params.signal);
      return resolve(params.scope, params.memberId).member;
    },

    async inviteMembers(params: InviteMembersParams): Promise<InviteMembersResult> {
      throwIfAborted(params.signal);
      const { workspaceId, invitees } = params;
      // R29: counted before anything else reads them.
      if (Array.isArray(invitees)) checkInviteeCount(invitees.length, config.limits);
      const request = { operation: "inviteMembers", target: { workspaceId }, body: { invitees } };
      return idempotency.run(userId, params.idempotencyKey, request, () => invite(params));
    },

    async changeStatus(params: ChangeStatusParams): Promise<ChangeStatusResult> {
      throwIfAborted(params.signal);
      const { scope, memberId, expectedVersion, action } = params;
      const workspaceId = scope.kind === "workspace" ? scope.workspaceId : null;
      const request = { operation: "changeStatus", target: { scope: scope.kind, workspaceId, memberId, expectedVersion }, body: { action } };
      return idempotency.run(userId, params.idempotencyKey, request, () => changeStatus(params));
    },

    async updateMember(params: UpdateMemberParams): Promise<Member> {
      throwIfAborted(params.signal);
      const { workspaceId, memberId, expectedVersion, role, groups } = params;
      const request = { operation: "updateMember", target: { workspaceId, memberId, expectedVersion }, body: { role, groups } };
      return idempotency.run(userId, params.idempotencyKey, request, () => updateMember(params));
    },

    async resendInvitation(params: ResendInvitationParams): Promise<InvitationLink> {
      throwIfAborted(params.signal);
      const { workspaceId, memberId } = params;
      const request = { operation: "resendInvitation", target: { workspaceId, memberId }, body: {} };
      return idempotency.run(userId, params.idempotencyKey, request, () => resendInvitation(params));
    },

    async getInvitationLink(params: GetInvitationLinkParams): Promise<InvitationLink> {
      throwIfAborted(params.signal);
      return getInvitationLink(params);
    },

    async listWorkspaces(params: SignalParams): Promise<readonly WorkspaceSummary[]> {
      throwIfAborted(params.signal);
      const actor = context().actor;
      const visible: WorkspaceSummary[] = [];
      for (const workspace of state.workspaces.values()) {
        if (actor.superAdmin || actor.roles[workspace.workspace.id] !== undefined) visible.push(state.workspaceSummary(workspace));
      }
      return Object.freeze(visible);
    },

    async listRoles(params: SignalParams): Promise<readonly Role[]> {
      throwIfAborted(params.signal);
      return Object.freeze(config.roles.map((role) => Object.freeze({ ...role })));
    },

    async listGroups(params: ListGroupsParams): Promise<readonly CustomGroup[]> {
      throwIfAborted(params.signal);
      const { workspace } = viewWorkspace(params.workspaceId);
      return Object.freeze(workspace.groups.map((group) => Object.freeze({ ...group })));
    },
  };
}
