import type { MemberSort } from "../../core/adapter.types";
import type { SortKey } from "../../core/member-order";
import { compareSorted, isMetadataField } from "../../core/member-order";

/**
 * Pre-sorted member indexes of the in-memory backend: per scope and per sort order, the member ids in
 * order, built lazily on the first query that needs them and kept in order on every write. A page query
 * then walks an index from the right place instead of sorting every member on every call, which is what
 * keeps a page of 100,000 members fast.
 * @module
 */

/**
 * Member ids in one total order: by key in the given direction, then by id ascending. Each id's key is
 * remembered as it was when inserted, so an entry can be found and moved after the member changed.
 */
export class SortedMemberIndex {
  private readonly ids: string[];
  private readonly keys = new Map<string, SortKey>();

  /**
   * @param keyOf the current sort key of a member id
   * @param sign 1 for ascending keys, -1 for descending
   * @param members the ids to start with
   */
  constructor(
    private readonly keyOf: (id: string) => SortKey,
    readonly sign: 1 | -1,
    members: Iterable<string>,
  ) {
    const entries: { id: string; key: SortKey }[] = [];
    for (const id of members) {
      const key = keyOf(id);
      this.keys.set(id, key);
      entries.push({ id, key });
    }
    entries.sort((a, b) => this.compare(a.key, a.id, b.key, b.id));
    this.ids = entries.map((entry) => entry.id);
  }

  /** How many ids the index holds. */
  get size(): number {
    return this.ids.length;
  }

  /** The id at a position, `undefined` past the end. */
  at(position: number): string | undefined {
    return this.ids[position];
  }

  /** The key an id is indexed under (as of its last insert or update). */
  keyFor(id: string): SortKey | undefined {
    return this.keys.get(id);
  }

  /** The order of the index: key in `sign` direction, then id ascending. */
  compare(aKey: SortKey, aId: string, bKey: SortKey, bId: string): number {
    return compareSorted(aKey, aId, bKey, bId, this.sign);
  }

  /** First position whose entry is not before (`key`, `id`); with `strict`, first position after it. */
  seek(key: SortKey, id: string, strict: boolean): number {
    let low = 0;
    let high = this.ids.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const midId = this.ids[mid] ?? "";
      const order = this.compare(this.keys.get(midId) ?? null, midId, key, id);
      if (order < 0 || (strict && order === 0)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Removes an id, if present. */
  remove(id: string): void {
    const key = this.keys.get(id);
    if (key === undefined) return;
    let position = this.seek(key, id, false);
    // The stored key makes the binary search exact; the scan is only a safety net.
    if (this.ids[position] !== id) position = this.ids.indexOf(id);
    if (position >= 0) this.ids.splice(position, 1);
    this.keys.delete(id);
  }

  /** Inserts an id, or moves it to where its current key belongs. */
  upsert(id: string): void {
    this.remove(id);
    const key = this.keyOf(id);
    this.keys.set(id, key);
    this.ids.splice(this.seek(key, id, false), 0, id);
  }
}

/** Most metadata sort orders a scope keeps indexed; the least recently used one goes first. */
export const MAX_METADATA_INDEXES = 8;

/**
 * One index per sort field (a metadata key's too) and direction for one scope, each built when first
 * asked for. Metadata keys are any text a client sends, so at most {@link MAX_METADATA_INDEXES} of their
 * orders are kept (each one is kept in order on every write); the least recently used is dropped and
 * built again when asked for.
 */
export class ScopeMemberIndexes {
  private readonly built = new Map<string, SortedMemberIndex>();
  /** Names of the metadata indexes built, least recently used first. */
  private readonly metadataOrder = new Set<string>();

  /**
   * @param members every member id of the scope, read when an index is built
   * @param keyOf the sort key of a member for a field
   */
  constructor(
    private readonly members: () => Iterable<string>,
    private readonly keyOf: (field: MemberSort["field"], id: string) => SortKey,
  ) {}

  /** The index of a sort order, built now if no query needed it before. */
  get(field: MemberSort["field"], direction: "asc" | "desc"): SortedMemberIndex {
    const name = `${field}:${direction}`;
    let index = this.built.get(name);
    if (!index) {
      index = new SortedMemberIndex((id) => this.keyOf(field, id), direction === "asc" ? 1 : -1, this.members());
      this.built.set(name, index);
    }
    if (isMetadataField(field)) {
      this.metadataOrder.delete(name);
      this.metadataOrder.add(name);
      for (const oldest of this.metadataOrder) {
        if (this.metadataOrder.size <= MAX_METADATA_INDEXES) break;
        this.metadataOrder.delete(oldest);
        this.built.delete(oldest);
      }
    }
    return index;
  }

  /** Puts a new or changed member in place in every index built so far. */
  upsert(id: string): void {
    for (const index of this.built.values()) index.upsert(id);
  }

  /** Takes a member out of every built index (a rolled-back write that had added them). */
  remove(id: string): void {
    for (const index of this.built.values()) index.remove(id);
  }

  /** How many indexes have been built (for tests of the laziness). */
  get builtCount(): number {
    return this.built.size;
  }
}
