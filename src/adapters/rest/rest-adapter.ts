import type { ActivityPage } from "../../core/activity.types";
import type {
  AdapterCapabilities,
  ChangeStatusParams,
  ExportMembersParams,
  ChangeStatusResult,
  GetInvitationLinkParams,
  GetMemberParams,
  InvitationLink,
  InviteMembersParams,
  InviteMembersResult,
  ListActivityParams,
  ListGroupsParams,
  ListMembersParams,
  ListMembersResult,
  ResendInvitationParams,
  RosterAdapter,
  SignalParams,
  UpdateMemberParams,
} from "../../core/adapter.types";
import type { CustomGroup, Member, Role, WorkspaceSummary } from "../../core/domain.types";
import { RosterError } from "../../core/errors";
import { MEMBER_EXPORT_MEDIA_TYPE } from "../../core/member-export";
import {
  REST_DEFAULT_CAPABILITIES,
  activityPath,
  activityQueryToSearchParams,
  memberExportPath,
  memberExportToSearchParams,
  memberPath,
  memberQueryToSearchParams,
  membersPath,
  workspacePath,
} from "./rest-protocol";
import type { RestFetch, RestHeadersOption, RestRequest, RestRetryOptions } from "./rest-transport";
import { RestTransport, UNREADABLE_ANSWER } from "./rest-transport";

/**
 * The REST client adapter: `RosterAdapter` over the HTTP API of `openapi/rosterkit.openapi.json`.
 * @module
 */

/** Options of {@link createRestAdapter}. */
export interface RestAdapterOptions {
  /** The API root the paths of the OpenAPI document hang from, e.g. `https://api.example.com/rosterkit/v1`. */
  readonly baseUrl: string;
  /**
   * The `fetch` to call; read at every request so that a later patch of `globalThis.fetch` (MSW) applies.
   * @default globalThis.fetch
   */
  readonly fetch?: RestFetch;
  /** Headers sent with every request (auth), or a function called before every attempt that returns them. */
  readonly headers?: RestHeadersOption;
  /**
   * What the server can do for lists (R25). The property is synchronous, so it is given here; read it
   * once from `GET /capabilities` with {@link fetchRestCapabilities} when it may vary.
   * @default REST_DEFAULT_CAPABILITIES (offset paging, search, both filters, every sort field, pages up to 200)
   */
  readonly capabilities?: AdapterCapabilities;
  /**
   * Retries of GETs and idempotent writes on network errors, 5xx and 429; `false` turns them off.
   * @default { attempts: 3, baseDelayMs: 300, maxDelayMs: 5000, maxRetryAfterMs: 30000 }
   */
  readonly retry?: RestRetryOptions | false;
  /**
   * Longest wait for the answer of one attempt, in milliseconds; `false` waits forever. An attempt
   * without an answer by then is abandoned (its `fetch` aborted) and fails as a retryable `network`
   * error with `timeoutMs` set, retried like any network error (writes keep their idempotency key, so a
   * write the server did apply is not applied twice).
   * @default 15000
   */
  readonly timeoutMs?: number | false;
}

/** The path of a member of a workspace. */
function workspaceMemberPath(workspaceId: string, memberId: string): string {
  return memberPath({ kind: "workspace", workspaceId }, memberId);
}

/**
 * What a write sends besides its body: its `Idempotency-Key`, its signal and, for a write based on a
 * member version, `If-Match` (R22).
 */
function writeOf(params: { readonly idempotencyKey: string; readonly expectedVersion?: number; readonly signal: AbortSignal }): Pick<RestRequest, "idempotencyKey" | "ifMatch" | "signal"> {
  const { idempotencyKey, expectedVersion, signal } = params;
  return expectedVersion === undefined ? { idempotencyKey, signal } : { idempotencyKey, ifMatch: expectedVersion, signal };
}

/**
 * Creates a `RosterAdapter` that talks to a Rosterkit REST API. Every write carries its
 * `Idempotency-Key`; status and role changes carry `If-Match: "<version>"` (R22). Error answers
 * (RFC 9457 problems) become `RosterError`s with the problem's `code`, `rule`, `fieldErrors`, `issues`,
 * `workspaces`, `existing` and `current`; a failed `fetch`, or an attempt without an answer within
 * `timeoutMs`, is a retryable `network` error. Aborting the signal rejects with an `AbortError` and stops
 * any retry. Error messages are sentences for people; the method, path and body are on the error's
 * `request` and `detail`, for developers.
 * @example
 * const adapter = createRestAdapter({
 *   baseUrl: "https://api.example.com/rosterkit/v1",
 *   headers: async () => ({ Authorization: `Bearer ${await auth.token()}` }),
 * });
 * const page = await adapter.listMembers({
 *   scope: { kind: "workspace", workspaceId: "ws-1" }, search: "ada", statuses: ["active"], roles: [],
 *   sort: { field: "name", direction: "asc" }, page: { kind: "offset", offset: 0, limit: 50 },
 *   signal: new AbortController().signal,
 * });
 */
export function createRestAdapter(options: RestAdapterOptions): RosterAdapter {
  if (typeof options.baseUrl !== "string" || options.baseUrl === "") {
    throw new TypeError("createRestAdapter: `baseUrl` is required, e.g. https://api.example.com/rosterkit/v1.");
  }
  const { timeoutMs } = options;
  if (timeoutMs !== undefined && timeoutMs !== false && !(typeof timeoutMs === "number" && Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new TypeError(`createRestAdapter: \`timeoutMs\` must be a positive number of milliseconds or false (no timeout); got ${String(timeoutMs)}.`);
  }
  const transport = new RestTransport(options);
  return {
    capabilities: options.capabilities ?? REST_DEFAULT_CAPABILITIES,

    listMembers(params: ListMembersParams): Promise<ListMembersResult> {
      return transport.send({ operation: "listMembers", method: "GET", path: membersPath(params.scope), query: memberQueryToSearchParams(params), signal: params.signal });
    },

    getMember(params: GetMemberParams): Promise<Member> {
      return transport.send({ operation: "getMember", method: "GET", path: memberPath(params.scope, params.memberId), signal: params.signal });
    },

    inviteMembers(params: InviteMembersParams): Promise<InviteMembersResult> {
      return transport.send({ operation: "inviteMembers", method: "POST", path: `${workspacePath(params.workspaceId)}/invitations`, body: { invitees: params.invitees }, ...writeOf(params) });
    },

    changeStatus(params: ChangeStatusParams): Promise<ChangeStatusResult> {
      return transport.send({ operation: "changeStatus", method: "POST", path: `${memberPath(params.scope, params.memberId)}/status`, body: { action: params.action }, ...writeOf(params) });
    },

    updateMember(params: UpdateMemberParams): Promise<Member> {
      return transport.send({
        operation: "updateMember",
        method: "PATCH",
        path: workspaceMemberPath(params.workspaceId, params.memberId),
        body: { ...(params.role === undefined ? {} : { role: params.role }), ...(params.groups === undefined ? {} : { groups: params.groups }) },
        ...writeOf(params),
      });
    },

    resendInvitation(params: ResendInvitationParams): Promise<InvitationLink> {
      return transport.send({ operation: "resendInvitation", method: "POST", path: `${workspaceMemberPath(params.workspaceId, params.memberId)}/invitation/resend`, ...writeOf(params) });
    },

    getInvitationLink(params: GetInvitationLinkParams): Promise<InvitationLink> {
      return transport.send({ operation: "getInvitationLink", method: "GET", path: `${workspaceMemberPath(params.workspaceId, params.memberId)}/invitation`, signal: params.signal });
    },

    listWorkspaces(params: SignalParams): Promise<readonly WorkspaceSummary[]> {
      return transport.send({ operation: "listWorkspaces", method: "GET", path: "/workspaces", signal: params.signal });
    },

    listRoles(params: SignalParams): Promise<readonly Role[]> {
      return transport.send({ operation: "listRoles", method: "GET", path: "/roles", signal: params.signal });
    },

    listGroups(params: ListGroupsParams): Promise<readonly CustomGroup[]> {
      return transport.send({ operation: "listGroups", method: "GET", path: `${workspacePath(params.workspaceId)}/groups`, signal: params.signal });
    },

    listActivity(params: ListActivityParams): Promise<ActivityPage> {
      return transport.send({ operation: "listActivity", method: "GET", path: activityPath(params), query: activityQueryToSearchParams(params), signal: params.signal });
    },

    // A browser saves it with `URL.createObjectURL(await new Response(stream).blob())`: the request carries
    // the adapter's auth headers, which a plain link cannot. A host whose auth is a cookie can link to
    // `memberExportPath(scope)` with `memberExportToSearchParams(query, columns)` instead and stream to disk.
    exportMembers(params: ExportMembersParams): Promise<ReadableStream<Uint8Array>> {
      const { scope, search, statuses, roles, metadata, sort, columns = [], signal } = params;
      return transport.download({
        method: "GET",
        path: memberExportPath(scope),
        query: memberExportToSearchParams({ scope, search, statuses, roles, ...(metadata === undefined ? {} : { metadata }), sort }, columns),
        accept: MEMBER_EXPORT_MEDIA_TYPE,
        signal,
      });
    },
  };
}

/** Options of {@link fetchRestCapabilities}. */
export interface FetchRestCapabilitiesOptions extends Pick<RestAdapterOptions, "baseUrl" | "fetch" | "headers" | "timeoutMs"> {
  readonly signal: AbortSignal;
}

function isCapabilities(value: unknown): value is AdapterCapabilities {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    (record["pagination"] === "offset" || record["pagination"] === "cursor" || record["pagination"] === "none") &&
    typeof record["search"] === "boolean" &&
    typeof record["filterByStatus"] === "boolean" &&
    typeof record["filterByRole"] === "boolean" &&
    Array.isArray(record["sortFields"]) &&
    record["sortFields"].every((field) => typeof field === "string") &&
    typeof record["maxPageSize"] === "number"
  );
}

/**
 * Reads `GET /capabilities`, to pass as `capabilities` to {@link createRestAdapter}.
 * @throws RosterError `unknown` when the answer is not capabilities; any error of the request.
 * @example
 * const capabilities = await fetchRestCapabilities({ baseUrl, signal: AbortSignal.timeout(5000) });
 * const adapter = createRestAdapter({ baseUrl, capabilities });
 */
export async function fetchRestCapabilities(options: FetchRestCapabilitiesOptions): Promise<AdapterCapabilities> {
  const value = await new RestTransport(options).send<unknown>({ method: "GET", path: "/capabilities", signal: options.signal });
  if (!isCapabilities(value)) {
    throw new RosterError("unknown", UNREADABLE_ANSWER, {
      request: { method: "GET", path: "/capabilities" },
      detail: 'GET /capabilities should answer { pagination: "offset" | "cursor" | "none", search, filterByStatus, filterByRole: boolean, sortFields: string[], maxPageSize: number }.',
    });
  }
  return value;
}

/** Options of {@link acceptRestInvitation}. */
export interface AcceptRestInvitationOptions extends Pick<RestAdapterOptions, "baseUrl" | "fetch" | "timeoutMs"> {
  /** The token of the invitation link: what follows the links' base URL. */
  readonly token: string;
  readonly signal: AbortSignal;
}

/**
 * The invitee's side of R27: accepts an invitation link's token at `POST /invitations/accept` and
 * answers the member they now are. For the host's join page; it needs no signed-in user.
 * @throws RosterError `not_found` for a token that was never issued, `invalid_transition` (R27) for a
 * used, replaced or expired link, each with a sentence that says which.
 * @example
 * const member = await acceptRestInvitation({ baseUrl: "/api/rosterkit", token: params.token, signal });
 */
export async function acceptRestInvitation(options: AcceptRestInvitationOptions): Promise<Member> {
  const value = await new RestTransport({ ...options, retry: false }).send<unknown>({ method: "POST", path: "/invitations/accept", body: { token: options.token }, signal: options.signal });
  if (typeof value !== "object" || value === null || typeof (value as { id?: unknown }).id !== "string") {
    throw new RosterError("unknown", UNREADABLE_ANSWER, { request: { method: "POST", path: "/invitations/accept" }, detail: "POST /invitations/accept should answer the member." });
  }
  return value as Member; // An object with an id from the accept operation: the member, as the document says.
}
