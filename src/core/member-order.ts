import type { MemberSort, MemberSortField, MetadataField } from "./adapter.types";
import { MEMBER_STATUSES } from "./domain.types";
import type { Member, MetadataValue, RoleId } from "./domain.types";

/**
 * The order of a member list, defined once: the core's local mode (`pagination: "none"`) and the
 * in-memory backend's sorted indexes both sort with these functions, so a roster shows in the same order
 * whether the server or the browser sorts it.
 *
 * Names sort case-insensitively, emails as stored (lower-cased by validation), statuses in lifecycle
 * order (`MEMBER_STATUSES`), roles in the configured order (unknown roles after them, by id), dates as
 * ISO strings, a metadata key by its values' JSON type (numbers by value before text, booleans as text,
 * see {@link metadataSortKey}). A descending sort is the ascending one reversed, except that ties always go by id
 * ascending; an empty value (`null`, e.g. "never active") comes after every value ascending, so before
 * them descending, as SQL's default `NULLS LAST` / `NULLS FIRST` does.
 * @module
 */

/** The value a member is sorted by: text, a rank, or `null` (after every value in ascending order). */
export type SortKey = string | number | null;

const STATUS_RANK: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(MEMBER_STATUSES.map((status, rank) => [status, rank]));

const RANKS_OF = /* @__PURE__ */ new WeakMap<readonly { readonly id: RoleId }[], ReadonlyMap<RoleId, number>>();

/**
 * Ranks of roles by their configured order, for {@link sortKey}: one map per roles array (the same
 * array answers the same map), so an order remembered by {@link orderMembers} is found again.
 */
export function roleRanks(roles: readonly { readonly id: RoleId }[]): ReadonlyMap<RoleId, number> {
  let ranks = RANKS_OF.get(roles);
  if (ranks === undefined) {
    ranks = new Map(roles.map((role, rank) => [role.id, rank]));
    RANKS_OF.set(roles, ranks);
  }
  return ranks;
}

/**
 * The key a member is sorted by for one field, from that field's value (`member[field]`).
 * @example
 * sortKey("name", "Ada Lovelace", ranks); // "ada lovelace"
 * sortKey("role", "admin", roleRanks(config.roles)); // 0
 */
export function sortKey(field: MemberSortField, value: string | null, roleRank: ReadonlyMap<RoleId, number>): SortKey {
  if (value === null) return null;
  switch (field) {
    case "name":
      return value.toLowerCase();
    case "status":
      return STATUS_RANK.get(value) ?? null;
    case "role":
      return roleRank.get(value) ?? value;
    default:
      return value;
  }
}

/** The prefix of a metadata sort field or export column. */
const METADATA_PREFIX = "metadata.";

/**
 * Whether a sort field or export column is a metadata key's (`metadata.` and a key that is not empty).
 * @example
 * isMetadataField("metadata.department") // true
 * isMetadataField("name") // false
 */
export function isMetadataField(field: string): field is MetadataField {
  return field.startsWith(METADATA_PREFIX) && field.length > METADATA_PREFIX.length;
}

/**
 * The metadata key of a metadata sort field or export column.
 * @example
 * metadataKeyOf("metadata.department") // "department"
 */
export function metadataKeyOf(field: MetadataField): string {
  return field.slice(METADATA_PREFIX.length);
}

/**
 * The sort field (or export column) of a metadata key.
 * @example
 * metadataField("department") // "metadata.department"
 */
export function metadataField(key: string): MetadataField {
  return `metadata.${key}`;
}

/**
 * The key a metadata value sorts by: a number as itself (numbers come before text), a string as itself,
 * a boolean as `true`/`false` (text, as SQL's `->>` reads it), `null` or a missing key as `null` (last).
 */
export function metadataSortKey(value: MetadataValue | undefined): SortKey {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return String(value);
  return value;
}

/**
 * The key a member sorts by for a field of a {@link MemberSort}, a metadata field included.
 * @example
 * memberSortKey(member, "metadata.headcount", ranks) // 42
 */
export function memberSortKey(member: Pick<Member, MemberSortField | "metadata">, field: MemberSort["field"], roleRank: ReadonlyMap<RoleId, number>): SortKey {
  return isMetadataField(field) ? metadataSortKey(member.metadata[metadataKeyOf(field)]) : sortKey(field, member[field], roleRank);
}

/** Compares two sort keys ascending; `null` sorts after every value, numbers before text. */
export function compareSortKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two ids, the tie-break of every order: always ascending, whatever the sort direction. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The total order of a sort: key in the sort's direction (`sign` 1 or -1), then id ascending. */
export function compareSorted(aKey: SortKey, aId: string, bKey: SortKey, bId: string, sign: 1 | -1): number {
  return compareSortKeys(aKey, bKey) * sign || compareIds(aId, bId);
}

/** Whether two sort keys tie, so that the ids decide ({@link compareSorted}). */
function tied(a: SortKey, b: SortKey): boolean {
  return !compareSortKeys(a, b);
}

/** Members in one sort's order, as {@link orderMembers} answers them. */
export interface MemberOrder {
  readonly members: readonly Member[];
  /** The members' ids, in the same order. */
  readonly ids: readonly string[];
}

/** A {@link MemberOrder} with the sort it follows and each member's key at the same index. */
interface KeyedOrder extends MemberOrder {
  readonly field: MemberSort["field"];
  readonly direction: MemberSort["direction"];
  readonly roleRank: ReadonlyMap<RoleId, number>;
  readonly keys: readonly SortKey[];
}

/** Decorate, sort, undecorate: each member's key computed once, an index array sorted, no object per member. */
function sortKeyed(members: readonly Member[], sort: MemberSort, roleRank: ReadonlyMap<RoleId, number>): KeyedOrder {
  const sign = sort.direction === "asc" ? 1 : -1;
  const count = members.length;
  const unsortedKeys = new Array<SortKey>(count);
  const ids = new Array<string>(count);
  const order = new Array<number>(count);
  for (let index = 0; index < count; index += 1) {
    const member = members[index] as Member;
    unsortedKeys[index] = memberSortKey(member, sort.field, roleRank);
    ids[index] = member.id;
    order[index] = index;
  }
  order.sort((a, b) => compareSorted(unsortedKeys[a] as SortKey, ids[a] as string, unsortedKeys[b] as SortKey, ids[b] as string, sign));
  const sorted = new Array<Member>(count);
  const sortedIds = new Array<string>(count);
  const keys = new Array<SortKey>(count);
  for (let index = 0; index < count; index += 1) {
    const from = order[index] as number;
    sorted[index] = members[from] as Member;
    sortedIds[index] = ids[from] as string;
    keys[index] = unsortedKeys[from] as SortKey;
  }
  return { field: sort.field, direction: sort.direction, roleRank, members: sorted, ids: sortedIds, keys };
}

/**
 * The other direction of a sorted list, in linear time and exactly the order a sort would give: the
 * list reversed, then each run of tied keys reversed back, since ties go by id ascending in both
 * directions.
 */
function reverseKeyed(order: KeyedOrder): KeyedOrder {
  const count = order.members.length;
  const members = new Array<Member>(count);
  const ids = new Array<string>(count);
  const keys = new Array<SortKey>(count);
  let end = count;
  let to = 0;
  while (end > 0) {
    let start = end - 1;
    const key = order.keys[start] as SortKey;
    while (start > 0 && tied(order.keys[start - 1] as SortKey, key)) start -= 1;
    for (let from = start; from < end; from += 1, to += 1) {
      members[to] = order.members[from] as Member;
      ids[to] = order.ids[from] as string;
      keys[to] = order.keys[from] as SortKey;
    }
    end = start;
  }
  return { field: order.field, direction: order.direction === "asc" ? "desc" : "asc", roleRank: order.roleRank, members, ids, keys };
}

/** The last order computed for each list of members, by that list's identity (see {@link orderMembers}). */
const ORDERS = /* @__PURE__ */ new WeakMap<readonly Member[], KeyedOrder>();

/**
 * Members in a {@link MemberSort}'s order (the same order as {@link sortMembers}), in new arrays; the
 * input is not changed. The order is remembered for the input array: asked again for the same array
 * and sort (another page of a local list), it answers the same array; asked for the other direction of
 * the same field (a header clicked twice), it reverses the remembered order in linear time instead of
 * sorting again. The input must not be changed after the call (the core's lists are immutable).
 * @example
 * orderMembers(found, { field: "name", direction: "desc" }, roleRanks(config.roles));
 */
export function orderMembers(members: readonly Member[], sort: MemberSort, roleRank: ReadonlyMap<RoleId, number>): MemberOrder {
  const known = ORDERS.get(members);
  let order: KeyedOrder;
  if (known !== undefined && known.field === sort.field && known.roleRank === roleRank) order = known.direction === sort.direction ? known : reverseKeyed(known);
  else order = sortKeyed(members, sort, roleRank);
  ORDERS.set(members, order);
  return order;
}

/**
 * Sorts members in place by a {@link MemberSort}, computing each member's key once.
 * @example
 * sortMembers(found, { field: "lastActiveAt", direction: "desc" }, roleRanks(config.roles));
 */
export function sortMembers(members: Member[], sort: MemberSort, roleRank: ReadonlyMap<RoleId, number>): Member[] {
  sortKeyed(members, sort, roleRank).members.forEach((member, index) => {
    members[index] = member;
  });
  return members;
}
