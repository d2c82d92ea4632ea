import type { MemberSortField } from "../../core/adapter.types";
import type { RosterConfig } from "../../core/config";
import type {
  Actor,
  CustomGroup,
  InstanceStatus,
  Member,
  MembershipStatus,
  MembershipSummary,
  Metadata,
  RoleId,
  RosterDataset,
  Scope,
  User,
  Workspace,
  WorkspaceSummary,
} from "../../core/domain.types";
import { RosterError } from "../../core/errors";
import type { PolicyContext } from "../../core/policy";
import { isActiveAdmin, isBillable } from "../../core/policy";
import { roleRanks, sortKey } from "../../core/member-order";
import { normalizeEmail } from "../../core/validation";
import { ScopeMemberIndexes } from "./member-index";

/**
 * The mutable heart of the in-memory backend: records, exact counts, versions, invitation links, the
 * outbox and the sorted indexes. It knows no rules: `memory-adapter.ts` asks the core policy before it
 * calls any mutation here. Internal to `src/adapters/memory`.
 * @module
 */

/** A user as the backend stores it. */
export interface UserRecord {
  readonly id: string;
  readonly email: string;
  name: string;
  instanceStatus: InstanceStatus;
  superAdmin: boolean;
  hasAccount: boolean;
  /** Version of the user's instance-scope row (R22). */
  version: number;
  /** When the user was first known; the instance row's `invitedAt` when they have no membership. */
  readonly createdAt: string;
  /** Lower-cased name and email, for search. */
  searchText: string;
  /** Every membership of the user, in the order they were created. */
  readonly memberships: MembershipRecord[];
}

/** A membership as the backend stores it. */
export interface MembershipRecord {
  readonly userId: string;
  readonly workspaceId: string;
  status: MembershipStatus;
  role: RoleId;
  groups: readonly string[];
  metadata: Metadata;
  invitedAt: string;
  lastActiveAt: string | null;
  /** Version of the membership's workspace-scope row (R22). */
  version: number;
}

/** The fields of a membership a mutation may change. */
export type MembershipPatch = Partial<Pick<MembershipRecord, "status" | "role" | "groups" | "metadata" | "invitedAt" | "lastActiveAt">>;

/** The fields of a user a mutation may change. */
export type UserPatch = Partial<Pick<UserRecord, "name" | "instanceStatus" | "hasAccount">>;

/** A workspace with its memberships, counts and indexes. */
export interface WorkspaceRecord {
  readonly workspace: Workspace;
  readonly members: Map<string, MembershipRecord>;
  readonly groups: readonly CustomGroup[];
  readonly groupIds: ReadonlySet<string>;
  activeAdmins: number;
  billableSeats: number;
  readonly indexes: ScopeMemberIndexes;
}

/** One invitation email, as the host would have sent it (R10). */
export interface OutboxEmail {
  /** Unique id of the email, `email-1`, `email-2`, … in sending order. */
  readonly id: string;
  readonly kind: "invitation";
  /** The invitee's normalised email address. */
  readonly to: string;
  readonly userId: string;
  readonly workspaceId: string;
  /** The invitation link the email carries. */
  readonly url: string;
  /** ISO 8601 time the email was sent. */
  readonly sentAt: string;
}

interface InvitationRecord {
  readonly url: string;
  readonly userId: string;
  readonly workspaceId: string;
  live: boolean;
}

/** What a change makes stale, for version bumps (R22). */
export type ChangeReach =
  /** Only the membership's own row (groups, metadata). */
  | "membership"
  /** The membership's row and the user's instance row (times the instance row aggregates). */
  | "membership-and-instance"
  /** Every row of the user: a status or role is in every row's `memberships` summary, or a user field changed. */
  | "user";

const ARCHIVE_STATUSES: ReadonlySet<MembershipStatus> = new Set<MembershipStatus>(["requested", "invited", "active", "archived"]);
const DEACTIVATE_STATUSES: ReadonlySet<MembershipStatus> = new Set<MembershipStatus>(["invited", "active", "inactive"]);

function membershipKey(workspaceId: string, userId: string): string {
  return `${workspaceId}\u0000${userId}`;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const TOKEN_BYTES = 24;
/** Random bytes drawn in bulk: one `getRandomValues` call per token is slow when loading 100,000 members. */
const tokenPool = new Uint8Array(TOKEN_BYTES * 1024);
let tokenPoolOffset = tokenPool.length;

/** 192 random bits as hex: an invitation token nobody can guess. */
function randomToken(): string {
  if (tokenPoolOffset + TOKEN_BYTES > tokenPool.length) {
    // getRandomValues fills at most 65,536 bytes per call.
    globalThis.crypto.getRandomValues(tokenPool);
    tokenPoolOffset = 0;
  }
  let token = "";
  for (let i = 0; i < TOKEN_BYTES; i += 1) token += HEX[tokenPool[tokenPoolOffset + i] ?? 0] ?? "";
  tokenPoolOffset += TOKEN_BYTES;
  return token;
}

function latest(values: Iterable<string | null>): string | null {
  let result: string | null = null;
  for (const value of values) if (value !== null && (result === null || value > result)) result = value;
  return result;
}

/** Builds the backend's state from a dataset, checking it is coherent. */
export class MemoryState {
  readonly users = new Map<string, UserRecord>();
  readonly usersByEmail = new Map<string, UserRecord>();
  readonly workspaces = new Map<string, WorkspaceRecord>();
  readonly instanceIndexes: ScopeMemberIndexes;
  private readonly instance: RosterDataset["instance"];
  private readonly invitations = new Map<string, InvitationRecord>();
  private readonly currentInvitation = new Map<string, InvitationRecord>();
  private readonly sent: OutboxEmail[] = [];
  private readonly roleRank: ReadonlyMap<string, number>;
  private nextUserNumber = 1;
  /** Bumped on every write: caches of derived answers (list totals) are keyed by it. */
  revision = 0;

  constructor(
    dataset: RosterDataset,
    readonly config: RosterConfig,
    readonly clock: () => Date,
    private readonly invitationBaseUrl: string,
  ) {
    this.instance = dataset.instance;
    this.roleRank = roleRanks(config.roles);
    this.instanceIndexes = new ScopeMemberIndexes(
      () => this.users.keys(),
      (field, id) => sortKey(field, this.instanceSortValue(field, id) ?? null, this.roleRank),
    );
    this.load(dataset);
  }

  private load(dataset: RosterDataset): void {
    const allowed = this.config.lifecycle === "archive" ? ARCHIVE_STATUSES : DEACTIVATE_STATUSES;
    const groupsByWorkspace = new Map<string, CustomGroup[]>();
    for (const group of dataset.groups) {
      const list = groupsByWorkspace.get(group.workspaceId) ?? [];
      list.push({ ...group });
      groupsByWorkspace.set(group.workspaceId, list);
    }
    for (const workspace of dataset.workspaces) {
      if (this.workspaces.has(workspace.id)) throw new TypeError(`Memory backend dataset: workspace "${workspace.id}" is listed twice.`);
      const groups = groupsByWorkspace.get(workspace.id) ?? [];
      const members = new Map<string, MembershipRecord>();
      this.workspaces.set(workspace.id, {
        workspace: { id: workspace.id, name: workspace.name },
        members,
        groups,
        groupIds: new Set(groups.map((group) => group.id)),
        activeAdmins: 0,
        billableSeats: 0,
        indexes: new ScopeMemberIndexes(
          () => members.keys(),
          (field, id) => sortKey(field, this.workspaceSortValue(workspace.id, field, id) ?? null, this.roleRank),
        ),
      });
    }
    for (const group of dataset.groups) {
      if (!this.workspaces.has(group.workspaceId)) {
        throw new TypeError(`Memory backend dataset: group "${group.id}" belongs to unknown workspace "${group.workspaceId}".`);
      }
    }
    for (const user of dataset.users) {
      if (this.users.has(user.id)) throw new TypeError(`Memory backend dataset: user "${user.id}" is listed twice.`);
      const email = normalizeEmail(user.email);
      const other = this.usersByEmail.get(email);
      if (other) throw new TypeError(`Memory backend dataset: users "${other.id}" and "${user.id}" share the email ${email}.`);
      const record: UserRecord = {
        id: user.id,
        email,
        name: user.name,
        instanceStatus: user.instanceStatus,
        superAdmin: user.superAdmin,
        hasAccount: user.hasAccount,
        version: 1,
        createdAt: "",
        searchText: `${user.name}\n${email}`.toLowerCase(),
        memberships: [],
      };
      this.users.set(user.id, record);
      this.usersByEmail.set(email, record);
    }
    for (const membership of dataset.memberships) {
      const user = this.users.get(membership.userId);
      const workspace = this.workspaces.get(membership.workspaceId);
      if (!user || !workspace) {
        throw new TypeError(
          `Memory backend dataset: membership of "${membership.userId}" in "${membership.workspaceId}" refers to an unknown ${user ? "workspace" : "user"}.`,
        );
      }
      if (workspace.members.has(user.id)) {
        throw new TypeError(`Memory backend dataset: "${user.id}" has two memberships in "${workspace.workspace.id}".`);
      }
      if (!allowed.has(membership.status)) {
        throw new TypeError(
          `Memory backend dataset: "${user.id}" is "${membership.status}" in "${workspace.workspace.id}", which is not a status of the ${this.config.lifecycle} lifecycle.`,
        );
      }
      const record: MembershipRecord = {
        userId: user.id,
        workspaceId: workspace.workspace.id,
        status: membership.status,
        role: membership.role,
        groups: [...membership.groups],
        metadata: { ...membership.metadata },
        invitedAt: membership.invitedAt,
        lastActiveAt: membership.lastActiveAt,
        version: 1,
      };
      workspace.members.set(user.id, record);
      user.memberships.push(record);
      this.count(workspace, record, 1);
      // Seeded pending invitations have links already (no email: it was sent before the backend started).
      if (record.status === "invited" || record.status === "requested") this.issueInvitation(record, false);
    }
    for (const user of this.users.values()) {
      const first = user.memberships.reduce<string | null>((min, m) => (min === null || m.invitedAt < min ? m.invitedAt : min), null);
      Object.assign(user, { createdAt: first ?? this.clock().toISOString() });
    }
  }

  // ---- Reads -------------------------------------------------------------------------------------

  /** The user with this id, if any. */
  user(userId: string): UserRecord | undefined {
    return this.users.get(userId);
  }

  /** The user with this email (normalised here), if any. */
  userByEmail(email: string): UserRecord | undefined {
    return this.usersByEmail.get(normalizeEmail(email));
  }

  /** The workspace with this id, if any. */
  workspace(workspaceId: string): WorkspaceRecord | undefined {
    return this.workspaces.get(workspaceId);
  }

  /** The actor a user is, from the data: super admin unless archived at instance level, roles of active memberships. */
  actorFor(userId: string): Actor {
    const user = this.users.get(userId);
    if (!user) throw new RosterError("not_found", `There is no user with id "${userId}" on this instance.`);
    const roles: Record<string, RoleId> = {};
    for (const membership of user.memberships) if (membership.status === "active") roles[membership.workspaceId] = membership.role;
    // A user archived at instance level cannot sign in (R12): they hold no rights at all.
    if (user.instanceStatus === "archived") return { userId, name: user.name, superAdmin: false, roles: {} };
    return { userId, name: user.name, superAdmin: user.superAdmin, roles };
  }

  /** The policy context of a user, with exact counts (R15). */
  policyContext(userId: string): PolicyContext {
    return {
      config: this.config,
      actor: this.actorFor(userId),
      activeAdmins: (workspaceId) => this.workspaces.get(workspaceId)?.activeAdmins,
      workspaceName: (workspaceId) => this.workspaces.get(workspaceId)?.workspace.name,
    };
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

  private summaries(user: UserRecord): readonly MembershipSummary[] {
    return Object.freeze(user.memberships.map((m) => Object.freeze({ workspaceId: m.workspaceId, status: m.status, role: m.role })));
  }

  /** A workspace-scope row: the membership joined with its user. */
  workspaceMember(membership: MembershipRecord): Member {
    const user = this.users.get(membership.userId);
    if (!user) throw new RosterError("unknown", `Membership of unknown user "${membership.userId}".`);
    const scope: Scope = Object.freeze({ kind: "workspace", workspaceId: membership.workspaceId });
    return Object.freeze({
      id: user.id,
      scope,
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
      memberships: this.summaries(user),
      version: membership.version,
    });
  }

  private instanceInvitedAt(user: UserRecord): string {
    return latest(user.memberships.map((m) => m.invitedAt)) ?? user.createdAt;
  }

  private instanceLastActiveAt(user: UserRecord): string | null {
    return latest(user.memberships.map((m) => m.lastActiveAt));
  }

  /** An instance-scope row: the user, with every membership summarised. */
  instanceMember(user: UserRecord): Member {
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
      invitedAt: this.instanceInvitedAt(user),
      lastActiveAt: this.instanceLastActiveAt(user),
      memberships: this.summaries(user),
      version: user.version,
    });
  }

  /** The value of a sort field for a workspace member (`member[field]` of the row it lists as). */
  private workspaceSortValue(workspaceId: string, field: MemberSortField, userId: string): string | null | undefined {
    const membership = this.workspaces.get(workspaceId)?.members.get(userId);
    const user = this.users.get(userId);
    if (!membership || !user) return undefined;
    switch (field) {
      case "name":
      case "email":
        return user[field];
      case "status":
      case "role":
      case "invitedAt":
      case "lastActiveAt":
        return membership[field];
    }
  }

  /** The value of a sort field for a user in the instance list; rows carry no role there, so every row ties and the id decides. */
  private instanceSortValue(field: MemberSortField, userId: string): string | null | undefined {
    const user = this.users.get(userId);
    if (!user) return undefined;
    switch (field) {
      case "name":
      case "email":
        return user[field];
      case "status":
        return user.instanceStatus;
      case "role":
        return null;
      case "invitedAt":
        return this.instanceInvitedAt(user);
      case "lastActiveAt":
        return this.instanceLastActiveAt(user);
    }
  }

  // ---- Writes (no rules here: callers have asked the policy) ------------------------------------

  private count(workspace: WorkspaceRecord, membership: MembershipRecord, sign: 1 | -1): void {
    if (isActiveAdmin(this.config, membership)) workspace.activeAdmins += sign;
    if (isBillable(membership.status)) workspace.billableSeats += sign;
  }

  private requireWorkspace(workspaceId: string): WorkspaceRecord {
    const workspace = this.workspaces.get(workspaceId);
    if (!workspace) throw new RosterError("not_found", `There is no workspace with id "${workspaceId}".`);
    return workspace;
  }

  /** Creates a user who has never had an account (R9: instance status `invited`). */
  createUser(name: string, email: string): UserRecord {
    const normalised = normalizeEmail(email);
    let id = `u-${this.nextUserNumber}`;
    while (this.users.has(id)) {
      this.nextUserNumber += 1;
      id = `u-${this.nextUserNumber}`;
    }
    const user: UserRecord = {
      id,
      email: normalised,
      name,
      instanceStatus: "invited",
      superAdmin: false,
      hasAccount: false,
      version: 1,
      createdAt: this.clock().toISOString(),
      searchText: `${name}\n${normalised}`.toLowerCase(),
      memberships: [],
    };
    this.users.set(id, user);
    this.usersByEmail.set(normalised, user);
    this.instanceIndexes.upsert(id);
    this.revision += 1;
    return user;
  }

  /** Adds a membership to a workspace; the caller then calls {@link changed} with reach `user`. */
  addMembership(user: UserRecord, workspaceId: string, fields: Omit<MembershipRecord, "userId" | "workspaceId" | "version">): MembershipRecord {
    const workspace = this.requireWorkspace(workspaceId);
    const record: MembershipRecord = { userId: user.id, workspaceId, ...fields, version: 0 };
    workspace.members.set(user.id, record);
    user.memberships.push(record);
    this.count(workspace, record, 1);
    return record;
  }

  /** Changes a membership's fields, keeping the workspace's counts exact. */
  patchMembership(membership: MembershipRecord, patch: MembershipPatch): void {
    const workspace = this.requireWorkspace(membership.workspaceId);
    this.count(workspace, membership, -1);
    Object.assign(membership, patch);
    this.count(workspace, membership, 1);
  }

  /** Changes a user's fields. */
  patchUser(user: UserRecord, patch: UserPatch): void {
    Object.assign(user, patch);
    user.searchText = `${user.name}\n${user.email}`.toLowerCase();
  }

  /**
   * Records that a user's data changed: bumps the versions of the rows whose view changed (R22) and
   * moves the user in every built index of every scope they appear in.
   */
  changed(user: UserRecord, reach: ChangeReach, membership?: MembershipRecord): void {
    this.revision += 1;
    if (reach === "user") {
      user.version += 1;
      for (const m of user.memberships) m.version += 1;
    } else if (membership) {
      membership.version += 1;
      if (reach === "membership-and-instance") user.version += 1;
    }
    this.instanceIndexes.upsert(user.id);
    for (const m of user.memberships) this.workspaces.get(m.workspaceId)?.indexes.upsert(user.id);
  }

  // ---- Invitations and outbox (R10) ---------------------------------------------------------------

  /** Issues a new link for a membership, revoking the previous one; with `send`, emails it. */
  issueInvitation(membership: MembershipRecord, send: boolean): string {
    this.revokeInvitation(membership);
    const url = `${this.invitationBaseUrl}${randomToken()}`;
    const invitation: InvitationRecord = { url, userId: membership.userId, workspaceId: membership.workspaceId, live: true };
    this.invitations.set(url, invitation);
    this.currentInvitation.set(membershipKey(membership.workspaceId, membership.userId), invitation);
    if (send) {
      const user = this.users.get(membership.userId);
      this.sent.push(
        Object.freeze({
          id: `email-${this.sent.length + 1}`,
          kind: "invitation",
          to: user?.email ?? "",
          userId: membership.userId,
          workspaceId: membership.workspaceId,
          url,
          sentAt: this.clock().toISOString(),
        }),
      );
    }
    return url;
  }

  /** Makes a membership's pending link, if any, stop working. */
  revokeInvitation(membership: MembershipRecord): void {
    const key = membershipKey(membership.workspaceId, membership.userId);
    const current = this.currentInvitation.get(key);
    if (current) current.live = false;
    this.currentInvitation.delete(key);
  }

  /** The membership's working link, if it has one. */
  invitationUrl(membership: MembershipRecord): string | null {
    return this.currentInvitation.get(membershipKey(membership.workspaceId, membership.userId))?.url ?? null;
  }

  /** Who a link invites, or `null` when it does not exist or no longer works. */
  invitationFor(url: string): { userId: string; workspaceId: string } | null {
    const invitation = this.invitations.get(url);
    return invitation?.live ? { userId: invitation.userId, workspaceId: invitation.workspaceId } : null;
  }

  /** Every invitation email sent, oldest first. */
  outbox(): readonly OutboxEmail[] {
    return Object.freeze([...this.sent]);
  }

  // ---- Snapshot (R19) ---------------------------------------------------------------------------

  /** A deep-frozen copy of every record, as a dataset. */
  snapshot(): RosterDataset {
    const users: User[] = [];
    const memberships: RosterDataset["memberships"][number][] = [];
    for (const user of this.users.values()) {
      users.push(
        Object.freeze({
          id: user.id,
          email: user.email,
          name: user.name,
          instanceStatus: user.instanceStatus,
          superAdmin: user.superAdmin,
          hasAccount: user.hasAccount,
        }),
      );
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
