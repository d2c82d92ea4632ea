import type { AuditMemberState } from "../audit.types";
import type { Scope } from "../domain.types";
import type { MembershipChange, NewMembership, RosterSubject, UserChange } from "./roster-facts";

/**
 * What a command does, as data: the row changes, the effects a backend carries out in the same
 * transaction (invitation links, emails, the activity record) and the seat and admin counts it moves.
 * A backend persists it; the UI reads its prediction from it. Nothing here performs I/O.
 * @module
 */

/** Every command of the engine. */
export type CommandName =
  | "invite"
  | "archive"
  | "unarchive"
  | "deactivate"
  | "reactivate"
  | "changeRole"
  | "changeGroups"
  | "updateMember"
  | "resendInvitation"
  | "revokeInvitation"
  | "acceptInvitation";

/** Which rows a change makes stale (R22): the version bumps a backend applies. */
export type ChangeReach =
  /** Only the membership's own row (groups, metadata). */
  | "membership"
  /** The membership's row and the user's instance row (times the instance row aggregates). */
  | "membership-and-instance"
  /** Every row of the user: a status or role is in every row's `memberships` summary. */
  | "user";

/** A side effect a backend carries out with the change, in the same transaction (R10, R27, R28, R30). */
export type CommandEffect =
  /** A new invitation link for the membership; the previous one stops working. With `email`, an invitation email is queued. */
  | { readonly type: "invitation.issue"; readonly workspaceId: string; readonly userId: string; readonly email: boolean }
  /** The membership's pending link stops working (R10, R11, R12). */
  | { readonly type: "invitation.revoke"; readonly workspaceId: string; readonly userId: string }
  /** The link was used: it cannot be used again (R27). */
  | { readonly type: "invitation.consume"; readonly workspaceId: string; readonly userId: string };

/** The activity record of a change (R28): who did what to whom, where, before and after. */
export interface ActivityRecord {
  readonly action: CommandName;
  /** User id of the actor; the invitee themself for `acceptInvitation`. */
  readonly actor: string;
  readonly target: string;
  readonly targetEmail: string;
  readonly scope: Scope;
  /** `null` for a member that did not exist before (a new invite). */
  readonly before: AuditMemberState | null;
  readonly after: AuditMemberState;
}

/** How a change moves one workspace's counts (R15, R16). */
export interface CountDelta {
  readonly workspaceId: string;
  /** Billable seats: `active` + `invited` + `requested` (R16). */
  readonly seats: number;
  /** Active admins (R15). */
  readonly activeAdmins: number;
}

/** What a command changes, everything a backend writes and everything the UI predicts. */
export interface RosterChange {
  readonly command: CommandName;
  /** The scope the command acted in; the answer's row is the subject's view in it. */
  readonly scope: Scope;
  /** The subject before; `null` for a user created by this command. */
  readonly before: RosterSubject | null;
  /** The subject after, versions bumped. */
  readonly after: RosterSubject;
  /** Fields of the user that change, when any. */
  readonly user: UserChange | null;
  /** A membership this command creates. */
  readonly created: NewMembership | null;
  /** Changes to existing memberships, by workspace. */
  readonly memberships: readonly { readonly workspaceId: string; readonly change: MembershipChange }[];
  readonly reach: ChangeReach;
  readonly effects: readonly CommandEffect[];
  /** Count changes per workspace touched; workspaces whose counts do not move are left out. */
  readonly counts: readonly CountDelta[];
  /** The activity record; `null` when nothing changed (a no-op edit). */
  readonly activity: ActivityRecord | null;
}
