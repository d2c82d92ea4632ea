import type { AuditMemberState } from "../audit.types";
import type { RosterConfig } from "../config";
import type { Member, MemberStatus, Scope } from "../domain.types";
import { isActiveAdmin, isBillable } from "../policy";
import type { ChangeReach, CommandEffect, CommandName, CountDelta, RosterChange } from "./command.types";
import type { MembershipChange, MembershipFacts, NewMembership, RosterSubject, UserChange } from "./roster-facts";
import { memberView } from "./roster-facts";

/**
 * Turns what a command decided to change into a full {@link RosterChange}: the subject after, with
 * versions bumped by reach (R22), the seat and admin counts moved (R15, R16) and the activity record
 * (R28). Every command ends here, so each of those is computed once. Internal to the commands.
 * @module
 */

/** What one command's `apply` decided, before it is settled. */
export interface ChangePlan {
  readonly command: CommandName;
  readonly scope: Scope;
  readonly actorId: string;
  readonly user?: UserChange;
  readonly created?: NewMembership;
  readonly memberships?: readonly { readonly workspaceId: string; readonly change: MembershipChange }[];
  readonly reach: ChangeReach;
  readonly effects?: readonly CommandEffect[];
}

/**
 * The status a resumed or new pending membership takes: `requested` only for cloud invites of people
 * with no account, in the archive lifecycle (R9, R14).
 */
export function pendingStatus(config: RosterConfig, user: { readonly hasAccount: boolean }): MemberStatus {
  return config.lifecycle === "archive" && config.deployment === "cloud" && !user.hasAccount ? "requested" : "invited";
}

function auditState(member: Member): AuditMemberState {
  return { status: member.status, instanceStatus: member.instanceStatus, role: member.role, groups: member.groups, version: member.version };
}

function counts(config: RosterConfig, before: readonly MembershipFacts[], after: readonly MembershipFacts[]): readonly CountDelta[] {
  const deltas: CountDelta[] = [];
  for (const next of after) {
    const prev = before.find((m) => m.workspaceId === next.workspaceId);
    const seats = Number(isBillable(next.status)) - Number(prev ? isBillable(prev.status) : false);
    const activeAdmins = Number(isActiveAdmin(config, next)) - Number(prev ? isActiveAdmin(config, prev) : false);
    if (seats !== 0 || activeAdmins !== 0) deltas.push({ workspaceId: next.workspaceId, seats, activeAdmins });
  }
  return deltas;
}

function changed(plan: ChangePlan): boolean {
  const userChanged = plan.user !== undefined && Object.keys(plan.user).length > 0;
  return userChanged || plan.created !== undefined || (plan.memberships ?? []).some((m) => Object.keys(m.change).length > 0) || (plan.effects ?? []).length > 0;
}

/**
 * Settles a plan against the subject it was made for. `before` is `null` for a user the command
 * creates; then `plan.created` must be set and `subject` is the new user with no membership.
 */
export function settle(config: RosterConfig, before: RosterSubject | null, subject: RosterSubject, plan: ChangePlan): RosterChange {
  const touched = changed(plan);
  const bump = (version: number, hit: boolean): number => (touched && hit ? version + 1 : version);
  const reach = plan.reach;
  const patches = new Map((plan.memberships ?? []).map((m) => [m.workspaceId, m.change]));
  const memberships: MembershipFacts[] = subject.memberships.map((membership) => {
    const change = patches.get(membership.workspaceId);
    const hit = reach === "user" || change !== undefined;
    return { ...membership, ...change, version: bump(membership.version, hit) };
  });
  if (plan.created) memberships.push({ ...plan.created, userId: subject.user.id, lastActiveAt: null, version: 1 });
  const user = { ...subject.user, ...plan.user, version: bump(subject.user.version, reach !== "membership") };
  const after: RosterSubject = { user, memberships };
  const view = memberView(after, plan.scope);
  return {
    command: plan.command,
    scope: plan.scope,
    before,
    after,
    user: plan.user ?? null,
    created: plan.created ?? null,
    memberships: plan.memberships ?? [],
    reach,
    effects: plan.effects ?? [],
    counts: counts(config, before?.memberships ?? [], memberships),
    activity: touched
      ? {
          action: plan.command,
          actor: plan.actorId,
          target: view.id,
          targetEmail: view.email,
          scope: plan.scope,
          before: before && (plan.created ? null : auditState(memberView(before, plan.scope))),
          after: auditState(view),
        }
      : null,
  };
}
