import type { RosterConfig } from "../config";
import type { RoleId } from "../domain.types";
import type { Decision, PolicyContext } from "../policy";
import { can, denial } from "../policy";
import type { RosterChange } from "./command.types";
import type { MembershipChange, RosterSubject } from "./roster-facts";
import { memberView, membershipIn } from "./roster-facts";
import { settle } from "./settle";

/**
 * Changing a member's role and groups (R1, R4, R15 for demotions, R24). Groups are checked against the
 * workspace's own groups; a change to nothing is allowed and changes nothing.
 * @module
 */

/** A role and/or groups to set; at least one. */
export interface MemberUpdate {
  readonly role?: RoleId;
  readonly groups?: readonly string[];
}

function sameGroups(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((group, i) => group === b[i]);
}

/**
 * Whether the actor may change the member's role and groups as asked (R1, R4, R5, R15, R24); unknown
 * groups are a `validation` refusal that names them.
 * @param hasGroup whether the workspace has a group of this id.
 */
export function decideMemberUpdate(ctx: PolicyContext, subject: RosterSubject, workspaceId: string, update: MemberUpdate, hasGroup: (groupId: string) => boolean): Decision {
  const member = memberView(subject, { kind: "workspace", workspaceId });
  if (update.role === undefined && update.groups === undefined) {
    return denial("R5.nothingToChange", { name: member.name });
  }
  const role = update.role === undefined ? null : can(ctx, { action: "changeRole", member, role: update.role });
  const groups = update.groups === undefined ? null : can(ctx, { action: "changeGroups", member });
  // Permission first: a forbidden answer says more than any other.
  for (const decision of [role, groups]) if (decision && !decision.ok && decision.code === "forbidden") return decision;
  for (const decision of [role, groups]) if (decision && !decision.ok) return decision;
  const unknown = (update.groups ?? []).filter((group) => !hasGroup(group));
  if (unknown.length > 0) {
    const workspaceName = ctx.workspaceName?.(workspaceId) ?? workspaceId;
    return denial("R5.unknownGroups", { workspaceName, groups: unknown, count: unknown.length });
  }
  return { ok: true };
}

/** What a role and groups change does, once allowed: the new role or groups; nothing when they are the same. */
export function applyMemberUpdate(config: RosterConfig, actorId: string, subject: RosterSubject, workspaceId: string, update: MemberUpdate): RosterChange {
  const membership = membershipIn(subject, workspaceId);
  if (!membership) throw new TypeError(`applyMemberUpdate: user "${subject.user.id}" holds no membership in "${workspaceId}".`);
  const groups = update.groups === undefined ? undefined : [...new Set(update.groups)];
  const change: { -readonly [K in keyof MembershipChange]: MembershipChange[K] } = {};
  if (update.role !== undefined && update.role !== membership.role) change.role = update.role;
  if (groups !== undefined && !sameGroups(groups, membership.groups)) change.groups = groups;
  const command = update.role !== undefined && update.groups === undefined ? "changeRole" : update.role === undefined ? "changeGroups" : "updateMember";
  return settle(config, subject, subject, {
    command,
    scope: { kind: "workspace", workspaceId },
    actorId,
    memberships: Object.keys(change).length > 0 ? [{ workspaceId, change }] : [],
    // A role is in every row's membership summary; groups only in this row.
    reach: change.role !== undefined ? "user" : "membership",
  });
}
