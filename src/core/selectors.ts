import type { StatusAction } from "./adapter.types";
import type { RosterConfig } from "./config";
import type { Member, MemberStatus, WorkspaceSummary } from "./domain.types";
import type { Decision, Denied, PolicyAction, PolicyContext } from "./policy";
import { can } from "./policy";
import type { RosterSnapshot } from "./snapshot.types";
import { predictStatusChange } from "./status-prediction";
import type { PendingStatus } from "./store.types";

/**
 * Derived facts for the UI: what a member offers (R3, R24), what a status change will do (R20), how it
 * changes the seat count (R16), and reference-stable slices of a store snapshot for per-row
 * subscriptions. Everything is structured data, never English prose, so the UI can translate it.
 * @module
 */

/**
 * A row action (R24): a {@link StatusAction}, an invitation {@link PolicyAction}, or `edit`, the role and
 * groups editor (the policy's `changeRole` and `changeGroups`). There is no delete (R19).
 */
export type MemberAction = StatusAction | Extract<PolicyAction, "copyInvitationLink" | "resendInvitation"> | "edit";

/** One action a member offers: enabled, or shown disabled with the policy's refusal (R3). */
export interface MemberActionOffer {
  readonly action: MemberAction;
  readonly enabled: boolean;
  /** Why it is disabled: the policy's refusal, with its code, rule, reason key and values. */
  readonly denied?: Denied;
}

function pendingInviteActions(config: RosterConfig): MemberAction[] {
  return config.deployment === "self-hosted" ? ["copyInvitationLink", "resendInvitation"] : ["resendInvitation"];
}

/** The actions that apply to a member's status and lifecycle, before asking the policy (R24). */
function applicableActions(config: RosterConfig, member: Member): readonly MemberAction[] {
  const pending = member.status === "invited" || member.status === "requested";
  if (member.scope.kind === "instance") {
    if (config.lifecycle !== "archive") return [];
    return member.status === "archived" ? ["unarchive"] : ["archive"];
  }
  if (config.lifecycle === "archive") {
    if (pending) return [...pendingInviteActions(config), "archive"];
    if (member.status === "active") return ["edit", "archive"];
    return member.status === "archived" ? ["unarchive"] : [];
  }
  if (pending) return pendingInviteActions(config);
  if (member.status === "active") return ["edit", "deactivate"];
  return member.status === "inactive" ? ["reactivate"] : [];
}

function decide(ctx: PolicyContext, member: Member, action: MemberAction): Decision {
  if (action !== "edit") return can(ctx, { action, member });
  const role = can(ctx, { action: "changeRole", member });
  return role.ok ? role : can(ctx, { action: "changeGroups", member }).ok ? { ok: true } : role;
}

/**
 * The actions a member offers for its status and the deployment's lifecycle (R24), each enabled or
 * disabled with the policy's reason (R3). Actions that do not apply to the status are omitted.
 * @example
 * memberActions(snapshot.policy, member)
 * // [{ action: "edit", enabled: true }, { action: "archive", enabled: false, denied: { code: "forbidden", rule: "R4", reasonKey: "R4.self", … } }]
 */
export function memberActions(ctx: PolicyContext, member: Member): readonly MemberActionOffer[] {
  return applicableActions(ctx.config, member).map((action) => {
    const decision = decide(ctx, member, action);
    return decision.ok ? { action, enabled: true } : { action, enabled: false, denied: decision };
  });
}

/** How a status change moves one workspace's billable seat count (R16). */
export interface SeatChange {
  readonly workspaceId: string;
  /** -1, 0 or +1. */
  readonly delta: number;
  /** The workspace's billable seats now, when its summary is known. */
  readonly before: number | null;
  /** The billable seats after the change, when the summary is known. */
  readonly after: number | null;
}

/**
 * What a status change does, for the confirm modal (R20), as data the UI words and translates:
 * access lost or restored, workspaces affected, emails sent, seats. Read from the status command's own
 * `apply` on the row, so it says what the backend will do.
 */
export interface StatusConsequences {
  readonly action: StatusAction;
  readonly level: "workspace" | "instance";
  readonly memberId: string;
  readonly memberName: string;
  readonly memberEmail: string;
  readonly fromStatus: MemberStatus;
  /** The row's status after the change: what the row shows at once when confirmed (R20). */
  readonly toStatus: MemberStatus;
  /**
   * `lost`: access ends (archive, deactivate). `restored`: access back at once (reactivate, R18).
   * `on-acceptance`: access comes back when the new invitation is accepted (unarchive, R13, R14).
   */
  readonly access: "lost" | "restored" | "on-acceptance";
  /** Workspaces affected: the member's workspace, or every membership at instance level (R12). */
  readonly workspaces: readonly string[];
  /** The user can no longer sign in at all (instance archive R12, deactivate R17). */
  readonly signInBlocked: boolean;
  /** A new invitation email is sent (workspace unarchive, R14). */
  readonly invitationEmailSent: boolean;
  /** A pending invitation link stops working (archive of an invited or requested member, R10, R11, R12). */
  readonly invitationRevoked: boolean;
  /** The user is also unarchived at instance level (R14). */
  readonly instanceUnarchived: boolean;
  /** Memberships stay archived; each workspace must unarchive them (instance unarchive, R13). */
  readonly membershipsStayArchived: boolean;
  /** Role and groups come back as they were (reactivate, R18). */
  readonly roleAndGroupsKept: boolean;
  /** Seat count changes per workspace affected (R16), `delta: 0` where the count stays. */
  readonly seats: readonly SeatChange[];
}

function isPending(status: MemberStatus): boolean {
  return status === "invited" || status === "requested";
}

function accessAfter(status: MemberStatus): StatusConsequences["access"] {
  if (status === "active") return "restored";
  return isPending(status) ? "on-acceptance" : "lost";
}

/**
 * The consequences of a status change for the confirm modal (R20), predicted from the row with the
 * status command's `apply`. `workspaces` gives the seat counts before and after (R16).
 * @example
 * const consequences = statusConsequences(member, "archive", snapshot.config, snapshot.workspaces.data);
 * if (consequences.invitationEmailSent) show(messages.confirm.emailSent);
 */
export function statusConsequences(member: Member, action: StatusAction, config: RosterConfig, workspaces: readonly WorkspaceSummary[] = []): StatusConsequences {
  // Neither who acts nor when shows in a consequence: the prediction records them in its activity only.
  const { change, after } = predictStatusChange(config, member, action, "", new Date().toISOString());
  const instance = member.scope.kind === "instance";
  const affected = member.scope.kind === "workspace" ? [member.scope.workspaceId] : change.after.memberships.map((membership) => membership.workspaceId);
  const statusBefore = new Map((change.before?.memberships ?? []).map((membership) => [membership.workspaceId, membership.status]));
  const seatsNow = new Map(workspaces.map((workspace) => [workspace.id, workspace.billableSeats]));
  const seats = affected.map((workspaceId): SeatChange => {
    const delta = change.counts.find((count) => count.workspaceId === workspaceId)?.seats ?? 0;
    const before = seatsNow.get(workspaceId) ?? null;
    return { workspaceId, delta, before, after: before === null ? null : before + delta };
  });
  const instanceStatus = change.user?.instanceStatus;
  return {
    action,
    level: member.scope.kind,
    memberId: member.id,
    memberName: member.name,
    memberEmail: member.email,
    fromStatus: member.status,
    toStatus: after.status,
    access: accessAfter(after.status),
    workspaces: affected,
    signInBlocked: instanceStatus === "archived" || change.memberships.some((m) => m.change.status === "inactive"),
    invitationEmailSent: change.effects.some((effect) => effect.type === "invitation.issue" && effect.email),
    invitationRevoked: change.effects.some((effect) => effect.type === "invitation.revoke" && isPending(statusBefore.get(effect.workspaceId) ?? "archived")),
    instanceUnarchived: !instance && instanceStatus === "invited",
    membershipsStayArchived: instance && instanceStatus === "invited" && change.memberships.length === 0,
    roleAndGroupsKept: after.status === "active",
    seats,
  };
}

/** One member of a snapshot: the same reference until that member changes. */
export function selectMember(snapshot: RosterSnapshot, memberId: string): Member | undefined {
  return snapshot.members.get(memberId);
}

/** One member's optimistic pending status (R20): the same reference until that entry changes. */
export function selectPending(snapshot: RosterSnapshot, memberId: string): PendingStatus | undefined {
  return snapshot.pending[memberId];
}

/** The status to show for a member: the pending one while a change is applied (R20), else its own. */
export function displayedStatus(member: Member, pending: PendingStatus | undefined): MemberStatus {
  return pending?.status ?? member.status;
}
