import type { Actor, Member, Membership, MembershipSummary, RoleId, Scope, User } from "../domain.types";

/**
 * What a command reads and changes: one user with every membership they hold, as plain data. Every
 * backend loads this (the in-memory state from its maps, Postgres with `SELECT … FOR UPDATE`), and the
 * UI rebuilds it from a {@link Member} row to predict an outcome. Rows (`Member`) are views of it.
 * @module
 */

/** A user as commands see it: the identity and the instance-level status (R12, R13), with its row's version. */
export interface UserFacts extends User {
  /** Version of the user's instance-scope row (R22). */
  readonly version: number;
  /** When the user was first known: the instance row's `invitedAt` when they hold no membership. */
  readonly createdAt: string;
}

/** A membership as commands see it. */
export interface MembershipFacts extends Membership {
  /** Version of the membership's workspace-scope row (R22). */
  readonly version: number;
}

/** One user and every membership they hold, in the order they were created. */
export interface RosterSubject {
  readonly user: UserFacts;
  readonly memberships: readonly MembershipFacts[];
}

/** The fields of a user a command may change. */
export type UserChange = Partial<Pick<UserFacts, "instanceStatus" | "hasAccount">>;

/** The fields of a membership a command may change. */
export type MembershipChange = Partial<Pick<MembershipFacts, "status" | "role" | "groups" | "metadata" | "invitedAt" | "lastActiveAt">>;

/** A membership a command creates (invite): never active yet, and its user is the command's subject. */
export type NewMembership = Omit<Membership, "userId" | "lastActiveAt">;

/** The latest of some ISO 8601 times, ignoring `null`; `null` when there is none. */
export function latestTime(values: Iterable<string | null>): string | null {
  let result: string | null = null;
  for (const value of values) if (value !== null && (result === null || value > result)) result = value;
  return result;
}

function summaries(subject: RosterSubject): readonly MembershipSummary[] {
  return Object.freeze(subject.memberships.map((m) => Object.freeze({ workspaceId: m.workspaceId, status: m.status, role: m.role })));
}

/** The membership of a subject in a workspace, if any. */
export function membershipIn(subject: RosterSubject, workspaceId: string): MembershipFacts | undefined {
  return subject.memberships.find((membership) => membership.workspaceId === workspaceId);
}

/**
 * The row of a subject in a scope, as adapters return it: the membership joined with its user in a
 * workspace, or the user with every membership summarised at instance level.
 * @throws TypeError when the user holds no membership in the workspace.
 */
export function memberView(subject: RosterSubject, scope: Scope): Member {
  const { user } = subject;
  if (scope.kind === "instance") {
    return Object.freeze({
      id: user.id,
      scope: Object.freeze({ kind: "instance" }),
      name: user.name,
      email: user.email,
      status: user.instanceStatus,
      instanceStatus: user.instanceStatus,
      superAdmin: user.superAdmin,
      hasAccount: user.hasAccount,
      role: null,
      groups: Object.freeze([]),
      metadata: Object.freeze({}),
      invitedAt: latestTime(subject.memberships.map((m) => m.invitedAt)) ?? user.createdAt,
      lastActiveAt: latestTime(subject.memberships.map((m) => m.lastActiveAt)),
      memberships: summaries(subject),
      version: user.version,
    });
  }
  const membership = membershipIn(subject, scope.workspaceId);
  if (!membership) throw new TypeError(`User "${user.id}" holds no membership in workspace "${scope.workspaceId}".`);
  return Object.freeze({
    id: user.id,
    scope: Object.freeze({ kind: "workspace", workspaceId: scope.workspaceId }),
    name: user.name,
    email: user.email,
    status: membership.status,
    instanceStatus: user.instanceStatus,
    superAdmin: user.superAdmin,
    hasAccount: user.hasAccount,
    role: membership.role,
    groups: Object.freeze([...membership.groups]),
    metadata: Object.freeze({ ...membership.metadata }),
    invitedAt: membership.invitedAt,
    lastActiveAt: membership.lastActiveAt,
    memberships: summaries(subject),
    version: membership.version,
  });
}

/**
 * The subject as far as a row tells it: what the UI holds when it predicts an outcome. Other
 * memberships carry their status and role (enough for every rule) but not their groups or metadata.
 */
export function subjectOfMember(member: Member): RosterSubject {
  const own = member.scope.kind === "workspace" ? member.scope.workspaceId : null;
  const ownMembership = (workspaceId: string): MembershipFacts => ({
    userId: member.id,
    workspaceId,
    status: member.status,
    role: member.role ?? "",
    groups: member.groups,
    metadata: member.metadata,
    invitedAt: member.invitedAt,
    lastActiveAt: member.lastActiveAt,
    version: member.version,
  });
  const memberships: MembershipFacts[] = member.memberships.map((summary) =>
    summary.workspaceId === own
      ? ownMembership(own)
      : { ...summary, userId: member.id, groups: [], metadata: {}, invitedAt: member.invitedAt, lastActiveAt: null, version: 0 },
  );
  if (own !== null && !memberships.some((m) => m.workspaceId === own)) memberships.push(ownMembership(own));
  return {
    user: {
      id: member.id,
      email: member.email,
      name: member.name,
      instanceStatus: member.instanceStatus,
      superAdmin: member.superAdmin,
      hasAccount: member.hasAccount,
      version: member.scope.kind === "instance" ? member.version : 0,
      createdAt: member.invitedAt,
    },
    memberships,
  };
}

/**
 * The actor a user is, from the records: their super admin flag and the role of each `active`
 * membership (R1, R2). A user archived at instance level cannot sign in, so holds no rights (R12).
 */
export function actorOf(subject: RosterSubject): Actor {
  const { user } = subject;
  if (user.instanceStatus === "archived") return { userId: user.id, name: user.name, superAdmin: false, roles: {} };
  const roles: Record<string, RoleId> = {};
  for (const membership of subject.memberships) if (membership.status === "active") roles[membership.workspaceId] = membership.role;
  return { userId: user.id, name: user.name, superAdmin: user.superAdmin, roles };
}
