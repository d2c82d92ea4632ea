import type { MemberSortField } from "../../core/adapter.types";
import type { MembershipFacts, RosterSubject, UserFacts } from "../../core/commands/roster-facts";
import { latestTime, memberView } from "../../core/commands/roster-facts";
import type { RosterConfig } from "../../core/config";
import type { CustomGroup, Member, MemberStatus, RosterDataset, User, Workspace, WorkspaceSummary } from "../../core/domain.types";
import { searchText } from "../../core/member-match";
import { isMetadataField, metadataKeyOf, metadataSortKey, roleRanks, sortKey } from "../../core/member-order";
import { isActiveAdmin, isBillable } from "../../core/policy";
import { normalizeEmail } from "../../core/validation";
import { LIFECYCLES } from "../../core/vocabulary";
import { ScopeMemberIndexes } from "./member-index";

/**
 * The records of the in-memory storage: users with their memberships, workspaces with exact counts,
 * and the sorted indexes of every scope. It decides nothing: it holds what the engine wrote, as the
 * rows of a database would. Internal to `src/adapters/memory`.
 * @module
 */

/** A user as the records hold it: the facts, mutable, with every membership and the search text. */
export interface UserRecord extends Omit<UserFacts, "instanceStatus" | "hasAccount" | "version" | "createdAt"> {
  instanceStatus: UserFacts["instanceStatus"];
  hasAccount: boolean;
  version: number;
  createdAt: string;
  /** The core's `searchText` of the user (lower-cased name and email), kept for searches. */
  searchText: string;
  /** Every membership of the user, in the order they were created. */
  readonly memberships: MembershipRecord[];
}

/** A membership as the records hold it. */
export type MembershipRecord = { -readonly [K in keyof MembershipFacts]: MembershipFacts[K] };

/** A workspace with its memberships, counts and indexes. */
export interface WorkspaceRecord {
  readonly workspace: Workspace;
  readonly members: Map<string, MembershipRecord>;
  readonly groups: readonly CustomGroup[];
  activeAdmins: number;
  billableSeats: number;
  readonly indexes: ScopeMemberIndexes;
}

/** Builds the records from a dataset, checking it is coherent. */
export class MemoryRecords {
  readonly users = new Map<string, UserRecord>();
  readonly usersByEmail = new Map<string, UserRecord>();
  readonly workspaces = new Map<string, WorkspaceRecord>();
  readonly instanceIndexes: ScopeMemberIndexes;
  private readonly instance: RosterDataset["instance"];
  private readonly roleRank: ReadonlyMap<string, number>;
  /** Bumped on every write: caches of derived answers (list totals) are keyed by it. */
  revision = 0;

  constructor(
    dataset: RosterDataset,
    readonly config: RosterConfig,
    now: string,
  ) {
    this.instance = dataset.instance;
    this.roleRank = roleRanks(config.roles);
    this.instanceIndexes = new ScopeMemberIndexes(
      () => this.users.keys(),
      // Metadata is a membership's: the instance list is never sorted by it (the query is refused first).
      (field, id) => (isMetadataField(field) ? null : sortKey(field, this.sortValue(field, id, null), this.roleRank)),
    );
    this.load(dataset, now);
  }

  private load(dataset: RosterDataset, now: string): void {
    const allowed: ReadonlySet<MemberStatus> = new Set(LIFECYCLES[this.config.lifecycle].statuses);
    for (const workspace of dataset.workspaces) {
      if (this.workspaces.has(workspace.id)) throw new TypeError(`Memory backend dataset: workspace "${workspace.id}" is listed twice.`);
      this.addWorkspace(workspace, []);
    }
    for (const group of dataset.groups) {
      const workspace = this.workspaces.get(group.workspaceId);
      if (!workspace) throw new TypeError(`Memory backend dataset: group "${group.id}" belongs to unknown workspace "${group.workspaceId}".`);
      (workspace.groups as CustomGroup[]).push({ ...group });
    }
    for (const user of dataset.users) {
      if (this.users.has(user.id)) throw new TypeError(`Memory backend dataset: user "${user.id}" is listed twice.`);
      const email = normalizeEmail(user.email);
      const other = this.usersByEmail.get(email);
      if (other) throw new TypeError(`Memory backend dataset: users "${other.id}" and "${user.id}" share the email ${email}.`);
      this.addUser({ ...user, email, version: 1, createdAt: "" });
    }
    for (const membership of dataset.memberships) {
      const user = this.users.get(membership.userId);
      const workspace = this.workspaces.get(membership.workspaceId);
      if (!user || !workspace) {
        throw new TypeError(`Memory backend dataset: membership of "${membership.userId}" in "${membership.workspaceId}" refers to an unknown ${user ? "workspace" : "user"}.`);
      }
      if (workspace.members.has(user.id)) throw new TypeError(`Memory backend dataset: "${user.id}" has two memberships in "${workspace.workspace.id}".`);
      if (!allowed.has(membership.status)) {
        throw new TypeError(`Memory backend dataset: "${user.id}" is "${membership.status}" in "${workspace.workspace.id}", which is not a status of the ${this.config.lifecycle} lifecycle.`);
      }
      this.addMembership(user, { ...membership, groups: [...membership.groups], metadata: { ...membership.metadata }, version: 1 });
    }
    for (const user of this.users.values()) {
      user.createdAt = user.memberships.reduce<string | null>((min, m) => (min === null || m.invitedAt < min ? m.invitedAt : min), null) ?? now;
    }
  }

  private addWorkspace(workspace: Workspace, groups: CustomGroup[]): void {
    const members = new Map<string, MembershipRecord>();
    this.workspaces.set(workspace.id, {
      workspace: { id: workspace.id, name: workspace.name },
      members,
      groups,
      activeAdmins: 0,
      billableSeats: 0,
      indexes: new ScopeMemberIndexes(
        () => members.keys(),
        (field, id) =>
          isMetadataField(field) ? metadataSortKey(members.get(id)?.metadata[metadataKeyOf(field)]) : sortKey(field, this.sortValue(field, id, workspace.id), this.roleRank),
      ),
    });
  }

  private addUser(facts: Omit<UserRecord, "searchText" | "memberships">): UserRecord {
    const record: UserRecord = { ...facts, searchText: searchText(facts), memberships: [] };
    this.users.set(record.id, record);
    this.usersByEmail.set(record.email, record);
    return record;
  }

  private addMembership(user: UserRecord, membership: MembershipRecord): void {
    const workspace = this.requireWorkspace(membership.workspaceId);
    workspace.members.set(user.id, membership);
    user.memberships.push(membership);
    this.count(workspace, membership, 1);
  }

  private count(workspace: WorkspaceRecord, membership: MembershipRecord, sign: 1 | -1): void {
    if (isActiveAdmin(this.config, membership)) workspace.activeAdmins += sign;
    if (isBillable(membership.status)) workspace.billableSeats += sign;
  }

  private requireWorkspace(workspaceId: string): WorkspaceRecord {
    const workspace = this.workspaces.get(workspaceId);
    if (!workspace) throw new TypeError(`Memory storage: no workspace "${workspaceId}".`);
    return workspace;
  }

  /** The value of a sort field for a member of a workspace, or of the instance when `workspaceId` is `null`. */
  private sortValue(field: MemberSortField, userId: string, workspaceId: string | null): string | null {
    const user = this.users.get(userId);
    if (!user) return null;
    if (field === "name" || field === "email") return user[field];
    if (workspaceId === null) {
      // Instance rows carry no role, so every row ties there and the id decides.
      if (field === "role") return null;
      if (field === "status") return user.instanceStatus;
      // As the instance row shows them (memberView): the latest of any membership.
      if (field === "invitedAt") return latestTime(user.memberships.map((m) => m.invitedAt)) ?? user.createdAt;
      return latestTime(user.memberships.map((m) => m.lastActiveAt));
    }
    const membership = this.workspaces.get(workspaceId)?.members.get(userId);
    return membership ? membership[field] : null;
  }

  // ---- Reads -------------------------------------------------------------------------------------

  /** The user with this id, if any. */
  user(userId: string): UserRecord | undefined {
    return this.users.get(userId);
  }

  /** The workspace with this id, if any. */
  workspace(workspaceId: string): WorkspaceRecord | undefined {
    return this.workspaces.get(workspaceId);
  }

  /** A user and every membership, as frozen facts. */
  subjectOf(user: UserRecord): RosterSubject {
    const { memberships } = user;
    const facts: UserFacts = { id: user.id, email: user.email, name: user.name, instanceStatus: user.instanceStatus, superAdmin: user.superAdmin, hasAccount: user.hasAccount, version: user.version, createdAt: user.createdAt };
    return Object.freeze({
      user: Object.freeze(facts),
      memberships: Object.freeze(memberships.map((m) => Object.freeze({ ...m, groups: Object.freeze([...m.groups]), metadata: Object.freeze({ ...m.metadata }) }))),
    });
  }

  /** A workspace-scope row. */
  workspaceRow(user: UserRecord, workspaceId: string): Member {
    return memberView(this.subjectOf(user), { kind: "workspace", workspaceId });
  }

  /** An instance-scope row. */
  instanceRow(user: UserRecord): Member {
    return memberView(this.subjectOf(user), { kind: "instance" });
  }

  /** A workspace with its exact counts (R15, R16). */
  workspaceSummary(record: WorkspaceRecord): WorkspaceSummary {
    return Object.freeze({
      id: record.workspace.id,
      name: record.workspace.name,
      activeAdmins: record.activeAdmins,
      billableSeats: record.billableSeats,
      totalMembers: record.members.size,
    });
  }

  // ---- Writes ------------------------------------------------------------------------------------

  /**
   * Writes a subject as it now is: the user's fields and every membership, keeping counts exact and
   * every built index in order. Memberships the subject no longer lists are removed (a rolled-back invite).
   */
  put(subject: RosterSubject): void {
    this.revision += 1;
    let user = this.users.get(subject.user.id);
    if (!user) user = this.addUser({ ...subject.user });
    else Object.assign(user, { instanceStatus: subject.user.instanceStatus, hasAccount: subject.user.hasAccount, version: subject.user.version });
    for (const facts of subject.memberships) {
      const workspace = this.requireWorkspace(facts.workspaceId);
      const current = workspace.members.get(user.id);
      const next: MembershipRecord = { ...facts, groups: [...facts.groups], metadata: { ...facts.metadata } };
      if (!current) this.addMembership(user, next);
      else {
        this.count(workspace, current, -1);
        Object.assign(current, next);
        this.count(workspace, current, 1);
      }
    }
    // A rollback to a state with fewer memberships removes the ones the change added.
    const kept = new Set(subject.memberships.map((m) => m.workspaceId));
    for (const membership of [...user.memberships]) {
      if (kept.has(membership.workspaceId)) continue;
      const workspace = this.requireWorkspace(membership.workspaceId);
      this.count(workspace, membership, -1);
      workspace.members.delete(user.id);
      user.memberships.splice(user.memberships.indexOf(membership), 1);
      workspace.indexes.remove(user.id);
    }
    this.instanceIndexes.upsert(user.id);
    for (const m of user.memberships) this.workspaces.get(m.workspaceId)?.indexes.upsert(user.id);
  }

  /** Removes a user the rolled-back change created. */
  remove(userId: string): void {
    const user = this.users.get(userId);
    if (!user) return;
    this.put({ user: this.subjectOf(user).user, memberships: [] });
    this.users.delete(userId);
    this.usersByEmail.delete(user.email);
    this.instanceIndexes.remove(userId);
  }

  // ---- Snapshot (R19) ---------------------------------------------------------------------------

  /** A deep-frozen copy of every record, as a dataset. */
  snapshot(): RosterDataset {
    const users: User[] = [];
    const memberships: RosterDataset["memberships"][number][] = [];
    for (const user of this.users.values()) {
      users.push(Object.freeze({ id: user.id, email: user.email, name: user.name, instanceStatus: user.instanceStatus, superAdmin: user.superAdmin, hasAccount: user.hasAccount }));
    }
    const groups: CustomGroup[] = [];
    const workspaces: Workspace[] = [];
    for (const workspace of this.workspaces.values()) {
      workspaces.push(Object.freeze({ ...workspace.workspace }));
      for (const group of workspace.groups) groups.push(Object.freeze({ ...group }));
      for (const m of workspace.members.values()) {
        memberships.push(
          Object.freeze({
            userId: m.userId,
            workspaceId: m.workspaceId,
            status: m.status,
            role: m.role,
            groups: Object.freeze([...m.groups]),
            metadata: Object.freeze({ ...m.metadata }),
            invitedAt: m.invitedAt,
            lastActiveAt: m.lastActiveAt,
          }),
        );
      }
    }
    return Object.freeze({
      instance: Object.freeze({ ...this.instance }),
      workspaces: Object.freeze(workspaces),
      users: Object.freeze(users),
      memberships: Object.freeze(memberships),
      groups: Object.freeze(groups),
    });
  }
}
