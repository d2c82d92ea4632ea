import type { ActivityPage, ActivityQuery } from "./activity.types";
import type {
  CustomGroup,
  Member,
  MemberStatus,
  Metadata,
  Role,
  RoleId,
  Scope,
  WorkspaceSummary,
} from "./domain.types";
import type { DuplicateDetails, FieldErrors, FieldIssue, RosterErrorCode } from "./errors";

/**
 * The adapter contract: the one interface a host implements to connect Rosterkit to its backend.
 * The core calls it; `rosterkit/adapters` ships the in-memory reference backend and a REST client;
 * `rosterkit/testing` ships `describeAdapterContract` to prove an implementation.
 *
 * Every method takes an `AbortSignal` and must stop work and reject with an `AbortError` when it fires.
 * Every failure is a `RosterError` with one of the {@link RosterErrorCode}s. Writes carry an idempotency
 * key: the same key sent again must return the first result and must not act twice.
 * @module
 */

/** Fields a member list can be sorted by. */
export type MemberSortField = "name" | "email" | "status" | "role" | "invitedAt" | "lastActiveAt";

/**
 * A membership's metadata key as a sort field or an export column: `metadata.` then the key (workspace
 * scope). Values sort by their JSON type: numbers by value, then text (booleans as `true`/`false`) by
 * code point, then members without the key (after every value ascending, before them descending).
 */
export type MetadataField = `metadata.${string}`;

/** Sort order of a member list. */
export interface MemberSort {
  readonly field: MemberSortField | MetadataField;
  readonly direction: "asc" | "desc";
}

/**
 * Keeps the members whose membership metadata holds `value` under `key`: a string as it is, a number or
 * a boolean as JSON writes it (`42`, `true`); a key that is missing or `null` never matches.
 */
export interface MetadataFilter {
  readonly key: string;
  readonly value: string;
}

/** A page request: by offset, or by an opaque cursor from the previous page. */
export type PageRequest =
  | { readonly kind: "offset"; readonly offset: number; readonly limit: number }
  | { readonly kind: "cursor"; readonly cursor: string | null; readonly limit: number };

/** The query part of {@link ListMembersParams}: what the list machine holds and the backend answers. */
export interface MemberQuery {
  readonly scope: Scope;
  /** Case-insensitive match on name or email; empty means no search. */
  readonly search: string;
  /** Keep only these statuses; empty means every status. */
  readonly statuses: readonly MemberStatus[];
  /** Keep only these roles; empty means every role. Ignored in instance scope. */
  readonly roles: readonly RoleId[];
  /** Keep only members whose metadata matches every one of these (workspace scope); none when missing or empty. */
  readonly metadata?: readonly MetadataFilter[];
  readonly sort: MemberSort;
  readonly page: PageRequest;
}

/** A column of a member export (R25): a member's field, all its metadata as JSON, or one metadata key's value. */
export type MemberExportColumn = "name" | "email" | "status" | "role" | "groups" | "invitedAt" | "lastActiveAt" | "metadata" | MetadataField;

/** The query of an export: a member list query without its paging (every page is exported). */
export type MemberExportQuery = Omit<MemberQuery, "page">;

/** Parameters of {@link RosterAdapter.exportMembers}. */
export interface ExportMembersParams extends MemberExportQuery {
  /** The columns, in order; every column when missing or empty. */
  readonly columns?: readonly MemberExportColumn[];
  readonly signal: AbortSignal;
}

/** Parameters of {@link RosterAdapter.listActivity}. */
export interface ListActivityParams extends ActivityQuery {
  readonly signal: AbortSignal;
}

/** Parameters of {@link RosterAdapter.listMembers}. */
export interface ListMembersParams extends MemberQuery {
  readonly signal: AbortSignal;
}

/** One page of members. */
export interface ListMembersResult {
  readonly members: readonly Member[];
  /** Members matching the query across every page; `null` when the backend cannot count. */
  readonly total: number | null;
  /** Cursor of the next page (cursor paging), `null` on the last page. */
  readonly nextCursor: string | null;
}

/**
 * What the backend can do on the server. The UI offers only what is declared: it never searches,
 * filters or sorts one page of a server-paged list on the client (R25).
 */
export interface AdapterCapabilities {
  /** `none` means `listMembers` returns every member at once, and the core may search, filter and sort locally. */
  readonly pagination: "offset" | "cursor" | "none";
  readonly search: boolean;
  readonly filterByStatus: boolean;
  readonly filterByRole: boolean;
  /** Fields the server sorts by. */
  readonly sortFields: readonly MemberSortField[];
  /**
   * What the server does with membership metadata in workspace scope (R25): sort by any key
   * (`metadata.<key>`), keep members by a key's value. Missing: neither.
   */
  readonly metadata?: { readonly sort: boolean; readonly filter: boolean };
  /** Largest page the server answers. */
  readonly maxPageSize: number;
}

/** Parameters of {@link RosterAdapter.getMember}. */
export interface GetMemberParams {
  readonly scope: Scope;
  readonly memberId: string;
  readonly signal: AbortSignal;
}

/** One person to invite (R5). */
export interface InviteeInput {
  readonly name: string;
  readonly email: string;
  readonly role: RoleId;
  readonly groups: readonly string[];
  readonly metadata: Metadata;
}

/** Parameters of {@link RosterAdapter.inviteMembers}. */
export interface InviteMembersParams {
  readonly workspaceId: string;
  readonly invitees: readonly InviteeInput[];
  readonly idempotencyKey: string;
  readonly signal: AbortSignal;
}

/** Why one invitee was refused: a plain object, so it crosses the wire as it is. */
export interface InviteeFailure {
  readonly code: RosterErrorCode;
  readonly message: string;
  /** Field errors keyed by the invitee's own fields (`email`, `metadata`, ...): English, for developers. */
  readonly fieldErrors: FieldErrors;
  /**
   * With `validation`: each refused field of the invitee by its code and values (R5, R6), what the UI
   * words in the host's language; every backend on the engine sends them.
   */
  readonly issues?: readonly FieldIssue[];
  readonly existing?: DuplicateDetails;
}

/** The outcome for one invitee, at the same index as its input. */
export type InviteeResult =
  | {
      readonly ok: true;
      readonly member: Member;
      /** The invitation URL, in self-hosted deployments (R10); `null` in cloud. */
      readonly invitationUrl: string | null;
    }
  | { readonly ok: false; readonly error: InviteeFailure };

/** Result of {@link RosterAdapter.inviteMembers}. */
export interface InviteMembersResult {
  readonly results: readonly InviteeResult[];
}

/** The status changes; with instance scope, `archive`/`unarchive` act at instance level (R12, R13). */
export type StatusAction = "archive" | "unarchive" | "deactivate" | "reactivate";

/** Parameters of {@link RosterAdapter.changeStatus}. */
export interface ChangeStatusParams {
  readonly scope: Scope;
  readonly memberId: string;
  readonly action: StatusAction;
  /** The member's `version` as the client saw it; a different current version is a `conflict` (R22). */
  readonly expectedVersion: number;
  readonly idempotencyKey: string;
  readonly signal: AbortSignal;
}

/** Result of a status change. */
export interface ChangeStatusResult {
  /** The member as it now is, in the scope of the request. */
  readonly member: Member;
}

/** Parameters of {@link RosterAdapter.updateMember}: the fields to change, at least one. */
export interface UpdateMemberParams {
  readonly workspaceId: string;
  readonly memberId: string;
  readonly role?: RoleId;
  readonly groups?: readonly string[];
  readonly expectedVersion: number;
  readonly idempotencyKey: string;
  readonly signal: AbortSignal;
}

/** Parameters of {@link RosterAdapter.resendInvitation}. */
export interface ResendInvitationParams {
  readonly workspaceId: string;
  readonly memberId: string;
  readonly idempotencyKey: string;
  readonly signal: AbortSignal;
}

/** Parameters of {@link RosterAdapter.getInvitationLink}. */
export interface GetInvitationLinkParams {
  readonly workspaceId: string;
  readonly memberId: string;
  readonly signal: AbortSignal;
}

/** A member's current invitation link (self-hosted, R10). */
export interface InvitationLink {
  readonly url: string;
  /** ISO 8601 expiry, or `null` when the link lasts until it is replaced or revoked. */
  readonly expiresAt: string | null;
}

/** Parameters of the list methods that take only a signal. */
export interface SignalParams {
  readonly signal: AbortSignal;
}

/** Parameters of {@link RosterAdapter.listGroups}. */
export interface ListGroupsParams {
  readonly workspaceId: string;
  readonly signal: AbortSignal;
}

/**
 * The interface a host backend implements. See the module comment for the rules every method follows,
 * and `docs/writing-an-adapter.md` for a guide.
 * @example
 * const adapter: RosterAdapter = createMemoryAdapter({ dataset: generateSeed({ members: 50 }), actorId: "u-1" });
 */
export interface RosterAdapter {
  /** What the server can do for lists (R25). */
  readonly capabilities: AdapterCapabilities;
  /** One page of members of a workspace or of the instance (instance scope requires super admin, R2). */
  listMembers(params: ListMembersParams): Promise<ListMembersResult>;
  /** One member, as it is now. */
  getMember(params: GetMemberParams): Promise<Member>;
  /** Invites several people at once; each is validated and reported on its own (R5–R10). */
  inviteMembers(params: InviteMembersParams): Promise<InviteMembersResult>;
  /** Archives, unarchives, deactivates or reactivates a member, at workspace or instance scope (R11–R18, R22). */
  changeStatus(params: ChangeStatusParams): Promise<ChangeStatusResult>;
  /** Changes a member's role and/or groups (R1, R15 for demotions). */
  updateMember(params: UpdateMemberParams): Promise<Member>;
  /** Sends a pending invitation again with a new link; the old link stops working (R10). */
  resendInvitation(params: ResendInvitationParams): Promise<InvitationLink>;
  /** The pending invitation's link, for admins of self-hosted deployments to copy (R10). */
  getInvitationLink(params: GetInvitationLinkParams): Promise<InvitationLink>;
  /** Workspaces the actor can see, with admin and seat counts (R15, R16). */
  listWorkspaces(params: SignalParams): Promise<readonly WorkspaceSummary[]>;
  /** The roles a membership can carry. */
  listRoles(params: SignalParams): Promise<readonly Role[]>;
  /** The custom groups of a workspace. */
  listGroups(params: ListGroupsParams): Promise<readonly CustomGroup[]>;
  /**
   * Optional: a page of the activity history, newest first (R28): a workspace's (its admins and super
   * admins, R1), a member's in it, or the instance's (super admins, R2). A backend that keeps no history
   * leaves it out; having the method is the capability, so the UI shows the history only when it is there.
   */
  listActivity?(params: ListActivityParams): Promise<ActivityPage>;
  /**
   * Optional: every member of a list query (search, filters, sort; every page) as CSV in the columns asked
   * for (R25), UTF-8 with a byte order mark and a header row; cells that would run as spreadsheet formulas
   * neutralised. Resolves once the backend accepted the request (rights, columns), with the file as a
   * stream; a backend without exports leaves it out.
   */
  exportMembers?(params: ExportMembersParams): Promise<ReadableStream<Uint8Array>>;
}
