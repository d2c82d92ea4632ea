import type { InviteeInput } from "../adapter.types";
import type { RosterConfig } from "../config";
import type { Decision, PolicyContext } from "../policy";
import { can, denial } from "../policy";
import { LIFECYCLES } from "../vocabulary";
import type { RosterChange } from "./command.types";
import type { RosterSubject } from "./roster-facts";
import { memberView, membershipIn } from "./roster-facts";
import { pendingStatus, settle } from "./settle";

/**
 * The invitation commands: invite (R5–R10), resend (R10: a new link, the old one dead), revoke (R10:
 * the pending invite ends) and accept (the invitee joins: `invited`/`requested` → `active`, R27).
 * @module
 */

/**
 * Whether the actor may invite this email to the workspace (R1, R7, R8). `existing` is the user who
 * already has the email, or `null` when nobody has it.
 */
export function decideInvite(ctx: PolicyContext, workspaceId: string, existing: RosterSubject | null): Decision {
  return can(ctx, {
    action: "invite",
    workspaceId,
    existing: existing ? { user: existing.user, membership: membershipIn(existing, workspaceId) ?? null } : null,
  });
}

/**
 * What an allowed invite does: a pending membership (R9), a new link and an invitation email (R10).
 * @param existing the user who has the invitee's email, or `null`; then `newUser` is the user to create.
 * @param newUser the id and creation time a backend gives a user it creates.
 */
export function applyInvite(
  config: RosterConfig,
  actorId: string,
  workspaceId: string,
  invitee: InviteeInput,
  existing: RosterSubject | null,
  newUser: { readonly id: string; readonly now: string },
): RosterChange {
  const subject: RosterSubject = existing ?? {
    user: { id: newUser.id, email: invitee.email, name: invitee.name, instanceStatus: "invited", superAdmin: false, hasAccount: false, version: 0, createdAt: newUser.now },
    memberships: [],
  };
  return settle(config, existing, subject, {
    command: "invite",
    scope: { kind: "workspace", workspaceId },
    actorId,
    created: {
      workspaceId,
      status: pendingStatus(config, subject.user),
      role: invitee.role,
      groups: [...new Set(invitee.groups)],
      metadata: { ...invitee.metadata },
      invitedAt: newUser.now,
    },
    reach: "user",
    effects: [{ type: "invitation.issue", workspaceId, userId: subject.user.id, email: true }],
  });
}

/** Whether the actor may resend the member's pending invitation (R1, R10). */
export function decideResend(ctx: PolicyContext, subject: RosterSubject, workspaceId: string): Decision {
  return can(ctx, { action: "resendInvitation", member: memberView(subject, { kind: "workspace", workspaceId }) });
}

/** What a resend does: a new link and email; the old link stops working (R10). */
export function applyResend(config: RosterConfig, actorId: string, subject: RosterSubject, workspaceId: string, now: string): RosterChange {
  return settle(config, subject, subject, {
    command: "resendInvitation",
    scope: { kind: "workspace", workspaceId },
    actorId,
    memberships: [{ workspaceId, change: { invitedAt: now } }],
    reach: "membership-and-instance",
    effects: [{ type: "invitation.issue", workspaceId, userId: subject.user.id, email: true }],
  });
}

/**
 * Whether the actor may revoke the member's pending invitation (R1, R10): the stop action of the
 * lifecycle, on a pending member.
 */
export function decideRevoke(ctx: PolicyContext, subject: RosterSubject, workspaceId: string): Decision {
  const member = memberView(subject, { kind: "workspace", workspaceId });
  const resend = can(ctx, { action: "resendInvitation", member });
  if (!resend.ok) return resend.reasonKey === "R10.noPendingInvitation" ? denial("R10.noPendingInvitation", { ...resend.params, verb: "revokeInvitation" }) : resend;
  return ctx.config.lifecycle === "archive" ? can(ctx, { action: "archive", member }) : resend;
}

/** What a revoke does: the link dies and the pending membership ends (`archived`, or `inactive` in the deactivate lifecycle). */
export function applyRevoke(config: RosterConfig, actorId: string, subject: RosterSubject, workspaceId: string): RosterChange {
  return settle(config, subject, subject, {
    command: "revokeInvitation",
    scope: { kind: "workspace", workspaceId },
    actorId,
    memberships: [{ workspaceId, change: { status: LIFECYCLES[config.lifecycle].stopped } }],
    reach: "user",
    effects: [{ type: "invitation.revoke", workspaceId, userId: subject.user.id }],
  });
}

/**
 * Whether a live invitation link may be accepted: the membership must still be pending and the user
 * not archived at instance level (R12, R27). Dead and expired links are refused before this, by the
 * backend that holds them.
 */
export function decideAccept(subject: RosterSubject, workspaceId: string): Decision {
  const membership = membershipIn(subject, workspaceId);
  if (subject.user.instanceStatus === "archived") {
    return denial("R12.accountArchived", {});
  }
  if (!membership || (membership.status !== "invited" && membership.status !== "requested")) {
    return denial("R27.notPending", {});
  }
  return { ok: true };
}

/** What accepting does: the membership becomes `active`, the user has an account, the link is used up. */
export function applyAccept(config: RosterConfig, subject: RosterSubject, workspaceId: string, now: string): RosterChange {
  return settle(config, subject, subject, {
    command: "acceptInvitation",
    scope: { kind: "workspace", workspaceId },
    actorId: subject.user.id,
    user: { hasAccount: true, ...(subject.user.instanceStatus === "invited" ? { instanceStatus: "active" as const } : {}) },
    memberships: [{ workspaceId, change: { status: "active", lastActiveAt: now } }],
    reach: "user",
    effects: [{ type: "invitation.consume", workspaceId, userId: subject.user.id }],
  });
}
