import { decodeBase64Url, encodeBase64Url } from "../../core/base64url";
import type { ListMembersResult, MemberQuery, MemberSort } from "../../core/adapter.types";
import { MEMBER_STATUSES } from "../../core/domain.types";
import type { Member } from "../../core/domain.types";
import { fieldError, RosterError } from "../../core/errors";
import { matchesQuery, memberFilter } from "../../core/member-match";
import type { SortKey } from "../../core/member-order";
import { isMetadataField, metadataKeyOf } from "../../core/member-order";
import { MAX_PAGE_SIZE, MEMBER_SORT_FIELDS, scopeKey } from "../../core/vocabulary";
import type { SortedMemberIndex } from "./member-index";
import type { MemoryRecords } from "./memory-records";

/**
 * Answers a member list query over the backend's sorted indexes (R25): search, status, role and metadata
 * filters (the core's `matchesQuery`, as local mode matches), every sort field and any metadata key
 * (workspace scope) in both directions, offset and cursor paging.
 * @module
 */

/**
 * What an opaque cursor holds: where the previous page ended, in which order. Every storage writes the
 * same cursor (the Postgres storage too), so one key means one place in a list whoever answers.
 */
export interface CursorState {
  readonly field: MemberSort["field"];
  readonly direction: "asc" | "desc";
  readonly key: SortKey;
  readonly id: string;
}

/** The opaque text of a cursor (URL-safe base64 of JSON). */
export function encodeCursor(state: CursorState): string {
  return encodeBase64Url(JSON.stringify([state.field, state.direction, state.key, state.id]));
}

/** The refusal of a cursor that is malformed or does not point into this list. */
export function invalidCursor(): RosterError {
  return new RosterError("validation", "This page link is no longer valid. Go back to the first page and try again.", {
    fieldErrors: { cursor: "Unknown or malformed cursor." },
  });
}

function decodeCursor(cursor: string): CursorState {
  try {
    const parsed: unknown = JSON.parse(decodeBase64Url(cursor));
    if (!Array.isArray(parsed) || parsed.length !== 4) throw invalidCursor();
    const [field, direction, key, id] = parsed as unknown[];
    if (
      !(typeof field === "string" && ((MEMBER_SORT_FIELDS as readonly string[]).includes(field) || isMetadataField(field))) ||
      (direction !== "asc" && direction !== "desc") ||
      !(key === null || typeof key === "string" || typeof key === "number") ||
      typeof id !== "string"
    ) {
      throw invalidCursor();
    }
    return { field: field as MemberSort["field"], direction, key, id };
  } catch {
    throw invalidCursor();
  }
}

/**
 * The cursor of a cursor-paged query, decoded and checked against the query's sort order; `null` on a
 * first page and with offset paging.
 * @throws RosterError `validation` for a malformed cursor or one from another sort order.
 */
export function queryCursor(query: MemberQuery): CursorState | null {
  const { page } = query;
  if (page.kind !== "cursor" || page.cursor === null) return null;
  const cursor = decodeCursor(page.cursor);
  if (cursor.field !== query.sort.field || cursor.direction !== query.sort.direction) {
    throw new RosterError("validation", "The sort order changed since this page was loaded. Go back to the first page.", {
      fieldErrors: { cursor: "The cursor belongs to another sort order." },
    });
  }
  return cursor;
}

/** Longest metadata key a query may sort or filter by, in characters. */
export const MAX_METADATA_KEY_LENGTH = 200;

/** Most metadata filters in one query. */
export const MAX_METADATA_FILTERS = 10;

function checkMetadataKey(field: string, key: unknown): void {
  if (typeof key !== "string" || key === "" || key.length > MAX_METADATA_KEY_LENGTH) {
    throw fieldError(field, `A metadata key is text of 1 to ${MAX_METADATA_KEY_LENGTH} characters; ${JSON.stringify(key)?.slice(0, 60) ?? String(key)} was given.`);
  }
}

/** Checks a query's metadata sort and filters: workspace scope only (metadata is a membership's), keys and values of text. */
function checkMetadataShape(query: MemberQuery): void {
  const filters: unknown = query.metadata ?? [];
  const sortKey = isMetadataField(query.sort.field) ? metadataKeyOf(query.sort.field) : null;
  if (!Array.isArray(filters)) throw fieldError("metadata", "`metadata` is a list of { key, value } filters.");
  if (query.scope.kind === "instance" && (sortKey !== null || filters.length > 0)) {
    throw fieldError(sortKey === null ? "metadata" : "sort", "Metadata belongs to a workspace membership: the list of every user cannot be sorted or filtered by it.");
  }
  if (sortKey !== null) checkMetadataKey("sort", sortKey);
  if (filters.length > MAX_METADATA_FILTERS) throw fieldError("metadata", `At most ${MAX_METADATA_FILTERS} metadata filters; ${filters.length} were given.`);
  for (const filter of filters as unknown[]) {
    const { key, value } = (typeof filter === "object" && filter !== null ? filter : {}) as { key?: unknown; value?: unknown };
    checkMetadataKey("metadata", key);
    if (typeof value !== "string") throw fieldError("metadata", `The metadata filter on "${String(key)}" needs a text value to match.`);
  }
}

/** Checks the parts of a query the rules do not cover: page size, offset, sort field, statuses, metadata. */
export function checkQueryShape(query: MemberQuery): void {
  const { page, sort } = query;
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_PAGE_SIZE) {
    throw fieldError("limit", `A page holds from 1 to ${MAX_PAGE_SIZE} members; ${String(page.limit)} was asked for.`);
  }
  if (page.kind === "offset" && (!Number.isInteger(page.offset) || page.offset < 0)) {
    throw fieldError("offset", `A page offset is a whole number from 0; ${String(page.offset)} was given.`);
  }
  if (!((MEMBER_SORT_FIELDS as readonly string[]).includes(sort.field) || isMetadataField(sort.field))) {
    throw fieldError("sort", `Members cannot be sorted by "${String(sort.field)}"; use one of ${MEMBER_SORT_FIELDS.join(", ")} or metadata.<key>.`);
  }
  if (sort.direction !== "asc" && sort.direction !== "desc") {
    throw fieldError("sort", `Sort direction must be "asc" or "desc", not "${String(sort.direction)}".`);
  }
  const unknown = query.statuses.filter((status) => !MEMBER_STATUSES.includes(status));
  if (unknown.length > 0) throw fieldError("statuses", `Unknown status filter: ${unknown.join(", ")}.`);
  checkMetadataShape(query);
}

/** A cache of totals per query, valid while nothing is written. */
export class TotalCache {
  private revision = -1;
  private readonly totals = new Map<string, number>();

  /** The cached total of a query at this revision, computing it when missing. */
  get(revision: number, query: MemberQuery, compute: () => number): number {
    if (revision !== this.revision) {
      this.totals.clear();
      this.revision = revision;
    }
    const filter = memberFilter(query);
    const key = JSON.stringify([scopeKey(query.scope), filter.search, [...(filter.statuses ?? [])].sort(), [...(filter.roles ?? [])].sort(), filter.metadata ?? []]);
    let total = this.totals.get(key);
    if (total === undefined) {
      total = compute();
      this.totals.set(key, total);
    }
    return total;
  }
}

/**
 * Runs a query whose scope exists and whose actor may see it (the caller asked the policy).
 * Walks the sorted index from the page start and stops once the page is full; the total comes from
 * one pass over the scope (or the index size without filters), cached until the next write. Without
 * `totals` no total is counted, and the result's `total` is `null` (an export, which reads every page).
 */
export function runMemberQuery(state: MemoryRecords, query: MemberQuery, totals: TotalCache | null): ListMembersResult {
  const filter = memberFilter(query);
  const filtered = filter.filtering;

  let index: SortedMemberIndex;
  let matches: (id: string) => boolean;
  let view: (id: string) => Member;
  if (query.scope.kind === "workspace") {
    const workspace = state.workspace(query.scope.workspaceId);
    if (!workspace) throw new RosterError("not_found", `There is no workspace with id "${query.scope.workspaceId}".`);
    index = workspace.indexes.get(query.sort.field, query.sort.direction);
    matches = (id) => {
      const membership = workspace.members.get(id);
      const user = state.user(id);
      return membership !== undefined && user !== undefined && matchesQuery(filter, { status: membership.status, role: membership.role, searchText: user.searchText, metadata: membership.metadata });
    };
    view = (id) => {
      const user = state.user(id);
      if (!user || !workspace.members.has(id)) throw new RosterError("unknown", `Index of "${workspace.workspace.id}" lists "${id}", who is not a member.`);
      return state.workspaceRow(user, workspace.workspace.id);
    };
  } else {
    index = state.instanceIndexes.get(query.sort.field, query.sort.direction);
    matches = (id) => {
      const user = state.user(id);
      return user !== undefined && matchesQuery(filter, { status: user.instanceStatus, role: null, searchText: user.searchText });
    };
    view = (id) => {
      const user = state.user(id);
      if (!user) throw new RosterError("unknown", `Index lists unknown user "${id}".`);
      return state.instanceRow(user);
    };
  }

  const countMatches = (): number => {
    let count = 0;
    for (let position = 0; position < index.size; position += 1) if (matches(index.at(position) ?? "")) count += 1;
    return count;
  };
  const total = totals === null ? null : filtered ? totals.get(state.revision, query, countMatches) : index.size;

  const { page } = query;
  let position = 0;
  let skip = 0;
  if (page.kind === "offset") {
    if (filtered) skip = page.offset;
    else position = page.offset;
  } else {
    const cursor = queryCursor(query);
    if (cursor) position = index.seek(cursor.key, cursor.id, true);
  }

  const ids: string[] = [];
  let more = false;
  for (; position < index.size; position += 1) {
    const id = index.at(position) ?? "";
    if (filtered && !matches(id)) continue;
    if (skip > 0) {
      skip -= 1;
      continue;
    }
    if (ids.length === page.limit) {
      more = true;
      break;
    }
    ids.push(id);
  }

  const members = ids.map(view);
  let nextCursor: string | null = null;
  const lastId = ids[ids.length - 1];
  if (page.kind === "cursor" && more && lastId !== undefined) {
    nextCursor = encodeCursor({ field: query.sort.field, direction: query.sort.direction, key: index.keyFor(lastId) ?? null, id: lastId });
  }
  return { members: Object.freeze(members), total, nextCursor };
}
