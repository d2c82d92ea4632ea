import type { Member } from "./domain.types";

/**
 * An immutable map of members by id whose updates cost the size of one bucket, not of the roster: the
 * ids are spread over 256 buckets by hash and an update copies only the buckets it touches, sharing the
 * others with the map it came from. A store that holds 100,000 members (a `pagination: "none"` adapter)
 * applies one member's status change in microseconds where copying a plain record takes ~70 ms, and
 * {@link memberMapChanges} finds what changed between two maps by comparing buckets, not members.
 * @module
 */

const BUCKET_COUNT = 256;

type Bucket = ReadonlyMap<string, Member>;

let empty: MemberMap | undefined;

/** FNV-1a over the id's UTF-16 code units, folded to a bucket index. */
function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % BUCKET_COUNT;
}

/**
 * Members by id, immutable: {@link MemberMap.with} returns a new map (or the same one when nothing
 * changed). Reads like a `ReadonlyMap`; iteration order is by bucket, not by insertion.
 * @example
 * const members = createMemberMap([ada, bob]);
 * members.get("u-ada"); // ada
 * const next = members.with([{ ...bob, status: "archived" }]);
 * next === members; // false, and members still holds the active bob
 */
export class MemberMap implements ReadonlyMap<string, Member> {
  readonly #buckets: readonly (Bucket | undefined)[];
  /** Number of members. */
  readonly size: number;

  private constructor(buckets: readonly (Bucket | undefined)[], size: number) {
    this.#buckets = buckets;
    this.size = size;
  }

  /** The empty map (one instance, created on first use: loading this module runs nothing). */
  static empty(): MemberMap {
    empty ??= new MemberMap(Array.from({ length: BUCKET_COUNT }, () => undefined), 0);
    return empty;
  }

  /** The members of bucket `index` (0 to 255), `undefined` when it holds none: what {@link memberMapChanges} compares. */
  bucket(index: number): Bucket | undefined {
    return this.#buckets[index];
  }

  /**
   * A map with `members` put in by id. `choose(member, previous)` picks the value stored (e.g. keeps the
   * previous reference when the data is equal); a member whose chosen value is the one already stored
   * changes nothing, and when none changes the result is this map.
   */
  with(members: Iterable<Member>, choose: (member: Member, previous: Member | undefined) => Member = (member) => member): MemberMap {
    let buckets: (Bucket | undefined)[] | null = null;
    const copied = new Uint8Array(BUCKET_COUNT);
    let size = this.size;
    for (const member of members) {
      const index = bucketOf(member.id);
      const bucket = (buckets ?? this.#buckets)[index];
      const previous = bucket?.get(member.id);
      const value = choose(member, previous);
      if (value === previous) continue;
      buckets ??= this.#buckets.slice();
      let target = bucket as Map<string, Member> | undefined;
      if (copied[index] === 0 || target === undefined) {
        target = new Map(bucket);
        buckets[index] = target;
        copied[index] = 1;
      }
      if (previous === undefined) size += 1;
      target.set(member.id, value);
    }
    return buckets ? new MemberMap(buckets, size) : this;
  }

  /** The member with this id. */
  get(id: string): Member | undefined {
    return this.#buckets[bucketOf(id)]?.get(id);
  }

  /** Whether a member has this id. */
  has(id: string): boolean {
    return this.#buckets[bucketOf(id)]?.has(id) ?? false;
  }

  /** `[id, member]` pairs. */
  *entries(): MapIterator<[string, Member]> {
    for (const bucket of this.#buckets) if (bucket) yield* bucket.entries();
  }

  /** The ids. */
  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  /** The members. */
  *values(): MapIterator<Member> {
    for (const [, member] of this.entries()) yield member;
  }

  /** `[id, member]` pairs, as `entries()`. */
  [Symbol.iterator](): MapIterator<[string, Member]> {
    return this.entries();
  }

  /** Calls `callback` for each member, as `Map.prototype.forEach`. */
  forEach(callback: (member: Member, id: string, map: ReadonlyMap<string, Member>) => void, thisArg?: unknown): void {
    for (const [id, member] of this.entries()) callback.call(thisArg, member, id, this);
  }
}

/**
 * What differs between two maps, as `[id, before, after]` (`undefined` on the side where the member is
 * absent). Compares the buckets first, so two maps that share most buckets (one made from the other by
 * {@link MemberMap.with}) are compared at the cost of the buckets that differ. A function apart from the
 * class, so that only the list's local mode, which uses it, bundles it.
 */
export function* memberMapChanges(before: MemberMap, after: MemberMap): Generator<readonly [id: string, before: Member | undefined, after: Member | undefined]> {
  if (before === after) return;
  for (let index = 0; index < BUCKET_COUNT; index += 1) {
    const left = before.bucket(index);
    const right = after.bucket(index);
    if (left === right) continue;
    if (right) {
      for (const [id, member] of right) {
        const previous = left?.get(id);
        if (previous !== member) yield [id, previous, member];
      }
    }
    if (left) {
      for (const [id, member] of left) if (!right?.has(id)) yield [id, member, undefined];
    }
  }
}

/** A {@link MemberMap} of these members (by id; a later duplicate id wins). */
export function createMemberMap(members: Iterable<Member> = []): MemberMap {
  return MemberMap.empty().with(members);
}
