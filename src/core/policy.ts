import type { RosterConfig } from "./config";
import type { Actor, Member, Membership, MemberStatus, RoleId, User } from "./domain.types";
import type { DuplicateDetails, RosterErrorCode } from "./errors";
import { RosterError } from "./errors";

/**
 * The rules of docs/rules.md as one function family. The UI asks them to decide what to offer (R3, R24);
 * the in-memory backend asks the very same functions, with exact counts, before it acts. One
 * implementation, so the two cannot drift.
 * @module
 */

/** Every action the policy answers for. */
export type PolicyAction =
  | "viewMembers"
  | "viewInstanceUsers"
  | "invite"
  | "archive"
  | "unarchive"
  | "deactivate"
  | "reactivate"
  | "changeRole"
  | "changeGroups"
  | "resendInvitation"
  | "copyInvitationLink";

/** An allowed action. */
export interface Allowed {
  readonly ok: true;
}

/** A refused action, with a stable code, a human reason and the rule behind it. */
export interface Denied {
  readonly ok: false;
  readonly code: RosterErrorCode;
  /** A sentence for people: shown on disabled menu items and in error messages (R3). */
  readonly reason: string;
  /** The rule that refuses it, an id of docs/rules.md, e.g. `R15`. */
  readonly rule: string;
  /** Workspaces concerned (R15 names those that would lose their last admin). */
  readonly workspaces?: readonly string[];
  /** With an R7 duplicate: the existing member and what to offer instead. */
  readonly existing?: DuplicateDetails;
}

/** The answer of every policy function. */
export type Decision = Allowed | Denied;

/** What the policy needs to know besides the request. */
export interface PolicyContext {
  readonly config: RosterConfig;
  readonly actor: Actor;
  /**
   * Active admins of a workspace, when known. `undefined` means unknown: the UI then offers the action
   * and leaves R15 to the backend, which always knows.
   */
  readonly activeAdmins?: (workspaceId: string) => number | undefined;
  /** A workspace's display name for reasons; ids are shown when it is not given or does not know. */
  readonly workspaceName?: (workspaceId: string) => string | undefined;
}

/** What the backend knows about an email that is being invited (R7, R8). */
export interface ExistingIdentity {
  readonly user: User;
  /** The user's membership in the workspace invited to, if any. */
  readonly membership: Membership | null;
}

/** A request to the policy: an action and what it acts on. */
export type PolicyRequest =
  | { readonly action: "viewMembers"; readonly workspaceId: string }
  | { readonly action: "viewInstanceUsers" }
  | {
      readonly action: "invite";
      readonly workspaceId: string;
      /** `undefined`: not known (UI); `null`: no user has this email; otherwise the user found. */
      readonly existing?: ExistingIdentity | null;
    }
  | {
      readonly action: "archive" | "unarchive" | "deactivate" | "reactivate" | "changeGroups" | "resendInvitation" | "copyInvitationLink";
      readonly member: Member;
    }
  | {
      readonly action: "changeRole";
      readonly member: Member;
      /** The new role, when known; without it only "may this member's role be edited at all" is answered. */
      readonly role?: RoleId;
    };

const ALLOWED: Allowed = Object.freeze({ ok: true });

function deny(code: RosterErrorCode, rule: string, reason: string, extra: Partial<Pick<Denied, "workspaces" | "existing">> = {}): Denied {
  return { ok: false, code, rule, reason, ...extra };
}

/** Whether the actor administers the workspace: its admin role there, or super admin (R1). */
export function isWorkspaceAdmin(ctx: PolicyContext, workspaceId: string): boolean {
  return ctx.actor.superAdmin || ctx.actor.roles[workspaceId] === ctx.config.adminRole;
}

/** Whether a membership status takes a seat (R16): `active`, `invited` and `requested` do. */
export function isBillable(status: MemberStatus): boolean {
  return status === "active" || status === "invited" || status === "requested";
}

/** Whether a membership counts towards "at least one active admin" (R15). */
export function isActiveAdmin(config: RosterConfig, membership: { readonly status: MemberStatus; readonly role: RoleId | null }): boolean {
  return membership.status === "active" && membership.role === config.adminRole;
}

/**
 * Whether a member may be picked in the host's records (R17): only active members may be assigned.
 * @example
 * const assignable = members.filter(isAssignable);
 */
export function isAssignable(member: Pick<Member, "status" | "instanceStatus">): boolean {
  return member.status === "active" && member.instanceStatus !== "archived";
}

function requireManage(ctx: PolicyContext, workspaceId: string, verb: string): Denied | null {
  if (isWorkspaceAdmin(ctx, workspaceId)) return null;
  return deny("forbidden", "R1", `Only admins of this workspace can ${verb} members.`);
}

function requireSuperAdmin(ctx: PolicyContext, verb: string): Denied | null {
  if (ctx.actor.superAdmin) return null;
  return deny("forbidden", "R2", `Only super admins can ${verb}.`);
}

function requireLifecycle(ctx: PolicyContext, lifecycle: RosterConfig["lifecycle"], verb: string): Denied | null {
  if (ctx.config.lifecycle === lifecycle) return null;
  const other = lifecycle === "archive" ? "deactivates and reactivates" : "archives and unarchives";
  return deny("invalid_transition", "R24", `Members cannot be ${verb} here: this workspace ${other} members instead.`);
}

function requireStatus(member: Member, allowed: readonly MemberStatus[], rule: string, reason: string): Denied | null {
  return allowed.includes(member.status) ? null : deny("invalid_transition", rule, reason);
}

/** The R4 guard on super admins: only a super admin may change a super admin's status, role or groups. */
function requireSuperAdminFor(ctx: PolicyContext, member: Member, what: "status" | "role" | "groups"): Denied | null {
  if (!ctx.config.guards.superAdminChange || !member.superAdmin || ctx.actor.superAdmin) return null;
  return deny("forbidden", "R4", `Only super admins can change the ${what} of a super admin.`);
}

/** The R4 guards for a status change: not oneself (stop actions only), not a super admin unless one is. */
function statusGuards(ctx: PolicyContext, member: Member, stopping: boolean): Denied | null {
  if (stopping && ctx.config.guards.selfStatusChange && member.id === ctx.actor.userId) {
    return deny("forbidden", "R4", "You cannot change your own status: ask another admin, so that you cannot lock yourself out.");
  }
  return requireSuperAdminFor(ctx, member, "status");
}

/**
 * Workspaces whose last active admin this member is (R15), among the memberships given. Unknown counts
 * are not reported: the backend, which knows them, decides.
 */
function orphanedWorkspaces(ctx: PolicyContext, memberships: readonly { readonly workspaceId: string; readonly status: MemberStatus; readonly role: RoleId | null }[]): string[] {
  const workspaces: string[] = [];
  for (const membership of memberships) {
    if (!isActiveAdmin(ctx.config, membership)) continue;
    const count = ctx.activeAdmins?.(membership.workspaceId);
    if (count !== undefined && count <= 1) workspaces.push(membership.workspaceId);
  }
  return workspaces;
}

function lastAdmin(ctx: PolicyContext, member: Member, memberships: Parameters<typeof orphanedWorkspaces>[1], doing: string): Denied | null {
  const workspaces = orphanedWorkspaces(ctx, memberships);
  if (workspaces.length === 0) return null;
  const names = workspaces.map((id) => ctx.workspaceName?.(id) ?? id).join(", ");
  const it = workspaces.length === 1 ? "it" : "them";
  return deny(
    "last_admin",
    "R15",
    `${member.name} is the last active admin of ${names}; ${doing} would leave ${it} without one. Make someone else an admin first.`,
    { workspaces },
  );
}

/** The membership of a workspace-scope member, as R15 sees it. */
function ownMembership(member: Member, workspaceId: string): { workspaceId: string; status: MemberStatus; role: RoleId | null } {
  return { workspaceId, status: member.status, role: member.role };
}

function checkInvite(ctx: PolicyContext, workspaceId: string, existing: ExistingIdentity | null | undefined): Decision {
  const forbidden = requireManage(ctx, workspaceId, "invite");
  if (forbidden) return forbidden;
  if (!existing) return ALLOWED;
  if (existing.user.instanceStatus === "archived") {
    return deny(
      "archived_in_instance",
      "R8",
      `${existing.user.email} is archived at instance level and cannot be invited. A super admin must unarchive them first.`,
    );
  }
  const membership = existing.membership;
  if (!membership) return ALLOWED;
  const offer = membership.status === "archived" ? "unarchive" : membership.status === "inactive" ? "reactivate" : null;
  const details: DuplicateDetails = { userId: existing.user.id, status: membership.status, offer };
  const reason =
    offer === null
      ? `${existing.user.email} is already ${membership.status} in this workspace.`
      : `${existing.user.email} is ${membership.status} in this workspace: ${offer} them instead of inviting them again.`;
  return deny("duplicate", "R7", reason, { existing: details });
}

function checkWorkspaceArchive(ctx: PolicyContext, member: Member, workspaceId: string): Decision {
  return (
    requireManage(ctx, workspaceId, "archive") ??
    requireLifecycle(ctx, "archive", "archived") ??
    requireStatus(member, ["requested", "invited", "active"], "R11", `${member.name} is already archived in this workspace.`) ??
    statusGuards(ctx, member, true) ??
    lastAdmin(ctx, member, [ownMembership(member, workspaceId)], "archiving them") ??
    ALLOWED
  );
}

/**
 * A workspace unarchive of an instance-archived user also unarchives them at instance level (R14), which
 * only super admins may do (R2, R8): a workspace admin cannot undo a super admin's instance archive.
 */
function requireInstanceUnarchiver(ctx: PolicyContext, member: Member): Denied | null {
  if (member.instanceStatus !== "archived" || ctx.actor.superAdmin) return null;
  return deny("forbidden", "R2", `${member.name} is archived at instance level; only a super admin can unarchive them.`);
}

function checkWorkspaceUnarchive(ctx: PolicyContext, member: Member, workspaceId: string): Decision {
  return (
    requireManage(ctx, workspaceId, "unarchive") ??
    requireLifecycle(ctx, "archive", "unarchived") ??
    requireStatus(member, ["archived"], "R14", `Only archived members can be unarchived; ${member.name} is ${member.status}.`) ??
    statusGuards(ctx, member, false) ??
    requireInstanceUnarchiver(ctx, member) ??
    ALLOWED
  );
}

function checkInstanceArchive(ctx: PolicyContext, member: Member): Decision {
  return (
    requireSuperAdmin(ctx, "archive at instance level") ??
    requireLifecycle(ctx, "archive", "archived") ??
    requireStatus(member, ["active", "invited"], "R12", `${member.name} is already archived at instance level.`) ??
    statusGuards(ctx, member, true) ??
    lastAdmin(ctx, member, member.memberships, "archiving them at instance level") ??
    ALLOWED
  );
}

function checkInstanceUnarchive(ctx: PolicyContext, member: Member): Decision {
  return (
    requireSuperAdmin(ctx, "unarchive at instance level") ??
    requireLifecycle(ctx, "archive", "unarchived") ??
    requireStatus(member, ["archived"], "R13", `Only users archived at instance level can be unarchived there; ${member.name} is ${member.status}.`) ??
    ALLOWED
  );
}

function checkDeactivate(ctx: PolicyContext, member: Member, workspaceId: string): Decision {
  return (
    requireManage(ctx, workspaceId, "deactivate") ??
    requireLifecycle(ctx, "deactivate", "deactivated") ??
    requireStatus(member, ["active"], "R17", `Only active members can be deactivated; ${member.name} is ${member.status}.`) ??
    statusGuards(ctx, member, true) ??
    lastAdmin(ctx, member, [ownMembership(member, workspaceId)], "deactivating them") ??
    ALLOWED
  );
}

function checkReactivate(ctx: PolicyContext, member: Member, workspaceId: string): Decision {
  return (
    requireManage(ctx, workspaceId, "reactivate") ??
    requireLifecycle(ctx, "deactivate", "reactivated") ??
    requireStatus(member, ["inactive"], "R18", `Only inactive members can be reactivated; ${member.name} is ${member.status}.`) ??
    statusGuards(ctx, member, false) ??
    ALLOWED
  );
}

function checkChangeRole(ctx: PolicyContext, member: Member, workspaceId: string, role: RoleId | undefined): Decision {
  const denied =
    requireManage(ctx, workspaceId, "edit") ??
    requireSuperAdminFor(ctx, member, "role") ??
    requireStatus(member, ["active"], "R24", `Only active members can have their role changed; ${member.name} is ${member.status}.`);
  if (denied) return denied;
  if (role === undefined) return ALLOWED;
  if (!ctx.config.roles.some((candidate) => candidate.id === role)) {
    return deny("validation", "R5", `"${role}" is not a role of this workspace.`);
  }
  if (role === ctx.config.adminRole) return ALLOWED;
  return lastAdmin(ctx, member, [ownMembership(member, workspaceId)], "removing their admin role") ?? ALLOWED;
}

function checkMemberAction(ctx: PolicyContext, request: Extract<PolicyRequest, { member: Member }>): Decision {
  const { member } = request;
  const scope = member.scope;
  if (scope.kind === "instance") {
    if (request.action === "archive") return checkInstanceArchive(ctx, member);
    if (request.action === "unarchive") return checkInstanceUnarchive(ctx, member);
    return deny("invalid_transition", "R2", "At instance level, users can only be archived or unarchived; open a workspace for other actions.");
  }
  const workspaceId = scope.workspaceId;
  switch (request.action) {
    case "archive":
      return checkWorkspaceArchive(ctx, member, workspaceId);
    case "unarchive":
      return checkWorkspaceUnarchive(ctx, member, workspaceId);
    case "deactivate":
      return checkDeactivate(ctx, member, workspaceId);
    case "reactivate":
      return checkReactivate(ctx, member, workspaceId);
    case "changeRole":
      return checkChangeRole(ctx, member, workspaceId, request.role);
    case "changeGroups":
      return (
        requireManage(ctx, workspaceId, "edit") ??
        requireSuperAdminFor(ctx, member, "groups") ??
        requireStatus(member, ["active"], "R24", `Only active members can have their groups changed; ${member.name} is ${member.status}.`) ??
        ALLOWED
      );
    case "resendInvitation":
      return (
        requireManage(ctx, workspaceId, "invite") ??
        requireStatus(member, ["invited", "requested"], "R10", `${member.name} has no pending invitation to resend.`) ??
        ALLOWED
      );
    case "copyInvitationLink":
      if (ctx.config.deployment !== "self-hosted") {
        return deny("forbidden", "R10", "Invitation links can be copied only in self-hosted deployments; cloud invitations go by email.");
      }
      return (
        requireManage(ctx, workspaceId, "invite") ??
        requireStatus(member, ["invited", "requested"], "R10", `${member.name} has no pending invitation.`) ??
        ALLOWED
      );
  }
}

/**
 * Decides whether the actor may take an action: `{ ok: true }`, or `{ ok: false, code, reason, rule }`.
 * Covers R1–R19 and R24. The member's `scope` decides the level: an `archive` of an instance-scope member
 * is an instance archive (R12).
 * @example
 * const decision = can(ctx, { action: "archive", member });
 * if (!decision.ok) menuItem.disabledReason = decision.reason;
 */
export function can(ctx: PolicyContext, request: PolicyRequest): Decision {
  switch (request.action) {
    case "viewMembers":
      return ctx.actor.superAdmin || ctx.actor.roles[request.workspaceId] !== undefined
        ? ALLOWED
        : deny("forbidden", "R1", "Only members of this workspace can see its members.");
    case "viewInstanceUsers":
      return requireSuperAdmin(ctx, 'see "All users" of the instance') ?? ALLOWED;
    case "invite":
      return checkInvite(ctx, request.workspaceId, request.existing);
    default:
      return checkMemberAction(ctx, request);
  }
}

/** Throws the decision as a {@link RosterError} when it is a refusal; how backends enforce the policy. */
export function assertAllowed(decision: Decision): void {
  if (decision.ok) return;
  throw new RosterError(decision.code, decision.reason, {
    rule: decision.rule,
    ...(decision.workspaces ? { workspaces: decision.workspaces } : {}),
    ...(decision.existing ? { existing: decision.existing } : {}),
  });
}
