/**
 * Domain types of Rosterkit (docs/rules.md#model). Plain data: no classes, no behaviour.
 * @module
 */

/** Which pair of stop/resume actions a deployment offers (docs/rules.md#lifecycles). */
export type Lifecycle = "archive" | "deactivate";

/**
 * How the host product is deployed. Self-hosted: every invite is `invited` and admins can copy
 * invitation links (R9, R10). Cloud: an invite of an email with no account is `requested` (R9).
 */
export type Deployment = "self-hosted" | "cloud";

/** Identifier of a role. Built-ins are `admin`, `builder` and `end-user`; hosts may add more. */
export type RoleId = string;

/** Status of a user across the whole instance (R12, R13). */
export type InstanceStatus = "active" | "invited" | "archived";

/** Membership statuses of the archive lifecycle (R11, R14). */
export type ArchiveMembershipStatus = "requested" | "invited" | "active" | "archived";

/** Membership statuses of the deactivate lifecycle (R17, R18). `invited` marks a pending invite. */
export type DeactivateMembershipStatus = "invited" | "active" | "inactive";

/**
 * Any status of a membership, of either lifecycle, and so every status a member row or a badge can show
 * (R23): the instance statuses are among them.
 */
export type MemberStatus = ArchiveMembershipStatus | DeactivateMembershipStatus;

/** Every status, in display order. */
export const MEMBER_STATUSES: readonly MemberStatus[] = ["requested", "invited", "active", "inactive", "archived"];

/** A JSON primitive: what a flat metadata object may hold as a value. */
export type MetadataValue = string | number | boolean | null;

/** Host-defined data on a membership: a flat JSON object of string keys (R6). */
export type Metadata = Readonly<Record<string, MetadataValue>>;

/** One deployment of the host product. */
export interface Instance {
  readonly id: string;
  readonly name: string;
}

/** A workspace (organisation, team) that users are invited into. */
export interface Workspace {
  readonly id: string;
  readonly name: string;
}

/** A workspace with the counts the UI needs to explain and pre-check actions (R15, R16). */
export interface WorkspaceSummary extends Workspace {
  /** Members whose membership is `active` with the admin role (R15). */
  readonly activeAdmins: number;
  /** `active` + `invited` + `requested` memberships (R16). */
  readonly billableSeats: number;
  /** Every membership, whatever its status. Nothing is ever deleted (R19). */
  readonly totalMembers: number;
}

/** A role a membership can carry. */
export interface Role {
  readonly id: RoleId;
  readonly label: string;
  readonly description?: string;
}

/** A custom group of a workspace; memberships carry zero or more. */
export interface CustomGroup {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
}

/** One person on the instance, identified by a normalised email. */
export interface User {
  readonly id: string;
  /** Trimmed and lower-cased: the identity used for comparisons (docs/rules.md#user). */
  readonly email: string;
  readonly name: string;
  readonly instanceStatus: InstanceStatus;
  readonly superAdmin: boolean;
  /** Whether the person has an account (has accepted an invitation at least once). Drives R9 and R14. */
  readonly hasAccount: boolean;
}

/** A user in one workspace. */
export interface Membership {
  readonly userId: string;
  readonly workspaceId: string;
  readonly status: MemberStatus;
  readonly role: RoleId;
  readonly groups: readonly string[];
  readonly metadata: Metadata;
  /** ISO 8601 time of the latest invitation. */
  readonly invitedAt: string;
  /** ISO 8601 time of the latest activity, `null` when never active. */
  readonly lastActiveAt: string | null;
}

/** Where an action or a list applies: one workspace, or the whole instance (R2). */
export type Scope = { readonly kind: "workspace"; readonly workspaceId: string } | { readonly kind: "instance" };

/** A short view of one membership, listed on a member of the instance scope. */
export interface MembershipSummary {
  readonly workspaceId: string;
  readonly status: MemberStatus;
  readonly role: RoleId;
}

/**
 * One row of a member list: a user joined with their membership (workspace scope), or a user with a
 * summary of every membership (instance scope). This is what adapters return and components render.
 */
export interface Member {
  /** Stable row identity: the user id (unique within a list of one scope). */
  readonly id: string;
  readonly scope: Scope;
  readonly name: string;
  readonly email: string;
  /** Membership status in workspace scope; the user's instance status in instance scope. */
  readonly status: MemberStatus;
  readonly instanceStatus: InstanceStatus;
  readonly superAdmin: boolean;
  readonly hasAccount: boolean;
  /** The membership's role in workspace scope; `null` in instance scope. */
  readonly role: RoleId | null;
  readonly groups: readonly string[];
  readonly metadata: Metadata;
  readonly invitedAt: string;
  readonly lastActiveAt: string | null;
  /** Every membership of the user (instance scope); in workspace scope, the user's other memberships too. */
  readonly memberships: readonly MembershipSummary[];
  /** Bumped by the backend on every change to this row; status changes send it back (R22). */
  readonly version: number;
}

/** The signed-in person using the kit. */
export interface Actor {
  readonly userId: string;
  readonly name?: string;
  readonly superAdmin: boolean;
  /** The actor's role in each workspace they belong to (active memberships only). */
  readonly roles: Readonly<Record<string, RoleId>>;
}

/**
 * Everything a backend holds, as plain data: what the in-memory backend is seeded with and what the
 * conformance suite asks a host's test backend to load.
 */
export interface RosterDataset {
  readonly instance: Instance;
  readonly workspaces: readonly Workspace[];
  readonly users: readonly User[];
  readonly memberships: readonly Membership[];
  readonly groups: readonly CustomGroup[];
}
