import type { RosterConfig } from "../core/config";
import type { CustomGroup, Membership, MemberStatus, RosterDataset, User, Workspace } from "../core/domain.types";
import { LIFECYCLES } from "../core/vocabulary";

/**
 * The hand-written dataset the conformance suite loads into the backend under test. Small enough to
 * reason about by hand, with one of every situation the rules talk about. Names and emails are plain
 * ASCII with one capitalised word each, so that every reasonable text collation sorts them the same way.
 * @module
 */

/** Ids of the contract fixture's workspaces. */
export const CONTRACT_WORKSPACES = {
  /** Two active admins, members in every status of the lifecycle, both custom groups. */
  main: "ws-main",
  /** Exactly one active admin (`sole`), plus an invited admin and a stopped admin who do not count (R15). */
  solo: "ws-solo",
  /** Also has `sole` as its only active admin: `sole` is the last admin of two workspaces. */
  twin: "ws-twin",
} as const;

/** Ids of the contract fixture's users. */
export const CONTRACT_USERS = {
  /** The super admin; a builder in `main` (an admin of `main` must not change their status, R4). */
  superAdmin: "u-super",
  /** Admin of `main`; end user in `solo` (so not an admin there, R1). */
  admin: "u-admin",
  /** Second admin of `main`. */
  secondAdmin: "u-admin2",
  /** Only active admin of `solo` and of `twin` (R15); builder in `main`. */
  sole: "u-sole",
  /** Builder in `main`, in the design group: a non-admin actor (R1). */
  builder: "u-builder",
  /** End user in `main`, in both groups, with metadata. */
  endUser: "u-end",
  /** Invited in `main`, active in `twin`: has an account. */
  invited: "u-invited",
  /** Invited admin of `solo` without an account: an admin that does not count (R15). */
  invitedAdmin: "u-invited-admin",
  /** No account; `requested` in `main` (archive lifecycle, cloud), otherwise `invited` (R9). */
  requested: "u-requested",
  /** Builder in `main` in the ops group, `archived` or `inactive` there (R7, R14, R18). */
  stopped: "u-stopped",
  /** Admin of `solo`, `archived` or `inactive`: an admin that does not count (R15). */
  stoppedAdmin: "u-stopped-admin",
  /** Archived at instance level; every membership `archived` or `inactive` (R8, R12, R13). */
  instanceArchived: "u-gone",
} as const;

/** Ids of the contract fixture's custom groups. */
export const CONTRACT_GROUPS = {
  design: "g-design",
  ops: "g-ops",
  core: "g-core",
} as const;

/** The role ids the fixture uses: the built-in roles of `resolveConfig()`. */
export const CONTRACT_ROLES = { admin: "admin", builder: "builder", endUser: "end-user" } as const;

const U = CONTRACT_USERS;
const W = CONTRACT_WORKSPACES;
const G = CONTRACT_GROUPS;
const R = CONTRACT_ROLES;

/** An email address of the fixture, for a user's first name. */
export function contractEmail(localPart: string): string {
  return `${localPart}@rosterkit.test`;
}

function user(id: string, name: string, fields: Partial<Pick<User, "instanceStatus" | "superAdmin" | "hasAccount">> = {}): User {
  const first = name.split(" ")[0] ?? name;
  return {
    id,
    name,
    email: contractEmail(first.toLowerCase()),
    instanceStatus: fields.instanceStatus ?? "active",
    superAdmin: fields.superAdmin ?? false,
    hasAccount: fields.hasAccount ?? true,
  };
}

/** What the fixture needs to know of the configuration: the statuses depend on both. */
export type ContractFixtureConfig = Pick<RosterConfig, "lifecycle" | "deployment">;

/**
 * Builds the contract fixture for a lifecycle and deployment. The people and workspaces are the same in
 * every configuration; only statuses differ: the stopped status is `archived` or `inactive`, and the
 * member without an account is `requested` only where that status exists (archive lifecycle, cloud, R9).
 * Deterministic: the same configuration always gives an equal dataset.
 * @example
 * const fixture = contractFixture(resolveConfig({ lifecycle: "deactivate" }));
 * fixture.memberships.filter((m) => m.workspaceId === CONTRACT_WORKSPACES.main).length; // 10
 */
export function contractFixture(config: ContractFixtureConfig): RosterDataset {
  const { stopped } = LIFECYCLES[config.lifecycle];
  const pending: MemberStatus = config.lifecycle === "archive" && config.deployment === "cloud" ? "requested" : "invited";

  const workspaces: Workspace[] = [
    { id: W.main, name: "Main" },
    { id: W.solo, name: "Solo" },
    { id: W.twin, name: "Twin" },
  ];

  const users: User[] = [
    user(U.superAdmin, "Sam Super", { superAdmin: true }),
    user(U.admin, "Ada Admin"),
    user(U.secondAdmin, "Alan Admin"),
    user(U.sole, "Sol Sole"),
    user(U.builder, "Bea Builder"),
    user(U.endUser, "Eve End"),
    user(U.invited, "Ivy Invited"),
    user(U.invitedAdmin, "Ian Invited", { instanceStatus: "invited", hasAccount: false }),
    user(U.requested, "Rita Requested", { instanceStatus: "invited", hasAccount: false }),
    user(U.stopped, "Otto Stopped"),
    user(U.stoppedAdmin, "Abe Stopped"),
    user(U.instanceArchived, "Gus Gone", { instanceStatus: "archived" }),
  ];

  let minute = 0;
  /** Distinct, increasing ISO times, so `invitedAt` and `lastActiveAt` sort without ties. */
  const at = (day: number): string => {
    minute += 1;
    return new Date(Date.UTC(2026, 0, day, 9, minute)).toISOString();
  };
  const membership = (
    userId: string,
    workspaceId: string,
    role: string,
    status: MemberStatus,
    extra: Partial<Pick<Membership, "groups" | "metadata">> = {},
  ): Membership => ({
    userId,
    workspaceId,
    role,
    status,
    groups: extra.groups ?? [],
    metadata: extra.metadata ?? {},
    invitedAt: at(2),
    lastActiveAt: status === "invited" || status === "requested" ? null : at(20),
  });

  const memberships: Membership[] = [
    membership(U.superAdmin, W.main, R.builder, "active"),
    membership(U.admin, W.main, R.admin, "active", { groups: [G.ops] }),
    membership(U.secondAdmin, W.main, R.admin, "active"),
    membership(U.sole, W.main, R.builder, "active"),
    membership(U.builder, W.main, R.builder, "active", { groups: [G.design] }),
    membership(U.endUser, W.main, R.endUser, "active", { groups: [G.design, G.ops], metadata: { team: "design", level: 2 } }),
    membership(U.invited, W.main, R.endUser, "invited"),
    membership(U.requested, W.main, R.endUser, pending),
    membership(U.stopped, W.main, R.builder, stopped, { groups: [G.ops] }),
    membership(U.instanceArchived, W.main, R.endUser, stopped),

    membership(U.sole, W.solo, R.admin, "active", { groups: [G.core] }),
    membership(U.admin, W.solo, R.endUser, "active"),
    membership(U.invitedAdmin, W.solo, R.admin, "invited"),
    membership(U.stoppedAdmin, W.solo, R.admin, stopped),

    membership(U.sole, W.twin, R.admin, "active"),
    membership(U.invited, W.twin, R.endUser, "active"),
    membership(U.instanceArchived, W.twin, R.endUser, stopped),
  ];

  const groups: CustomGroup[] = [
    { id: G.design, workspaceId: W.main, name: "Design" },
    { id: G.ops, workspaceId: W.main, name: "Ops" },
    { id: G.core, workspaceId: W.solo, name: "Core team" },
  ];

  return { instance: { id: "instance-contract", name: "Contract instance" }, workspaces, users, memberships, groups };
}
