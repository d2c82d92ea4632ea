import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryBackend, generateSeed } from "../src/adapters";
import type { AdapterCapabilities, Member, MemberSortField, MemberStatus, RosterAdapter, Scope } from "../src/core";
import type { ListEvent } from "../src/core/list.machine";
import { MAX_PAGE_SIZE, MEMBER_SORT_FIELDS, MEMBER_STATUSES, resolveConfig } from "../src/core";
import { applyLocalQuery, createListState, listTransition } from "../src/core/list.machine";
import type { MemberSort } from "../src/core/adapter.types";
import { matchingMembers, memberFilter } from "../src/core/member-match";
import { compareSortKeys, compareSorted, memberSortKey, metadataField, orderMembers, roleRanks, sortKey, sortMembers } from "../src/core/member-order";
import { createMemberMap } from "../src/core/member-map";
import { runEvents } from "./support/machine";
import { makeMember } from "./support/member-fixture";

const LOCAL: AdapterCapabilities = { pagination: "none", search: false, filterByStatus: false, filterByRole: false, sortFields: [], maxPageSize: 100_000 };
const SCOPES: readonly Scope[] = [{ kind: "workspace", workspaceId: "ws-1" }, { kind: "instance" }];
const config = resolveConfig({ lifecycle: "archive" });

/** Every member of a query, page after page, as the in-memory backend orders them on the server. */
async function serverOrder(adapter: RosterAdapter, scope: Scope, query: { search: string; statuses: readonly MemberStatus[]; field: MemberSortField; direction: "asc" | "desc" }): Promise<string[]> {
  const ids: string[] = [];
  const signal = new AbortController().signal;
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await adapter.listMembers({
      scope,
      search: query.search,
      statuses: query.statuses,
      roles: [],
      sort: { field: query.field, direction: query.direction },
      page: { kind: "offset", offset, limit: MAX_PAGE_SIZE },
      signal,
    });
    ids.push(...page.members.map((member) => member.id));
    if (page.members.length < MAX_PAGE_SIZE) return ids;
  }
}

describe("member order, shared by the core's local mode and the in-memory backend", () => {
  it("compares keys: text by code unit, numbers before text, null after every value", () => {
    expect(compareSortKeys("ada", "bob")).toBeLessThan(0);
    expect(compareSortKeys(2, 10)).toBeLessThan(0);
    expect(compareSortKeys(3, "admin")).toBeLessThan(0);
    expect(compareSortKeys(null, "zed")).toBeGreaterThan(0);
    expect(compareSortKeys("zed", null)).toBeLessThan(0);
    expect(compareSortKeys(null, null)).toBe(0);
  });

  it("keys names case-insensitively, statuses in lifecycle order and roles in the configured order", () => {
    const ranks = new Map([["admin", 0], ["builder", 1]]);
    expect(sortKey("name", "Émile Zola", ranks)).toBe("émile zola");
    expect(MEMBER_STATUSES.map((status) => sortKey("status", status, ranks))).toEqual(MEMBER_STATUSES.map((_, rank) => rank));
    expect(sortKey("role", "builder", ranks)).toBe(1);
    expect(sortKey("role", "custom-role", ranks)).toBe("custom-role");
    expect(sortKey("lastActiveAt", null, ranks)).toBeNull();
  });

  it("R25: a roster sorted, searched and filtered in the browser (pagination: none) is in the server's order (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(...SCOPES),
        fc.constantFrom(...MEMBER_SORT_FIELDS),
        fc.constantFrom("asc" as const, "desc" as const),
        fc.constantFrom("", "a", "mar", "example"),
        fc.subarray([...MEMBER_STATUSES]),
        async (seed, scope, field, direction, search, statuses) => {
          const backend = createMemoryBackend({ dataset: generateSeed({ members: 60, workspaces: 2, seed }), config: { lifecycle: "archive" } });
          const adapter = backend.as("u-1");
          const expected = await serverOrder(adapter, scope, { search, statuses, field, direction });

          const all = await serverOrder(adapter, scope, { search: "", statuses: [], field: "email", direction: "asc" });
          const members: Member[] = [];
          for (const id of all) members.push(await adapter.getMember({ scope, memberId: id, signal: new AbortController().signal }));
          const events: ListEvent[] = [
            { type: "LIST.LOAD" },
            { type: "LIST.LOADED", requestId: 1, result: { members, total: members.length, nextCursor: null } },
            { type: "LIST.SORT", sort: { field, direction } },
            { type: "LIST.SEARCH", search },
            { type: "LIST.FILTER_STATUS", statuses },
          ];
          const { state } = runEvents(listTransition, createListState({ capabilities: LOCAL, scope, pageSize: 100_000 }), events);
          expect(applyLocalQuery(state, createMemberMap(members), config.roles).ids).toEqual(expected);
        },
      ),
      { numRuns: 60, seed: 2026_11_23 },
    );
  });
});

/** The order by the comparator alone, as the core sorted before keys were cached: the reference. */
function comparatorOrder(members: readonly Member[], sort: MemberSort, ranks: ReadonlyMap<string, number>): string[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...members]
    .sort((a, b) => compareSorted(memberSortKey(a, sort.field, ranks), a.id, memberSortKey(b, sort.field, ranks), b.id, sign))
    .map((member) => member.id);
}

// Few distinct values, so that ties are common: names equal but for case or accents, dates shared,
// metadata values of every JSON type (numbers, text, booleans, null, missing).
const NAMES = ["Ada", "ada", "ADA", "Ádá", "ádá", "Bob", "bob", "Émile", "emile", "Zoë", "zoe", ""];
const DATES = ["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z", "2025-12-31T23:59:59.999Z"];
const memberArbitrary = fc.record({
  name: fc.constantFrom(...NAMES),
  email: fc.constantFrom("a@example.com", "b@example.com", "c@example.com"),
  status: fc.constantFrom(...MEMBER_STATUSES),
  role: fc.constantFrom("admin", "builder", "viewer", "custom-role", null),
  invitedAt: fc.constantFrom(...DATES),
  lastActiveAt: fc.constantFrom(null, ...DATES),
  level: fc.option(fc.constantFrom<string | number | boolean | null>(3, 10, -1, 2.5, "3", "ten", "", true, false, null), { nil: undefined }),
});
const sortArbitrary = fc.record({
  field: fc.constantFrom<MemberSort["field"]>(...MEMBER_SORT_FIELDS, metadataField("level"), metadataField("absent")),
  direction: fc.constantFrom("asc" as const, "desc" as const),
});

describe("member order: keys computed once, an order remembered per list", () => {
  it("R25: orderMembers and sortMembers give exactly the comparator's order, ties by id, whatever sorts came before (property)", () => {
    fc.assert(
      fc.property(fc.array(memberArbitrary, { maxLength: 40 }), fc.array(sortArbitrary, { minLength: 1, maxLength: 8 }), (rows, sorts) => {
        // Ids in a shuffled order (not the input's), so that ties are broken by id, not by position.
        const members = rows.map(({ level, ...fields }, index) =>
          makeMember({ ...fields, id: `u-${(index * 7919) % 1000}-${index}`, metadata: level === undefined ? {} : { level } }),
        );
        const ranks = roleRanks(config.roles);
        for (const sort of sorts) {
          const expected = comparatorOrder(members, sort, ranks);
          const order = orderMembers(members, sort, ranks);
          expect(order.members.map((member) => member.id)).toEqual(expected);
          expect(order.ids).toEqual(expected);
          expect(sortMembers([...members], sort, ranks).map((member) => member.id)).toEqual(expected);
        }
      }),
      { numRuns: 300, seed: 2026_12_06 },
    );
  });

  it("R25: the same list and sort answer the same array; the other direction is derived without changing the input", () => {
    const members = [makeMember({ id: "u-3", name: "bob" }), makeMember({ id: "u-1", name: "Ada" }), makeMember({ id: "u-2", name: "ada" })];
    const ranks = roleRanks(config.roles);
    const asc = orderMembers(members, { field: "name", direction: "asc" }, ranks);
    expect(asc.ids).toEqual(["u-1", "u-2", "u-3"]);
    expect(orderMembers(members, { field: "name", direction: "asc" }, ranks)).toBe(asc);
    expect(orderMembers(members, { field: "name", direction: "desc" }, ranks).ids).toEqual(["u-3", "u-1", "u-2"]);
    expect(members.map((member) => member.id)).toEqual(["u-3", "u-1", "u-2"]);
    expect(roleRanks(config.roles)).toBe(ranks);
  });

  it("R25: matchingMembers answers the same array for the same ids, members and an equal filter, and matches again when one differs", () => {
    const ada = makeMember({ id: "u-1", name: "Ada", status: "active" });
    const bob = makeMember({ id: "u-2", name: "Bob", status: "archived" });
    const ids = ["u-2", "u-1", "u-9"];
    const scope: Scope = { kind: "workspace", workspaceId: "ws-1" };
    const members = createMemberMap([ada, bob]);
    const all = matchingMembers(ids, members, memberFilter({ scope, search: "", statuses: [], roles: [] }));
    expect(all).toEqual([bob, ada]);
    expect(matchingMembers(ids, members, memberFilter({ scope, search: "", statuses: [], roles: [] }))).toBe(all);
    expect(matchingMembers(ids, members, memberFilter({ scope, search: "", statuses: ["active"], roles: [] }))).toEqual([ada]);
    const renamed = members.with([{ ...ada, name: "Zed" }]);
    expect(matchingMembers(ids, renamed, memberFilter({ scope, search: "zed", statuses: [], roles: [] })).map((member) => member.id)).toEqual(["u-1"]);
  });
});
