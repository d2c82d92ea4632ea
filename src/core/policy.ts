import type { StatusAction } from "./adapter.types";
import type { RosterConfig } from "./config";
import type { DenialCode, DenialKey, DenialParamsByKey, DenialReason, LastAdminVerb, ManageVerb } from "./denials";
import { denialCode, denialRule, denialSentence } from "./denials";
import type { Actor, Member, Membership, MemberStatus, RoleId, Scope, User } from "./domain.types";
import type { DuplicateDetails, RosterErrorCode, RosterErrorOptions } from "./errors";
import { RosterError, ruleReference } from "./errors";

/**
 * The rules of docs/rules.md as one function family. The UI asks them to decide what to offer (R3, R24);
 * the in-memory backend asks the very same functions, with exact counts, before it acts. One
 * implementation, so the two cannot drift.
 * @module
 */

/**
 * Every action the policy answers for: the {@link StatusAction}s and the others. The row actions
 * (`MemberAction`) and the audited actions (`AuditAction`) are made of these words.
 */
export type PolicyAction =
  | StatusAction
  | "viewMembers"
  | "viewInstanceUsers"
  | "viewActivity"
  | "viewInstanceActivity"
  | "invite"
  | "changeRole"
  | "changeGroups"
  | "resendInvitation"
  | "copyInvitationLink";

/** An allowed action. */
export interface Allowed {
  readonly ok: true;
}

/**
 * A refused action: a stable `code`, the `rule` behind it, which of the rule's sentences it is
 * (`reasonKey`, e.g. `R15.lastAdmin`) and the values it is made of (`params`). A UI words it from
 * `reasonKey` and `params` in the host's language (R3); a host without a UI gets the kit's English
 * sentence from `denialSentence(decision)`, and {@link deniedError} makes it the error's message.
 */
export type Denied = DenialReason & {
  readonly ok: false;
  readonly code: RosterErrorCode;
  /** The rule that refuses it, an id of docs/rules.md, e.g. `R15`. */
  readonly rule: string;
  /** Workspaces concerned (R15 names those that would lose their last admin). */
  readonly workspaces?: readonly string[];
  /** With an R7 duplicate: the existing member and what to offer instead. */
  readonly existing?: DuplicateDetails;
};

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
  /** A workspace's activity history, or a member's history in it (R28): its admins and super admins (R1). */
  | { readonly action: "viewActivity"; readonly workspaceId: string }
  /** The activity history of the whole instance, or of a user across it (R28): super admins (R2). */
  | { readonly action: "viewInstanceActivity" }
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

/**
 * The refusal with key `key` and its values: code and rule come with the key.
 * @example
 * denial("R1.notAdmin", { verb: "archive" })
 * // { ok: false, code: "forbidden", rule: "R1", reasonKey: "R1.notAdmin", params: { verb: "archive" } }
 */
export function denial<K extends DenialKey>(key: K, params: DenialParamsByKey[K], extra: Partial<Pick<Denied, "workspaces" | "existing">> = {}): Denied {
  return codedDenial(key, denialCode(key), params, extra);
}

/**
 * {@link denial} with the key's code written out, which TypeScript holds to the key's own code: for the
 * store's scope access, so that it does not bundle the code of every refusal.
 */
function codedDenial<K extends DenialKey>(key: K, code: DenialCode<K>, params: DenialParamsByKey[K], extra: Partial<Pick<Denied, "workspaces" | "existing">> = {}): Denied {
  const reason = { reasonKey: key, params } as DenialReason; // `params` is typed by `key` in the signature.
  return { ok: false, code, rule: denialRule(key), ...reason, ...extra };
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

function requireManage(ctx: PolicyContext, workspaceId: string, verb: ManageVerb): Denied | null {
  if (isWorkspaceAdmin(ctx, workspaceId)) return null;
  return denial("R1.notAdmin", { verb });
}

function requireSuperAdmin(ctx: PolicyContext, verb: DenialParamsByKey["R2.notSuperAdmin"]["verb"]): Denied | null {
  if (ctx.actor.superAdmin) return null;
  return denial("R2.notSuperAdmin", { verb });
}

function requireLifecycle(ctx: PolicyContext, lifecycle: RosterConfig["lifecycle"], verb: DenialParamsByKey["R24.otherLifecycle"]["verb"]): Denied | null {
  if (ctx.config.lifecycle === lifecycle) return null;
  return denial("R24.otherLifecycle", { verb, lifecycle: ctx.config.lifecycle });
}

/** The keys of refusals about a member's status, which take the member's name and status. */
type StatusDenialKey = "R11.alreadyArchived" | "R12.alreadyArchived" | "R13.notArchived" | "R14.notArchived" | "R17.notActive" | "R18.notInactive";

function requireStatus(member: Member, allowed: readonly MemberStatus[], key: StatusDenialKey): Denied | null {
  return allowed.includes(member.status) ? null : denial(key, { name: member.name, status: member.status });
}

/** The R4 guard on super admins: only a super admin may change a super admin's status, role or groups. */
function requireSuperAdminFor(ctx: PolicyContext, member: Member, part: "status" | "role" | "groups"): Denied | null {
  if (!ctx.config.guards.superAdminChange || !member.superAdmin || ctx.actor.superAdmin) return null;
  return denial("R4.superAdmin", { name: member.name, part });
}

/** R24: only active members have their role or groups changed. */
function requireActiveForEdit(member: Member, part: "role" | "groups"): Denied | null {
  return member.status === "active" ? null : denial("R24.notActive", { name: member.name, status: member.status, part });
}

/** R10: resending or copying needs a pending invitation. */
function requirePendingInvitation(member: Member, verb: "resendInvitation" | "copyInvitationLink"): Denied | null {
  const pending = member.status === "invited" || member.status === "requested";
  return pending ? null : denial("R10.noPendingInvitation", { name: member.name, status: member.status, verb });
}

/** The R4 guards for a status change: not oneself (stop actions only), not a super admin unless one is. */
function statusGuards(ctx: PolicyContext, member: Member, stopping: boolean): Denied | null {
  if (stopping && ctx.config.guards.selfStatusChange && member.id === ctx.actor.userId) {
    return denial("R4.self", { name: member.name });
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

function lastAdmin(ctx: PolicyContext, member: Member, memberships: Parameters<typeof orphanedWorkspaces>[1], verb: LastAdminVerb): Denied | null {
  const workspaces = orphanedWorkspaces(ctx, memberships);
  if (workspaces.length === 0) return null;
  const workspaceNames = workspaces.map((id) => ctx.workspaceName?.(id) ?? id);
  return denial("R15.lastAdmin", { name: member.name, verb, workspaces, workspaceNames, count: workspaces.length }, { workspaces });
}

/** The membership of a workspace-scope member, as R15 sees it. */
function ownMembership(member: Member, workspaceId: string): { workspaceId: string; status: MemberStatus; role: RoleId | null } {
  return { workspaceId, status: member.status, role: member.role };
}

function checkInvite(ctx: PolicyContext, workspaceId: string, existing: ExistingIdentity | null | undefined): Decision {
  const forbidden = requireManage(ctx, workspaceId, "invite");
  if (forbidden) return forbidden;
  if (!existing) return ALLOWED;
  const { email } = existing.user;
  if (existing.user.instanceStatus === "archived") return denial("R8.archivedInInstance", { email });
  const membership = existing.membership;
  if (!membership) return ALLOWED;
  const { status } = membership;
  const offer = status === "archived" ? "unarchive" : status === "inactive" ? "reactivate" : null;
  const details: DuplicateDetails = { userId: existing.user.id, status, offer };
  return offer === null
    ? denial("R7.alreadyMember", { email, status }, { existing: details })
    : denial("R7.restoreInstead", { email, status, offer }, { existing: details });
}

function checkWorkspaceArchive(ctx: PolicyContext, member: Member, workspaceId: string): Decision {
  return (
    requireManage(ctx, workspaceId, "archive") ??
    requireLifecycle(ctx, "archive", "archive") ??
    requireStatus(member, ["requested", "invited", "active"], "R11.alreadyArchived") ??
    statusGuards(ctx, member, true) ??
    lastAdmin(ctx, member, [ownMembership(member, workspaceId)], "archive") ??
    ALLOWED
  );
}

/**
 * A workspace unarchive of an instance-archived user also unarchives them at instance level (R14), which
 * only super admins may do (R2, R8): a workspace admin cannot undo a super admin's instance archive.
 */
function requireInstanceUnarchiver(ctx: PolicyContext, member: Member): Denied | null {
  if (member.instanceStatus !== "archived" || ctx.actor.superAdmin) return null;
  return denial("R2.instanceArchived", { name: member.name });
}

function checkWorkspaceUnarchive(ctx: PolicyContext, member: Member, workspaceId: string): Decision {
  return (
    requireManage(ctx, workspaceId, "unarchive") ??
    requireLifecycle(ctx, "archive", "unarchive") ??
    requireStatus(member, ["archived"], "R14.notArchived") ??
    statusGuards(ctx, member, false) ??
    requireInstanceUnarchiver(ctx, member) ??
    ALLOWED
  );
}

function checkInstanceArchive(ctx: PolicyContext, member: Member): Decision {
  return (
    requireSuperAdmin(ctx, "archiveInstance") ??
    requireLifecycle(ctx, "archive", "archive") ??
    requireStatus(member, ["active", "invited"], "R12.alreadyArchived") ??
    statusGuards(ctx, member, true) ??
    lastAdmin(ctx, member, member.memberships, "archiveInstance") ??
    ALLOWED
  );
}

function checkInstanceUnarchive(ctx: PolicyContext, member: Member): Decision {
  return (
    requireSuperAdmin(ctx, "unarchiveInstance") ??
    requireLifecycle(ctx, "archive", "unarchive") ??
    requireStatus(member, ["archived"], "R13.notArchived") ??
    ALLOWED
  );
}

function checkDeactivate(ctx: PolicyContext, member: Member, workspaceId: string): Decision {
  return (
    requireManage(ctx, workspaceId, "deactivate") ??
    requireLifecycle(ctx, "deactivate", "deactivate") ??
    requireStatus(member, ["active"], "R17.notActive") ??
    statusGuards(ctx, member, true) ??
    lastAdmin(ctx, member, [ownMembership(member, workspaceId)], "deactivate") ??
    ALLOWED
  );
}

function checkReactivate(ctx: PolicyContext, member: Member, workspaceId: string): Decision {
  return (
    requireManage(ctx, workspaceId, "reactivate") ??
    requireLifecycle(ctx, "deactivate", "reactivate") ??
    requireStatus(member, ["inactive"], "R18.notInactive") ??
    statusGuards(ctx, member, false) ??
    ALLOWED
  );
}

function checkChangeRole(ctx: PolicyContext, member: Member, workspaceId: string, role: RoleId | undefined): Decision {
  const denied =
    requireManage(ctx, workspaceId, "edit") ??
    requireSuperAdminFor(ctx, member, "role") ??
    requireActiveForEdit(member, "role");
  if (denied) return denied;
  if (role === undefined) return ALLOWED;
  if (!ctx.config.roles.some((candidate) => candidate.id === role)) return denial("R5.unknownRole", { role });
  if (role === ctx.config.adminRole) return ALLOWED;
  return lastAdmin(ctx, member, [ownMembership(member, workspaceId)], "changeRole") ?? ALLOWED;
}

function checkMemberAction(ctx: PolicyContext, request: Extract<PolicyRequest, { member: Member }>): Decision {
  const { member } = request;
  const scope = member.scope;
  if (scope.kind === "instance") {
    if (request.action === "archive") return checkInstanceArchive(ctx, member);
    if (request.action === "unarchive") return checkInstanceUnarchive(ctx, member);
    return denial("R2.instanceScope", { verb: request.action });
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
        requireActiveForEdit(member, "groups") ??
        ALLOWED
      );
    case "resendInvitation":
      return (
        requireManage(ctx, workspaceId, "invite") ??
        requirePendingInvitation(member, "resendInvitation") ??
        ALLOWED
      );
    case "copyInvitationLink":
      if (ctx.config.deployment !== "self-hosted") {
        return denial("R10.cloudLinks", {});
      }
      return (
        requireManage(ctx, workspaceId, "invite") ??
        requirePendingInvitation(member, "copyInvitationLink") ??
        ALLOWED
      );
  }
}

/**
 * Whether the actor may see the members of a scope: a workspace's members and super admins (R1), the
 * instance's users only super admins (R2). The same answers as `can`'s `viewMembers` and
 * `viewInstanceUsers`, for the store, which needs only these.
 * @example
 * scopeAccess(ctx, { kind: "instance" }) // R2.notSuperAdmin unless the actor is a super admin
 */
export function scopeAccess(ctx: PolicyContext, scope: Scope): Decision {
  if (ctx.actor.superAdmin) return ALLOWED;
  if (scope.kind === "instance") return codedDenial("R2.notSuperAdmin", "forbidden", { verb: "viewInstanceUsers" });
  return ctx.actor.roles[scope.workspaceId] !== undefined ? ALLOWED : codedDenial("R1.notMember", "forbidden", {});
}

/**
 * Decides whether the actor may take an action: `{ ok: true }`, or `{ ok: false, code, rule, reasonKey,
 * params }` (see {@link Denied}).
 * Covers R1–R19 and R24. The member's `scope` decides the level: an `archive` of an instance-scope member
 * is an instance archive (R12).
 * @example
 * const decision = can(ctx, { action: "archive", member });
 * if (!decision.ok) menuItem.disabledReason = translate(decision.reasonKey, decision.params);
 */
export function can(ctx: PolicyContext, request: PolicyRequest): Decision {
  switch (request.action) {
    case "viewMembers":
      return scopeAccess(ctx, { kind: "workspace", workspaceId: request.workspaceId });
    case "viewInstanceUsers":
      return scopeAccess(ctx, { kind: "instance" });
    case "viewActivity":
      return isWorkspaceAdmin(ctx, request.workspaceId) ? ALLOWED : denial("R1.activityAdminsOnly", {});
    case "viewInstanceActivity":
      return requireSuperAdmin(ctx, "viewInstanceActivity") ?? ALLOWED;
    case "invite":
      return checkInvite(ctx, request.workspaceId, request.existing);
    default:
      return checkMemberAction(ctx, request);
  }
}

/**
 * A refusal as a {@link RosterError}: its code, the kit's English sentence (`denialSentence`) as the
 * message, rule, reason key and values, workspaces and R7 details; `detail` names the key and where the
 * rule is stated, for developers.
 * `options` adds to it (e.g. the `fieldErrors` of a refused field).
 * @example
 * deniedError(denial("R1.notAdmin", { verb: "archive" })).detail
 * // "Refused by R1.notAdmin: Only admins of this workspace can archive members. See docs/rules.md#r1."
 */
export function deniedError(decision: Denied, options: Pick<RosterErrorOptions, "fieldErrors" | "cause"> = {}): RosterError {
  const sentence = denialSentence(decision);
  return new RosterError(decision.code, sentence, {
    ...options,
    rule: decision.rule,
    reasonKey: decision.reasonKey,
    params: decision.params,
    ...(decision.workspaces ? { workspaces: decision.workspaces } : {}),
    ...(decision.existing ? { existing: decision.existing } : {}),
    detail: `Refused by ${decision.reasonKey}: ${sentence} See ${ruleReference(decision.rule)}.`,
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
  return Object.is(a, b);
}

/**
 * Whether two decisions say the same: both allowed, or the same refusal (key and values) about the same
 * user. Each `can()` call builds a new answer; selectors compare with this to keep their result.
 * @example
 * useRosterSelector(selectInviteDecision, sameDecision)
 */
export function sameDecision(a: Decision, b: Decision): boolean {
  if (a === b || (a.ok && b.ok)) return true;
  if (a.ok || b.ok || a.reasonKey !== b.reasonKey || a.existing?.userId !== b.existing?.userId) return false;
  const paramsA: Readonly<Record<string, unknown>> = a.params;
  const paramsB: Readonly<Record<string, unknown>> = b.params;
  return Object.keys(paramsA).every((key) => sameValue(paramsA[key], paramsB[key]));
}

/** Throws the decision as a {@link RosterError} ({@link deniedError}) when it is a refusal; how backends enforce the policy. */
export function assertAllowed(decision: Decision): void {
  if (!decision.ok) throw deniedError(decision);
}
