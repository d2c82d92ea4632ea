import type { StatusAction } from "../adapter.types";
import type { RosterConfig } from "../config";
import type { Scope } from "../domain.types";
import type { Decision, PolicyContext } from "../policy";
import { can } from "../policy";
import type { CommandEffect, RosterChange } from "./command.types";
import type { RosterSubject } from "./roster-facts";
import { memberView, membershipIn } from "./roster-facts";
import { pendingStatus, settle } from "./settle";

/**
 * The status commands: archive, unarchive, deactivate and reactivate of a membership (R11, R14, R17,
 * R18), and archive and unarchive at instance level (R12, R13). `decideStatus` is the policy;
 * `applyStatus` is what the action does. Backends run both; the UI predicts with `applyStatus`.
 * @module
 */

/**
 * Whether the actor may take a status action on the subject in a scope (R1–R4, R11–R18, R24).
 * @example
 * const decision = decideStatus(ctx, subject, { kind: "workspace", workspaceId: "ws-1" }, "archive");
 */
export function decideStatus(ctx: PolicyContext, subject: RosterSubject, scope: Scope, action: StatusAction): Decision {
  return can(ctx, { action, member: memberView(subject, scope) });
}

/**
 * What a status action does, once allowed: the statuses it sets, the links it revokes or issues, the
 * email it sends and the counts it moves. Call it only after {@link decideStatus} allowed it.
 * @param now ISO 8601 time of the change.
 */
export function applyStatus(config: RosterConfig, actorId: string, subject: RosterSubject, scope: Scope, action: StatusAction, now: string): RosterChange {
  const { user } = subject;
  if (scope.kind === "instance") {
    if (action === "archive") {
      // R12: the user and every membership archived, every pending link revoked.
      return settle(config, subject, subject, {
        command: action,
        scope,
        actorId,
        user: { instanceStatus: "archived" },
        memberships: subject.memberships.filter((m) => m.status !== "archived").map((m) => ({ workspaceId: m.workspaceId, change: { status: "archived" } })),
        reach: "user",
        effects: subject.memberships.map((m): CommandEffect => ({ type: "invitation.revoke", workspaceId: m.workspaceId, userId: user.id })),
      });
    }
    // R13: invited at instance level; memberships stay archived.
    return settle(config, subject, subject, { command: action, scope, actorId, user: { instanceStatus: "invited" }, reach: "user" });
  }
  const { workspaceId } = scope;
  const membership = membershipIn(subject, workspaceId);
  if (!membership) throw new TypeError(`applyStatus: user "${user.id}" holds no membership in "${workspaceId}".`);
  const revoke: CommandEffect = { type: "invitation.revoke", workspaceId, userId: user.id };
  switch (action) {
    case "archive":
      // R11 (and R10: archiving a pending invite revokes its link).
      return settle(config, subject, subject, { command: action, scope, actorId, memberships: [{ workspaceId, change: { status: "archived" } }], reach: "user", effects: [revoke] });
    case "deactivate":
      // R17.
      return settle(config, subject, subject, { command: action, scope, actorId, memberships: [{ workspaceId, change: { status: "inactive" } }], reach: "user", effects: [revoke] });
    case "reactivate":
      // R18: role and groups as they are.
      return settle(config, subject, subject, { command: action, scope, actorId, memberships: [{ workspaceId, change: { status: "active" } }], reach: "user" });
    case "unarchive":
      // R14: back to pending with a new invitation; unarchived at instance level too if need be.
      return settle(config, subject, subject, {
        command: action,
        scope,
        actorId,
        ...(user.instanceStatus === "archived" ? { user: { instanceStatus: "invited" as const } } : {}),
        memberships: [{ workspaceId, change: { status: pendingStatus(config, user), invitedAt: now } }],
        reach: "user",
        effects: [{ type: "invitation.issue", workspaceId, userId: user.id, email: true }],
      });
  }
}
