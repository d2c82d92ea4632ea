import type { Member, Scope } from "./domain.types";

/**
 * The activity history a backend keeps (R28), as the adapter contract answers it: every change as an
 * append-only event, read newest first by workspace, by member or for the whole instance, with cursor
 * paging. Types and the list of actions only; the checks and cursors every storage shares are in
 * `activity.ts`.
 * @module
 */

/** Every action an activity event can record (the engine's commands), in the order a filter lists them. */
export const ACTIVITY_ACTIONS = Object.freeze([
  "invite",
  "acceptInvitation",
  "resendInvitation",
  "revokeInvitation",
  "archive",
  "unarchive",
  "deactivate",
  "reactivate",
  "changeRole",
  "changeGroups",
  "updateMember",
] as const);

/** What an activity event records: the command that made the change. */
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/** The part of a member an event records, before and after the change. */
export type ActivityMemberState = Pick<Member, "status" | "instanceStatus" | "role" | "groups" | "version">;

/**
 * One recorded change (R28): who did what to whom, where, the member before and after, when, and the
 * request that made it. Never edited, never deleted.
 */
export interface ActivityEvent {
  /** The event's place in the log: unique, and later events have later ids. */
  readonly id: string;
  /** User id of who made the change; the invitee themself for `acceptInvitation`. */
  readonly actor: string;
  /** The actor's name as it is now, or `null` when the backend does not know it. */
  readonly actorName: string | null;
  readonly action: ActivityAction;
  /** User id of the member changed. */
  readonly target: string;
  /** The member's name as it is now, or `null` when the backend does not know it. */
  readonly targetName: string | null;
  /** The member's email when the change was made. */
  readonly targetEmail: string;
  /** Where the change was made: a workspace, or the instance (R12, R13). */
  readonly scope: Scope;
  /** The member before; `null` for a new invite. */
  readonly before: ActivityMemberState | null;
  readonly after: ActivityMemberState;
  /** ISO 8601 time the change was committed. */
  readonly at: string;
  /** The host's request id (`X-Request-Id`), when the request carried one. */
  readonly requestId: string | null;
}

/**
 * Which events to read, newest first. The scope says whose log: a workspace's (its admins and super
 * admins, R1) or the whole instance's (super admins, R2). With `memberId`, only the events of that
 * member: in a workspace, those made there and those made to them at instance level.
 */
export interface ActivityQuery {
  readonly scope: Scope;
  /** Only events whose target is this member. */
  readonly memberId?: string | null;
  /** Only these actions; empty or missing means every action. */
  readonly actions?: readonly ActivityAction[];
  /** Only events this user made. */
  readonly actorId?: string | null;
  /** `null` for the newest events; else the `nextCursor` of the previous page. */
  readonly cursor: string | null;
  /** Events per page, 1 to `MAX_PAGE_SIZE`. */
  readonly limit: number;
}

/** One page of events, newest first. */
export interface ActivityPage {
  readonly events: readonly ActivityEvent[];
  /** Cursor of the next (older) page; `null` on the last page. */
  readonly nextCursor: string | null;
}
