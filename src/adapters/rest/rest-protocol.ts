import type { ActivityAction, ActivityQuery } from "../../core/activity.types";
import type { AdapterCapabilities, MemberExportColumn, MemberExportQuery, MemberQuery, MemberSort, MetadataFilter, PageRequest } from "../../core/adapter.types";
import { MEMBER_STATUSES } from "../../core/domain.types";
import type { MemberStatus, Scope } from "../../core/domain.types";
import type { LimitDetails, RefusalParams, RosterError, RosterErrorCode, RosterLimitName } from "../../core/errors";
import { fieldError } from "../../core/errors";
import { isMetadataField } from "../../core/member-order";
import { BACKEND_CAPABILITIES, MEMBER_SORT_FIELDS } from "../../core/vocabulary";

/**
 * The wire protocol of Rosterkit's REST API (`openapi/rosterkit.openapi.json`), shared by the REST client
 * (`createRestAdapter`) and any server that speaks it (the MSW mock backend in `rosterkit/mocks`): how a
 * member query becomes a query string and back, how a `RosterError` becomes an RFC 9457 problem and
 * which HTTP status it travels with, and the `ETag`/`If-Match` and `Retry-After` formats.
 * @module
 */

/** Every {@link RosterErrorCode}, as data: the `code` enum of the `Problem` schema. */
export const ROSTER_ERROR_CODES = [
  "forbidden",
  "not_found",
  "conflict",
  "validation",
  "last_admin",
  "archived_in_instance",
  "duplicate",
  "invalid_transition",
  "rate_limited",
  "idempotency_mismatch",
  "limit_exceeded",
  "network",
  "unknown",
] as const satisfies readonly RosterErrorCode[];

// Fails to compile when a code is added to RosterErrorCode and not to the list above.
type MissingCode = Exclude<RosterErrorCode, (typeof ROSTER_ERROR_CODES)[number]>;
const everyCodeListed: [MissingCode] extends [never] ? true : MissingCode = true;
void everyCodeListed;

/** Whether a value is one of the {@link ROSTER_ERROR_CODES}. */
export function isRosterErrorCode(value: unknown): value is RosterErrorCode {
  return typeof value === "string" && (ROSTER_ERROR_CODES as readonly string[]).includes(value);
}

/** Media type of error answers (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** Header that carries the idempotency key of every write. */
export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

/**
 * The capabilities `createRestAdapter` declares unless told otherwise: what the mock backend (and a server
 * built on the in-memory backend) answers at `GET /capabilities`.
 */
export const REST_DEFAULT_CAPABILITIES: AdapterCapabilities = BACKEND_CAPABILITIES;

/**
 * The default page size of `GET .../members` when `limit` is missing.
 * @default 50
 */
export const REST_DEFAULT_PAGE_SIZE = 50;

/** An RFC 9457 problem with Rosterkit's extension members: the body of every error answer. */
export interface RosterProblem {
  /** `urn:rosterkit:problem:<code>`. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  /** The `RosterError` message: an English sentence for clients without messages of their own. */
  readonly detail: string;
  readonly instance?: string;
  readonly code: RosterErrorCode;
  readonly rule?: string;
  /** Which sentence of `rule` refused it (e.g. `R15.lastAdmin`): the UI words it from its messages with `params`. */
  readonly reasonKey?: string;
  /** The values of the refusal's sentence (names, statuses, workspaces, counts, the verb). */
  readonly params?: RefusalParams;
  readonly fieldErrors?: RosterError["fieldErrors"];
  /** With `validation`: the refused fields by code and values, for the UI to word (`FieldIssue`). */
  readonly issues?: RosterError["issues"];
  readonly workspaces?: readonly string[];
  readonly existing?: NonNullable<RosterError["existing"]>;
  readonly current?: NonNullable<RosterError["current"]>;
  /** With `limit_exceeded`: the limit passed (R29). */
  readonly limit?: LimitDetails;
}

const TITLES: { readonly [C in RosterErrorCode]: string } = {
  forbidden: "Not allowed",
  not_found: "Not found",
  conflict: "Changed meanwhile",
  validation: "Invalid request",
  last_admin: "Last active admin",
  archived_in_instance: "Archived at instance level",
  duplicate: "Already a member",
  invalid_transition: "Not possible in this status",
  rate_limited: "Too many requests",
  idempotency_mismatch: "Idempotency key reused",
  limit_exceeded: "Limit exceeded",
  network: "Upstream unreachable",
  unknown: "Server error",
};

const STATUSES: { readonly [C in RosterErrorCode]: number } = {
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation: 422,
  last_admin: 409,
  archived_in_instance: 409,
  duplicate: 409,
  invalid_transition: 409,
  rate_limited: 429,
  idempotency_mismatch: 422,
  limit_exceeded: 422,
  network: 503,
  unknown: 500,
};

/** The `type` URI of a problem with this code. */
export function problemType(code: RosterErrorCode): string {
  return `urn:rosterkit:problem:${code}`;
}

/** The HTTP status a server answers a `RosterError` of this code with (R3: refusals are 403/409/422). */
export function httpStatusOf(code: RosterErrorCode): number {
  return STATUSES[code];
}

/**
 * The HTTP status a server answers this `RosterError` with: {@link httpStatusOf} its code, except that a
 * request body over its limit is 413 Content Too Large (R29).
 */
export function httpStatusOfError(error: RosterError): number {
  return error.code === "limit_exceeded" && error.limit?.name === "requestBodyBytes" ? 413 : httpStatusOf(error.code);
}

const LIMIT_NAMES: readonly RosterLimitName[] = ["inviteesPerRequest", "requestBodyBytes", "jsonDepth"];

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** The `limit` member of a problem (R29), or `undefined` when it has none or it is malformed. */
export function limitFromProblem(problem: Readonly<Record<string, unknown>>): LimitDetails | undefined {
  const limit = problem["limit"];
  if (typeof limit !== "object" || limit === null) return undefined;
  const { name, max, actual } = limit as Record<string, unknown>;
  if (!LIMIT_NAMES.includes(name as RosterLimitName) || !isCount(max)) return undefined;
  return { name: name as RosterLimitName, max, ...(isCount(actual) ? { actual } : {}) }; // name checked against LIMIT_NAMES
}

/**
 * The problem body of a `RosterError`, with only the extension members that carry something.
 * @example
 * const problem = problemFromError(new RosterError("last_admin", "Ada is the last admin.", { workspaces: ["ws-1"] }));
 * // { type: "urn:rosterkit:problem:last_admin", title: "Last active admin", status: 409, code: "last_admin", ... }
 */
export function problemFromError(error: RosterError, options: { readonly status?: number; readonly instance?: string } = {}): RosterProblem {
  return {
    type: problemType(error.code),
    title: TITLES[error.code],
    status: options.status ?? httpStatusOfError(error),
    detail: error.message,
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    code: error.code,
    ...(error.rule === undefined ? {} : { rule: error.rule }),
    ...(error.reasonKey === undefined ? {} : { reasonKey: error.reasonKey, params: error.params }),
    ...(Object.keys(error.fieldErrors).length === 0 ? {} : { fieldErrors: error.fieldErrors }),
    ...(error.issues.length === 0 ? {} : { issues: error.issues }),
    ...(error.workspaces.length === 0 ? {} : { workspaces: error.workspaces }),
    ...(error.existing === undefined ? {} : { existing: error.existing }),
    ...(error.current === undefined ? {} : { current: error.current }),
    ...(error.limit === undefined ? {} : { limit: error.limit }),
  };
}

/** `"<version>"`: the entity tag of a member, sent back in `If-Match` (R22). */
export function formatEntityTag(version: number): string {
  return `"${String(version)}"`;
}

/** The version in an `ETag`/`If-Match` value (`"3"`, `W/"3"` or `3`), or `null` when it holds none. */
export function parseEntityTag(value: string | null): number | null {
  if (value === null) return null;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(value);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * Milliseconds to wait from a `Retry-After` value: delay-seconds or an HTTP date; `undefined` when absent or
 * unreadable. A date in the past gives 0.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The path of one workspace: `/workspaces/{id}`. */
export function workspacePath(workspaceId: string): string {
  return `/workspaces/${encodeURIComponent(workspaceId)}`;
}

/** The path of a member list: `/workspaces/{id}/members` or `/members` (instance scope). */
export function membersPath(scope: Scope): string {
  return scope.kind === "instance" ? "/members" : `${workspacePath(scope.workspaceId)}/members`;
}

/** The path of one member in a scope. */
export function memberPath(scope: Scope, memberId: string): string {
  return `${membersPath(scope)}/${encodeURIComponent(memberId)}`;
}

/**
 * The query string of a member list (R25): `search`, `status` (repeated), `role` (repeated, workspace scope),
 * `metadata` (a JSON object of key → value, every one matched; workspace scope), `sort=field:direction`
 * (the field may be `metadata.<key>`), `limit`, and `offset`, or `cursor` (empty for the first page of
 * cursor paging).
 */
export function memberQueryToSearchParams(query: Omit<MemberQuery, "scope"> & { readonly scope?: Scope }): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search !== "") params.set("search", query.search);
  for (const status of query.statuses) params.append("status", status);
  if (query.scope?.kind !== "instance") for (const role of query.roles) params.append("role", role);
  // Sent in any scope: the list of every user refuses it rather than ignore it (metadata is a membership's).
  if (query.metadata !== undefined && query.metadata.length > 0) {
    params.set("metadata", JSON.stringify(Object.fromEntries(query.metadata.map(({ key, value }) => [key, value]))));
  }
  params.set("sort", `${query.sort.field}:${query.sort.direction}`);
  if (query.page.kind === "offset") params.set("offset", String(query.page.offset));
  else params.set("cursor", query.page.cursor ?? "");
  params.set("limit", String(query.page.limit));
  return params;
}

/** Values of a repeatable parameter: `status=a&status=b` and `status=a,b` both give `[a, b]`. */
function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

function integerParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^-?\d+$/.test(raw)) throw fieldError(name, `\`${name}\` must be a whole number; "${raw}" was given.`);
  return Number(raw);
}

/**
 * Reads a member query from a list request's query string (the server side of
 * {@link memberQueryToSearchParams}). Range checks (page size, sort field) are the backend's.
 * @throws RosterError `validation` for a malformed `sort`, `status`, `offset` or `limit`.
 */
export function memberQueryFromSearchParams(scope: Scope, params: URLSearchParams): MemberQuery {
  const limit = integerParam(params, "limit", REST_DEFAULT_PAGE_SIZE);
  const cursor = params.get("cursor");
  const page: PageRequest =
    cursor === null ? { kind: "offset", offset: integerParam(params, "offset", 0), limit } : { kind: "cursor", cursor: cursor === "" ? null : cursor, limit };
  return { ...exportQueryFromSearchParams(scope, params), page };
}

/** The `sort` parameter, `field:direction`; a metadata field's key may itself hold a colon. */
function sortParam(params: URLSearchParams): MemberSort {
  const raw = params.get("sort") ?? "name:asc";
  const colon = raw.lastIndexOf(":");
  const field = colon < 0 ? raw : raw.slice(0, colon);
  const direction = colon < 0 ? "asc" : raw.slice(colon + 1);
  const known = (MEMBER_SORT_FIELDS as readonly string[]).includes(field) || isMetadataField(field);
  if ((direction !== "asc" && direction !== "desc") || !known) {
    throw fieldError("sort", `\`sort\` is field:direction with a field among ${MEMBER_SORT_FIELDS.join(", ")} or metadata.<key>, and a direction asc or desc; "${raw}" was given.`);
  }
  return { field: field as MemberSort["field"], direction }; // a known field or a metadata field, checked above
}

/** The `metadata` parameter: a JSON object of metadata key → the text its value must have. */
function metadataParam(params: URLSearchParams): MetadataFilter[] {
  const raw = params.get("metadata");
  if (raw === null || raw === "") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed) || !Object.values(parsed).every((value) => typeof value === "string")) {
    throw fieldError("metadata", `\`metadata\` is a JSON object of metadata keys and the text each value must have, e.g. {"department":"Sales"}; "${raw.slice(0, 80)}" was given.`);
  }
  return Object.entries(parsed as Record<string, string>).map(([key, value]) => ({ key, value }));
}

/** The search, filters and sort of a list's query string: all of a member query but its page. */
function exportQueryFromSearchParams(scope: Scope, params: URLSearchParams): MemberExportQuery {
  const sort = sortParam(params);
  const metadata = metadataParam(params);
  const statuses = listParam(params, "status");
  const unknown = statuses.filter((status) => !(MEMBER_STATUSES as readonly string[]).includes(status));
  if (unknown.length > 0) throw fieldError("status", `Unknown status filter: ${unknown.join(", ")}; use ${MEMBER_STATUSES.join(", ")}.`);
  return {
    scope,
    search: params.get("search") ?? "",
    statuses: statuses as MemberStatus[], // checked against MEMBER_STATUSES above
    roles: scope.kind === "instance" ? [] : listParam(params, "role"),
    ...(metadata.length > 0 ? { metadata } : {}),
    sort,
  };
}

/**
 * The path of a member export (R25): `/workspaces/{id}/members.csv`, or `/members.csv` for the instance.
 * @example
 * memberExportPath({ kind: "workspace", workspaceId: "ws-1" }) // "/workspaces/ws-1/members.csv"
 */
export function memberExportPath(scope: Scope): string {
  return `${membersPath(scope)}.csv`;
}

/**
 * The query string of a member export: the list's `search`, `status`, `role` and `sort`, and `columns`
 * (comma-separated, in order; every column when empty).
 * @example
 * const href = `${baseUrl}${memberExportPath(scope)}?${memberExportToSearchParams(query, ["name", "email"])}`;
 */
export function memberExportToSearchParams(query: MemberExportQuery, columns: readonly MemberExportColumn[] = []): URLSearchParams {
  const params = memberQueryToSearchParams({ ...query, page: { kind: "cursor", cursor: null, limit: 1 } });
  params.delete("cursor");
  params.delete("limit");
  if (columns.length > 0) params.set("columns", columns.join(","));
  return params;
}

/**
 * Reads a member export from its query string (the server side of {@link memberExportToSearchParams}):
 * the query and the columns asked for, unchecked (the engine checks them against the allow-list).
 * @throws RosterError `validation` for a malformed `sort` or `status`.
 */
export function memberExportFromSearchParams(scope: Scope, params: URLSearchParams): { readonly query: MemberExportQuery; readonly columns: readonly string[] } {
  return { query: exportQueryFromSearchParams(scope, params), columns: listParam(params, "columns") };
}

/**
 * The path of an activity page (R28): a member's history `/members/{id}/activity` (with `workspaceId` in
 * the query string in a workspace), a workspace's `/workspaces/{id}/activity`, or the instance's `/activity`.
 */
export function activityPath(query: Pick<ActivityQuery, "scope" | "memberId">): string {
  if (typeof query.memberId === "string") return `/members/${encodeURIComponent(query.memberId)}/activity`;
  return query.scope.kind === "instance" ? "/activity" : `${workspacePath(query.scope.workspaceId)}/activity`;
}

/**
 * The query string of an activity page: `action` (repeated), `actor`, `cursor`, `limit`, and for a
 * member's history in a workspace, `workspaceId`.
 */
export function activityQueryToSearchParams(query: ActivityQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (typeof query.memberId === "string" && query.scope.kind === "workspace") params.set("workspaceId", query.scope.workspaceId);
  for (const action of query.actions ?? []) params.append("action", action);
  if (typeof query.actorId === "string") params.set("actor", query.actorId);
  if (query.cursor !== null) params.set("cursor", query.cursor);
  params.set("limit", String(query.limit));
  return params;
}

/**
 * Reads an activity query from its path and query string (the server side of
 * {@link activityQueryToSearchParams}); `memberId` is the member of `/members/{id}/activity`. Actions
 * and ranges are the engine's to check.
 * @throws RosterError `validation` for a `limit` that is not a whole number.
 */
export function activityQueryFromSearchParams(scope: Scope, memberId: string | null, params: URLSearchParams): ActivityQuery {
  const cursor = params.get("cursor");
  return {
    scope,
    memberId,
    actions: listParam(params, "action") as ActivityAction[], // unchecked here: the engine refuses any not in ACTIVITY_ACTIONS
    actorId: params.get("actor"),
    cursor: cursor === null || cursor === "" ? null : cursor,
    limit: integerParam(params, "limit", REST_DEFAULT_PAGE_SIZE),
  };
}
