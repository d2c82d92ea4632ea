import type { AdapterCapabilities, ListMembersResult, MemberQuery, MemberSort, MemberSortField, MetadataFilter } from "./adapter.types";
import type { MemberStatus, RoleId, Scope } from "./domain.types";
import type { MemberMap } from "./member-map";
import { memberMapChanges } from "./member-map";
import { matchingMembers, memberFilter } from "./member-match";
import { isMetadataField, orderMembers, roleRanks } from "./member-order";
import type { RosterError } from "./errors";
import type { MachineSlice, SharedEffect, Transition } from "./store.types";
import { stay } from "./store.types";
import { sameScope } from "./vocabulary";

/**
 * The member list: load, search, filter by status and role, sort and page (R25), against what the
 * adapter declares it can do. Each fetch gets a request id; a new fetch supersedes the previous one
 * (an abort effect for it) and late results of superseded requests are dropped, as react-stately's
 * `useAsyncList` does. Rows of the previous query stay visible while the next one loads.
 * @module
 */

/** `loading` keeps the previous `ids` visible (stale) until the answer comes. */
export type ListStatus = "idle" | "loading" | "ready" | "error";

/**
 * Where search, filter, sort and paging happen: `local` when the adapter returns every member at once
 * (`pagination: "none"`), otherwise on the server with offset or cursor pages.
 */
export type ListMode = "local" | "offset" | "cursor";

/** A query control of the list. */
export type ListFeature = "search" | "filterByStatus" | "filterByRole" | "filterByMetadata" | "sort" | "page";

/**
 * Why a query change was refused: the server does not declare it, and one page is never filtered alone
 * (R25). A UI words it from `feature` (`messages.table.unsupported`); {@link listRefusalSentence} says it
 * in English for hosts without a UI.
 */
export interface ListRefusal {
  readonly feature: ListFeature;
  readonly rule: "R25";
}

/** State of the list machine: the query it shows (a {@link MemberQuery} but for the page) and where it stands. */
export interface ListState extends Omit<MemberQuery, "page" | "metadata"> {
  /** Metadata filters, every one kept (workspace scope); empty keeps every member. */
  readonly metadata: readonly MetadataFilter[];
  readonly status: ListStatus;
  readonly mode: ListMode;
  readonly capabilities: AdapterCapabilities;
  /** Page shown, from 0. */
  readonly pageIndex: number;
  readonly pageSize: number;
  /** Server modes: ids of the page shown. Local mode: every member loaded, in the server's order. */
  readonly ids: readonly string[];
  /** Members matching the query (server modes, `null` when the server cannot count) or loaded (local). */
  readonly total: number | null;
  /** Cursor mode: `cursors[i]` fetches page `i + 1`; a page with no next cursor is the last. */
  readonly cursors: readonly string[];
  /** Id of the latest request issued; ids only grow. */
  readonly lastRequestId: number;
  /** Id of the request whose answer is awaited; answers of any other id are dropped. */
  readonly activeRequestId: number | null;
  readonly error: RosterError | null;
  /** The latest refused query change, cleared by the next accepted one. */
  readonly refusal: ListRefusal | null;
}

/** Events a UI sends to the list. */
export type ListCommand =
  | { readonly type: "LIST.LOAD" }
  | { readonly type: "LIST.SEARCH"; readonly search: string }
  | { readonly type: "LIST.FILTER_STATUS"; readonly statuses: readonly MemberStatus[] }
  | { readonly type: "LIST.FILTER_ROLE"; readonly roles: readonly RoleId[] }
  | { readonly type: "LIST.FILTER_METADATA"; readonly metadata: readonly MetadataFilter[] }
  | { readonly type: "LIST.SORT"; readonly sort: MemberSort }
  | { readonly type: "LIST.PAGE"; readonly pageIndex: number };

/** Every event of the list machine: commands, a scope switch and the answers of requests. */
export type ListEvent =
  | ListCommand
  | { readonly type: "LIST.SCOPE"; readonly scope: Scope }
  | { readonly type: "LIST.LOADED"; readonly requestId: number; readonly result: ListMembersResult }
  | { readonly type: "LIST.FAILED"; readonly requestId: number; readonly error: RosterError };

/** Effects of the list machine. */
export type ListEffect =
  | { readonly type: "list.fetch"; readonly requestId: number; readonly query: MemberQuery }
  | { readonly type: "list.abort"; readonly requestId: number }
  | SharedEffect;

/** Options of {@link createListState}. */
export interface ListOptions {
  readonly capabilities: AdapterCapabilities;
  readonly scope: Scope;
  /** Rows per page, capped at `capabilities.maxPageSize`. @default 25 */
  readonly pageSize?: number;
}

/** The sort a list starts with: by name, or the first field the server sorts by. */
function initialSort(capabilities: AdapterCapabilities): MemberSort {
  const local = capabilities.pagination === "none";
  const field: MemberSortField = local || capabilities.sortFields.includes("name") ? "name" : (capabilities.sortFields[0] ?? "name");
  return { field, direction: "asc" };
}

/**
 * The list's initial state (`idle`: nothing requested yet; send `LIST.LOAD`).
 * @example
 * const list = createListState({ capabilities: adapter.capabilities, scope: { kind: "instance" } });
 */
export function createListState(options: ListOptions): ListState {
  const { capabilities } = options;
  const mode: ListMode = capabilities.pagination === "none" ? "local" : capabilities.pagination;
  return {
    status: "idle",
    mode,
    capabilities,
    scope: options.scope,
    search: "",
    statuses: [],
    roles: [],
    metadata: [],
    sort: initialSort(capabilities),
    pageIndex: 0,
    pageSize: Math.max(1, Math.min(options.pageSize ?? 25, capabilities.maxPageSize)),
    ids: [],
    total: null,
    cursors: [],
    lastRequestId: 0,
    activeRequestId: null,
    error: null,
    refusal: null,
  };
}

/** The query the adapter receives for the current state (local mode asks for everything). */
export function listQuery(state: ListState): MemberQuery {
  if (state.mode === "local") {
    return { scope: state.scope, search: "", statuses: [], roles: [], sort: state.sort, page: { kind: "offset", offset: 0, limit: state.capabilities.maxPageSize } };
  }
  const page =
    state.mode === "offset"
      ? ({ kind: "offset", offset: state.pageIndex * state.pageSize, limit: state.pageSize } as const)
      : ({ kind: "cursor", cursor: state.pageIndex === 0 ? null : (state.cursors[state.pageIndex - 1] ?? null), limit: state.pageSize } as const);
  const roles = state.scope.kind === "instance" ? [] : state.roles;
  const metadata = state.scope.kind === "workspace" && state.metadata.length > 0 ? { metadata: state.metadata } : {};
  return { scope: state.scope, search: state.search, statuses: state.statuses, roles, ...metadata, sort: state.sort, page };
}

/**
 * Whether the list can offer a control: always in local mode, else only what the server declares (R25);
 * metadata filters only in workspace scope (metadata is a membership's).
 */
export function supportsFeature(state: Pick<ListState, "mode" | "capabilities" | "scope">, feature: Exclude<ListFeature, "page" | "sort">): boolean {
  if (feature === "filterByMetadata") return state.scope.kind === "workspace" && (state.mode === "local" || state.capabilities.metadata?.filter === true);
  return state.mode === "local" || state.capabilities[feature];
}

/**
 * Whether the list can sort by a field: always in local mode, else only by the server's `sortFields`
 * (R25); a metadata key only in workspace scope, and on the server only when it declares `metadata.sort`.
 */
export function supportsSort(state: Pick<ListState, "mode" | "capabilities" | "scope">, field: MemberSort["field"]): boolean {
  if (isMetadataField(field)) return state.scope.kind === "workspace" && (state.mode === "local" || state.capabilities.metadata?.sort === true);
  return state.mode === "local" || state.capabilities.sortFields.includes(field);
}

const FEATURE_NAMES: Readonly<Record<ListFeature, string>> = {
  search: "search",
  filterByStatus: "filter by status",
  filterByRole: "filter by role",
  filterByMetadata: "filter by metadata",
  sort: "sort by this column",
  page: "go to this page",
};

/**
 * The kit's English sentence for a refused query change (R25), for hosts without a UI; only what calls it
 * bundles the sentence.
 * @example
 * listRefusalSentence({ feature: "search", rule: "R25" })
 * // "The server pages this list and cannot search; filtering only the page shown would hide members."
 */
export function listRefusalSentence(refusal: ListRefusal): string {
  return `The server pages this list and cannot ${FEATURE_NAMES[refusal.feature]}; filtering only the page shown would hide members.`;
}

function refuse(state: ListState, feature: ListFeature): Transition<ListState, ListEffect> {
  return stay({ ...state, refusal: { feature, rule: "R25" } });
}

/** Issues a request for the current query, superseding (aborting) the one in flight. */
function fetchPage(state: ListState): Transition<ListState, ListEffect> {
  const requestId = state.lastRequestId + 1;
  const next: ListState = { ...state, status: "loading", lastRequestId: requestId, activeRequestId: requestId, error: null };
  const fetch: ListEffect = { type: "list.fetch", requestId, query: listQuery(next) };
  const effects: ListEffect[] = state.activeRequestId === null ? [fetch] : [{ type: "list.abort", requestId: state.activeRequestId }, fetch];
  return { state: next, effects };
}

/** Applies a new query: back to the first page; server modes fetch it, local mode only recomputes. */
function requery(state: ListState, patch: Partial<Pick<ListState, "search" | "statuses" | "roles" | "metadata" | "sort">>): Transition<ListState, ListEffect> {
  const next: ListState = { ...state, ...patch, pageIndex: 0, cursors: [], refusal: null };
  if (state.mode === "local" || state.status === "idle") return stay(next);
  return fetchPage(next);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameMetadata(a: readonly MetadataFilter[], b: readonly MetadataFilter[]): boolean {
  return a.length === b.length && a.every((filter, index) => filter.key === b[index]?.key && filter.value === b[index]?.value);
}

function changePage(state: ListState, pageIndex: number): Transition<ListState, ListEffect> {
  if (pageIndex === state.pageIndex) return stay(state);
  const reachable =
    Number.isInteger(pageIndex) &&
    pageIndex >= 0 &&
    (state.mode !== "cursor" || pageIndex <= state.cursors.length) &&
    (state.mode !== "offset" || state.total === null || pageIndex * state.pageSize < Math.max(state.total, 1));
  if (!reachable) return refuse(state, "page");
  const next: ListState = { ...state, pageIndex, refusal: null };
  return state.mode === "local" ? stay(next) : fetchPage(next);
}

function receive(state: ListState, requestId: number, result: ListMembersResult): Transition<ListState, ListEffect> {
  if (requestId !== state.activeRequestId) return stay(state);
  const cursors = state.mode === "cursor" ? [...state.cursors.slice(0, state.pageIndex), ...(result.nextCursor === null ? [] : [result.nextCursor])] : state.cursors;
  const total = state.mode === "local" ? result.members.length : result.total;
  const ids = result.members.map((member) => member.id);
  return {
    state: { ...state, status: "ready", ids: sameList(ids, state.ids) ? state.ids : ids, total, cursors, activeRequestId: null, error: null },
    effects: [{ type: "members.upsert", members: result.members, replace: true }],
  };
}

function switchScope(state: ListState, scope: Scope): Transition<ListState, ListEffect> {
  if (sameScope(scope, state.scope)) return stay(state);
  const instance = scope.kind === "instance";
  const roles = instance ? [] : state.roles;
  const metadata = instance ? [] : state.metadata;
  // Metadata is a membership's: the instance list cannot be sorted by it.
  const sort = instance && isMetadataField(state.sort.field) ? initialSort(state.capabilities) : state.sort;
  return fetchPage({ ...state, scope, roles, metadata, sort, pageIndex: 0, cursors: [], ids: [], total: null, refusal: null });
}

/**
 * The list's transition function.
 * @example
 * const { state, effects } = listTransition(list, { type: "LIST.SEARCH", search: "ada" });
 */
export function listTransition(state: ListState, event: ListEvent): Transition<ListState, ListEffect> {
  switch (event.type) {
    case "LIST.LOAD":
      return fetchPage({ ...state, refusal: null });
    case "LIST.SEARCH": {
      const search = event.search.trim() === "" ? "" : event.search;
      if (search === state.search) return stay(state);
      return search !== "" && !supportsFeature(state, "search") ? refuse(state, "search") : requery(state, { search });
    }
    case "LIST.FILTER_STATUS":
      if (sameList(event.statuses, state.statuses)) return stay(state);
      return event.statuses.length > 0 && !supportsFeature(state, "filterByStatus") ? refuse(state, "filterByStatus") : requery(state, { statuses: event.statuses });
    case "LIST.FILTER_ROLE":
      if (sameList(event.roles, state.roles)) return stay(state);
      return event.roles.length > 0 && !supportsFeature(state, "filterByRole") ? refuse(state, "filterByRole") : requery(state, { roles: event.roles });
    case "LIST.FILTER_METADATA":
      if (sameMetadata(event.metadata, state.metadata)) return stay(state);
      return event.metadata.length > 0 && !supportsFeature(state, "filterByMetadata") ? refuse(state, "filterByMetadata") : requery(state, { metadata: event.metadata });
    case "LIST.SORT":
      if (event.sort.field === state.sort.field && event.sort.direction === state.sort.direction) return stay(state);
      return supportsSort(state, event.sort.field) ? requery(state, { sort: event.sort }) : refuse(state, "sort");
    case "LIST.PAGE":
      return changePage(state, event.pageIndex);
    case "LIST.SCOPE":
      return switchScope(state, event.scope);
    case "LIST.LOADED":
      return receive(state, event.requestId, event.result);
    case "LIST.FAILED":
      if (event.requestId !== state.activeRequestId) return stay(state);
      return stay({ ...state, status: "error", error: event.error, activeRequestId: null });
  }
}

/** Page navigation derived from a list state and the number of matching members. */
export interface PageInfo {
  readonly pageIndex: number;
  readonly pageSize: number;
  /** `null` when the server cannot count. */
  readonly pageCount: number | null;
  readonly hasPreviousPage: boolean;
  readonly hasNextPage: boolean;
}

/**
 * Page navigation for a list: `rowCount` is the number of members matching the query (`null`: unknown)
 * and `shown` the number of rows on the current page.
 */
export function pageInfo(state: ListState, rowCount: number | null, shown: number): PageInfo {
  const pageCount = rowCount === null ? null : Math.max(1, Math.ceil(rowCount / state.pageSize));
  const hasNextPage =
    state.mode === "cursor" ? state.cursors.length > state.pageIndex : pageCount === null ? shown === state.pageSize : state.pageIndex + 1 < pageCount;
  return { pageIndex: state.pageIndex, pageSize: state.pageSize, pageCount, hasPreviousPage: state.pageIndex > 0, hasNextPage };
}

/**
 * Whether replacing members changes what the local query shows: only when a member joins or leaves, or
 * one of the fields the current query reads changes (name and email while searching, status, role and
 * metadata while filtered by them, the sort field or the metadata of a metadata sort). It reads only what
 * differs between the two maps, so a status change with no status filter or sort costs the same at
 * 100,000 loaded members as at 10, and nothing is filtered or sorted again for it.
 */
export function localQueryChanged(state: ListState, before: MemberMap, after: MemberMap): boolean {
  const searching = state.search.trim() !== "";
  for (const [, previous, next] of memberMapChanges(before, after)) {
    if (!previous || !next) return true;
    if (searching && (previous.name !== next.name || previous.email !== next.email)) return true;
    if (state.statuses.length > 0 && previous.status !== next.status) return true;
    if (state.roles.length > 0 && previous.role !== next.role) return true;
    if (state.metadata.length > 0 && previous.metadata !== next.metadata) return true;
    const field = state.sort.field;
    if (isMetadataField(field) ? previous.metadata !== next.metadata : previous[field] !== next[field]) return true;
  }
  return false;
}

const NO_ROLES: readonly { readonly id: RoleId }[] = [];

/**
 * Local mode (R25, `pagination: "none"`): searches, filters, sorts and pages the full list in memory, with
 * the matching of `member-match.ts` and in the order of `member-order.ts` (the in-memory backend's too;
 * `roles` gives the role order). Returns the
 * ids of the page shown, the number of matching members and the page shown (the requested one, or the
 * last one when fewer members match now).
 * @example
 * const { ids, rowCount } = applyLocalQuery(list, snapshot.members, snapshot.config.roles);
 */
export function applyLocalQuery(
  state: ListState,
  members: MemberMap,
  roles: readonly { readonly id: RoleId }[] = NO_ROLES,
): { readonly ids: readonly string[]; readonly rowCount: number; readonly pageIndex: number } {
  // Both steps remember their answer for the same inputs: a sort reuses the match, a page change the order.
  const { ids } = orderMembers(matchingMembers(state.ids, members, memberFilter(state)), state.sort, roleRanks(roles));
  const lastPage = Math.max(0, Math.ceil(ids.length / state.pageSize) - 1);
  const pageIndex = Math.min(state.pageIndex, lastPage);
  const start = pageIndex * state.pageSize;
  // One page holding every match (a long list) is the order's own array.
  return { ids: start === 0 && state.pageSize >= ids.length ? ids : ids.slice(start, start + state.pageSize), rowCount: ids.length, pageIndex };
}

/**
 * The list's local mode (R25): what a store needs to search, filter, sort and page a list it holds whole,
 * which it does when the adapter declares `pagination: "none"`. A store over such an adapter needs it
 * (`createRosterStore({ ..., localQuery: localListQuery })`; `RosterProvider` gives it itself); only a
 * bundle that imports it carries the matching and ordering code (`member-match.ts`, `member-order.ts`).
 */
export interface LocalListQuery {
  /** The ids of the page shown, the number of matching members and the page shown: {@link applyLocalQuery}. */
  readonly apply: typeof applyLocalQuery;
  /** Whether replacing members changes what the query shows: {@link localQueryChanged}. */
  readonly changed: typeof localQueryChanged;
}

/**
 * The list's local mode, for stores over an adapter that answers every member at once (`pagination: "none"`).
 * @example
 * const store = createRosterStore({ adapter: wholeListAdapter, actor, scope, localQuery: localListQuery });
 */
export const localListQuery: LocalListQuery = { apply: applyLocalQuery, changed: localQueryChanged };

/**
 * The list as a slice of the store: its commands apply only while the actor may see the scope (R1, R2);
 * a scope switch loads the new scope's first page.
 */
export const listMachine: MachineSlice<"list", ListState, ListCommand, ListEvent, Exclude<ListEffect, SharedEffect>> = {
  key: "list",
  commands: ["LIST.LOAD", "LIST.SEARCH", "LIST.FILTER_STATUS", "LIST.FILTER_ROLE", "LIST.FILTER_METADATA", "LIST.SORT", "LIST.PAGE"],
  initial: ({ capabilities, scope, pageSize }) => createListState({ capabilities, scope, ...(pageSize === undefined ? {} : { pageSize }) }),
  resolve: (command, _state, { facts }) => (facts.access.ok ? command : null),
  transition: listTransition,
  run(effect, io) {
    const { requestId } = effect;
    if (effect.type === "list.abort") return io.abort(`list:${requestId}`);
    io.request(
      `list:${requestId}`,
      (signal) => io.adapter.listMembers({ ...effect.query, signal }),
      (outcome) => (outcome.ok ? { type: "LIST.LOADED", requestId, result: outcome.value } : { type: "LIST.FAILED", requestId, error: outcome.error }),
    );
  },
  scopeChanged: (scope) => ({ type: "LIST.SCOPE", scope }),
};
