import type { MemberQuery, MetadataFilter } from "./adapter.types";
import type { Member, Metadata, MetadataValue, MemberStatus, RoleId } from "./domain.types";

/**
 * Which members a list query keeps (R25), defined once: the core's local mode (`pagination: "none"`)
 * and the in-memory backend both match with {@link matchesQuery}, and the Postgres storage follows the
 * same definition in SQL, so a search finds the same members whoever answers it.
 *
 * A search matches, case-insensitively, a part of the name or of the email (`searchText`: the name, a
 * line break and the email, lower-cased); a status filter keeps the listed statuses (the instance status
 * in instance scope); a role filter keeps the listed roles and is ignored in instance scope; a metadata
 * filter keeps members whose membership metadata holds the value's text under the key (workspace scope,
 * {@link metadataText}); the Postgres storage compares `metadata ->> key` the same way.
 * @module
 */

/** A query's filter, prepared once for many members. */
export interface MemberFilter {
  /** The search, trimmed and lower-cased; empty when there is none. */
  readonly search: string;
  /** Statuses to keep; `null` keeps every status. */
  readonly statuses: ReadonlySet<MemberStatus> | null;
  /** Roles to keep; `null` keeps every role (and always in instance scope). */
  readonly roles: ReadonlySet<RoleId> | null;
  /** Metadata values to match, every one; `null` keeps every member (and always in instance scope). */
  readonly metadata: readonly MetadataFilter[] | null;
  /** Whether the filter leaves any member out at all. */
  readonly filtering: boolean;
}

/** What a member is matched on. */
export interface MatchedFields {
  readonly status: MemberStatus;
  /** `null` in instance scope. */
  readonly role: RoleId | null;
  /** {@link searchText} of the member; only read when the filter searches. */
  readonly searchText: string;
  /** The membership's metadata; only read when the filter matches metadata. */
  readonly metadata?: Metadata;
}

/**
 * The filter of a query.
 * @example
 * const filter = memberFilter({ scope, search: " Ada ", statuses: ["active"], roles: [] }); // search "ada"
 */
export function memberFilter(query: Pick<MemberQuery, "scope" | "search" | "statuses" | "roles" | "metadata">): MemberFilter {
  const search = query.search.trim().toLowerCase();
  const statuses = query.statuses.length > 0 ? new Set(query.statuses) : null;
  const roles = query.scope.kind === "workspace" && query.roles.length > 0 ? new Set(query.roles) : null;
  const metadata = query.scope.kind === "workspace" && query.metadata !== undefined && query.metadata.length > 0 ? query.metadata : null;
  return { search, statuses, roles, metadata, filtering: search !== "" || statuses !== null || roles !== null || metadata !== null };
}

/**
 * The text a metadata value is matched by: a string as it is, a number or boolean as JSON writes it,
 * `null` for `null` or a missing key (which no filter matches).
 * @example
 * metadataText(42) // "42"
 */
export function metadataText(value: MetadataValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The text a search looks in: the name, a line break and the email, lower-cased. Backends may store it
 * (the in-memory records do) instead of computing it for every query.
 */
export function searchText(person: { readonly name: string; readonly email: string }): string {
  return `${person.name}\n${person.email}`.toLowerCase();
}

/**
 * Whether a member is kept by a filter.
 * @example
 * matchesQuery(filter, { status: member.status, role: member.role, searchText: searchText(member) })
 */
export function matchesQuery(filter: MemberFilter, member: MatchedFields): boolean {
  if (filter.statuses !== null && !filter.statuses.has(member.status)) return false;
  if (filter.roles !== null && (member.role === null || !filter.roles.has(member.role))) return false;
  if (filter.metadata !== null) {
    const metadata = member.metadata ?? {};
    if (!filter.metadata.every(({ key, value }) => Object.hasOwn(metadata, key) && metadataText(metadata[key]) === value)) return false;
  }
  return filter.search === "" || member.searchText.includes(filter.search);
}

function sameSet<T>(a: ReadonlySet<T> | null, b: ReadonlySet<T> | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && [...a].every((item) => b.has(item));
}

function sameFilter(a: MemberFilter, b: MemberFilter): boolean {
  if (a.search !== b.search || !sameSet(a.statuses, b.statuses) || !sameSet(a.roles, b.roles)) return false;
  if (a.metadata === null || b.metadata === null) return a.metadata === b.metadata;
  return a.metadata.length === b.metadata.length && a.metadata.every((item, index) => item.key === b.metadata?.[index]?.key && item.value === b.metadata[index]?.value);
}

/** What {@link matchingMembers} last answered for a list of ids. */
interface Matched {
  readonly members: ReadonlyMap<string, Member>;
  readonly filter: MemberFilter;
  readonly found: readonly Member[];
}

const MATCHED = /* @__PURE__ */ new WeakMap<readonly string[], Matched>();

/**
 * The members of `ids` that `filter` keeps, in the order of `ids` (ids missing from `members` skipped).
 * The answer is remembered for the `ids` array: asked again with the same array, the same `members`
 * map and an equal filter (a sort or a page change of a local list), it answers the same array, so
 * nothing is matched again and an order remembered for it is found again. Neither `ids` nor `members`
 * may change after the call (the core's lists and member maps are immutable).
 * @example
 * const found = matchingMembers(list.ids, snapshot.members, memberFilter(list));
 */
export function matchingMembers(ids: readonly string[], members: ReadonlyMap<string, Member>, filter: MemberFilter): readonly Member[] {
  const known = MATCHED.get(ids);
  if (known !== undefined && known.members === members && sameFilter(known.filter, filter)) return known.found;
  const found: Member[] = [];
  for (const id of ids) {
    const member = members.get(id);
    if (!member) continue;
    if (!filter.filtering || matchesQuery(filter, { status: member.status, role: member.role, searchText: filter.search === "" ? "" : searchText(member), metadata: member.metadata })) found.push(member);
  }
  MATCHED.set(ids, { members, filter, found });
  return found;
}
