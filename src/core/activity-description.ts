import type { ActivityAction, ActivityEvent } from "./activity.types";
import type { MemberStatus, RoleId } from "./domain.types";

/**
 * What an activity event says, for a person to read (R28): who did it to whom, where, and what changed
 * (status, role, groups), worked out from the event's before and after. Pure: the words are the UI's
 * (`messages.activity`); this decides which facts to put in them.
 * @module
 */

/** One person an event names: an id, their name when the backend knows it, and for a target the email. */
export interface ActivityPerson {
  readonly id: string;
  /** `null` when the backend does not know the name (show the email, or "someone"). */
  readonly name: string | null;
}

/** A value before and after the change. */
export interface ActivityChange<T> {
  readonly before: T;
  readonly after: T;
}

/** The facts of one activity event, ready to be put into words. */
export interface ActivityDescription {
  readonly id: string;
  readonly action: ActivityAction;
  /** The change was made at instance level (R12, R13) rather than in one workspace. */
  readonly instanceLevel: boolean;
  /** The workspace of the change; `null` at instance level. */
  readonly workspaceId: string | null;
  readonly actor: ActivityPerson;
  readonly target: ActivityPerson & { readonly email: string };
  /** The member acted on themself (accepting an invitation, editing their own groups). */
  readonly self: boolean;
  /** The status before and after; `null` when it did not change (a new invite has no before: `null`). */
  readonly status: ActivityChange<MemberStatus | null> | null;
  /** The role before and after, when it changed. */
  readonly role: ActivityChange<RoleId | null> | null;
  /** Groups the member joined. */
  readonly groupsAdded: readonly string[];
  /** Groups the member left. */
  readonly groupsRemoved: readonly string[];
  /** ISO 8601 time of the change. */
  readonly at: string;
}

/**
 * The facts of an activity event: the level and workspace, the people, and each part of the member that
 * changed between its before and after.
 * @example
 * describeActivity(event)
 * // { action: "archive", instanceLevel: false, workspaceId: "ws-1", actor: { id: "u-1", name: "Ada Lovelace" },
 * //   status: { before: "active", after: "archived" }, role: null, groupsAdded: [], groupsRemoved: [], … }
 */
export function describeActivity(event: ActivityEvent): ActivityDescription {
  const { before, after, scope } = event;
  const beforeGroups = new Set(before?.groups ?? []);
  const afterGroups = new Set(after.groups);
  const beforeRole = before?.role ?? null;
  return {
    id: event.id,
    action: event.action,
    instanceLevel: scope.kind === "instance",
    workspaceId: scope.kind === "workspace" ? scope.workspaceId : null,
    actor: { id: event.actor, name: event.actorName },
    target: { id: event.target, name: event.targetName, email: event.targetEmail },
    self: event.actor === event.target,
    status: before?.status === after.status ? null : { before: before?.status ?? null, after: after.status },
    role: beforeRole === after.role || (before === null && after.role === null) ? null : { before: beforeRole, after: after.role },
    groupsAdded: after.groups.filter((group) => !beforeGroups.has(group)),
    groupsRemoved: (before?.groups ?? []).filter((group) => !afterGroups.has(group)),
    at: event.at,
  };
}
