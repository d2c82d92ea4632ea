import type { SeededActivity } from "../adapters/memory/memory-storage";
import { SEED_FIRST_WORKSPACE, SEED_USERS } from "../adapters/memory/seed";
import type { ActivityAction, ActivityMemberState } from "../core/activity.types";
import type { Lifecycle, Membership, RosterDataset, Scope, User } from "../core/domain.types";

/**
 * The past of a seeded roster (R28): the changes its admins made over the weeks before, that led to the
 * roster `generateSeed` makes, so the activity views of the stories and the demo have something to show.
 * Each change is written as the engine records it (actor, action, target, scope, the member before and
 * after); the roster itself is untouched. Seeded events carry the roster's versions (the backend starts
 * counting there).
 * @module
 */

const DAY_MS = 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;
const WS1 = SEED_FIRST_WORKSPACE;
const WS1_SCOPE: Scope = { kind: "workspace", workspaceId: WS1 };
const INSTANCE: Scope = { kind: "instance" };

/** The fields of a member a past change set, as they were before it. */
interface Rewind {
  readonly membership?: Partial<Pick<Membership, "status" | "role" | "groups">>;
  readonly user?: Partial<Pick<User, "instanceStatus">>;
  /** The workspaces whose memberships the change set. @default [ws-1] */
  readonly workspaces?: readonly string[];
}

/** One change of the past: how long ago, who made it, to whom, where, and what was there before. */
interface PastChange {
  readonly agoMs: number;
  readonly actorId: string;
  readonly memberId: string;
  readonly action: ActivityAction;
  readonly scope: Scope;
  readonly rewind: Rewind;
}

/** The member's groups with `g-1-1` toggled: what they were before a change of groups. */
function toggledGroups(dataset: RosterDataset, userId: string): string[] {
  const groups = dataset.memberships.find((membership) => membership.userId === userId && membership.workspaceId === WS1)?.groups ?? [];
  return groups.includes("g-1-1") ? groups.filter((group) => group !== "g-1-1") : [...groups, "g-1-1"];
}

/** The past, oldest first: by the super admin (`u-1`) and the admin (`u-2`) of the first workspace. */
function pastChanges(dataset: RosterDataset, lifecycle: Lifecycle): PastChange[] {
  const { superAdmin, admin, builder, endUser, stopped, archivedOrStoppedAdmin } = SEED_USERS;
  const stop: ActivityAction = lifecycle === "archive" ? "archive" : "deactivate";
  const archivedAtInstance = dataset.users.find((user) => user.id === archivedOrStoppedAdmin)?.instanceStatus === "archived";
  const lastStop: PastChange = archivedAtInstance
    ? {
        agoMs: 3 * DAY_MS,
        actorId: superAdmin,
        memberId: archivedOrStoppedAdmin,
        action: "archive",
        scope: INSTANCE,
        rewind: {
          user: { instanceStatus: "active" },
          membership: { status: "active" },
          workspaces: dataset.memberships.filter((membership) => membership.userId === archivedOrStoppedAdmin).map((membership) => membership.workspaceId),
        },
      }
    : { agoMs: 3 * DAY_MS, actorId: superAdmin, memberId: archivedOrStoppedAdmin, action: stop, scope: WS1_SCOPE, rewind: { membership: { status: "active" } } };
  return [
    { agoMs: 20 * DAY_MS, actorId: superAdmin, memberId: builder, action: "changeRole", scope: WS1_SCOPE, rewind: { membership: { role: "end-user" } } },
    { agoMs: 14 * DAY_MS, actorId: admin, memberId: endUser, action: "changeGroups", scope: WS1_SCOPE, rewind: { membership: { groups: toggledGroups(dataset, endUser) } } },
    { agoMs: 9 * DAY_MS, actorId: admin, memberId: stopped, action: stop, scope: WS1_SCOPE, rewind: { membership: { status: "active" } } },
    { agoMs: 6 * DAY_MS, actorId: superAdmin, memberId: endUser, action: "changeRole", scope: WS1_SCOPE, rewind: { membership: { role: "builder" } } },
    lastStop,
    { agoMs: 26 * HOUR_MS, actorId: superAdmin, memberId: admin, action: "changeGroups", scope: WS1_SCOPE, rewind: { membership: { groups: toggledGroups(dataset, admin) } } },
    { agoMs: 3 * HOUR_MS, actorId: admin, memberId: builder, action: "changeGroups", scope: WS1_SCOPE, rewind: { membership: { groups: toggledGroups(dataset, builder) } } },
  ];
}

/** `dataset` with one change undone: the member's fields as they were before it. */
function undo(dataset: RosterDataset, { memberId, rewind }: PastChange): RosterDataset {
  const workspaces = rewind.workspaces ?? [WS1];
  const { membership, user } = rewind;
  return {
    ...dataset,
    users: user ? dataset.users.map((candidate) => (candidate.id === memberId ? { ...candidate, ...user } : candidate)) : dataset.users,
    memberships: membership
      ? dataset.memberships.map((candidate) => (candidate.userId === memberId && workspaces.includes(candidate.workspaceId) ? { ...candidate, ...membership } : candidate))
      : dataset.memberships,
  };
}

/** The member as an event records them, in a scope: a membership, or the user at instance level. */
function stateOf(dataset: RosterDataset, memberId: string, scope: Scope): ActivityMemberState {
  const user = dataset.users.find((candidate) => candidate.id === memberId);
  const instanceStatus = user?.instanceStatus ?? "active";
  if (scope.kind === "instance") return { status: instanceStatus, instanceStatus, role: null, groups: [], version: 1 };
  const membership = dataset.memberships.find((candidate) => candidate.userId === memberId && candidate.workspaceId === scope.workspaceId);
  return { status: membership?.status ?? "active", instanceStatus, role: membership?.role ?? null, groups: membership?.groups ?? [], version: 1 };
}

/**
 * The history of a roster made by `generateSeed` (eight members or more): a few weeks of role, group and
 * status changes in its first workspace by its super admin and admin, the last a few hours before `now`,
 * oldest first, ending in `dataset` as it is. Pass it to `createMemoryBackend({ dataset, history })`.
 * @example
 * const dataset = generateSeed({ members: 50 });
 * const backend = createMemoryBackend({ dataset, history: seededHistory(dataset, "archive", new Date()) });
 */
export function seededHistory(dataset: RosterDataset, lifecycle: Lifecycle, now: Date): readonly SeededActivity[] {
  if (!dataset.users.some((user) => user.id === SEED_USERS.archivedOrStoppedAdmin)) return [];
  const changes = pastChanges(dataset, lifecycle);
  // The roster before each change: undo the changes newest first, from the roster as it is.
  const before: RosterDataset[] = [];
  let roster = dataset;
  for (const change of [...changes].reverse()) {
    roster = undo(roster, change);
    before.unshift(roster);
  }
  return changes.map((change, index): SeededActivity => {
    const after = before[index + 1] ?? dataset;
    const prior = before[index] ?? dataset;
    return {
      action: change.action,
      actor: change.actorId,
      target: change.memberId,
      targetEmail: dataset.users.find((user) => user.id === change.memberId)?.email ?? "",
      scope: change.scope,
      before: stateOf(prior, change.memberId, change.scope),
      after: stateOf(after, change.memberId, change.scope),
      at: new Date(now.getTime() - change.agoMs).toISOString(),
    };
  });
}
