import type { StatusAction } from "./adapter.types";
import type { RosterConfig } from "./config";
import type { Member, MemberStatus, WorkspaceSummary } from "./domain.types";
import type { Decision, Denied, PolicyContext } from "./policy";
import { can, isBillable } from "./policy";
import type { PendingStatus, RosterSnapshot } from "./store";

/**
 * Derived facts for the UI: what a member offers (R3, R24), what a status change will do (R20), how it
 * changes the seat count (R16), and reference-stable slices of a store snapshot for per-row
 * subscriptions. Everything is structured data, never English prose, so the UI can translate it.
 * @module
 */

/** A row action (R24). `edit` is the role and groups editor. There is no delete (R19). */
export type MemberAction = "copyInvitationLink" | "resendInvitation" | "edit" | "archive" | "unarchive" | "deactivate" | "reactivate";

/** One action a member offers: enabled, or shown disabled with the policy's refusal (R3). */
export interface MemberActionOffer {
  readonly action: MemberAction;
  readonly enabled: boolean;
  /** Why it is disabled: the policy's refusal, with its code, rule, reason key and values. */
  readonly denied?: Denied;
}

/** The status a member will have after a status change, as the backend will apply it (R11–R18). */
export function statusAfter(member: Member, action: StatusAction, config: RosterConfig): MemberStatus {
  switch (action) {
    case "archive":
      return "archived";
    case "deactivate":
      return "inactive";
    case "reactivate":
      return "active";
    case "unarchive":
      // R13: an instance unarchive leaves the user `invited`; R14/R9: `requested` only for cloud users with no account.
      if (member.scope.kind === "instance") return "invited";
      return config.deployment === "cloud" && !member.hasAccount ? "requested" : "invited";
  }
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
 * The billable seats of a workspace (R16: `active` + `invited` + `requested`; archived and inactive
 * members are not billable).
 */
export function billableSeats(summary: Pick<WorkspaceSummary, "billableSeats">): number {
  return summary.billableSeats;
}

/**
 * How a status change changes the billable seat count of each workspace it touches (R16). At instance
 * level an archive frees a seat in every workspace where the user holds one; an instance unarchive leaves
 * memberships archived (R13), so it changes no count.
 * @example
 * seatChanges(member, "archive", config, snapshot.workspaces.data) // [{ workspaceId: "ws-1", delta: -1, before: 12, after: 11 }]
 */
export function seatChanges(member: Member, action: StatusAction, config: RosterConfig, workspaces: readonly WorkspaceSummary[] = []): readonly SeatChange[] {
  const seats = new Map(workspaces.map((workspace) => [workspace.id, workspace.billableSeats]));
  const change = (workspaceId: string, from: MemberStatus, to: MemberStatus): SeatChange => {
    const delta = Number(isBillable(to)) - Number(isBillable(from));
    const before = seats.get(workspaceId) ?? null;
    return { workspaceId, delta, before, after: before === null ? null : before + delta };
  };
  if (member.scope.kind === "workspace") return [change(member.scope.workspaceId, member.status, statusAfter(member, action, config))];
  const instanceLevelTo = action === "archive" ? "archived" : null;
  return member.memberships.map((membership) => change(membership.workspaceId, membership.status, instanceLevelTo ?? membership.status));
}

/**
 * What a status change does, for the confirm modal (R20), as data the UI words and translates:
 * access lost or restored, workspaces affected, emails sent, seats.
 */
export interface StatusConsequences {
  readonly action: StatusAction;
  readonly level: "workspace" | "instance";
  readonly memberId: string;
  readonly memberName: string;
  readonly memberEmail: string;
  readonly fromStatus: MemberStatus;
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
  /** A pending invitation link stops working (archive of an invited or requested member, R10, R11). */
  readonly invitationRevoked: boolean;
  /** The user is also unarchived at instance level (R14). */
  readonly instanceUnarchived: boolean;
  /** Memberships stay archived; each workspace must unarchive them (instance unarchive, R13). */
  readonly membershipsStayArchived: boolean;
  /** Role and groups come back as they were (reactivate, R18). */
  readonly roleAndGroupsKept: boolean;
  /** Seat count changes per workspace (R16). */
  readonly seats: readonly SeatChange[];
}

/**
 * The consequences of a status change for the confirm modal (R20).
 * @example
 * const consequences = statusConsequences(member, "archive", snapshot.policy.config, snapshot.workspaces.data);
 * if (consequences.invitationEmailSent) show(messages.confirm.emailSent);
 */
export function statusConsequences(member: Member, action: StatusAction, config: RosterConfig, workspaces: readonly WorkspaceSummary[] = []): StatusConsequences {
  const instance = member.scope.kind === "instance";
  const stopping = action === "archive" || action === "deactivate";
  const affected = member.scope.kind === "workspace" ? [member.scope.workspaceId] : member.memberships.map((membership) => membership.workspaceId);
  const pendingInvite = member.status === "invited" || member.status === "requested";
  return {
    action,
    level: member.scope.kind,
    memberId: member.id,
    memberName: member.name,
    memberEmail: member.email,
    fromStatus: member.status,
    toStatus: statusAfter(member, action, config),
    access: stopping ? "lost" : action === "reactivate" ? "restored" : "on-acceptance",
    workspaces: affected,
    signInBlocked: (instance && action === "archive") || action === "deactivate",
    invitationEmailSent: !instance && action === "unarchive",
    invitationRevoked: action === "archive" && (instance ? member.memberships.some((m) => m.status === "invited" || m.status === "requested") : pendingInvite),
    instanceUnarchived: !instance && action === "unarchive" && member.instanceStatus === "archived",
    membershipsStayArchived: instance && action === "unarchive",
    roleAndGroupsKept: action === "reactivate",
    seats: seatChanges(member, action, config, workspaces),
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

/** Ids of the rows on the current page, in order: the same array until the page changes. */
export function selectRowIds(snapshot: RosterSnapshot): readonly string[] {
  return snapshot.rows;
}

/** One workspace's summary (R15, R16), when loaded. */
export function selectWorkspace(snapshot: RosterSnapshot, workspaceId: string): WorkspaceSummary | undefined {
  return snapshot.workspaces.data.find((workspace) => workspace.id === workspaceId);
}
